"""A second answer in other words: both kept in view, the member chooses, nothing lost."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from midway.together import services
from midway.together.models import Answer
from midway.together.tests.conftest import HOSTILE, htmx

pytestmark = pytest.mark.django_db


def answer_url(question):
    return reverse("together:answer", args=[question.pk])


def settle_url(question):
    return reverse("together:settle_answer", args=[question.pk])


def stored(question, member) -> str:
    return Answer.objects.get(question=question, author=member).text


# Service ------------------------------------------------------------------------------


def test_the_same_answer_twice_is_the_stored_answer(john, question):
    first = services.answer_question(john, question, "Your voice.")
    again = services.answer_question(john, question, "  Your voice.  ")
    assert again.pk == first.pk and Answer.objects.count() == 1


def test_line_breaks_sent_by_a_browser_are_the_same_words(john, question):
    services.answer_question(john, question, "one\ntwo")
    assert services.answer_question(john, question, "one\r\ntwo").text == "one\ntwo"


def test_other_words_raise_with_both_texts_and_change_nothing(john, question):
    services.answer_question(john, question, "Your voice.")
    with pytest.raises(services.DifferentAnswer) as raised:
        services.answer_question(john, question, "Your hands.")
    assert raised.value.answer.text == "Your voice." and raised.value.sent == "Your hands."
    # A plain question's answer is shown to the asker at once: perhaps read already.
    assert raised.value.replaceable is False
    assert stored(question, john) == "Your voice."


def test_an_unrevealed_together_answer_can_be_replaced(john, together_question):
    services.answer_question(john, together_question, "The beach.")
    with pytest.raises(services.DifferentAnswer) as raised:
        services.answer_question(john, together_question, "The train home.")
    assert raised.value.replaceable is True
    services.replace_answer(john, together_question, "The train home.", replacing="The beach.")
    assert stored(together_question, john) == "The train home."


def test_a_revealed_answer_is_never_replaced(ivy, john, together_question):
    services.answer_question(john, together_question, "The beach.")
    services.answer_question(ivy, together_question, "Yesterday.")
    with pytest.raises(services.DifferentAnswer):
        services.replace_answer(john, together_question, "Other", replacing="The beach.")
    assert stored(together_question, john) == "The beach."


def test_replacing_words_that_changed_meanwhile_is_refused(john, together_question):
    services.answer_question(john, together_question, "The beach.")
    services.replace_answer(john, together_question, "Second tab", replacing="The beach.")
    with pytest.raises(services.DifferentAnswer) as raised:
        services.replace_answer(john, together_question, "First tab", replacing="The beach.")
    assert raised.value.answer.text == "Second tab"


def test_new_words_are_added_below_a_revealed_answer_once(john, question):
    services.answer_question(john, question, "Your voice.")
    services.add_to_answer(john, question, "And your hands.", replacing="Your voice.")
    services.add_to_answer(john, question, "And your hands.", replacing="Your voice.")
    assert stored(question, john) == "Your voice.\n\nAdded later: And your hands."


def test_added_words_beyond_the_limit_are_refused(john, question):
    services.answer_question(john, question, "x" * 4_990)
    with pytest.raises(ValidationError):
        services.add_to_answer(john, question, "y" * 100, replacing="x" * 4_990)
    assert stored(question, john) == "x" * 4_990


# Pages --------------------------------------------------------------------------------


def test_a_double_submit_on_the_page_is_harmless(john_client, question):
    john_client.post(answer_url(question), {"text": "Your voice."})
    response = john_client.post(answer_url(question), {"text": "Your voice."})
    assert response.status_code == 302
    assert Answer.objects.count() == 1


def test_other_words_show_both_answers_and_offer_to_add(john_client, john, question):
    john_client.post(answer_url(question), {"text": "Your voice."})
    response = john_client.post(answer_url(question), {"text": HOSTILE})
    page = response.content.decode()
    assert response.status_code == 409
    assert "Your voice." in page
    assert "&lt;script&gt;" in page and "<script>alert" not in page  # the new words, escaped
    assert "Add them below my answer" in page and "Answer with the new words" not in page
    assert stored(question, john) == "Your voice."


def test_an_unseen_answer_is_replaced_from_the_page(john_client, john, together_question):
    john_client.post(answer_url(together_question), {"text": "The beach."})
    page = john_client.post(answer_url(together_question), {"text": "The train home."})
    assert "Answer with the new words" in page.content.decode()
    response = john_client.post(
        settle_url(together_question),
        {"choice": "replace", "text": "The train home.", "replacing": "The beach."},
    )
    assert response.status_code == 302
    assert stored(together_question, john) == "The train home."


def test_keeping_the_first_answer_changes_nothing(john_client, john, together_question):
    john_client.post(answer_url(together_question), {"text": "The beach."})
    john_client.post(
        settle_url(together_question),
        {"choice": "keep", "text": "The train home.", "replacing": "The beach."},
    )
    assert stored(together_question, john) == "The beach."


def test_adding_from_the_page_keeps_what_the_partner_read(john_client, john, question):
    john_client.post(answer_url(question), {"text": "Your voice."})
    john_client.post(
        settle_url(question),
        {"choice": "add", "text": "And your hands.", "replacing": "Your voice."},
    )
    assert stored(question, john).startswith("Your voice.\n\nAdded later: And your hands.")


def test_a_choice_on_a_stale_page_shows_the_answer_as_it_is_now(
    john_client, john, ivy, together_question
):
    john_client.post(answer_url(together_question), {"text": "The beach."})
    services.answer_question(ivy, together_question, "Yesterday.")  # revealed meanwhile
    response = john_client.post(
        settle_url(together_question),
        {"choice": "replace", "text": "The train home.", "replacing": "The beach."},
    )
    page = response.content.decode()
    assert response.status_code == 409
    assert "changed meanwhile" in page and "The train home." in page
    assert stored(together_question, john) == "The beach."


def test_htmx_gets_the_choice_in_place_of_the_card(john_client, question):
    john_client.post(answer_url(question), {"text": "Your voice."}, **htmx())
    response = john_client.post(answer_url(question), {"text": "Other words"}, **htmx())
    assert response.status_code == 200
    assert 'id="question-' in response.content.decode()
    assert "Other words" in response.content.decode()


def test_partner_cannot_settle_someone_elses_answer(ivy_client, john, question):
    services.answer_question(john, question, "Your voice.")
    response = ivy_client.post(
        settle_url(question), {"choice": "add", "text": "Mine", "replacing": "Your voice."}
    )
    assert response.status_code == 404
    assert stored(question, john) == "Your voice."


def test_outsider_cannot_settle_an_answer(ana_client, john, question):
    services.answer_question(john, question, "Your voice.")
    response = ana_client.post(
        settle_url(question), {"choice": "add", "text": "Mine", "replacing": "Your voice."}
    )
    assert response.status_code == 404
