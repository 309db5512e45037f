"""Questions, things to try, the phrasebook and check-ins by API: the pages' rules hold."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_question_is_asked_and_answered_once(ivy_api, john_api):
    question = ivy_api.post("/questions", {"text": "What makes you feel safe?"}).json()
    assert question["can_answer"] is False  # a plain question is for the partner
    assert ivy_api.post(f"/questions/{question['id']}/answers", {"text": "me"}).status_code == 404
    seen = john_api.get(f"/questions/{question['id']}").json()
    assert seen["can_answer"] is True
    answer = john_api.post(f"/questions/{question['id']}/answers", {"text": "Your voice."})
    assert answer.status_code == 201
    again = john_api.post(f"/questions/{question['id']}/answers", {"text": "Your voice."})
    assert again.status_code == 200 and again.json()["id"] == answer.json()["id"]
    done = ivy_api.get(f"/questions/{question['id']}").json()
    assert done["completed_at"] and [a["text"] for a in done["answers"]] == ["Your voice."]


def test_reveal_together_shows_both_answers_only_when_both_are_in(ivy_api, john_api):
    question = ivy_api.post("/questions", {"text": "Our week?", "reveal_together": True}).json()
    john_answer = john_api.post(f"/questions/{question['id']}/answers", {"text": "rest"}).json()
    assert ivy_api.get(f"/answers/{john_answer['id']}").status_code == 404
    ivy_api.post(f"/questions/{question['id']}/answers", {"text": "a day out"})
    assert ivy_api.get(f"/answers/{john_answer['id']}").json()["text"] == "rest"


def test_nobody_agrees_for_the_other(ivy_api, john_api):
    thing = ivy_api.post("/things-to-try", {"text": "A walk after dinner"}).json()
    assert thing["status"] == "proposed"
    assert ivy_api.post(f"/things-to-try/{thing['id']}/agree").status_code == 404
    assert john_api.post(f"/things-to-try/{thing['id']}/agree").json()["status"] == "agreed"
    assert ivy_api.post(f"/things-to-try/{thing['id']}/start").json()["status"] == "trying"
    reviewed = john_api.post(
        f"/things-to-try/{thing['id']}/review", {"outcome": "kept", "note": "It helps."}
    ).json()
    assert reviewed["status"] == "kept" and reviewed["reviewed_by"] == "john"


def test_a_move_the_partner_made_first_is_a_409(ivy_api, john_api):
    thing = ivy_api.post("/things-to-try", {"text": "Phones away at dinner"}).json()
    john_api.post(f"/things-to-try/{thing['id']}/decline", {"note": "Not this month."})
    response = john_api.post(f"/things-to-try/{thing['id']}/agree")
    assert response.status_code == 409


def test_phrasebook_entry_is_heard_and_discussed(ivy_api, john_api):
    entry = ivy_api.post(
        "/phrasebook",
        {
            "said": "I want you to make me want to see you",
            "not_meaning": "I don't want to see you",
            "meaning": "I don't feel courted",
            "feelings": ["lonely"],
            "needs": ["closeness"],
        },
    ).json()
    assert entry["feelings"] == ["lonely"]
    assert ivy_api.post(f"/phrasebook/{entry['id']}/heard").status_code == 404
    heard = john_api.post(f"/phrasebook/{entry['id']}/heard").json()
    assert heard["heard_at"]
    comment = john_api.post(f"/phrasebook/{entry['id']}/comments", {"text": "How can I?"})
    assert comment.status_code == 201
    assert [c["text"] for c in ivy_api.get(f"/phrasebook/{entry['id']}").json()["comments"]] == [
        "How can I?"
    ]


def test_service_refusals_are_400s(ivy_api):
    response = ivy_api.post("/questions", {"text": "   "})
    assert response.status_code == 400
    assert "text" in response.json()["detail"]


def test_todays_checkin_is_saved_whole_and_seen_by_the_partner(ivy_api, john_api):
    saved = ivy_api.put(
        "/checkins/today",
        {"mood": "😌", "energy": 4, "safety": 5, "capacity": "a little", "note": "Slept."},
    )
    assert saved.status_code == 200
    checkin = saved.json()
    assert checkin["mood"] == "😌" and checkin["energy"] == 4 and checkin["author"] == "ivy"
    cleared = ivy_api.put("/checkins/today", {"mood": "😌"}).json()
    assert cleared["id"] == checkin["id"] and cleared["energy"] is None
    assert john_api.get(f"/checkins/{checkin['id']}").json()["mood"] == "😌"


def test_card_of_the_day_is_drawn_once_a_day_or_named(ivy_api):
    first = ivy_api.post("/checkins/today/card", {"draw": True}).json()
    second = ivy_api.post("/checkins/today/card", {"draw": True}).json()
    assert first["card"] and (first["card"], first["card_reversed"]) == (
        second["card"],
        second["card_reversed"],
    )
    assert first["card_meaning"]
    named = ivy_api.post("/checkins/today/card", {"card": "judgement", "reversed": False})
    assert named.json()["card"] == "Judgement"
    assert ivy_api.post("/checkins/today/card", {"card": "The Spoon"}).status_code == 400


def test_a_mood_that_is_not_emoji_is_a_400(ivy_api):
    response = ivy_api.put("/checkins/today", {"mood": "fine"})
    assert response.status_code == 400


def test_a_checkin_card_from_a_draft_does_not_name_the_draft(ivy_api, john_api, ivy):
    from midway.letters.importing import import_letter

    result = import_letter(ivy, "Dear John,\n\nToday's card is the star ⭐\n")
    checkins = john_api.get("/checkins").json()["items"]
    if checkins:  # the partner sees check-ins; never the id of a draft behind one
        assert all(item["source_letter"] != result.letter.pk for item in checkins)
    mine = ivy_api.get("/checkins").json()["items"]
    assert [item["source_letter"] for item in mine] == [result.letter.pk]
