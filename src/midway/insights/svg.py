"""Charts drawn as small inline SVG: pure functions from series to markup, no Django.

Inline SVG works offline and under the strict CSP: no script, no style attribute;
colours come from classes in midway.css (so dark mode and the two partners' colours,
blue and orange, told apart by people with red-green colour blindness, live in one
place), and each partner's line also has its own dash and point shape. Every chart
has a <title> and <desc>; the page shows the same numbers as a table.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date
from html import escape

from midway.insights.series import Buckets, Line

# About a phone's width in CSS pixels, so the labels stay readable when it is scaled.
WIDTH, HEIGHT = 400, 190
LEFT, RIGHT, TOP, BOTTOM = 34, 8, 10, 40


@dataclass(frozen=True)
class Marker:
    """Something that happened on a day: a letter shared, a thing agreed, a break."""

    day: date
    kind: str  # a short class name: letter, thing, break, repair, decision
    label: str


def _x(index: int, count: int) -> float:
    span = WIDTH - LEFT - RIGHT
    return LEFT + (span * index / (count - 1) if count > 1 else span / 2)


def _y(value: float, low: float, high: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low)


def _segments(values: list[float | None]) -> list[list[tuple[int, float]]]:
    """Runs of known values: a gap in the data is a gap in the line."""
    runs, run = [], []
    for index, value in enumerate(values):
        if value is None:
            if run:
                runs.append(run)
            run = []
        else:
            run.append((index, value))
    if run:
        runs.append(run)
    return runs


def _month_labels(buckets: Buckets) -> list[tuple[int, str]]:
    count = len(buckets.starts)
    step = max(1, count // 4)
    fmt = "%-d %b" if buckets.size == 1 else "%b %Y" if buckets.size >= 30 else "%b"
    # None too near the right edge, where the label would be cut.
    return [
        (i, buckets.starts[i].strftime(fmt))
        for i in range(0, count, step)
        if count < 3 or i <= (count - 1) * 0.88
    ]


def line_chart(
    lines: list[Line],
    buckets: Buckets,
    *,
    low: float,
    high: float,
    ticks: list[tuple[float, str]],
    title: str,
    desc: str,
    markers: list[Marker] = (),
) -> str:
    count = len(buckets.starts)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{_id(title)}-t {_id(title)}-d" preserveAspectRatio="xMidYMid meet">',
        f'<title id="{_id(title)}-t">{escape(title)}</title>',
        f'<desc id="{_id(title)}-d">{escape(desc)}</desc>',
    ]
    for value, label in ticks:
        y = _y(value, low, high)
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{escape(label)}</text>'
        )
    base = HEIGHT - BOTTOM
    for index, label in _month_labels(buckets):
        parts.append(
            f'<text class="tick" x="{_x(index, count):.1f}" y="{base + 30}" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    for number, line in enumerate(lines):
        cls = f"p{number % 2}"
        for run in _segments(line.values):
            points = " ".join(f"{_x(i, count):.1f},{_y(v, low, high):.1f}" for i, v in run)
            if len(run) > 1:
                parts.append(f'<polyline class="series {cls}" points="{points}"/>')
            else:
                x, y = points.split(",")
                parts.append(f'<circle class="dot {cls}" cx="{x}" cy="{y}" r="3"/>')
    # One marker per bucket and kind, however many happened in it: bounded markup.
    grouped: dict[tuple[int, str], list[Marker]] = {}
    for marker in markers:
        at = buckets.index(marker.day)
        if at is not None:
            grouped.setdefault((at, marker.kind), []).append(marker)
    for (at, kind), group in sorted(grouped.items()):
        x = _x(at, count) + (-3 if kind == "letter" else 3)  # side by side, not on top
        names = Counter(marker.label for marker in group)
        said = "; ".join(f"{n} × {label}" if n > 1 else label for label, n in names.items())
        parts.append(
            f'<g class="marker {escape(kind)}"><title>{escape(said)}, '
            f'{_when(group)}</title><path d="M{x:.1f},{base + 3} l-4,8 h8 z"/></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _when(group: list[Marker]) -> str:
    first, last = min(m.day for m in group), max(m.day for m in group)
    if first == last:
        return f"{first:%-d %b %Y}"
    return f"{first:%-d %b} – {last:%-d %b %Y}"


def heatmap(weeks: list[list[tuple[date, int | None]]], *, title: str, desc: str) -> str:
    cell, gap = 11, 2
    width = len(weeks) * (cell + gap) + 30
    height = 7 * (cell + gap) + 18
    parts = [
        f'<svg class="chart heat" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" '
        f'aria-labelledby="heat-t heat-d">',
        f'<title id="heat-t">{escape(title)}</title><desc id="heat-d">{escape(desc)}</desc>',
    ]
    for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri")):
        parts.append(
            f'<text class="tick" x="0" y="{18 + row * (cell + gap) + cell - 2}">{name}</text>'
        )
    for column, week in enumerate(weeks):
        x = 30 + column * (cell + gap)
        if week and week[0][0].day <= 7:
            parts.append(f'<text class="tick" x="{x}" y="10">{week[0][0]:%b}</text>')
        for day, value in week:
            y = 18 + day.weekday() * (cell + gap)
            level = f"h{value}" if value else "h0"
            said = f"lowest safety {value} of 5" if value else "no check-in"
            parts.append(
                f'<rect class="{level}" x="{x}" y="{y}" width="{cell}" height="{cell}" rx="2">'
                f"<title>{day:%-d %b %Y}: {said}</title></rect>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _id(title: str) -> str:
    return "c" + "".join(ch for ch in title.lower() if ch.isalnum())[:24]
