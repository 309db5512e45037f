"""Recording check-ins: the one place that creates or changes a CheckIn.

Used by the check-in pages and by the letter importer. Every write goes through
`_apply`, which validates the changed fields, creates the day's check-in or locks
the existing one, and saves only what changed (so two saves of different fields at
the same moment do not overwrite each other).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from midway.checkins.cards import card_of_the_day
from midway.checkins.models import CheckIn
from midway.checkins.moods import MoodError, clean_mood
from midway.happenings.services import record
from midway.spaces.models import Member
from midway.text.deck import Card, find_card

# What the full check-in form sets; None (or "") in it means "not said".
FORM_FIELDS = ("mood", "medication_taken", "energy", "safety", "capacity", "note")


def record_checkin(
    member: Member,
    *,
    day: date | None = None,
    card: Card | str | None = None,
    card_reversed: bool = False,
    medication_taken: bool | None = None,
    mood: str | None = None,
    note: str | None = None,
    source_letter=None,
) -> CheckIn:
    """Create or update `member`'s check-in of `day` (today by default).

    Only the arguments given (not None) change; `card_reversed` goes with `card`.
    `card` is a deck Card or a name `find_card` understands ("judgment", "XX");
    "" clears the card, as "" clears a mood or a note. Raises ValidationError for
    an unknown card, a mood that is not 1 to 3 emoji, a note that is too long, or a
    letter of another space.
    """
    changes: dict = {}
    if card is not None:
        changes["card"] = _card_name(card)
        changes["card_reversed"] = bool(card_reversed) if changes["card"] else False
    if medication_taken is not None:
        changes["medication_taken"] = bool(medication_taken)
    if mood is not None:
        changes["mood"] = _mood(mood)
    if note is not None:
        changes["note"] = note
    if source_letter is not None:
        if source_letter.space_id != member.space_id:
            raise ValidationError("That letter belongs to another space.", code="letter")
        changes["source_letter"] = source_letter
    return _apply(member, day, changes)


def save_checkin(member: Member, *, day: date | None = None, **fields) -> CheckIn:
    """Set every field of the check-in form at once, None included ("not said").

    Unlike `record_checkin`, a None here clears a field: the form shows all of them,
    so what it sends is the whole of what the member wants to say.
    """
    unknown = set(fields) - set(FORM_FIELDS)
    if unknown:
        raise TypeError(f"not check-in form fields: {sorted(unknown)}")
    changes = dict(fields)
    for text_field in ("mood", "capacity", "note"):
        if text_field in changes and changes[text_field] is None:
            changes[text_field] = ""
    if "mood" in changes:
        changes["mood"] = _mood(changes["mood"])
    return _apply(member, day, changes)


def draw_card(member: Member, *, day: date | None = None) -> CheckIn:
    """Draw the member's card of the day: the same card however often they draw."""
    day = day or timezone.localdate()
    card, is_reversed = card_of_the_day(member.pk, day, settings.SECRET_KEY)
    return record_checkin(member, day=day, card=card, card_reversed=is_reversed)


@dataclass(frozen=True)
class Day:
    """One day of the space: my check-in and my partner's (either may be None)."""

    day: date
    mine: CheckIn | None
    theirs: CheckIn | None

    @property
    def sides(self) -> tuple[CheckIn | None, CheckIn | None]:
        """Mine, then my partner's: one loop in the template instead of two includes."""
        return (self.mine, self.theirs)


def days_of(checkins, member: Member) -> list[Day]:
    """Check-ins paired by day, newest first; days where nobody checked in are left out."""
    by_day: dict[date, dict[str, CheckIn]] = {}
    for checkin in checkins:
        side = "mine" if checkin.member_id == member.pk else "theirs"
        by_day.setdefault(checkin.day, {})[side] = checkin
    return [
        Day(day, sides.get("mine"), sides.get("theirs"))
        for day, sides in sorted(by_day.items(), reverse=True)
    ]


@dataclass(frozen=True)
class Side:
    """One partner's week: the moods, the cards and the medication, day by day."""

    checkins: tuple[CheckIn, ...]  # oldest first

    @property
    def moods(self) -> list[CheckIn]:
        return [c for c in self.checkins if c.mood]

    @property
    def cards(self) -> list[CheckIn]:
        return [c for c in self.checkins if c.card]

    @property
    def meds_taken(self) -> int:
        return sum(1 for c in self.checkins if c.medication_taken is True)

    @property
    def meds_missed(self) -> int:
        return sum(1 for c in self.checkins if c.medication_taken is False)

    @property
    def said_anything(self) -> bool:
        return any(not c.is_empty for c in self.checkins)


@dataclass(frozen=True)
class Week:
    """A week (Monday to Sunday) of the space: a summary of each side, and its days."""

    first: date
    mine: Side
    theirs: Side
    days: list[Day]

    @property
    def last(self) -> date:
        return self.first + timedelta(days=6)

    @property
    def sides(self) -> tuple[Side, Side]:
        return (self.mine, self.theirs)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_of(checkins, member: Member) -> list[Week]:
    """Check-ins gathered by week, newest week first; weeks with none are left out."""
    by_week: dict[date, list[CheckIn]] = {}
    for checkin in checkins:
        by_week.setdefault(monday_of(checkin.day), []).append(checkin)
    weeks = []
    for first, found in sorted(by_week.items(), reverse=True):
        found.sort(key=lambda c: c.day)
        mine = tuple(c for c in found if c.member_id == member.pk)
        theirs = tuple(c for c in found if c.member_id != member.pk)
        weeks.append(Week(first, Side(mine), Side(theirs), days_of(found, member)))
    return weeks


def _card_name(card: Card | str) -> str:
    if isinstance(card, Card):
        return card.name
    if not card.strip():
        return ""
    found = find_card(card)
    if found is None:
        raise ValidationError(f"“{card}” is not a card of the tarot deck.", code="card")
    return found.name


def _mood(mood: str) -> str:
    try:
        return clean_mood(mood)
    except MoodError as error:
        raise ValidationError(str(error), code="mood") from None


def _differs(checkin: CheckIn, name: str, value) -> bool:
    if name == "source_letter":  # compare ids: no query to load the old letter
        return checkin.source_letter_id != value.pk
    return getattr(checkin, name) != value


def _apply(member: Member, day: date | None, changes: dict) -> CheckIn:
    day = day or timezone.localdate()
    # Validate before touching the database. The letter is left out: the caller
    # checked its space, and validating a foreign key costs a query.
    probe = CheckIn(space=member.space, member=member, day=day, **changes)
    checked = set(changes) - {"source_letter"}
    probe.clean_fields(exclude=[f.name for f in CheckIn._meta.fields if f.name not in checked])
    now = timezone.now()
    with transaction.atomic():
        # The unique (member, day) constraint makes a double submit meet the first
        # row: get_or_create catches the IntegrityError and fetches it instead.
        checkin, created = CheckIn.objects.select_for_update().get_or_create(
            member=member,
            day=day,
            defaults={"space": member.space, "created_at": now, "updated_at": now, **changes},
        )
        if not created:
            changed = [name for name, value in changes.items() if _differs(checkin, name, value)]
            if not changed:
                return checkin
            for name in changed:
                setattr(checkin, name, changes[name])
            checkin.updated_at = now
            checkin.save(update_fields=[*changed, "updated_at"])
        record(member, "checkin.made", checkin)
    return checkin
