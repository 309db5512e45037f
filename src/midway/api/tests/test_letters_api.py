"""Letters by API, as a program of Ivy's or John's would use them."""

import uuid

import pytest

from midway.letters.models import Letter, LetterVersion, Reaction

pytestmark = pytest.mark.django_db


def test_draft_is_created_and_listed_for_its_author(ivy_api, john_api):
    response = ivy_api.post("/letters", {"title": "Sorry", "body": "Dear John,"})
    assert response.status_code == 201
    letter = response.json()
    assert letter["status"] == "draft" and letter["author"] == "ivy" and letter["revision"] == 1
    assert [item["id"] for item in ivy_api.get("/letters").json()["items"]] == [letter["id"]]
    assert john_api.get("/letters").json()["items"] == []


def test_same_client_key_makes_one_draft(ivy_api):
    key = str(uuid.uuid4())
    first = ivy_api.post("/letters", {"body": "one", "client_key": key}).json()
    second = ivy_api.post("/letters", {"body": "one, two", "client_key": key}).json()
    assert first["id"] == second["id"] and second["body"] == "one, two"
    assert Letter.objects.count() == 1


def test_update_with_a_stale_revision_is_a_409_with_the_current_words(ivy_api):
    letter = ivy_api.post("/letters", {"body": "first"}).json()
    saved = ivy_api.put(
        f"/letters/{letter['id']}", {"title": "", "body": "second", "revision": 1}
    ).json()
    assert saved["revision"] == 2 and saved["body"] == "second"
    stale = ivy_api.put(f"/letters/{letter['id']}", {"title": "", "body": "third", "revision": 1})
    assert stale.status_code == 409
    assert stale.json()["letter"]["body"] == "second"
    assert stale.json()["letter"]["revision"] == 2
    assert Letter.objects.get().body == "second"


def test_sharing_shows_the_letter_to_the_partner_who_marks_it_read(ivy_api, john_api):
    letter = ivy_api.post("/letters", {"body": "I want you John."}).json()
    shared = ivy_api.post(f"/letters/{letter['id']}/share").json()
    assert shared["status"] == "shared" and shared["shared_at"]
    seen = john_api.get(f"/letters/{letter['id']}").json()
    assert seen["body"] == "I want you John." and seen["read_at"] is None
    read = john_api.post(f"/letters/{letter['id']}/read").json()
    assert read["read_at"] is not None
    # The author reading her own letter is not a read receipt.
    other = ivy_api.post("/letters", {"body": "again"}).json()
    ivy_api.post(f"/letters/{other['id']}/share")
    assert ivy_api.post(f"/letters/{other['id']}/read").json()["read_at"] is None


def test_editing_a_shared_letter_keeps_the_earlier_words(ivy_api, john_api):
    letter = ivy_api.post("/letters", {"body": "before"}).json()
    ivy_api.post(f"/letters/{letter['id']}/share")
    ivy_api.put(f"/letters/{letter['id']}", {"title": "", "body": "after", "revision": 1})
    versions = john_api.get(f"/letters/{letter['id']}/versions").json()["items"]
    assert [version["body"] for version in versions] == ["before"]
    assert LetterVersion.objects.count() == 1


def test_replies_and_reactions_go_to_shared_letters(ivy_api, john_api):
    letter = ivy_api.post("/letters", {"body": "hello"}).json()
    assert john_api.post(f"/letters/{letter['id']}/replies", {"body": "hi"}).status_code == 404
    assert ivy_api.post(f"/letters/{letter['id']}/replies", {"body": "hi"}).status_code == 404
    ivy_api.post(f"/letters/{letter['id']}/share")
    reply = john_api.post(f"/letters/{letter['id']}/replies", {"body": "Thank you."})
    assert reply.status_code == 201 and reply.json()["author"] == "john"
    assert john_api.post(f"/letters/{letter['id']}/replies", {"body": "   "}).status_code == 400
    first = john_api.post(f"/letters/{letter['id']}/reactions", {"kind": "heart"})
    again = john_api.post(f"/letters/{letter['id']}/reactions", {"kind": "heart"})
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    detail = ivy_api.get(f"/letters/{letter['id']}").json()
    assert [r["body"] for r in detail["replies"]] == ["Thank you."]
    assert [(r["author"], r["kind"]) for r in detail["reactions"]] == [("john", "heart")]
    assert john_api.delete(f"/letters/{letter['id']}/reactions/heart").status_code == 204
    assert not Reaction.objects.exists()
    assert john_api.post(f"/letters/{letter['id']}/reactions", {"kind": "hug"}).status_code == 422


def test_only_drafts_can_be_deleted(ivy_api):
    draft = ivy_api.post("/letters", {"body": "not sent"}).json()
    shared = ivy_api.post("/letters", {"body": "sent"}).json()
    ivy_api.post(f"/letters/{shared['id']}/share")
    assert ivy_api.delete(f"/letters/{draft['id']}").status_code == 204
    assert ivy_api.delete(f"/letters/{shared['id']}").status_code == 404
    assert list(Letter.objects.values_list("body", flat=True)) == ["sent"]


def test_lists_are_paged_with_a_next_offset(ivy_api, ivy):
    from midway.letters.services import start_letter

    for number in range(5):
        start_letter(ivy, body=f"letter {number}")
    first = ivy_api.get("/letters?limit=2").json()
    assert len(first["items"]) == 2 and first["total"] == 5 and first["next_offset"] == 2
    last = ivy_api.get("/letters?limit=2&offset=4").json()
    assert len(last["items"]) == 1 and last["next_offset"] is None
    assert ivy_api.get("/letters?limit=0").status_code == 422
    assert ivy_api.get("/letters?limit=100000").status_code == 422


def test_import_makes_the_letter_and_its_items(ivy_api, john_api):
    text = (
        "Dear John,\n\nI'm sorry about last night.\n\n"
        "Questions:\n1. What makes you feel safe after a fight?\n\n"
        "Things to try:\n1. A walk after dinner\n"
    )
    response = ivy_api.post("/letters/import", {"text": text, "title": "After the fight"})
    assert response.status_code == 201
    result = response.json()
    assert result["letter"]["status"] == "draft" and result["letter"]["title"] == "After the fight"
    assert result["created"]["questions"] == 1 and result["created"]["things_to_try"] == 1
    # Items of a draft are private with it.
    assert ivy_api.get("/questions").json()["total"] == 1
    assert john_api.get("/questions").json()["total"] == 0
    ivy_api.post(f"/letters/{result['letter']['id']}/share")
    questions = john_api.get("/questions").json()["items"]
    assert questions[0]["text"] == "What makes you feel safe after a fight?"
    assert questions[0]["source_letter"] == result["letter"]["id"]


def test_import_of_blank_text_is_refused(ivy_api):
    response = ivy_api.post("/letters/import", {"text": "   \n  "})
    assert response.status_code == 400
    assert not Letter.objects.exists()


def test_a_letter_over_the_size_limit_is_a_400_not_a_truncation(ivy_api, settings):
    settings.LETTER_MAX_BYTES = 1_000
    response = ivy_api.post("/letters", {"body": "é" * 600})
    assert response.status_code == 400
    assert "too long" in str(response.json()["detail"])
    assert not Letter.objects.exists()
