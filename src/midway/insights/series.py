"""What the charts show, computed from plain rows: pure functions, no Django.

A row is one check-in as a tuple-like `Row`. Every function takes the days of the
period and the partners, and answers with plain data that the SVG drawing and the
tables read. A day nobody checked in is a gap (None), never a zero.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from midway.insights import valence

FELT_SAFE = 4  # "how safe I feel" of 4 or 5 out of 5
HARD = 2  # a check-in at 2 or less, or an unpleasant mood, is a hard day


@dataclass(frozen=True)
class Row:
    day: date
    member: int
    mood: str = ""
    energy: int | None = None
    safety: int | None = None
    medication: bool | None = None
    card: str = ""
    reversed: bool = False


@dataclass(frozen=True)
class Person:
    id: int
    name: str


@dataclass
class Line:
    """One partner's values over the buckets of the period (None: nobody said)."""

    person: Person
    values: list[float | None]

    @property
    def known(self) -> int:
        return sum(value is not None for value in self.values)


@dataclass
class Buckets:
    """The period cut into buckets of `size` days (1 for a month, 7 for a year, ...)."""

    first: date
    last: date
    size: int
    starts: list[date] = field(default_factory=list)

    @classmethod
    def of(cls, first: date, last: date) -> "Buckets":
        days = (last - first).days + 1
        size = 1 if days <= 92 else 7 if days <= 400 else 30
        starts = [first + timedelta(days=n) for n in range(0, days, size)]
        return cls(first, last, size, starts)

    def index(self, day: date) -> int | None:
        if not self.first <= day <= self.last:
            return None
        return (day - self.first).days // self.size


def days_between(first: date, last: date) -> int:
    return (last - first).days + 1


def averages(rows, people, buckets: Buckets, value) -> list[Line]:
    """Each partner's mean of `value(row)` per bucket; a bucket with no value is None."""
    sums = {person.id: [[0.0, 0] for _ in buckets.starts] for person in people}
    for row in rows:
        number = value(row)
        at = buckets.index(row.day)
        if number is None or at is None or row.member not in sums:
            continue
        cell = sums[row.member][at]
        cell[0] += number
        cell[1] += 1
    return [
        Line(
            person, [round(total / count, 2) if count else None for total, count in sums[person.id]]
        )
        for person in people
    ]


def mood_score(row: Row) -> float | None:
    reading = valence.of_mood(row.mood)
    return {valence.PLEASANT: 1.0, valence.NEUTRAL: 0.0, valence.UNPLEASANT: -1.0}.get(reading)


def mood_counts(rows, people) -> dict[int, Counter]:
    """Per partner: how many days read pleasant, neutral, unpleasant or unknown."""
    counts = {person.id: Counter() for person in people}
    for row in rows:
        reading = valence.of_mood(row.mood)
        if reading and row.member in counts:
            counts[row.member][reading] += 1
    return counts


def medication(rows, people, days: int) -> dict[int, dict[str, int]]:
    """Per partner: days taken, not taken, and not said (no check-in counts as not said)."""
    result = {}
    for person in people:
        said = [row.medication for row in rows if row.member == person.id]
        taken = sum(value is True for value in said)
        skipped = sum(value is False for value in said)
        result[person.id] = {
            "taken": taken,
            "not taken": skipped,
            "not said": days - taken - skipped,
        }
    return result


@dataclass
class Cards:
    drawn: int = 0
    top: list[tuple[str, int]] = field(default_factory=list)
    majors: int = 0
    minors: int = 0
    reversed: int = 0

    @property
    def reversed_share(self) -> float:
        return self.reversed / self.drawn if self.drawn else 0.0


def cards(rows, majors: frozenset[str], top: int = 5) -> Cards:
    drawn = [row for row in rows if row.card]
    counts = Counter(row.card for row in drawn)
    return Cards(
        drawn=len(drawn),
        top=sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top],
        majors=sum(row.card in majors for row in drawn),
        minors=sum(row.card not in majors for row in drawn),
        reversed=sum(row.reversed for row in drawn),
    )


def heatmap(rows, last: date, weeks: int = 53) -> list[list[tuple[date, int | None]]]:
    """Weeks (Monday first) of (day, the lower of the two partners' safety) up to `last`."""
    lowest: dict[date, int] = {}
    for row in rows:
        if row.safety is not None:
            lowest[row.day] = min(row.safety, lowest.get(row.day, row.safety))
    monday = last - timedelta(days=last.weekday()) - timedelta(weeks=weeks - 1)
    return [
        [
            (day, lowest.get(day))
            for day in (monday + timedelta(weeks=w, days=d) for d in range(7))
            if day <= last
        ]
        for w in range(weeks)
    ]


def felt_safe_days(rows, person: Person, first: date, last: date) -> int:
    return sum(
        1
        for row in rows
        if row.member == person.id
        and first <= row.day <= last
        and row.safety is not None
        and row.safety >= FELT_SAFE
    )


def is_hard(row: Row) -> bool:
    return (row.safety is not None and row.safety <= HARD) or (
        valence.of_mood(row.mood) == valence.UNPLEASANT
    )


def sentences(rows, people, first: date, last: date, *, before=(), letters=()) -> list[str]:
    """A few plain sentences a person reads before the charts, each computed from the rows.

    `before` holds the rows of the period just before (as long as this one), for the
    comparisons; `letters` the days letters were shared in the period, newest last.
    """
    said = []
    length = days_between(first, last)
    earlier_first, earlier_last = first - timedelta(days=length), first - timedelta(days=1)
    for person in people:
        now = felt_safe_days(rows, person, first, last)
        answered = sum(1 for row in rows if row.member == person.id and row.safety is not None)
        if not answered:
            continue
        sentence = f"{person.name} felt safe on {now} of {length} days"
        answered_before = sum(
            1 for row in before if row.member == person.id and row.safety is not None
        )
        if answered_before:
            then = felt_safe_days(before, person, earlier_first, earlier_last)
            if then != now:
                difference = abs(now - then)
                more = "more" if now > then else "fewer"
                sentence += f", {difference} {more} than the {length} before"
            else:
                sentence += f", as many as the {length} before"
        said.append(sentence + ".")
    hard_days = {row.day for row in rows if is_hard(row)}
    recent = list(letters)[-3:]
    near_hard = [day for day in recent if day in hard_days or day - timedelta(days=1) in hard_days]
    if len(recent) >= 2 and len(near_hard) == len(recent):
        said.append(f"The last {len(recent)} letters were shared within a day of a hard check-in.")
    elif recent and not near_hard and len(recent) >= 2:
        said.append(f"None of the last {len(recent)} letters came right after a hard check-in.")
    return said
