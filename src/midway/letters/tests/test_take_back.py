"""Sharing can be undone for a few minutes, until the partner has answered."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from midway.letters import services
from midway.letters.models import Letter
from midway.together import services as together
from midway.together.models import Question

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(ivy):
    return services.share_letter(services.start_letter(ivy, title="Sorry", body="I'm sorry."))


def take_back(client, letter):
    return client.post(reverse("letters:take_back", args=[letter.pk]), follow=True)


def test_the_author_takes_a_letter_back_and_the_partner_loses_sight_of_it(
    shared, ivy, john, ivy_client, john_client
):
    question = together.ask_question(ivy, "What makes you feel safe?", source_letter=shared)
    services.mark_read(shared, john)
    response = take_back(ivy_client, shared)
    assert "it is a draft again" in response.content.decode()
    shared.refresh_from_db()
    assert shared.status == Letter.DRAFT and shared.read_at is None and shared.shared_at is None
    assert john_client.get(reverse("letters:detail", args=[shared.pk])).status_code == 404
    assert not Question.objects.visible_to(john).filter(pk=question.pk).exists()


def test_the_detail_page_offers_to_take_it_back_only_while_it_can(shared, ivy_client):
    page = ivy_client.get(reverse("letters:detail", args=[shared.pk])).content.decode()
    assert "Take it back" in page
    Letter.objects.filter(pk=shared.pk).update(shared_at=timezone.now() - timedelta(minutes=6))
    page = ivy_client.get(reverse("letters:detail", args=[shared.pk])).content.decode()
    assert "Take it back" not in page


def test_after_a_few_minutes_it_stays_shared(shared, ivy_client):
    Letter.objects.filter(pk=shared.pk).update(shared_at=timezone.now() - timedelta(minutes=6))
    response = take_back(ivy_client, shared)
    assert "stays shared" in response.content.decode()
    shared.refresh_from_db()
    assert shared.status == Letter.SHARED


@pytest.mark.parametrize("answer", ["reply", "reaction", "answer"])
def test_once_the_partner_answered_it_stays_shared(shared, ivy, john, ivy_client, answer):
    if answer == "reply":
        services.add_reply(shared, john, "Thank you for writing.")
    elif answer == "reaction":
        services.add_reaction(shared, john, "heart")
    else:
        question = together.ask_question(ivy, "Why?", source_letter=shared)
        together.answer_question(john, question, "Because.")
    response = take_back(ivy_client, shared)
    assert "John has already answered it" in response.content.decode()
    shared.refresh_from_db()
    assert shared.status == Letter.SHARED


def test_taking_back_twice_is_harmless(shared, ivy_client):
    take_back(ivy_client, shared)
    response = take_back(ivy_client, shared)
    assert response.status_code == 200
    shared.refresh_from_db()
    assert shared.status == Letter.DRAFT


def test_only_the_author_can_take_it_back(shared, john_client, ana_client, anon_client):
    url = reverse("letters:take_back", args=[shared.pk])
    assert john_client.post(url).status_code == 404
    assert ana_client.post(url).status_code == 404
    assert anon_client.post(url).status_code == 302
    shared.refresh_from_db()
    assert shared.status == Letter.SHARED
