"""Reading a space's check-ins and markers for a period: few queries, whatever the years."""

import csv
import io
from datetime import date, datetime, time, timedelta

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from midway.checkins.models import CheckIn
from midway.happenings.models import Happening
from midway.insights.series import Person, Row
from midway.insights.svg import Marker
from midway.spaces.access import visible_set
from midway.spaces.models import Member

PERIODS = {"30": 30, "90": 90, "365": 365, "all": None}
DEFAULT_PERIOD = "90"

# Which happenings are markers on the time axis: their kind (a CSS class), their name,
# and the model they point at. A new area records its happenings and adds its verbs
# here; the charts do not change.
MARKER_VERBS = {
    "letter.shared": ("letter", "letter shared", "letters.letter"),
    "thing.agreed": ("thing", "thing to try agreed", "together.thingtotry"),
    "thing.reviewed": ("thing", "thing to try looked back on", "together.thingtotry"),
    "break.taken": ("break", "break taken", "repair.break"),
    "repair.opened": ("repair", "repair opened", "repair.repair"),
    "decision.decided": ("decision", "decided together", "decisions.decision"),
    "decision.postponed": ("decision", "left for another day", "decisions.decision"),
}


def period_of(raw: str | None) -> str:
    """The period asked for, or the default for anything else (`-1`, `9999999999`, junk)."""
    return raw if raw in PERIODS else DEFAULT_PERIOD


def first_day(member: Member, period: str, today: date) -> date:
    days = PERIODS[period]
    if days is not None:
        return today - timedelta(days=days - 1)
    earliest = visible_set(member, CheckIn).order_by("day").values_list("day", flat=True).first()
    return min(earliest or today, today)


def people(member: Member) -> list[Person]:
    members = sorted(member.space.members.all(), key=lambda m: (m.pk != member.pk, m.pk))
    return [Person(m.pk, m.name) for m in members]


def rows(member: Member, first: date, last: date) -> list[Row]:
    found = (
        visible_set(member, CheckIn)
        .filter(day__gte=first, day__lte=last)
        .values_list(
            "day",
            "member_id",
            "mood",
            "energy",
            "safety",
            "medication_taken",
            "card",
            "card_reversed",
        )
    )
    return [Row(*values) for values in found]


def markers(member: Member, first: date, last: date) -> list[Marker]:
    """Markers of the period from the one stream of happenings, each item read through
    the access helpers (a letter taken back is no longer a marker): one query."""
    seen = Q()
    for label in sorted({target for _kind, _name, target in MARKER_VERBS.values()}):
        model = apps.get_model(label)
        seen |= Q(target_model=label, target_id__in=visible_set(member, model).values("pk"))
    start = timezone.make_aware(datetime.combine(first, time.min))
    end = timezone.make_aware(datetime.combine(last + timedelta(days=1), time.min))
    found = (
        Happening.objects.in_space(member.space)
        .filter(seen, verb__in=list(MARKER_VERBS), at__gte=start, at__lt=end)
        .order_by("at")
        .values_list("verb", "at")
    )
    result = []
    for verb, at in found:
        kind, name, _target = MARKER_VERBS[verb]
        result.append(Marker(timezone.localtime(at).date(), kind, name))
    return result


CSV_HEADER = [
    "day",
    "who",
    "mood",
    "energy",
    "how safe I feel",
    "capacity for a hard talk",
    "medication",
    "card",
    "reversed",
    "note",
]


def checkins_csv(member: Member) -> str:
    """Every check-in the member can see, one row per partner per day, oldest first."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    medication = {True: "taken", False: "not taken", None: ""}
    for checkin in (
        visible_set(member, CheckIn).select_related("member").order_by("day", "member_id")
    ):
        writer.writerow(
            [
                checkin.day.isoformat(),
                checkin.member.name,
                checkin.mood,
                checkin.energy or "",
                checkin.safety or "",
                checkin.capacity,
                medication[checkin.medication_taken],
                checkin.card,
                "reversed" if checkin.card and checkin.card_reversed else "",
                checkin.note,
            ]
        )
    return out.getvalue()
