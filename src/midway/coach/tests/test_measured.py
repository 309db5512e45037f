"""The coach's accuracy and speed, measured on sentences we wrote and labelled.

Tuning sets (the rules were tuned on them and the second opinion learns from
them, so their figures are flattering and their floors only catch
regressions):

- labelled.tsv: our own sentences, in seven batches; the fifth to seventh
  (gentle look-alikes by concept, texting voices, a letter-writing voice)
  were each measured once before tuning: F1 0.723 / 0.764 / 0.782, false
  alarms 0.136 / 0.133 / 0.111;
- heldout.tsv and blind.tsv: measured as unseen sets (held-out F1 0.884,
  false alarms 0.022; blind F1 0.859, right kind 0.923, false alarms 0.083),
  then their mistakes were studied and they became tuning data. Their old
  goal xfails are gone: they no longer measure generalisation.

The unseen set:

- blind2.tsv, written by someone who never saw the rules. Nobody looks at its
  sentences or its mistakes, nothing is tuned on it and the second opinion
  never learns from it (checked below, by counts only). Its floors are the
  product's goals (issue 4): horseman F1 0.90, right kind 0.80, false alarms
  0.05. A goal not yet met is a strict xfail carrying the measured figure (it
  fails loudly once met, so the marker can go), and a guard just under the
  measured value keeps it from slipping.

Measured once, after the tuning above (400 sentences): horseman F1 0.880
(goal not met: xfail), right kind 0.927, false alarms 0.050 (10 of 200, the
goal exactly). Before the measurement, 31 sentences that blind2 shares with
the tuning sets (short common ones, some from the spent blind set whose
mistakes were studied) were removed from them by a script that printed only
counts; the rules had been tuned with them in view, so this figure may be a
little flattering.
"""

import statistics
import time
from collections import Counter
from pathlib import Path

import pytest

from midway.coach import analyse
from midway.coach.evaluation import LABELS, evaluate, load
from midway.coach.second_opinion import TRAINING, training_examples

HERE = Path(__file__).parent
LABELLED = load(HERE / "labelled.tsv")
HELDOUT = load(HERE / "heldout.tsv")
BLIND = load(HERE / "blind.tsv")
BLIND2_PATH = HERE / "blind2.tsv"
BLIND2 = load(BLIND2_PATH)
TUNING = LABELLED + HELDOUT + BLIND

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


@pytest.fixture(scope="module")
def blind2():
    return evaluate(BLIND2)


def _sentences(examples) -> set[str]:
    return {e.sentence.casefold() for e in examples}


def _shared(a, b) -> int:
    """How many sentences two sets share: a count, so a failure shows no sentence."""
    return len(_sentences(a) & _sentences(b))


def test_sets_are_big_varied_and_separate():
    assert len(LABELLED) >= 2000 and len(HELDOUT) >= 80 and len(BLIND) >= 200
    assert BLIND2, "blind2.tsv is empty"
    for examples in (LABELLED, HELDOUT, BLIND):
        counts = Counter(e.label for e in examples)
        assert set(counts) == set(LABELS)
        assert counts["gentle"] >= len(examples) // 4
    assert _shared(LABELLED, HELDOUT) == 0 and _shared(LABELLED, BLIND) == 0
    distinct = len(_sentences(LABELLED))
    assert distinct == len(LABELLED), "a sentence is labelled twice"


def test_the_unseen_set_shares_no_sentence_with_the_tuning_data():
    shared = _shared(TUNING, BLIND2)
    assert shared == 0, f"{shared} blind2 sentences are also in the tuning sets"


def test_the_second_opinion_never_learns_from_the_unseen_set():
    assert BLIND2_PATH.resolve() not in {path.resolve() for path in TRAINING}
    learnt = {sentence.casefold() for _, sentence in training_examples()}
    shared = len(learnt & _sentences(BLIND2))
    assert shared == 0, f"{shared} blind2 sentences are in the training data"


def test_tuning_sets_keep_what_they_reach_today(labelled, heldout, blind):
    assert labelled.horseman_f1 >= 0.99
    assert labelled.kind_accuracy >= 0.99
    assert labelled.false_alarm_rate <= 0.02
    for kind, score in labelled.per_kind.items():
        assert score.f1 >= 0.98, kind
    # Tuned on since their unseen measurement: these only catch regressions.
    assert heldout.horseman_f1 >= 0.98 and heldout.kind_accuracy >= 0.98
    assert heldout.false_alarm_rate <= 0.03
    assert blind.horseman_f1 >= 0.98 and blind.kind_accuracy >= 0.96
    assert blind.false_alarm_rate <= 0.02


def test_blind2_set_meets_the_kind_goal(blind2):
    assert blind2.kind_accuracy >= GOAL_KIND


@pytest.mark.xfail(strict=True, reason="blind2 F1 measured 0.880: unseen phrasings are missed")
def test_blind2_set_meets_the_f1_goal(blind2):
    assert blind2.horseman_f1 >= GOAL_F1


def test_blind2_set_meets_the_false_alarm_goal(blind2):
    assert blind2.false_alarm_rate <= GOAL_FALSE_ALARMS


def test_blind2_set_does_not_slip_below_what_was_measured(blind2):
    assert blind2.horseman_f1 >= 0.87
    assert blind2.kind_accuracy >= 0.92
    assert blind2.false_alarm_rate <= 0.05


def test_a_sentence_takes_well_under_five_milliseconds():
    sentences = [e.sentence for e in LABELLED]
    analyse("warm up")
    timings = []
    for sentence in sentences:
        started = time.perf_counter()
        analyse(sentence)
        timings.append((time.perf_counter() - started) * 1000)
    assert statistics.fmean(timings) < GOAL_MS
