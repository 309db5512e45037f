"""API test helpers: a token-signed client per member, and a world with one of everything.

`world` gives each space (Ivy & John, Ana & Ben) one object of every kind the API
serves, plus the private ones: a draft letter and an item imported from it, and a
"reveal together" question that only one partner has answered.
"""

import json
from dataclasses import dataclass

import pytest
from django.test import Client

from midway.api.tokens import create_token
from midway.checkins import services as checkins
from midway.letters import services as letters
from midway.spaces.models import Member
from midway.together import services as together

MARKER = "MARKER-api-private-9d1e"


class ApiClient:
    """A Django test client that signs every request with a member's token."""

    def __init__(self, token: str | None):
        # Programs send no CSRF token; the API must not need one.
        self.client = Client(enforce_csrf_checks=True)
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def _call(self, method, path, data=None, **extra):
        kwargs = {"headers": {**self.headers, **extra.pop("headers", {})}, **extra}
        if data is not None:
            kwargs["data"] = data if isinstance(data, str | bytes) else json.dumps(data)
            kwargs["content_type"] = "application/json"
        return getattr(self.client, method)(f"/api/v1{path}", **kwargs)

    def get(self, path, **extra):
        return self._call("get", path, **extra)

    def post(self, path, data=None, **extra):
        return self._call("post", path, {} if data is None else data, **extra)

    def put(self, path, data=None, **extra):
        return self._call("put", path, {} if data is None else data, **extra)

    def delete(self, path, **extra):
        return self._call("delete", path, **extra)


def client_for(member: Member) -> ApiClient:
    return ApiClient(create_token(member, "tests")[1])


@dataclass
class SpaceObjects:
    letter: object
    draft: object
    reply: object
    reaction: object
    question: object
    answer: object
    hidden_answer: object
    draft_question: object
    thing: object
    entry: object
    comment: object
    checkin: object
    decision: object
    option: object
    appreciation: object
    courted_item: object
    # Repair: a running break, a repair, a menu line and a shared trigger.
    brk: object = None
    repair: object = None
    safety_item: object = None
    trigger: object = None

    def ids(self) -> dict[str, int]:
        return {name: obj.pk for name, obj in vars(self).items()}


def fill_space(one: Member, two: Member) -> SpaceObjects:
    """One of everything in a space: `one` writes, `two` answers."""
    letter = letters.start_letter(one, title="Shared", body="Words for both of us.")
    letters.share_letter(letter)
    letters.save_letter(letter, title="Shared", body="Edited words.", base_revision=1)
    draft = letters.start_letter(one, title="Draft", body=f"Not ready {MARKER}")
    reply = letters.add_reply(letter, two, "Thank you for writing.")
    letters.add_reaction(letter, two, "heart")
    question = together.ask_question(one, "What helps you after a fight?")
    answer = together.answer_question(two, question, "A walk, then a hug.")
    both = together.ask_question(one, "What do we need this week?", reveal_together=True)
    hidden = together.answer_question(two, both, f"Rest {MARKER}")
    draft_question = together.ask_question(one, f"From my draft {MARKER}?", source_letter=draft)
    thing = together.propose_thing(one, "A walk after dinner", why="We talk better outside.")
    entry = together.add_phrasebook_entry(one, said="Leave me alone", meaning="I need an hour.")
    comment = together.comment_on_entry(two, entry, "An hour is fine.")
    checkin = checkins.record_checkin(one, mood="😌", note="Slept well.")
    from midway.appreciations import services as appreciations
    from midway.decisions import services as decisions

    decision = decisions.open_decision(one, "Home or stay?")
    decisions.write_need(one, decision, need="Sleep", weight=3)
    decisions.write_need(two, decision, need="Company", weight=3)
    option = decisions.add_option(one, decision, "Stay")
    from midway.letters.models import Reaction

    return SpaceObjects(
        letter=letter,
        draft=draft,
        reply=reply,
        reaction=Reaction.objects.get(letter=letter),
        question=question,
        answer=answer,
        hidden_answer=hidden,
        draft_question=draft_question,
        thing=thing,
        entry=entry,
        comment=comment,
        checkin=checkin,
        **_repair_objects(one),
        decision=decision,
        option=option,
        appreciation=appreciations.write_appreciation(one, "Thank you.", send=True),
        courted_item=appreciations.add_courted_item(one, "Flowers", "receive"),
    )


def _repair_objects(one: Member) -> dict:
    from datetime import timedelta

    from django.utils import timezone

    from midway.repair import breaks, kit, repairs

    return {
        "brk": breaks.take_break(one, return_at=timezone.now() + timedelta(minutes=30)),
        "repair": repairs.open_repair(one, f"After the fight ({one.name})")[0],
        "safety_item": kit.add_safety_item(one, "A glass of water"),
        "trigger": kit.add_trigger(one, "A raised voice", shared=True),
    }


@dataclass
class World:
    mine: SpaceObjects  # written by Ivy, answered by John
    theirs: SpaceObjects  # written by John, answered by Ivy
    other: SpaceObjects  # Ana & Ben's space


@pytest.fixture
def world(ivy, john, ana):
    ben = ana.partner
    return World(
        mine=fill_space(ivy, john), theirs=fill_space(john, ivy), other=fill_space(ana, ben)
    )
