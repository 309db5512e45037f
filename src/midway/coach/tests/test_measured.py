"""The coach's accuracy and speed, measured on sentences we wrote and labelled.

labelled.tsv is the set the rules were tuned on and the second opinion learnt
from, so its floors sit just under what the coach reaches today (horseman F1
0.995, right kind 0.999, false alarms 0.013): a regression fails here.

heldout.tsv (written after an earlier tuning) and blind.tsv (written by
someone who never saw the rules) are never tuned on, and nobody looks at
their sentences or their mistakes. Their floors are the product's goals
(issue 4): horseman F1 0.90, right kind 0.80, false alarms 0.05. A goal not
yet met is a strict xfail carrying the measured figure (it fails loudly once
met, so the marker can go), and a guard just under the measured value keeps
it from slipping.

Measured after the concept rules, the third and fourth labelled batches and
the second opinion:

- held-out: F1 0.884, right kind 1.000, false alarms 0.022 (was 0.769 /
  1.000 / 0.022);
- blind: F1 0.859, right kind 0.923, false alarms 0.083 (was about 0.77 with
  about 0.09 false alarms).

While cleaning up, 32 labelled sentences turned out to be shared with the
held-out and blind sets (short common ones); they were removed from
labelled.tsv by a script that never printed them, and the weights retrained
before the last measurement above. The old rules had been tuned on them, so
the earlier blind figures were a little flattering.
"""

import statistics
import time
from collections import Counter
from pathlib import Path

import pytest

from midway.coach import analyse
from midway.coach.evaluation import LABELS, evaluate, load

HERE = Path(__file__).parent
LABELLED = load(HERE / "labelled.tsv")
HELDOUT = load(HERE / "heldout.tsv")
BLIND = load(HERE / "blind.tsv")

# The product's goals.
GOAL_F1, GOAL_KIND, GOAL_FALSE_ALARMS, GOAL_MS = 0.90, 0.80, 0.05, 5.0


@pytest.fixture(scope="module")
def labelled():
    return evaluate(LABELLED)


@pytest.fixture(scope="module")
def heldout():
    return evaluate(HELDOUT)


@pytest.fixture(scope="module")
def blind():
    return evaluate(BLIND)


def _shared(a, b) -> int:
    """How many sentences two sets share: a count, so a failure shows no sentence."""
    return len({e.sentence.casefold() for e in a} & {e.sentence.casefold() for e in b})


def test_sets_are_big_varied_and_separate():
    assert len(LABELLED) >= 1200 and len(HELDOUT) >= 80 and len(BLIND) >= 200
    for examples in (LABELLED, HELDOUT, BLIND):
        counts = Counter(e.label for e in examples)
        assert set(counts) == set(LABELS)
        assert counts["gentle"] >= len(examples) // 4
    shared_with_heldout = _shared(LABELLED, HELDOUT)
    shared_with_blind = _shared(LABELLED, BLIND)
    assert shared_with_heldout == 0 and shared_with_blind == 0
    distinct = len({e.sentence.casefold() for e in LABELLED})
    assert distinct == len(LABELLED), "a sentence is labelled twice"


def test_labelled_set_meets_the_goals_with_room_to_spare(labelled):
    assert labelled.horseman_f1 >= 0.99
    assert labelled.kind_accuracy >= 0.99
    assert labelled.false_alarm_rate <= 0.02
    for kind, score in labelled.per_kind.items():
        assert score.f1 >= 0.98, kind


def test_heldout_set_meets_the_kind_and_false_alarm_goals(heldout):
    assert heldout.kind_accuracy >= GOAL_KIND
    assert heldout.false_alarm_rate <= GOAL_FALSE_ALARMS


@pytest.mark.xfail(strict=True, reason="held-out F1 measured 0.884: unseen phrasings are missed")
def test_heldout_set_meets_the_f1_goal(heldout):
    assert heldout.horseman_f1 >= GOAL_F1


def test_heldout_set_does_not_slip_below_what_was_measured(heldout):
    assert heldout.horseman_f1 >= 0.87
    assert heldout.kind_accuracy >= 0.95
    assert heldout.false_alarm_rate <= 0.03


def test_blind_set_meets_the_kind_goal(blind):
    assert blind.kind_accuracy >= GOAL_KIND


@pytest.mark.xfail(strict=True, reason="blind F1 measured 0.859: unseen phrasings are missed")
def test_blind_set_meets_the_f1_goal(blind):
    assert blind.horseman_f1 >= GOAL_F1


@pytest.mark.xfail(
    strict=True, reason="blind false alarms measured 0.083: blaming words used warmly are flagged"
)
def test_blind_set_meets_the_false_alarm_goal(blind):
    assert blind.false_alarm_rate <= GOAL_FALSE_ALARMS


def test_blind_set_does_not_slip_below_what_was_measured(blind):
    assert blind.horseman_f1 >= 0.85
    assert blind.kind_accuracy >= 0.90
    assert blind.false_alarm_rate <= 0.09


def test_a_sentence_takes_well_under_five_milliseconds():
    sentences = [e.sentence for e in LABELLED]
    analyse("warm up")
    timings = []
    for sentence in sentences:
        started = time.perf_counter()
        analyse(sentence)
        timings.append((time.perf_counter() - started) * 1000)
    assert statistics.fmean(timings) < GOAL_MS
