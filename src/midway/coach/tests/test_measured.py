"""The coach's accuracy and speed, measured on sentences we wrote and labelled.

The training sets (every ``*.tsv`` here but ``blind3.tsv``): the rules were
tuned on the first ones and the word model learns from all of them, so their
figures are flattering and their floors only catch regressions. They are:

- labelled.tsv: our first sentences, in seven batches;
- heldout.tsv, blind.tsv and blind2.tsv: each was an unseen set, measured
  once (F1 0.884, 0.859 and 0.880), then studied, so they are training data;
- the ``batch_*.tsv`` files: 32 batches of about 500 sentences each, written
  fresh in many voices (letters, texting, spoken heat, many Englishes,
  minimal pairs, one-liners, whole threads …) by writers who never saw the
  rules or the other sets. No rule was tuned on them. Before they were
  learnt from, the coach of the time (rules and a cautious word model) scored
  F1 0.61 to 0.74 on each of the first seven: phrase rules did not carry to
  new writers, which is why the word model now weighs every sentence.
  ``benchmarks/coach_cv.py`` leaves one of them out at a time to estimate how
  the coach does on a new writer.

The unseen set:

- blind3.tsv, written by someone who never saw the rules or the other sets.
  Nobody looks at its sentences or its mistakes, nothing is tuned on it and
  the word model never learns from it (checked below, by counts only; the 27
  sentences it shares with the batches, short common ones, were removed from
  the batches by a script that printed only counts). Its floors are the
  product's goals (issue 4): horseman F1 0.90, right kind 0.80, false alarms
  0.05. A guard just under the measured value keeps it from slipping.

Measured once, on 2026-11-27, after everything above was settled (400
sentences): horseman F1 0.967, right kind 0.942, false alarms 0.015 (3 of
200). Leaving one batch of writers out at a time over the 32 fresh sets
(``benchmarks/coach_cv.py``) had estimated F1 0.901 and false alarms 0.049, so
blind3's writer may be easier than most; the cross-validated figure is the
cautious one.

On 2026-12-06 the coach was made quieter on purpose (issue 14: a loving note
flagged does more harm than a jab missed): thresholds chosen by leaving one
batch out, a warm sentence beside a finding taking it back, and batch_trainC
learnt from. blind4, written fresh, is kept outside the repository and
measured once by ``benchmarks/coach_eval.py --blind``. blind3, spent by then,
was measured again by its aggregates only: F1 0.931, right kind 0.949, false
alarms 0.005 (1 of 200); its guard follows.
"""

import statistics
import time
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

from midway.coach import analyse
from midway.coach.evaluation import LABELS, evaluate, load
from midway.coach.wordmodel import TRAINING, UNSEEN, training_examples

HERE = Path(__file__).parent
LABELLED = load(HERE / "labelled.tsv")
BLIND3 = load(UNSEEN)

# The product's goals.
GOAL_F1, GOAL_KIND, GOAL_FALSE_ALARMS, GOAL_MS = 0.90, 0.80, 0.05, 5.0


@pytest.fixture(scope="module")
def training():
    return {path.name: evaluate(load(path)) for path in TRAINING}


class Figures(NamedTuple):
    """blind3's figures alone, so that a failing test can never print its sentences."""

    horseman_f1: float
    kind_accuracy: float
    false_alarm_rate: float


@pytest.fixture(scope="module")
def blind3() -> Figures:
    scores = evaluate(BLIND3)
    return Figures(scores.horseman_f1, scores.kind_accuracy, scores.false_alarm_rate)


def _sentences(examples) -> set[str]:
    return {e.sentence.casefold().strip() for e in examples}


def test_sets_are_big_varied_and_separate():
    assert len(TRAINING) >= 25
    assert sum(len(load(path)) for path in TRAINING) >= 14_000
    for path in TRAINING:
        counts = Counter(e.label for e in load(path))
        assert set(counts) == set(LABELS), path.name
        assert counts["gentle"] >= sum(counts.values()) // 4, path.name
    assert len(_sentences(LABELLED)) == len(LABELLED), "a sentence is labelled twice"
    assert len(BLIND3) == 400
    assert Counter(e.label for e in BLIND3) == Counter(
        {"gentle": 200, "criticism": 50, "contempt": 50, "defensiveness": 50, "stonewalling": 50}
    )


def test_the_word_model_never_learns_from_the_unseen_set():
    assert UNSEEN.resolve() not in {path.resolve() for path in TRAINING}
    learnt = {sentence.casefold().strip() for _, sentence in training_examples()}
    shared = len(learnt & _sentences(BLIND3))
    # The message gives a count, never a sentence.
    assert shared == 0, f"{shared} blind3 sentences are in the training data"


def test_training_sets_keep_what_they_reach_today(training):
    # Learnt from, so flattering (each batch measures 0.89-1.00 F1 today, the coach
    # leaning towards quiet): regressions only.
    for name, scores in training.items():
        assert scores.horseman_f1 >= 0.88, name
        assert scores.kind_accuracy >= 0.92, name
        assert scores.false_alarm_rate <= 0.035, name


def test_blind3_set_meets_the_kind_goal(blind3):
    assert blind3.kind_accuracy >= GOAL_KIND


def test_blind3_set_meets_the_f1_goal(blind3):
    assert blind3.horseman_f1 >= GOAL_F1


def test_blind3_set_meets_the_false_alarm_goal(blind3):
    assert blind3.false_alarm_rate <= GOAL_FALSE_ALARMS


def test_blind3_set_does_not_slip_below_what_was_measured(blind3):
    assert blind3.horseman_f1 >= 0.92
    assert blind3.kind_accuracy >= 0.94
    assert blind3.false_alarm_rate <= 0.01


def test_a_sentence_takes_well_under_five_milliseconds():
    sentences = [e.sentence for e in LABELLED]
    analyse("warm up")
    timings = []
    for sentence in sentences:
        started = time.perf_counter()
        analyse(sentence)
        timings.append((time.perf_counter() - started) * 1000)
    assert statistics.fmean(timings) < GOAL_MS
