"""Whatever people write is stored exactly, shown escaped, and refused clearly when too long."""

import pytest
from django.urls import reverse

from midway.together import services
from midway.together.models import (
    Answer,
    PhrasebookComment,
    PhrasebookEntry,
    Question,
    ThingToTry,
)
from midway.together.tests.conftest import HOSTILE

pytestmark = pytest.mark.django_db

ESCAPED_TAG = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"


def assert_escaped(body: str):
    assert '<script>alert("x")' not in body
    assert "<b>bold</b>" not in body
    assert ESCAPED_TAG in body
    assert "🙀⚖️📯" in body
    assert "\u202eשלום עולם\u202c" in body


def test_hostile_question_and_answer_are_stored_exactly_and_rendered_escaped(
    ivy_client, john_client
):
    ivy_client.post(reverse("together:ask"), {"text": HOSTILE})
    question = Question.objects.get()
    assert question.text == HOSTILE
    john_client.post(reverse("together:answer", args=[question.pk]), {"text": HOSTILE})
    assert Answer.objects.get().text == HOSTILE
    for client in (ivy_client, john_client):
        for url in (reverse("together:questions"), question.get_absolute_url()):
            assert_escaped(client.get(url).content.decode())


def test_hostile_thing_is_stored_exactly_and_rendered_escaped(ivy_client, john_client):
    ivy_client.post(reverse("together:propose"), {"text": HOSTILE, "why": HOSTILE})
    assert_escaped(john_client.get(reverse("together:index")).content.decode())
    thing = ThingToTry.objects.get()
    assert (thing.text, thing.why) == (HOSTILE, HOSTILE)
    john_client.post(reverse("together:decline", args=[thing.pk]), {"note": HOSTILE})
    thing.refresh_from_db()
    assert thing.decline_note == HOSTILE
    assert_escaped(ivy_client.get(thing.get_absolute_url()).content.decode())
    assert_escaped(ivy_client.get(reverse("together:things")).content.decode())


def test_hostile_phrasebook_entry_is_stored_exactly_and_rendered_escaped(ivy_client, john_client):
    fields = ["said", "not_meaning", "meaning", "request"]
    ivy_client.post(
        reverse("together:new_entry"),
        {**{field: HOSTILE for field in fields}, "own_feelings": "<i>raw</i>"},
    )
    entry = PhrasebookEntry.objects.get()
    assert all(getattr(entry, field) == HOSTILE for field in fields)
    assert entry.feelings == ["<i>raw</i>"]
    john_client.post(reverse("together:comment", args=[entry.pk]), {"text": HOSTILE})
    assert PhrasebookComment.objects.get().text == HOSTILE
    page = john_client.get(entry.get_absolute_url()).content.decode()
    assert_escaped(page)
    assert "&lt;i&gt;raw&lt;/i&gt;" in page
    assert_escaped(john_client.get(reverse("together:phrasebook"), {"q": "שלום"}).content.decode())


@pytest.mark.parametrize(
    ("url_name", "data", "limit"),
    [
        ("ask", {"text": "q" * 2001}, "2,000"),
        ("propose", {"text": "t" * 2001}, "2,000"),
        ("propose", {"text": "t", "why": "w" * 2001}, "2,000"),
        ("new_entry", {"said": "s" * 5001, "meaning": "m"}, "5,000"),
        ("new_entry", {"said": "s", "meaning": "m" * 5001}, "5,000"),
    ],
)
def test_too_long_text_is_refused_with_a_message(ivy_client, url_name, data, limit):
    response = ivy_client.post(reverse(f"together:{url_name}"), data)
    body = response.content.decode()
    assert response.status_code == 200
    assert f"Please keep this under {limit} characters" in body
    # Nothing typed is lost: the text is still in the form.
    assert max(data.values(), key=len) in body
    assert not (Question.objects.exists() or ThingToTry.objects.exists())
    assert not PhrasebookEntry.objects.exists()


def test_emoji_count_as_one_character_each(ivy_client):
    ivy_client.post(reverse("together:ask"), {"text": "🐆" * 2000})
    assert Question.objects.get().text == "🐆" * 2000


def test_too_long_answer_is_refused_in_place(john_client, question):
    response = john_client.post(
        reverse("together:answer", args=[question.pk]), {"text": "a" * 5001}, HTTP_HX_REQUEST="true"
    )
    assert "Please keep this under 5,000 characters" in response.content.decode()
    assert not Answer.objects.exists()


def test_text_fields_have_no_maxlength_that_would_cut_pasted_text(ivy_client):
    for name in ("ask", "propose", "new_entry"):
        assert "maxlength" not in ivy_client.get(reverse(f"together:{name}")).content.decode()


def test_nul_character_is_refused_not_crashing(ivy):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.propose_thing(ivy, "a\x00b")


def test_pages_have_no_inline_script_or_style(ivy_client, question, thing, entry):
    for url in (
        reverse("together:index"),
        question.get_absolute_url(),
        thing.get_absolute_url(),
        entry.get_absolute_url(),
        reverse("together:bank"),
        reverse("together:new_entry"),
    ):
        body = ivy_client.get(url).content.decode()
        assert "<script>" not in body
        assert "style=" not in body
        assert " hx-on" not in body
