"""What the Repair API sends and accepts (beside api/schemas.py, to keep areas apart)."""

from datetime import datetime
from typing import Literal

from ninja import Field, Schema

from midway.api.schemas import Input
from midway.repair.models import ITEM_LIMIT, NOTE_LIMIT, TITLE_LIMIT, SafetyItem, Trigger
from midway.repair.repairs import LIMITS, STILL_NEED_LIMIT

MenuKind = Literal[tuple(kind for kind, _label in SafetyItem.KINDS)]  # type: ignore[misc]
TriggerKind = Literal[tuple(kind for kind, _label in Trigger.KINDS)]  # type: ignore[misc]


class BreakOut(Schema):
    id: int
    author: str
    note: str
    started_at: datetime
    first_return_at: datetime
    return_at: datetime
    extensions: int
    back_at: datetime | None
    is_running: bool
    is_due: bool
    updated_at: datetime


class BreakIn(Input):
    """Back in `minutes`: at least 20, at most 1440 (a day), 30 when left out."""

    minutes: int = Field(30, ge=-(10**6), le=10**6)
    note: str = Field("", max_length=NOTE_LIMIT)


class MoreTimeIn(Input):
    """A new return, `minutes` from now: at least 5, at most a day, 15 when left out."""

    minutes: int = Field(15, ge=-(10**6), le=10**6)


class CurrentBreaks(Schema):
    items: list[BreakOut]


class AccountOut(Schema):
    id: int
    author: str
    feelings: list[str]
    own_feelings: str
    saw: str
    past: str
    my_part: str
    will_do: str
    ask_next_time: str
    finished_at: datetime | None
    accepted_at: datetime | None
    still_need: str
    thing: int | None
    created_at: datetime
    updated_at: datetime


class RepairOut(Schema):
    id: int
    author: str
    title: str
    letter: int | None
    created_at: datetime
    updated_at: datetime
    revealed_at: datetime | None
    closed_at: datetime | None
    # Who has finished their account (never what they wrote, before the reveal).
    finished: list[str]
    # My own account always; my partner's only once both have finished.
    accounts: list[AccountOut]


class RepairIn(Input):
    title: str = Field(min_length=1, max_length=TITLE_LIMIT)
    letter: int | None = None


def _step(name: str):
    return Field(None, max_length=LIMITS[name])


class AccountIn(Input):
    """Steps of my account; a step left out (or null) stays as it is."""

    feelings: list[str] | None = Field(None, max_length=50)
    own_feelings: str | None = _step("own_feelings")
    saw: str | None = _step("saw")
    past: str | None = _step("past")
    my_part: str | None = _step("my_part")
    will_do: str | None = _step("will_do")
    ask_next_time: str | None = _step("ask_next_time")


class RepairAnswerIn(Input):
    """Accept my partner's account (`accept: true`), or say what I still need."""

    accept: bool = True
    still_need: str = Field("", max_length=STILL_NEED_LIMIT)


class SafetyItemOut(Schema):
    id: int
    author: str
    kind: str
    text: str
    created_at: datetime
    updated_at: datetime


class SafetyItemIn(Input):
    kind: MenuKind = SafetyItem.HELPS
    text: str = Field(min_length=1, max_length=ITEM_LIMIT)


class TriggerOut(SafetyItemOut):
    shared: bool


class TriggerIn(Input):
    kind: TriggerKind = Trigger.SETS_OFF
    text: str = Field(min_length=1, max_length=ITEM_LIMIT)
    shared: bool = False
