"""What the home page shows of Decide together, in one query whatever the data."""

from datetime import timedelta

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from midway.decisions.models import Decision, Need
from midway.spaces.access import visible_set
from midway.spaces.models import Member

SHOWN = 5
# A postponed decision comes onto the home page this many days before its day.
NEAR_DAYS = 14


def waiting_decisions(member: Member) -> list[Decision]:
    """Open decisions that wait for this member, and postponed ones whose day is near.

    Each carries `waits_for`: "need" (write what I need), "marks" (options to mark),
    "choice" (the partner chose; my choice is missing) or "day" (the agreed day is near).
    """
    today = timezone.localdate()
    rows = (
        visible_set(member, Decision)
        .filter(
            Q(status=Decision.OPEN)
            | Q(
                status=Decision.POSTPONED,
                postponed_to__gte=today,
                postponed_to__lte=today + timedelta(days=NEAR_DAYS),
            )
        )
        .annotate(
            wrote=Exists(Need.objects.filter(decision=OuterRef("pk"), author=member)),
            option_count=Count("options", distinct=True),
            my_marks=Count(
                "options__marks", filter=Q(options__marks__author=member), distinct=True
            ),
            my_choices=Count("choices", filter=Q(choices__author=member), distinct=True),
            their_choices=Count("choices", filter=~Q(choices__author=member), distinct=True),
        )
        .order_by("postponed_to", "-updated_at", "-id")[:50]
    )
    waiting = []
    for decision in rows:
        if decision.status == Decision.POSTPONED:
            decision.waits_for = "day"
        elif not decision.wrote:
            decision.waits_for = "need"
        elif decision.revealed_at and decision.my_marks < decision.option_count:
            decision.waits_for = "marks"
        elif decision.revealed_at and decision.their_choices and not decision.my_choices:
            decision.waits_for = "choice"
        else:
            continue
        waiting.append(decision)
    return waiting[:SHOWN]
