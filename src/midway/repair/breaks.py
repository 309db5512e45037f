"""Breaks with a promised return: the one place that starts, extends and ends a break.

The rules: at least MIN_MINUTES (the body needs about twenty minutes to settle
after flooding), THIRTY by default, at most a day; one running break per member;
only the taker extends or ends it. "I'm back" on a break that is already over
(a second tab, a double tap) changes nothing. A break never ends by itself: when
its time comes both partners see that it is due until the taker answers.
"""

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from midway.happenings.services import record
from midway.repair.models import NOTE_LIMIT, Break
from midway.spaces.models import Member
from midway.together.services import NotAllowed
from midway.together.validation import check_text

MIN_MINUTES = 20
DEFAULT_MINUTES = 30
MORE_MIN_MINUTES = 5
MORE_DEFAULT_MINUTES = 15
MAX_MINUTES = 24 * 60
# A form filled in slowly still means "twenty minutes": a little slack for typing.
SLACK = timedelta(seconds=90)


class BreakRunning(Exception):
    """This member already has a running break; nothing new was started."""

    def __init__(self, running: Break):
        super().__init__(f"break {running.pk} is still running")
        self.running = running


class BreakOver(Exception):
    """The break ended meanwhile (from another tab); it cannot be extended."""

    def __init__(self, ended: Break):
        super().__init__(f"break {ended.pk} is over")
        self.ended = ended


def return_time(
    *, minutes=None, at: datetime | None = None, least: int = MIN_MINUTES, now=None
) -> datetime:
    """The promised return from `minutes` from now or a moment `at`; ValidationError if unfit."""
    now = now or timezone.now()
    if at is None:
        if minutes is None:
            minutes = DEFAULT_MINUTES if least == MIN_MINUTES else MORE_DEFAULT_MINUTES
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise ValidationError({"minutes": "Say how many minutes, as a whole number."})
        if minutes > 10 * MAX_MINUTES or minutes < -10 * MAX_MINUTES:
            raise ValidationError({"minutes": "A break lasts a day at most."})
        at = now + timedelta(minutes=minutes)
    if timezone.is_naive(at):
        raise ValidationError({"return_at": "Please give the time with its time zone."})
    if at <= now:
        raise ValidationError({"return_at": "That time has already passed. Pick a time ahead."})
    if at - now > timedelta(minutes=MAX_MINUTES) + SLACK:
        raise ValidationError(
            {"return_at": "A break lasts a day at most: pick a time within the next 24 hours."}
        )
    if at - now < timedelta(minutes=least) - SLACK:
        why = (
            "Give yourself at least 20 minutes: that is about how long a racing heart "
            "takes to settle."
            if least == MIN_MINUTES
            else f"Ask for at least {least} more minutes."
        )
        raise ValidationError({"return_at": why})
    return at


def take_break(member: Member, *, return_at: datetime, note: str = "") -> Break:
    """Start a break; BreakRunning if this member has one running already."""
    note = check_text(note, NOTE_LIMIT, field="note", required=False)
    now = timezone.now()
    try:
        with transaction.atomic():
            Member.objects.select_for_update().filter(pk=member.pk).first()
            running = Break.objects.running().filter(author=member).first()
            if running is not None:
                raise BreakRunning(running)
            taken = Break.objects.create(
                space=member.space,
                author=member,
                note=note,
                started_at=now,
                first_return_at=return_at,
                return_at=return_at,
                updated_at=now,
            )
            record(member, "break.taken", taken)
            return taken
    except IntegrityError:
        # Two submits met at the database's constraint: the other one started it.
        raise BreakRunning(Break.objects.running().get(author=member)) from None


def _taker(member: Member, brk: Break) -> None:
    if brk.author_id != member.pk or brk.space_id != member.space_id:
        raise NotAllowed


def come_back(member: Member, brk: Break) -> Break:
    """ "I'm back, ready to talk." Harmless when the break is already over."""
    _taker(member, brk)
    now = timezone.now()
    if Break.objects.filter(pk=brk.pk, back_at__isnull=True).update(back_at=now, updated_at=now):
        record(member, "break.back", brk)
    return Break.objects.get(pk=brk.pk)


def more_time(member: Member, brk: Break, *, return_at: datetime) -> Break:
    """ "I need more time": a new promised return; BreakOver if the break has ended."""
    _taker(member, brk)
    now = timezone.now()
    changed = Break.objects.filter(pk=brk.pk, back_at__isnull=True).update(
        return_at=return_at, updated_at=now, extensions=F("extensions") + 1
    )
    fresh = Break.objects.get(pk=brk.pk)
    if not changed:
        raise BreakOver(fresh)
    record(member, "break.more_time", fresh)
    return fresh


def running_breaks(member: Member) -> list[Break]:
    """The space's running breaks (mine and my partner's), mine first."""
    found = list(Break.objects.visible_to(member).running().select_related("author"))
    return sorted(found, key=lambda b: b.author_id != member.pk)


def version_of(breaks: list[Break]) -> str:
    """What the break banner shows, as a short string: equal strings, equal banners."""
    return (
        "-".join(f"{b.pk}.{int(b.updated_at.timestamp())}.{int(b.is_due)}" for b in breaks)
        or "none"
    )
