import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

BLAME = "You never listen to me and your selfishness is exhausting."


def test_coach_flags_blame_and_offers_gentler_words(ivy_client):
    response = ivy_client.post(reverse("coach:check"), {"text": BLAME})
    page = response.content.decode()
    assert response.status_code == 200
    assert "criticism" in page
    assert "Try:" in page and "I feel" in page


def test_coach_stays_quiet_on_gentle_words(ivy_client):
    response = ivy_client.post(
        reverse("coach:check"), {"text": "I always love it when you make coffee."}
    )
    assert "coach-finding" not in response.content.decode()


def test_coach_off_means_nothing_comes_back(ivy_client, ivy):
    ivy.coach_enabled = False
    ivy.save()
    assert ivy_client.post(reverse("coach:check"), {"text": BLAME}).status_code == 204


def test_coach_escapes_what_it_quotes(ivy_client):
    page = ivy_client.post(
        reverse("coach:check"), {"text": "You never listen <script>alert(1)</script>"}
    ).content.decode()
    assert "<script>" not in page


def test_coach_needs_a_member(anon_client, db):
    assert anon_client.post(reverse("coach:check"), {"text": BLAME}).status_code == 302


def test_editor_asks_the_coach_only_when_it_is_on(ivy_client, ivy):
    assert "data-coach-url" in ivy_client.get(reverse("letters:new")).content.decode()
    ivy.coach_enabled = False
    ivy.save()
    assert "data-coach-url" not in ivy_client.get(reverse("letters:new")).content.decode()


def test_phrasebook_suggestions_rank_feelings_and_needs(ivy_client):
    response = ivy_client.post(
        reverse("coach:check"),
        {
            "text": "I don't feel very courted. I feel taken for granted.",
            "context": "I want you to make me want to see you",
            "suggest": "1",
        },
    )
    page = response.content.decode()
    assert 'data-pick-name="needs"' in page
    assert 'data-pick-name="feelings"' in page
    assert 'data-pick-value="being courted"' in page


def test_phrasebook_form_asks_the_coach_for_words(ivy_client):
    page = ivy_client.get(reverse("together:new_entry")).content.decode()
    assert 'data-coach-suggest="1"' in page and "data-coach-panel" in page
