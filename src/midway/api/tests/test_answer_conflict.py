"""A second answer by API: the same words are a 200, other words a 409 with both texts."""

import pytest

from midway.api.api import api

pytestmark = pytest.mark.django_db


def ask(api_client, text="What makes you feel safe?", together=False) -> int:
    return api_client.post("/questions", {"text": text, "reveal_together": together}).json()["id"]


def test_the_same_answer_twice_is_a_200_with_the_stored_answer(ivy_api, john_api):
    question = ask(ivy_api)
    first = john_api.post(f"/questions/{question}/answers", {"text": "Your voice."})
    again = john_api.post(f"/questions/{question}/answers", {"text": "Your voice."})
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()


def test_other_words_are_a_409_with_both_texts(ivy_api, john_api):
    question = ask(ivy_api)
    john_api.post(f"/questions/{question}/answers", {"text": "Your voice."})
    response = john_api.post(f"/questions/{question}/answers", {"text": "Your hands."})
    assert response.status_code == 409
    body = response.json()
    assert (body["yours"], body["sent"], body["can_replace"]) == (
        "Your voice.",
        "Your hands.",
        False,
    )
    shown = ivy_api.get(f"/questions/{question}").json()["answers"]
    assert [answer["text"] for answer in shown] == ["Your voice."]


def test_an_unseen_answer_is_replaced_with_put(ivy_api, john_api):
    question = ask(ivy_api, together=True)
    john_api.post(f"/questions/{question}/answers", {"text": "The beach."})
    conflict = john_api.post(f"/questions/{question}/answers", {"text": "The train."}).json()
    assert conflict["can_replace"] is True
    changed = john_api.put(
        f"/questions/{question}/answers/mine",
        {"text": conflict["sent"], "replacing": conflict["yours"], "mode": "replace"},
    )
    assert changed.status_code == 200 and changed.json()["text"] == "The train."


def test_replacing_a_revealed_answer_is_a_409_and_adding_works(ivy_api, john_api):
    question = ask(ivy_api, together=True)
    john_api.post(f"/questions/{question}/answers", {"text": "The beach."})
    ivy_api.post(f"/questions/{question}/answers", {"text": "Yesterday."})
    refused = john_api.put(
        f"/questions/{question}/answers/mine",
        {"text": "Other", "replacing": "The beach.", "mode": "replace"},
    )
    assert refused.status_code == 409 and refused.json()["can_replace"] is False
    added = john_api.put(
        f"/questions/{question}/answers/mine",
        {"text": "Other", "replacing": "The beach.", "mode": "add"},
    )
    assert added.json()["text"] == "The beach.\n\nAdded later: Other"


def test_partner_cannot_change_an_answer_that_is_not_theirs(ivy_api, john_api):
    question = ask(ivy_api)
    john_api.post(f"/questions/{question}/answers", {"text": "Your voice."})
    response = ivy_api.put(
        f"/questions/{question}/answers/mine", {"text": "x", "replacing": "Your voice."}
    )
    assert response.status_code == 404


def test_the_conflict_is_documented_in_the_openapi_document():
    paths = api.get_openapi_schema()["paths"]
    answers = next(v for k, v in paths.items() if k.endswith("/questions/{question_id}/answers"))
    documented = answers["post"]["responses"]
    assert {"200", "201", "409"} <= set(map(str, documented))
    schema = str(documented[409] if 409 in documented else documented["409"])
    assert "AnswerConflict" in schema


def test_words_never_seen_are_not_replaced_but_can_be_added_to(ivy_api, john_api):
    question = ask(ivy_api, together=True)
    john_api.post(f"/questions/{question}/answers", {"text": "The beach."})
    blind = john_api.put(f"/questions/{question}/answers/mine", {"text": "x", "mode": "replace"})
    assert blind.status_code == 409 and blind.json()["yours"] == "The beach."
    added = john_api.put(f"/questions/{question}/answers/mine", {"text": "And the sea."})
    again = john_api.put(f"/questions/{question}/answers/mine", {"text": "And the sea."})
    assert added.json()["text"] == again.json()["text"] == "The beach.\n\nAdded later: And the sea."
