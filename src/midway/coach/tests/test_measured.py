"""The coach's accuracy and speed, measured on sentences we wrote and labelled.

labelled.tsv is the set the rules were tuned on, so its floors sit just under
what the rules reach today: a regression fails here.

heldout.tsv was written after tuning and is never tuned on. Its floors (F1
0.85, right kind 0.75, false alarms 0.08) were fixed before it was measured.
Measured once: F1 0.769, right kind 1.000, false alarms 0.022. The rules are
precise but miss about a third of horsemen phrased in ways they have never
seen, so the F1 floor is a known shortfall (a strict xfail: it will fail
loudly once it is met, so the marker can go), and a guard keeps the measured
level from slipping.
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

# The product's goals.
GOAL_F1, GOAL_KIND, GOAL_FALSE_ALARMS, GOAL_MS = 0.90, 0.80, 0.05, 5.0


@pytest.fixture(scope="module")
def labelled():
    return evaluate(LABELLED)


@pytest.fixture(scope="module")
def heldout():
    return evaluate(HELDOUT)


def test_sets_are_big_varied_and_separate():
    assert len(LABELLED) >= 300 and len(HELDOUT) >= 80
    for examples in (LABELLED, HELDOUT):
        counts = Counter(e.label for e in examples)
        assert set(counts) == set(LABELS)
        assert counts["gentle"] >= len(examples) // 4
    labelled = {e.sentence.casefold() for e in LABELLED}
    assert not labelled & {e.sentence.casefold() for e in HELDOUT}
    assert len(labelled) == len(LABELLED), "a sentence is labelled twice"


def test_labelled_set_meets_the_goals_with_room_to_spare(labelled):
    assert labelled.horseman_f1 >= max(GOAL_F1, 0.97)
    assert labelled.kind_accuracy >= max(GOAL_KIND, 0.97)
    assert labelled.false_alarm_rate <= min(GOAL_FALSE_ALARMS, 0.02)
    for kind, score in labelled.per_kind.items():
        assert score.f1 >= 0.95, kind


def test_heldout_set_meets_the_looser_kind_and_false_alarm_floors(heldout):
    assert heldout.kind_accuracy >= 0.75
    assert heldout.false_alarm_rate <= 0.08


@pytest.mark.xfail(strict=True, reason="held-out F1 measured 0.769: unseen phrasings are missed")
def test_heldout_set_meets_the_looser_f1_floor(heldout):
    assert heldout.horseman_f1 >= 0.85


def test_heldout_set_does_not_slip_below_what_was_measured(heldout):
    assert heldout.horseman_f1 >= 0.75
    assert heldout.kind_accuracy >= 0.95
    assert heldout.false_alarm_rate <= GOAL_FALSE_ALARMS


def test_a_sentence_takes_well_under_five_milliseconds():
    sentences = [e.sentence for e in LABELLED]
    analyse("warm up")
    timings = []
    for sentence in sentences:
        started = time.perf_counter()
        analyse(sentence)
        timings.append((time.perf_counter() - started) * 1000)
    assert statistics.fmean(timings) < GOAL_MS
