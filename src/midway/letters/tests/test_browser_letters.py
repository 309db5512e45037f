"""A person writing a letter in a real browser: not a word is lost."""

import pytest

from midway.conftest import make_couple, sign_in
from midway.letters.models import Letter

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORDS = "I'm sorry about yesterday. 🙀⚖️ I want to understand what happened."


@pytest.fixture
def couple_in_db(transactional_db):
    return make_couple("ivy", "john", "Ivy & John")


def test_autosave_keeps_the_words_when_the_tab_is_closed(new_page, couple_in_db):
    page = new_page("/")
    sign_in(page, "ivy")
    page.goto("/letters/new/")
    page.get_by_label("Your letter").fill(WORDS)
    page.wait_for_selector("text=Saved at")
    page.get_by_label("Your letter").press_sequentially(" One more line.", delay=5)
    # Close without pressing anything, before the next autosave is due.
    page.close(run_before_unload=True)

    again = page.context.new_page()
    again.goto("/letters/")
    again.get_by_role("link", name=WORDS[:20], exact=False).click()
    text = again.get_by_label("Your letter").input_value()
    restore = again.locator("[data-restore]")
    if restore.is_visible():
        again.get_by_role("button", name="Bring them back").click()
        text = again.get_by_label("Your letter").input_value()
    assert text == WORDS + " One more line."


def test_offline_words_are_kept_on_the_device_and_offered_back(new_page, couple_in_db):
    page = new_page("/")
    sign_in(page, "ivy")
    page.goto("/letters/new/")
    page.get_by_label("Your letter").fill("First words.")
    page.wait_for_selector("text=Saved at")
    page.context.set_offline(True)
    page.get_by_label("Your letter").fill("First words. Written while the server was away.")
    page.wait_for_selector("text=can't be reached")
    page.context.set_offline(False)
    url = page.url
    page.close()  # the beacon may or may not reach the server; the device copy must survive

    again = page.context.new_page()
    again.goto(url)
    field = again.get_by_label("Your letter")
    if field.input_value() != "First words. Written while the server was away.":
        again.get_by_role("button", name="Bring them back").click()
    assert field.input_value() == "First words. Written while the server was away."


def test_two_tabs_see_a_conflict_instead_of_overwriting(new_page, couple_in_db):
    ivy, _john = couple_in_db
    letter = Letter.objects.create(space=ivy.space, author=ivy, body="Start.")
    first = new_page("/")
    sign_in(first, "ivy")
    second = first.context.new_page()
    first.goto(f"/letters/{letter.pk}/edit/")
    second.goto(f"/letters/{letter.pk}/edit/")
    first.get_by_label("Your letter").fill("Start. Tab one.")
    first.wait_for_selector("text=Saved at")
    second.get_by_label("Your letter").fill("Start. Tab two.")
    second.wait_for_selector("text=changed in another tab")
    letter.refresh_from_db()
    assert letter.body == "Start. Tab one."
    second.get_by_role("button", name="Keep my version").click()
    second.wait_for_selector("text=Saved at")
    letter.refresh_from_db()
    assert letter.body == "Start. Tab two."


def test_partner_reads_a_shared_letter_and_the_author_sees_when(new_page, couple_in_db):
    ivy_page = new_page("/")
    sign_in(ivy_page, "ivy")
    ivy_page.goto("/letters/new/")
    ivy_page.get_by_label("Title").fill("After yesterday")
    ivy_page.get_by_label("Your letter").fill("**I want you**, John.\n\nשלום")
    ivy_page.get_by_role("button", name="Share with John").click()
    ivy_page.get_by_role("button", name="Share now").click()
    assert "Not opened yet" in ivy_page.content()

    john_page = new_page("/")
    sign_in(john_page, "john")
    john_page.goto("/letters/")
    john_page.get_by_role("link", name="After yesterday").click()
    assert john_page.locator(".prose strong").inner_text() == "I want you"
    john_page.get_by_role("button", name="Thank you").click()
    john_page.wait_for_selector("button[aria-pressed=true]")

    ivy_page.reload()
    assert "Read " in ivy_page.locator("[data-read-receipt]").inner_text()
    assert "John: Thank you" in ivy_page.content()
