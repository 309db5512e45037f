import pytest
from django.urls import reverse

from midway.together import services
from midway.together.models import PhrasebookComment, PhrasebookEntry
from midway.together.tests.conftest import htmx

pytestmark = pytest.mark.django_db


def search(client, query):
    return client.get(reverse("together:phrasebook"), {"q": query}).content.decode()


def test_member_writes_a_phrasebook_entry(ivy_client, ivy):
    response = ivy_client.post(
        reverse("together:new_entry"),
        {
            "said": "I want you to make me want to see you",
            "not_meaning": "I don't want to see you",
            "meaning": "I don't feel very courted",
            "feelings": ["hurt", "unappreciated"],
            "own_feelings": "taken for granted, Hurt",
            "needs": ["being courted"],
            "own_needs": "",
            "request": "Plan a date with me",
        },
    )
    entry = PhrasebookEntry.objects.get()
    assert response["Location"] == entry.get_absolute_url()
    assert entry.feelings == ["hurt", "unappreciated", "taken for granted"]
    assert entry.needs == ["being courted"]
    assert entry.author == ivy


def test_entry_needs_what_was_said_and_what_it_means(ivy_client):
    body = ivy_client.post(reverse("together:new_entry"), {"said": "", "meaning": ""})
    body = body.content.decode()
    assert "Please write the words that were said." in body
    assert "Please write what it means." in body
    assert not PhrasebookEntry.objects.exists()


def test_own_feeling_too_long_is_refused(ivy_client):
    response = ivy_client.post(
        reverse("together:new_entry"),
        {"said": "x", "meaning": "y", "own_feelings": "a" * 41},
    )
    assert "keep each one under 40 characters" in response.content.decode()
    assert not PhrasebookEntry.objects.exists()


def test_feelings_from_the_list_are_stored_in_its_spelling(ivy):
    entry = services.add_phrasebook_entry(
        ivy, said="x", feelings=["HURT", " hurt ", "lonely", "  "], needs=["Safety"]
    )
    assert entry.feelings == ["hurt", "lonely"]
    assert entry.needs == ["safety"]


def test_phrasebook_search_finds_the_phrase(john_client, entry):
    assert entry.said in search(john_client, "make me WANT")
    assert entry.said in search(john_client, "“courted”")
    assert entry.said in search(john_client, "ask me out")
    assert "Nothing found" in search(john_client, "spaghetti")


def test_phrasebook_search_ignores_case_in_every_script(john_client, ivy):
    services.add_phrasebook_entry(ivy, said="Je n'ÉCOUTE pas", meaning="Я УСТАЛА")
    assert "ÉCOUTE" in search(john_client, "écoute")
    assert "ÉCOUTE" in search(john_client, "я устала")


def test_phrasebook_search_treats_wildcards_as_letters(john_client, ivy, entry):
    services.add_phrasebook_entry(ivy, said="100% sure")
    body = search(john_client, "%")
    assert "100% sure" in body
    assert entry.said not in body


def test_partner_marks_i_hear_you(john_client, entry):
    response = john_client.post(reverse("together:heard", args=[entry.pk]), **htmx())
    assert "You said “I hear you”" in response.content.decode()
    entry.refresh_from_db()
    assert entry.heard_at is not None


def test_author_cannot_mark_their_own_entry_heard(ivy_client, entry):
    assert ivy_client.post(reverse("together:heard", args=[entry.pk])).status_code == 404
    entry.refresh_from_db()
    assert entry.heard_at is None


def test_author_sees_that_partner_heard(ivy_client, john, entry):
    services.mark_heard(john, entry)
    assert "John hears you." in ivy_client.get(entry.get_absolute_url()).content.decode()


def test_partner_asks_and_author_replies(john_client, ivy_client, entry):
    response = john_client.post(
        reverse("together:comment", args=[entry.pk]), {"text": "Courted how?"}, **htmx()
    )
    assert "Courted how?" in response.content.decode()
    ivy_client.post(reverse("together:comment", args=[entry.pk]), {"text": "Plan things for us"})
    page = john_client.get(entry.get_absolute_url()).content.decode()
    assert page.index("Courted how?") < page.index("Plan things for us")
    assert PhrasebookComment.objects.count() == 2


def test_empty_comment_is_refused_in_place(john_client, entry):
    response = john_client.post(
        reverse("together:comment", args=[entry.pk]), {"text": " "}, **htmx()
    )
    assert "Please write a message." in response.content.decode()
    assert not PhrasebookComment.objects.exists()


def test_double_submit_creates_one_entry_and_one_comment(ivy_client, john_client, entry):
    for _ in range(2):
        ivy_client.post(
            reverse("together:new_entry"), {"said": "Leave me alone", "meaning": "I'm flooded"}
        )
        john_client.post(reverse("together:comment", args=[entry.pk]), {"text": "Thank you"})
    assert PhrasebookEntry.objects.filter(said="Leave me alone").count() == 1
    assert PhrasebookComment.objects.count() == 1
