"""Ivy checks in on her phone without a page reload; John sees it on his."""

import pytest

from midway.checkins.models import CheckIn
from midway.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def test_ivy_checks_in_with_htmx_and_john_sees_it(new_page, ivy, john):
    page = new_page("/login/")
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.set_viewport_size(PHONE)
    sign_in(page, "ivy")
    page.goto("/checkin/")
    # A mark on the window survives htmx swaps and is lost by a full page load.
    page.evaluate("window.stillTheSamePage = true")

    page.get_by_role("button", name="Draw my card").click()
    page.locator("#my-card .checkin-card-name").wait_for()
    drawn = page.locator("#my-card .checkin-card-name").inner_text()

    page.get_by_text("content", exact=True).click()
    page.get_by_label("Or type your own emoji").fill("🐆")
    page.get_by_role("group", name="Took my meds today").get_by_text("Yes").click()
    page.get_by_role("group", name="How safe I feel").get_by_text("4").click()
    page.get_by_label("A note for today").fill("Here, a bit tired.")
    page.get_by_role("button", name="Save my check-in").click()
    page.get_by_text("Saved at").wait_for()
    assert page.evaluate("window.stillTheSamePage") is True
    assert "Here, a bit tired." in page.locator("#recent").inner_text()

    checkin = CheckIn.objects.get(member=ivy)
    assert checkin.mood == "😊🐆"
    assert (checkin.medication_taken, checkin.safety) == (True, 4)
    assert checkin.card in drawn

    page.reload()
    assert page.locator("#my-card .checkin-card-name").inner_text() == drawn
    assert page.get_by_label("Or type your own emoji").input_value() == "🐆"
    assert problems == []

    theirs = new_page("/login/")
    sign_in(theirs, "john")
    theirs.goto("/checkin/")
    today = theirs.get_by_role("region", name="Ivy today").inner_text()
    assert "Here, a bit tired." in today
    assert checkin.card in today


def test_a_wrong_mood_is_explained_in_place(new_page, ivy):
    page = new_page("/login/")
    sign_in(page, "ivy")
    page.goto("/checkin/")
    page.get_by_label("Or type your own emoji").fill("meh")
    page.get_by_role("button", name="Save my check-in").click()
    page.get_by_text("A mood is emoji only").wait_for()
    assert not CheckIn.objects.exists()
