import pytest
from django.urls import reverse

from midway.together import services
from midway.together.models import Answer, Question
from midway.together.tests.conftest import htmx

pytestmark = pytest.mark.django_db


def answer_url(question):
    return reverse("together:answer", args=[question.pk])


def test_member_asks_a_question(ivy_client, ivy):
    response = ivy_client.post(
        reverse("together:ask"), {"text": "What makes you feel safe after a fight?"}
    )
    question = Question.objects.get()
    assert response["Location"] == question.get_absolute_url()
    assert (question.author, question.space, question.reveal_together) == (ivy, ivy.space, False)


def test_empty_question_is_refused_with_a_message(ivy_client):
    response = ivy_client.post(reverse("together:ask"), {"text": "   "})
    assert "Please write your question." in response.content.decode()
    assert not Question.objects.exists()


def test_partner_answers_a_question(john_client, ivy_client, question):
    response = john_client.post(answer_url(question), {"text": "Being held, quietly."})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.completed_at is not None
    page = ivy_client.get(question.get_absolute_url()).content.decode()
    assert "Being held, quietly." in page
    assert "John’s answer" in page


def test_answering_with_htmx_swaps_the_card(john_client, question):
    response = john_client.post(answer_url(question), {"text": "Being held."}, **htmx())
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<article class="card question"')
    assert "Being held." in body
    assert "<html" not in body


def test_empty_answer_shows_the_error_in_the_card(john_client, question):
    response = john_client.post(answer_url(question), {"text": ""}, **htmx())
    assert "Please write your answer." in response.content.decode()
    assert not Answer.objects.exists()


def test_member_cannot_answer_their_own_plain_question(ivy_client, question):
    response = ivy_client.post(answer_url(question), {"text": "Me answering me"})
    assert response.status_code == 404
    assert not Answer.objects.exists()


def test_second_answer_keeps_the_first(john_client, question):
    john_client.post(answer_url(question), {"text": "First"})
    john_client.post(answer_url(question), {"text": "Second"})
    assert list(Answer.objects.values_list("text", flat=True)) == ["First"]


def test_open_questions_come_first_and_answered_ones_have_their_own_tab(
    ivy_client, john_client, ivy, john, question
):
    done = services.ask_question(john, "An older answered one")
    services.answer_question(ivy, done, "Done")
    mine = ivy_client.get(reverse("together:questions")).content.decode()
    theirs = john_client.get(reverse("together:questions")).content.decode()
    assert "waiting for John" in mine
    assert "waiting for your answer" in theirs
    for page in (mine, theirs):
        assert question.text in page
        assert "An older answered one" not in page
        assert 'href="?show=answered">Answered <span class="filter-count">1</span>' in page
    answered = ivy_client.get(reverse("together:questions"), {"show": "answered"}).content
    assert "An older answered one" in answered.decode()
    assert question.text not in answered.decode()


def test_questions_waiting_for_me_come_before_those_waiting_for_my_partner(john_client, ivy, john):
    waiting_for_me = services.ask_question(ivy, "Mine to answer")
    services.ask_question(john, "Ivy's to answer, asked later")
    page = john_client.get(reverse("together:questions")).content.decode()
    assert page.index(waiting_for_me.text) < page.index("Ivy&#x27;s to answer")


def test_the_list_folds_each_answer_form_behind_one_button(john_client, question):
    page = john_client.get(reverse("together:questions")).content.decode()
    assert "<textarea" not in page
    assert f'hx-get="{answer_url(question)}"' in page
    form = john_client.get(answer_url(question), **htmx()).content.decode()
    assert 'name="text"' in form and "autofocus" in form
    # Without JavaScript the button is a link to the question's page, form open there.
    assert john_client.get(answer_url(question))["Location"] == question.get_absolute_url()
    assert "<textarea" in john_client.get(question.get_absolute_url()).content.decode()


def test_an_answer_form_asked_for_after_answering_gives_the_card(john_client, john, question):
    services.answer_question(john, question, "Already said.")
    response = john_client.get(answer_url(question), **htmx())
    assert "Already said." in response.content.decode()
    assert response["HX-Retarget"] == f"#question-{question.pk}"


def test_an_outsider_cannot_fetch_an_answer_form(ana_client, question):
    assert ana_client.get(answer_url(question), **htmx()).status_code == 404


def test_answering_last_reveals_both_answers_with_a_moment(
    ivy_client, john_client, together_question
):
    first = ivy_client.post(answer_url(together_question), {"text": "Mine."}, **htmx())
    assert "moment" not in first.content.decode()
    second = john_client.post(answer_url(together_question), {"text": "Yours."}, **htmx())
    body = second.content.decode()
    assert 'class="card question revealed"' in body
    assert "Mine." in body and "Yours." in body
    # Said to a screen reader through the page's live region, swapped out of band.
    assert '<div id="together-live" hx-swap-oob="innerHTML">You have both answered.' in body
    # It is a moment, not a state: the question's page later is the plain card.
    later = john_client.get(together_question.get_absolute_url()).content.decode()
    assert "revealed" not in later


def test_without_javascript_the_reveal_is_said_on_the_questions_page(
    ivy_client, john_client, together_question
):
    ivy_client.post(answer_url(together_question), {"text": "Mine."})
    response = john_client.post(answer_url(together_question), {"text": "Yours."}, follow=True)
    assert "You have both answered. Here are both answers." in response.content.decode()


def test_together_page_counts_questions_waiting_for_you(john_client, question):
    body = john_client.get(reverse("together:index")).content.decode()
    assert "question waiting for your answer" in body


def test_unrevealed_answer_is_hidden_from_partner(
    ivy, john, ivy_client, john_client, together_question
):
    secret = "IVY-PRIVATE-ANSWER"
    services.answer_question(ivy, together_question, secret)
    pages = [
        john_client.get(reverse("together:index")),
        john_client.get(reverse("together:questions")),
        john_client.get(together_question.get_absolute_url()),
        # An answer refused for being empty renders the card again: still hidden.
        john_client.post(answer_url(together_question), {"text": ""}, **htmx()),
        john_client.post(answer_url(together_question), {"text": ""}),
    ]
    for response in pages:
        body = response.content.decode()
        assert secret not in body
    assert "Ivy has answered" in pages[2].content.decode()
    assert Answer.objects.visible_to(john).count() == 0
    assert secret in ivy_client.get(together_question.get_absolute_url()).content.decode()


def test_both_answers_are_revealed_once_both_answered(
    ivy, john, ivy_client, john_client, together_question
):
    services.answer_question(ivy, together_question, "Ivy's words")
    response = john_client.post(answer_url(together_question), {"text": "John's words"}, **htmx())
    assert "Ivy&#x27;s words" in response.content.decode()
    page = ivy_client.get(together_question.get_absolute_url()).content.decode()
    assert "John&#x27;s words" in page
    together_question.refresh_from_db()
    assert together_question.completed_at is not None


def test_asker_answers_their_own_together_question(ivy_client, together_question):
    page = ivy_client.get(together_question.get_absolute_url()).content.decode()
    assert "waiting for your answer" in page
    ivy_client.post(answer_url(together_question), {"text": "Mine first"})
    page = ivy_client.get(together_question.get_absolute_url()).content.decode()
    assert "waiting for John" in page
    assert "Mine first" in page


def test_ask_form_offers_reveal_together(ivy_client):
    ivy_client.post(reverse("together:ask"), {"text": "Both of us?", "reveal_together": "on"})
    assert Question.objects.get().reveal_together is True


def test_double_submit_creates_one_question(ivy_client):
    for _ in range(2):
        response = ivy_client.post(reverse("together:ask"), {"text": "Same words twice"})
        assert response.status_code == 302
    assert Question.objects.count() == 1


def test_same_question_can_be_asked_again_later(ivy):
    first = services.ask_question(ivy, "Again?")
    Question.objects.filter(pk=first.pk).update(
        created_at=first.created_at - services.DUPLICATE_WINDOW
    )
    second = services.ask_question(ivy, "Again?")
    assert second.pk != first.pk
