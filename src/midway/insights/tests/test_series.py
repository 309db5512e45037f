"""The insights' pure core: moods read by our table, series with gaps, sentences, SVG."""

from datetime import date, timedelta

from midway.insights import series, svg, valence
from midway.insights.series import Buckets, Person, Row

IVY, JOHN = Person(1, "Ivy"), Person(2, "John")
TODAY = date(2026, 12, 6)


def test_moods_read_by_our_table_and_unknown_emoji_are_never_guessed():
    assert valence.of_mood("😊") == valence.PLEASANT
    assert valence.of_mood("😢😭") == valence.UNPLEASANT
    assert valence.of_mood("😊😢") == valence.NEUTRAL
    assert valence.of_mood("👍🏽") == valence.PLEASANT  # a skin tone is set aside
    assert valence.of_mood("☀") == valence.PLEASANT  # without its variation selector
    assert valence.of_mood("🦑") == valence.UNKNOWN
    assert valence.of_mood("👩🏽‍❤️‍💋‍👨🏿") == valence.UNKNOWN  # one ZWJ sequence, not known
    assert valence.of_mood("🦑😊") == valence.PLEASANT  # the known ones decide
    assert valence.of_mood("") is None


def test_a_day_nobody_checked_in_is_a_gap_not_a_zero():
    buckets = Buckets.of(TODAY - timedelta(days=4), TODAY)
    rows = [Row(TODAY - timedelta(days=4), 1, safety=5), Row(TODAY, 1, safety=3)]
    [ivy, john] = series.averages(rows, [IVY, JOHN], buckets, lambda row: row.safety)
    assert ivy.values == [5.0, None, None, None, 3.0]
    assert john.values == [None] * 5 and john.known == 0


def test_long_periods_are_averaged_by_week_then_by_month():
    assert Buckets.of(TODAY - timedelta(days=29), TODAY).size == 1
    year = Buckets.of(TODAY - timedelta(days=364), TODAY)
    assert year.size == 7 and len(year.starts) == 53
    assert Buckets.of(TODAY - timedelta(days=3650), TODAY).size == 30
    rows = [Row(TODAY - timedelta(days=n), 1, energy=2 + n % 2) for n in range(7)]
    [ivy] = series.averages(
        rows, [IVY], Buckets.of(TODAY - timedelta(days=364), TODAY), lambda r: r.energy
    )
    assert ivy.values[-1] is not None and ivy.values[0] is None


def test_medication_counts_days_nobody_said():
    rows = [Row(TODAY, 1, medication=True), Row(TODAY - timedelta(days=1), 1, medication=False)]
    counts = series.medication(rows, [IVY, JOHN], 30)
    assert counts[1] == {"taken": 1, "not taken": 1, "not said": 28}
    assert counts[2] == {"taken": 0, "not taken": 0, "not said": 30}


def test_cards_majors_minors_and_reversed():
    rows = [
        Row(TODAY, 1, card="Judgement", reversed=True),
        Row(TODAY, 2, card="Judgement"),
        Row(TODAY - timedelta(days=1), 1, card="Ace of Cups"),
        Row(TODAY - timedelta(days=2), 1),
    ]
    cards = series.cards(rows, frozenset({"Judgement"}))
    assert (cards.drawn, cards.majors, cards.minors, cards.reversed) == (3, 2, 1, 1)
    assert cards.top[0] == ("Judgement", 2)
    assert series.cards([], frozenset()).reversed_share == 0.0


def test_heatmap_takes_the_lower_safety_of_the_two():
    rows = [Row(TODAY, 1, safety=5), Row(TODAY, 2, safety=2), Row(TODAY - timedelta(days=1), 1)]
    weeks = series.heatmap(rows, TODAY, weeks=2)
    days = dict(day for week in weeks for day in week)
    assert days[TODAY] == 2 and days[TODAY - timedelta(days=1)] is None
    assert max(days) == TODAY and all(week for week in weeks)


def test_sentences_are_computed_and_compare_only_with_what_was_said():
    first = TODAY - timedelta(days=29)
    rows = [Row(first + timedelta(days=n), 1, safety=5 if n < 21 else 2) for n in range(30)]
    before = [Row(first - timedelta(days=n + 1), 1, safety=5 if n < 17 else 1) for n in range(30)]
    said = series.sentences(rows, [IVY, JOHN], first, TODAY, before=before)
    assert said == ["Ivy felt safe on 21 of 30 days, 4 more than the 30 before."]
    alone = series.sentences(rows, [IVY, JOHN], first, TODAY, before=[])
    assert alone == ["Ivy felt safe on 21 of 30 days."]
    assert series.sentences([], [IVY, JOHN], first, TODAY) == []


def test_letters_after_hard_days_are_noticed():
    hard = [Row(TODAY - timedelta(days=d), 1, mood="😢") for d in (10, 5, 1)]
    letters = [TODAY - timedelta(days=9), TODAY - timedelta(days=5), TODAY]
    said = series.sentences(hard, [IVY], TODAY - timedelta(days=29), TODAY, letters=letters)
    assert "The last 3 letters were shared within a day of a hard check-in." in said


def test_a_line_chart_has_gaps_a_title_and_no_style_attribute():
    buckets = Buckets.of(TODAY - timedelta(days=4), TODAY)
    lines = [
        series.Line(IVY, [1.0, 2.0, None, 4.0, 5.0]),
        series.Line(JOHN, [None, 3.0, None, None, None]),
    ]
    drawn = svg.line_chart(
        lines,
        buckets,
        low=1,
        high=5,
        ticks=[(1, "1"), (5, "5")],
        title="Safe <3",
        desc="d",
        markers=[svg.Marker(TODAY, "letter", "letter shared")],
    )
    assert drawn.count("<polyline") == 2  # Ivy's line is cut by the gap
    assert drawn.count("<circle") == 1  # John's one answer is a dot
    assert "<title" in drawn and "Safe &lt;3" in drawn and "style=" not in drawn
    assert "letter shared" in drawn


def test_the_heatmap_draws_one_square_a_day():
    weeks = series.heatmap([Row(TODAY, 1, safety=4)], TODAY, weeks=3)
    drawn = svg.heatmap(weeks, title="Year", desc="d")
    assert drawn.count("<rect") == sum(len(week) for week in weeks)
    assert 'class="h4"' in drawn


def test_markers_are_one_per_bucket_and_kind_however_many():
    buckets = Buckets.of(TODAY - timedelta(days=364), TODAY)
    many = [svg.Marker(TODAY, "letter", "letter shared") for n in range(50)]
    drawn = svg.line_chart([], buckets, low=1, high=5, ticks=[], title="t", desc="d", markers=many)
    assert drawn.count('class="marker letter"') == 1
    assert "50 × letter shared" in drawn
