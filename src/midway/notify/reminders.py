"""Notifications that no one's action sends: the time a break's taker promised to be
back (to both partners), and the morning a postponed decision comes back (to both).

Each is queued for its time when the break or the postponement is made; when it
runs, it first checks that the promise still stands (the break is still running with
that same return time, the decision is still postponed to that day), so a reminder
made stale by "I'm back" or "I need more time" says nothing.
"""

from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from midway.notify.kinds import Entry
from midway.spaces.models import Member

# The hour (local) on the day a postponed decision comes back.
DECISION_HOUR = time(9, 0)


def hhmm(moment: datetime) -> str:
    return timezone.localtime(moment).strftime("%H:%M")


def schedule_break(brk) -> None:
    from midway.notify.outbox import _later
    from midway.notify.tasks import break_reminder

    transaction.on_commit(
        lambda: _later(break_reminder, brk.return_at, brk.pk, brk.return_at.isoformat())
    )


def schedule_decision(decision) -> None:
    from midway.notify.outbox import _later
    from midway.notify.tasks import decision_reminder

    day = decision.postponed_to
    if day is None:
        return
    when = timezone.make_aware(datetime.combine(day, DECISION_HOUR))
    if when <= timezone.now():
        return  # agreed on the very day: they know
    transaction.on_commit(lambda: _later(decision_reminder, when, decision.pk, day.isoformat()))


def _both(space_id: int) -> list[Member]:
    return list(Member.objects.filter(space_id=space_id).select_related("space"))


def break_is_up(break_id: int, return_at: str) -> None:
    from midway.notify.outbox import gather
    from midway.repair.models import Break

    promised = datetime.fromisoformat(return_at)
    brk = Break.objects.running().filter(pk=break_id).select_related("author").first()
    if brk is None or abs(brk.return_at - promised) > timedelta(seconds=1):
        return
    target = f"repair.break:{brk.pk}"
    for member in _both(brk.space_id):
        actor = "" if member.pk == brk.author_id else brk.author.name
        with transaction.atomic():
            gather(member, "breaks", Entry(actor, "break.due", target, hhmm(brk.return_at)))


def decision_comes_back(decision_id: int, day: str) -> None:
    from midway.decisions.models import Decision
    from midway.notify.outbox import gather

    decision = Decision.objects.filter(
        pk=decision_id, status=Decision.POSTPONED, postponed_to=date.fromisoformat(day)
    ).first()
    if decision is None:
        return
    for member in _both(decision.space_id):
        with transaction.atomic():
            gather(
                member, "decisions", Entry("", "decision.soon", f"decisions.decision:{decision.pk}")
            )
