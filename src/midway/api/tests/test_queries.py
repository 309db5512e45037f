"""API lists cost the same number of queries for three objects as for thirty (no N+1)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from midway.api.tests.test_access import LISTS
from midway.appreciations import services as appreciations
from midway.checkins.services import record_checkin
from midway.decisions import services as decisions
from midway.letters import services as letters
from midway.together import services as together

pytestmark = pytest.mark.django_db


def grow(one, two, start: int, count: int) -> None:
    """`count` new objects of every kind, with words of their own (no double-submit merge)."""
    for number in range(start, start + count):
        letter = letters.start_letter(one, body=f"Letter {number}")
        letters.share_letter(letter)
        letters.save_letter(letter, title="", body=f"Letter {number}, edited", base_revision=1)
        letters.add_reply(letter, two, f"Reply {number}")
        letters.add_reaction(letter, two, "heart")
        question = together.ask_question(one, f"Question {number}?")
        together.answer_question(two, question, f"Answer {number}")
        together.propose_thing(one, f"Thing {number}")
        entry = together.add_phrasebook_entry(one, said=f"Said {number}", feelings=["tired"])
        together.comment_on_entry(two, entry, f"Comment {number}")
        record_checkin(one, day=timezone.localdate() - timedelta(days=number), mood="😌")
        decision = decisions.open_decision(one, f"Decision {number}")
        decisions.write_need(one, decision, need=f"Need {number}", weight=2)
        decisions.write_need(two, decision, need=f"Their need {number}", weight=3)
        decisions.mark_option(two, decisions.add_option(one, decision, f"Option {number}"), "works")
        appreciations.write_appreciation(one, f"Thanks {number}", send=True)
        item = appreciations.add_courted_item(one, f"Item {number}", "small")
        appreciations.mark_done(two, item, day=timezone.localdate(), word=f"w{number}")
        _grow_repair(one, two, number)


def _grow_repair(one, two, number: int) -> None:
    from midway.repair import breaks, kit, repairs

    brk = breaks.take_break(one, return_at=timezone.now() + timedelta(minutes=30))
    breaks.come_back(one, brk)
    repair = repairs.open_repair(one, f"Repair {number}")[0]
    repairs.save_account(two, repair, saw=f"Side {number}")
    kit.add_safety_item(one, f"Help {number}")
    kit.add_trigger(one, f"Trigger {number}", shared=True)


def _queries(client, path) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


@pytest.mark.parametrize(("path", "_names"), LISTS)
def test_list_queries_do_not_grow_with_the_list(ivy, john, ivy_api, path, _names, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the route's own queries, not a kept page's
    grow(ivy, john, 0, 3)
    ivy_api.get(path)  # the token's "last used" write happens once, here
    few = _queries(ivy_api, path)
    grow(ivy, john, 3, 27)
    assert len(ivy_api.get(path).json()["items"]) >= 30
    assert _queries(ivy_api, path) == few
