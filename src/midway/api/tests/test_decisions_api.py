"""Decide together, appreciations and courting by API: hidden needs, 404s, 409s, no acting for the other."""

from datetime import timedelta

import pytest
from django.utils import timezone

from midway.appreciations import services as appreciations
from midway.decisions import services
from midway.decisions.models import Choice

pytestmark = pytest.mark.django_db


def test_partner_need_is_absent_until_both_wrote(ivy_api, john_api):
    decision = ivy_api.post("/decisions", {"title": "Home or stay?"}).json()
    path = f"/decisions/{decision['id']}"
    ivy_api.put(f"{path}/need", {"need": "Sleep at mine", "weight": 4})
    assert john_api.get(path).json()["needs"] == []
    assert "Sleep at mine" not in john_api.get("/decisions").content.decode()
    body = john_api.put(f"{path}/need", {"need": "Company", "weight": 2}).json()
    assert {n["need"] for n in body["needs"]} == {"Sleep at mine", "Company"}


def test_a_decide_by_without_a_time_zone_is_the_couples_time(ivy_api):
    later = (timezone.localtime() + timedelta(hours=3)).replace(tzinfo=None, microsecond=0)
    body = ivy_api.post("/decisions", {"title": "x", "decide_by": later.isoformat()}).json()
    assert body["decide_by"] is not None
    naive_past = (timezone.localtime() - timedelta(hours=3)).replace(tzinfo=None)
    response = ivy_api.post("/decisions", {"title": "y", "decide_by": naive_past.isoformat()})
    assert response.status_code == 400


def test_past_decide_by_is_400(ivy_api):
    past = (timezone.now() - timedelta(hours=2)).isoformat()
    response = ivy_api.post("/decisions", {"title": "x", "decide_by": past})
    assert response.status_code == 400 and "already passed" in response.content.decode()


def test_outsider_gets_404_on_decisions_and_appreciations(ana_api, ivy, john):
    decision = services.open_decision(ivy, "Ours")
    note = appreciations.write_appreciation(ivy, "You are enough for me", send=True)
    item = appreciations.add_courted_item(ivy, "Flowers", "small")
    assert ana_api.get(f"/decisions/{decision.pk}").status_code == 404
    assert (
        ana_api.put(f"/decisions/{decision.pk}/need", {"need": "x", "weight": 1}).status_code == 404
    )
    assert ana_api.put(f"/appreciations/{note.pk}/favourite", {"keep": True}).status_code == 404
    assert (
        ana_api.post(f"/courting/{item.pk}/done", {"day": str(timezone.localdate())}).status_code
        == 404
    )
    assert ana_api.get("/decisions").json()["total"] == 0


def test_choice_by_api_is_only_ever_the_callers(john_api, revealed, ivy, john):
    option = services.add_option(ivy, revealed, "Stay")
    body = john_api.post(f"/decision-options/{option.pk}/choose", {}).json()
    assert body["status"] == "open"
    assert [c["author"] for c in body["choices"]] == ["john"]
    assert not Choice.objects.filter(author=ivy).exists()


def test_stale_round_after_reopening_is_409(ivy_api, revealed, ivy, john):
    option = services.add_option(ivy, revealed, "Stay")
    day = timezone.localdate() + timedelta(days=1)
    services.propose_another_day(ivy, revealed, day)
    services.propose_another_day(john, revealed, day)
    services.reopen(john, revealed)
    response = ivy_api.put(f"/decision-options/{option.pk}/mark", {"verdict": "works", "round": 1})
    assert response.status_code == 409


def test_only_the_receiver_keeps_a_favourite_and_only_the_partner_marks_done(
    ivy_api, john_api, ivy
):
    note = appreciations.write_appreciation(ivy, "You are enough for me", send=True)
    assert ivy_api.put(f"/appreciations/{note.pk}/favourite", {"keep": True}).status_code == 404
    assert john_api.put(f"/appreciations/{note.pk}/favourite", {"keep": True}).json()[
        "favourite_at"
    ]
    item = appreciations.add_courted_item(ivy, "Flowers", "small")
    today = str(timezone.localdate())
    assert ivy_api.post(f"/courting/{item.pk}/done", {"day": today}).status_code == 404
    body = john_api.post(f"/courting/{item.pk}/done", {"day": today, "word": "tulips"}).json()
    assert body["marks"][0]["word"] == "tulips"


def test_a_draft_appreciation_is_the_authors_alone(ivy_api, john_api):
    draft = ivy_api.post("/appreciations", {"text": "Not yet"}).json()
    assert john_api.get("/appreciations").json()["total"] == 0
    assert john_api.post(f"/appreciations/{draft['id']}/send").status_code == 404
    assert ivy_api.post(f"/appreciations/{draft['id']}/send").json()["sent_at"]
    assert john_api.get("/appreciations").json()["total"] == 1


@pytest.fixture
def revealed(ivy, john):
    decision = services.open_decision(ivy, "Tonight: does Ivy go home or stay?")
    services.write_need(ivy, decision, need="Rest", weight=4)
    services.write_need(john, decision, need="Company", weight=3)
    return decision


def test_one_partner_cannot_postpone_for_both(ivy_api, revealed):
    day = str(timezone.localdate() + timedelta(days=2))
    body = ivy_api.post(f"/decisions/{revealed.pk}/another-day", {"day": day}).json()
    assert body["status"] == "open" and body["postponed_to"] is None
    assert [c["author"] for c in body["choices"]] == ["ivy"]
