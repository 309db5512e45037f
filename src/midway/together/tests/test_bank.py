import pytest
from django.urls import reverse

from midway.together import bank
from midway.together.models import Question
from midway.together.tests.conftest import htmx
from midway.together.validation import QUESTION_LIMIT

pytestmark = pytest.mark.django_db


def test_bank_has_about_forty_questions_in_six_themes():
    assert len(bank.THEMES) == 6
    assert 36 <= len(bank.all_questions()) <= 50
    assert len(set(bank.all_questions())) == len(bank.all_questions())
    assert all(len(text) <= QUESTION_LIMIT for text in bank.all_questions())
    assert len({theme.slug for theme in bank.THEMES}) == 6


def test_bank_page_lists_every_theme(ivy_client):
    body = ivy_client.get(reverse("together:bank")).content.decode()
    for theme in bank.THEMES:
        assert theme.title in body


def test_one_click_asks_a_bank_question(ivy_client, ivy):
    text = bank.THEMES[0].questions[0]
    response = ivy_client.post(reverse("together:ask_from_bank"), {"text": text, "mode": "plain"})
    question = Question.objects.get()
    assert response["Location"] == question.get_absolute_url()
    assert (question.text, question.author, question.reveal_together) == (text, ivy, False)


def test_bank_question_can_be_asked_for_both_to_answer(ivy_client):
    text = bank.THEMES[1].questions[2]
    response = ivy_client.post(
        reverse("together:ask_from_bank"), {"text": text, "mode": "together"}, **htmx()
    )
    assert "asked" in response.content.decode()
    assert Question.objects.get().reveal_together is True


def test_bank_refuses_a_question_that_is_not_in_it(ivy_client):
    response = ivy_client.post(reverse("together:ask_from_bank"), {"text": "<b>Made up</b>"})
    assert response["Location"] == reverse("together:bank")
    assert not Question.objects.exists()


def test_bank_marks_questions_asked_before(ivy_client):
    text = bank.THEMES[2].questions[0]
    ivy_client.post(reverse("together:ask_from_bank"), {"text": text})
    body = ivy_client.get(reverse("together:bank")).content.decode()
    assert body.count("asked before") == 1
