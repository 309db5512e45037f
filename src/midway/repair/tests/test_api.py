"""Repair by API: the same rules as the pages; an unrevealed account is absent."""

import pytest

from midway.repair import kit
from midway.repair.models import Break

pytestmark = pytest.mark.django_db


def test_take_a_break_see_it_and_come_back(ivy_api, john_api):
    taken = ivy_api.post("/breaks", {"note": "Back soon"})
    assert taken.status_code == 201
    brk = taken.json()
    assert brk["is_running"] and brk["author"] == "ivy"
    assert ivy_api.post("/breaks", {"minutes": 40}).status_code == 409
    current = john_api.get("/breaks/current").json()["items"]
    assert [b["note"] for b in current] == ["Back soon"]
    assert john_api.post(f"/breaks/{brk['id']}/back").status_code == 404
    more = ivy_api.post(f"/breaks/{brk['id']}/more-time", {"minutes": 20})
    assert more.json()["extensions"] == 1
    back = ivy_api.post(f"/breaks/{brk['id']}/back")
    assert back.json()["back_at"] is not None
    assert ivy_api.post(f"/breaks/{brk['id']}/back").status_code == 200  # harmless twice
    assert ivy_api.post(f"/breaks/{brk['id']}/more-time", {}).status_code == 409
    assert john_api.get("/breaks/current").json()["items"] == []


@pytest.mark.parametrize("minutes", [-10, 5, 60 * 24 * 365])
def test_a_bad_return_time_is_a_400_with_a_reason(ivy_api, minutes):
    response = ivy_api.post("/breaks", {"minutes": minutes})
    assert response.status_code == 400
    assert response.json()["detail"]
    assert not Break.objects.exists()


def test_an_unrevealed_account_is_absent(ivy_api, john_api):
    repair = ivy_api.post("/repairs", {"title": "Sunday"}).json()
    rid = repair["id"]
    ivy_api.put(f"/repairs/{rid}/my-account", {"saw": "IVY-WORDS", "feelings": ["hurt"]})
    john_api.put(f"/repairs/{rid}/my-account", {"saw": "JOHN-WORDS"})
    assert ivy_api.post(f"/repairs/{rid}/finish").json()["finished"] == ["ivy"]
    for path in (f"/repairs/{rid}", "/repairs"):
        seen_by_john = john_api.get(path).content.decode()
        assert "IVY-WORDS" not in seen_by_john and "JOHN-WORDS" in seen_by_john
        assert "JOHN-WORDS" not in ivy_api.get(path).content.decode()
    assert john_api.post(f"/repairs/{rid}/answer", {"accept": True}).status_code == 409
    revealed = john_api.post(f"/repairs/{rid}/finish").json()
    assert {a["saw"] for a in revealed["accounts"]} == {"IVY-WORDS", "JOHN-WORDS"}
    assert ivy_api.put(f"/repairs/{rid}/my-account", {"saw": "later"}).status_code == 409
    ivy_api.post(f"/repairs/{rid}/answer", {"accept": True})
    closed = john_api.post(f"/repairs/{rid}/answer", {"accept": True}).json()
    assert closed["closed_at"] is not None


def test_opening_the_same_repair_twice_returns_the_open_one(ivy_api, john_api):
    first = ivy_api.post("/repairs", {"title": "Sunday"})
    second = john_api.post("/repairs", {"title": "SUNDAY"})
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]


def test_what_is_not_yours_is_404(ivy, ivy_api, john_api, ana_api):
    rid = ivy_api.post("/repairs", {"title": "Sunday"}).json()["id"]
    private = kit.add_trigger(ivy, "old wound", kind="wound")
    shared = kit.add_trigger(ivy, "shouting", shared=True)
    item = kit.add_safety_item(ivy, "tea")
    assert john_api.get(f"/triggers/{private.pk}").status_code == 404
    assert john_api.get(f"/triggers/{shared.pk}").status_code == 200
    assert john_api.put(f"/safety-menu/{item.pk}", {"text": "coffee"}).status_code == 404
    assert john_api.delete(f"/triggers/{shared.pk}").status_code == 404
    for path in (f"/repairs/{rid}", f"/safety-menu/{item.pk}", f"/triggers/{shared.pk}"):
        assert ana_api.get(path).status_code == 404, path
    assert ana_api.put(f"/repairs/{rid}/my-account", {"saw": "x"}).status_code == 404
    assert ana_api.get("/safety-menu").json()["total"] == 0


def test_menu_and_triggers_are_written_by_their_author(ivy_api, john_api):
    made = ivy_api.post("/safety-menu", {"kind": "hear", "text": "We're OK 🙂"})
    assert made.status_code == 201 and made.json()["kind"] == "hear"
    changed = ivy_api.put(f"/safety-menu/{made.json()['id']}", {"kind": "helps", "text": "Tea"})
    assert changed.json()["text"] == "Tea"
    assert ivy_api.post("/safety-menu", {"kind": "nope", "text": "x"}).status_code in (400, 422)
    trigger = ivy_api.post("/triggers", {"text": "raised voices", "shared": False}).json()
    assert john_api.get("/triggers").json()["total"] == 0
    assert ivy_api.delete(f"/triggers/{trigger['id']}").status_code == 204
