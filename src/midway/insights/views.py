"""The Insights tab: the couple's weeks and years at a glance, never a score."""

from datetime import timedelta

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from midway.insights import data, series, svg, valence
from midway.spaces.access import member_required
from midway.spaces.pagecache import cached_page
from midway.text.deck import DECK, MAJOR

MAJORS = frozenset(card.name for card in DECK if card.arcana == MAJOR)
LEVELS = [(1, "1"), (2, "2"), (3, "3"), (4, "4"), (5, "5")]


@cached_page
@require_GET
@member_required
def index(request):
    member = request.member
    period = data.period_of(request.GET.get("period"))
    today = timezone.localdate()
    first = data.first_day(member, period, today)
    length = series.days_between(first, today)
    people = data.people(member)
    # One query for the period, the one before it (comparisons) and the year (heat-map).
    earliest = min(first - timedelta(days=length), today - timedelta(days=371))
    everything = data.rows(member, earliest, today)
    rows = [row for row in everything if row.day >= first]
    before = [row for row in everything if row.day < first]
    markers = data.markers(member, first, today)
    buckets = series.Buckets.of(first, today)
    per = {1: "day", 7: "week", 30: "month"}[buckets.size]
    charts = [
        _line_chart(
            "Mood",
            f"How each of you felt, on average per {per}: pleasant above, unpleasant below.",
            series.averages(rows, people, buckets, series.mood_score),
            buckets,
            (-1, 1, [(1, "🙂"), (0, "😐"), (-1, "🙁")]),
            markers,
        ),
        _line_chart(
            "How safe I feel",
            f"How safe each of you felt with the other, 1 to 5, on average per {per}.",
            series.averages(rows, people, buckets, lambda row: row.safety),
            buckets,
            (1, 5, LEVELS),
            markers,
        ),
        _line_chart(
            "Energy",
            f"Each of your energy, 1 to 5, on average per {per}.",
            series.averages(rows, people, buckets, lambda row: row.energy),
            buckets,
            (1, 5, LEVELS),
            markers,
        ),
    ]
    moods = series.mood_counts(rows, people)
    medication = series.medication(rows, people, length)
    year_ago = today - timedelta(days=365)
    heat = series.heatmap(everything, today)
    context = {
        "nav": "insights",
        "period": period,
        "periods": [("30", "30 days"), ("90", "90 days"), ("365", "A year"), ("all", "Everything")],
        "first": first,
        "people": people,
        "charts": charts,
        "sentences": series.sentences(
            rows,
            people,
            first,
            today,
            before=before if data.PERIODS[period] else (),
            letters=[marker.day for marker in markers if marker.kind == "letter"],
        ),
        "moods": [
            (person, [moods[person.id][kind] for kind in valence.KINDS]) for person in people
        ],
        "medication": [
            (person, [medication[person.id][kind] for kind in ("taken", "not taken", "not said")])
            for person in people
        ],
        "cards": series.cards(rows, MAJORS),
        "year_ago": [
            (person, row)
            for person in people
            for row in everything
            if row.day == year_ago and row.card and row.member == person.id
        ],
        "heatmap": svg.heatmap(
            heat,
            title="The year, day by day",
            desc="One square a day for the last twelve months, darker when the lower of "
            "your two answers to 'how safe I feel' was higher; empty when nobody said.",
        ),
        "markers": markers,
        "marker_kinds": sorted({(marker.kind, marker.label) for marker in markers}),
        "has_data": bool(rows),
    }
    return render(request, "insights/index.html", context)


def _line_chart(title, desc, lines, buckets, scale, markers) -> dict:
    low, high, ticks = scale
    return {
        "title": title,
        "desc": desc,
        "svg": svg.line_chart(
            lines,
            buckets,
            low=low,
            high=high,
            ticks=ticks,
            title=title,
            desc=desc,
            markers=markers,
        ),
        "lines": lines,
        "table": [
            (start, [line.values[index] for line in lines])
            for index, start in enumerate(buckets.starts)
        ],
        "known": any(line.known for line in lines),
    }


@require_GET
@member_required
def checkins_csv(request):
    response = HttpResponse(
        data.checkins_csv(request.member), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="midway-checkins-{timezone.localdate():%Y-%m-%d}.csv"'
    )
    return response
