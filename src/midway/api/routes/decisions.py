"""Decide together by API: needs (absent until both wrote), options, marks, choices, days."""

from datetime import date, datetime, timedelta
from typing import Literal

from django.db.models import Prefetch
from django.utils import timezone
from ninja import Field, Router, Schema, Status

from midway.api.routes.common import member, paginate, responses, space_names
from midway.api.schemas import TEXT_MAX, Id, Input, PageQuery, items_of
from midway.decisions import services
from midway.decisions.models import Choice, Decision, Mark, Need, Option
from midway.spaces.access import visible, visible_set

router = Router(tags=["decide together"])


class NeedOut(Schema):
    author: str
    need: str
    weight: int
    can_give: str
    updated_at: datetime


class MarkOut(Schema):
    author: str
    verdict: str


class OptionOut(Schema):
    id: int
    author: str
    text: str
    marks: list[MarkOut]
    works_for_both: bool
    created_at: datetime


class ChoiceOut(Schema):
    author: str
    option: int | None
    postpone_to: date | None


class DecisionOut(Schema):
    id: int
    author: str
    title: str
    decide_by: datetime | None
    status: str
    round: int
    revealed: bool
    needs: list[NeedOut]
    options: list[OptionOut]
    choices: list[ChoiceOut]
    decided_option: int | None
    postponed_to: date | None
    settled_at: datetime | None
    created_at: datetime
    updated_at: datetime


class DecisionIn(Input):
    title: str = Field(min_length=1, max_length=services.TITLE_LIMIT)
    decide_by: datetime | None = None


class NeedIn(Input):
    need: str = Field(min_length=1, max_length=TEXT_MAX)
    weight: int = Field(ge=1, le=5)
    can_give: str = Field("", max_length=TEXT_MAX)


class OptionIn(Input):
    text: str = Field(min_length=1, max_length=services.OPTION_LIMIT)


class MarkIn(Input):
    verdict: Literal["works", "livable", "no"]
    round: int | None = Field(None, ge=1, le=2**31 - 1)


class RoundIn(Input):
    round: int | None = Field(None, ge=1, le=2**31 - 1)


class DayIn(RoundIn):
    # Left out: tomorrow, the nearest "another day".
    day: date | None = None


def _decisions(me):
    return visible_set(me, Decision).prefetch_related(
        Prefetch("needs", Need.objects.visible_to(me)),
        Prefetch("options", Option.objects.prefetch_related(Prefetch("marks", Mark.objects.all()))),
        Prefetch("choices", Choice.objects.all()),
    )


def decision_out(decision: Decision, me, names: dict[int, str]) -> dict:
    options = services.ranked_options(list(decision.options.all()), me)
    return {
        "id": decision.pk,
        "author": names[decision.author_id],
        "title": decision.title,
        "decide_by": decision.decide_by,
        "status": decision.status,
        "round": decision.round,
        "revealed": decision.is_revealed,
        # Until both wrote, the partner's need is simply not here.
        "needs": [
            {
                "author": names[n.author_id],
                "need": n.need,
                "weight": n.weight,
                "can_give": n.can_give,
                "updated_at": n.updated_at,
            }
            for n in decision.needs.all()
        ],
        "options": [
            {
                "id": o.pk,
                "author": names[o.author_id],
                "text": o.text,
                "marks": [
                    {"author": names[m.author_id], "verdict": m.verdict} for m in o.marks.all()
                ],
                "works_for_both": o.works_for_both,
                "created_at": o.created_at,
            }
            for o in options
        ],
        "choices": [
            {"author": names[c.author_id], "option": c.option_id, "postpone_to": c.postpone_to}
            for c in decision.choices.all()
        ],
        "decided_option": decision.decided_option_id,
        "postponed_to": decision.postponed_to,
        "settled_at": decision.settled_at,
        "created_at": decision.created_at,
        "updated_at": decision.updated_at,
    }


def _answer(request, decision: Decision, status: int = 200):
    me = member(request)
    return Status(
        status, decision_out(_decisions(me).get(pk=decision.pk), me, space_names(request))
    )


def _decision(request, decision_id: int) -> Decision:
    return visible(member(request), Decision, pk=decision_id)


def _option(request, option_id: int) -> Option:
    return visible(member(request), Option.objects.select_related("decision"), pk=option_id)


@router.get("/decisions", response=responses(items_of(DecisionOut)))
def list_decisions(request, page: PageQuery):
    me, names = member(request), space_names(request)
    return paginate(_decisions(me), page, lambda d: decision_out(d, me, names))


@router.post("/decisions", response=responses(DecisionOut, status=201))
def open_decision(request, data: DecisionIn):
    """Open a decision; a `decide_by` in the past is a 400."""
    decision = services.open_decision(member(request), data.title, decide_by=data.decide_by)
    return _answer(request, decision, 201)


@router.get("/decisions/{int:decision_id}", response=responses(DecisionOut))
def get_decision(request, decision_id: Id):
    return _answer(request, _decision(request, decision_id))


@router.put("/decisions/{int:decision_id}/need", response=responses(DecisionOut))
def write_need(request, decision_id: Id, data: NeedIn):
    """Write or rewrite your own need (never your partner's)."""
    decision = _decision(request, decision_id)
    services.write_need(
        member(request), decision, need=data.need, weight=data.weight, can_give=data.can_give
    )
    return _answer(request, decision)


@router.post("/decisions/{int:decision_id}/options", response=responses(DecisionOut, status=201))
def add_option(request, decision_id: Id, data: OptionIn):
    decision = _decision(request, decision_id)
    services.add_option(member(request), decision, data.text)
    return _answer(request, decision, 201)


@router.put("/decision-options/{int:option_id}/mark", response=responses(DecisionOut))
def mark_option(request, option_id: Id, data: MarkIn):
    """Your mark on an option; a `round` from before a reopening is a 409."""
    option = _option(request, option_id)
    services.mark_option(member(request), option, data.verdict, round=data.round)
    return _answer(request, option.decision)


@router.post("/decision-options/{int:option_id}/choose", response=responses(DecisionOut))
def choose_option(request, option_id: Id, data: RoundIn):
    """Your choice; decided once your partner chose the same option."""
    option = _option(request, option_id)
    return _answer(request, services.choose_option(member(request), option, round=data.round))


@router.post("/decisions/{int:decision_id}/another-day", response=responses(DecisionOut))
def another_day(request, decision_id: Id, data: DayIn):
    """Your agreement to leave it for a day; postponed once your partner agreed the same day."""
    decision = _decision(request, decision_id)
    day = data.day or timezone.localdate() + timedelta(days=1)
    result = services.propose_another_day(member(request), decision, day, round=data.round)
    return _answer(request, result)


@router.post("/decisions/{int:decision_id}/reopen", response=responses(DecisionOut))
def reopen(request, decision_id: Id, data: RoundIn):
    decision = _decision(request, decision_id)
    return _answer(request, services.reopen(member(request), decision, round=data.round))
