"""The founding letter, imported in a real browser by Ivy and read by John."""

import pytest

from midway.conftest import make_couple, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_ivy_imports_the_founding_letter_and_john_sees_its_parts(new_page, founding_letter):
    make_couple("ivy", "john", "Ivy & John")
    ivy = new_page("/")
    sign_in(ivy, "ivy")
    ivy.goto("/letters/import/")
    ivy.get_by_label("Paste your letter").fill(founding_letter)
    ivy.get_by_role("button", name="Read it").click()
    review = ivy.locator("form.import-review")
    questions = review.locator("textarea[name^=questions-]")
    assert questions.nth(1).input_value() == "What makes you feel safe after a fight?"
    assert "Card of the day: Judgement" in review.inner_text()
    # The thing to try is a whole paragraph: Ivy keeps its first sentence.
    thing = ivy.get_by_label("Thing to try 1")
    first_sentence = thing.input_value().split(" I.e.")[0]
    thing.fill(first_sentence)
    ivy.get_by_label("Title").fill("After the fight")
    ivy.get_by_role("button", name="Save and share").click()
    ivy.wait_for_url("**/letters/*/")

    john = new_page("/")
    sign_in(john, "john")
    john.goto("/letters/")
    john.get_by_role("link", name="After the fight").click()
    assert "I'm sorry." in john.locator(".prose").inner_text()
    john.goto("/together/questions/")
    assert "What makes you feel safe after a fight?" in john.content()
    john.goto("/together/things/")
    assert first_sentence in john.content()
    assert "I feel taken for granted" not in john.locator("main").inner_text()
    john.goto("/together/phrasebook/")
    assert "I want you to make me want to see you" in john.content()
    john.goto("/checkin/")
    assert "Judgement" in john.content()
