"""Ivy and John use Together on their phones: small actions happen in place, under a strict CSP."""

import re

import pytest

from midway.conftest import PHONE, phone, sign_in
from midway.together import bank, services
from midway.together.models import Answer, PhrasebookEntry, Question, ThingToTry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def focus_lands(page, what: str, tries: int = 50):
    """`what` about the focused element once focus has settled after a swap (polled from
    the test: the app's CSP forbids the page evaluating strings, as wait_for_function does)."""
    seen = page.evaluate(what)
    for _ in range(tries):
        if seen not in (None, "", "BODY"):
            break
        page.wait_for_timeout(100)
        seen = page.evaluate(what)
    return seen


def test_ivy_asks_from_the_bank_and_john_answers_in_place(new_page, ivy, john):
    page, problems = phone(new_page, "ivy")
    page.goto("/together/questions/bank/")
    page.evaluate("window.stillTheSamePage = true")
    first = bank.THEMES[0].questions[0]
    page.locator("li.bank-question", has_text=first).get_by_role("button", name="Ask").click()
    page.locator("li.bank-question", has_text=first).get_by_text("asked").wait_for()
    assert page.evaluate("window.stillTheSamePage") is True
    assert Question.objects.get().text == first
    assert problems == []

    theirs, their_problems = phone(new_page, "john")
    theirs.goto("/together/")
    theirs.get_by_text("1 question waiting for your answer").wait_for()
    theirs.goto("/together/questions/")
    theirs.evaluate("window.stillTheSamePage = true")
    # The answer form is folded behind one button and fetched when it is pressed.
    theirs.get_by_role("link", name=re.compile(r"^Answer\b")).click()
    assert focus_lands(theirs, "document.activeElement.name") == "text"
    theirs.get_by_label("Your answer").fill("Holding hands 🐆")
    theirs.get_by_role("button", name="Answer").click()
    theirs.locator(".answer.mine", has_text="Holding hands").wait_for()
    assert theirs.evaluate("window.stillTheSamePage") is True
    assert Answer.objects.get().text == "Holding hands 🐆"
    assert their_problems == []


def test_john_agrees_and_hears_in_place(new_page, ivy, john):
    thing = services.propose_thing(ivy, "A walk after dinner")
    entry = services.add_phrasebook_entry(
        ivy, said="I want you to make me want to see you", meaning="I don't feel courted"
    )
    page, problems = phone(new_page, "john")
    page.goto(thing.get_absolute_url())
    page.evaluate("window.stillTheSamePage = true")
    page.get_by_role("button", name="Yes, let’s try it").click()
    page.get_by_role("button", name="We’re trying it").wait_for()
    assert page.locator(".moment").inner_text() == "You both said yes."
    assert page.locator("#together-live").inner_text().startswith("You both said yes.")
    # The pressed button is gone: the keyboard stays on the card that changed.
    assert focus_lands(page, "document.activeElement.id") == f"thing-{thing.pk}"
    assert ThingToTry.objects.get().status == ThingToTry.AGREED

    page.goto(entry.get_absolute_url())
    page.evaluate("window.stillTheSamePage = true")
    page.get_by_role("button", name="I hear you").click()
    page.get_by_text("You said “I hear you”.").wait_for()
    page.get_by_label("Ask a question about it").fill("Courted how?")
    page.get_by_role("button", name="Send").click()
    page.locator(".thread").get_by_text("Courted how?").wait_for()
    assert page.evaluate("window.stillTheSamePage") is True
    assert PhrasebookEntry.objects.get().heard_at is not None
    assert problems == []


def test_john_looks_up_a_phrase_as_he_types(new_page, ivy, john):
    services.add_phrasebook_entry(ivy, said="Leave me alone", meaning="I'm flooded")
    services.add_phrasebook_entry(ivy, said="I want you to make me want to see you")
    page, problems = phone(new_page, "john")
    page.goto("/together/phrasebook/")
    page.get_by_label("Look up a phrase").fill("FLOODED")
    page.get_by_text("1 entry with “FLOODED”").wait_for()
    assert "Leave me alone" in page.locator("#entries").inner_text()
    assert "make me want" not in page.locator("#entries").inner_text()
    assert page.url.endswith("?q=FLOODED")
    assert problems == []


def test_a_second_answer_from_another_tab_offers_both_and_nothing_is_lost(new_page, ivy, john):
    question = services.ask_question(ivy, "Where did you feel close to me?", reveal_together=True)
    first_tab, problems = phone(new_page, "john")
    second_tab = first_tab.context.new_page()
    second_tab.on("console", lambda m: m.type == "error" and problems.append(m.text))
    for tab in (first_tab, second_tab):
        tab.goto(question.get_absolute_url())
    first_tab.get_by_label("Your answer").fill("The beach.")
    first_tab.get_by_role("button", name="Answer").click()
    first_tab.locator(".answer.mine", has_text="The beach.").wait_for()

    # The second tab still shows the empty form: its answer meets the first.
    second_tab.evaluate("window.stillTheSamePage = true")
    second_tab.get_by_label("Your answer").fill("The train home, 🚆 ‏שלום")
    second_tab.get_by_role("button", name="Answer").click()
    second_tab.get_by_text("You have answered this already").wait_for()
    assert second_tab.locator(".answer.mine", has_text="The beach.").is_visible()
    assert second_tab.get_by_label("Your new words").input_value() == "The train home, 🚆 ‏שלום"
    second_tab.get_by_role("button", name="Answer with the new words").click()
    second_tab.locator(".answer.mine", has_text="The train home").wait_for()
    assert second_tab.evaluate("window.stillTheSamePage") is True
    assert Answer.objects.get(author=john).text == "The train home, 🚆 ‏שלום"

    # Ivy signs in with her name in full-width capitals, answers, and sees John's new words.
    hers = new_page("/login/")
    hers.set_viewport_size(PHONE)
    sign_in(hers, "ＩＶＹ")
    hers.goto(question.get_absolute_url())
    hers.get_by_label("Your answer").fill("On the train too.")
    hers.get_by_role("button", name="Answer").click()
    hers.locator(".answer", has_text="The train home").wait_for()
    assert "The beach." not in hers.content()
    assert problems == []
