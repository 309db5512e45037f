"""Print how well the coach does on our labelled sentences.

    .venv/bin/python benchmarks/coach_eval.py [--mistakes]

The sets live in src/midway/coach/tests/:

- the training sets (every ``*.tsv`` but ``blind3.tsv``): the word model
  learns from them and the first ones tuned the rules, so their figures are
  flattering; ``coach_cv.py`` leaves one batch out at a time for an honest
  estimate;
- blind3.tsv was written by someone who never saw the rules or the other sets
  and is the only set that measures sentences the coach has never seen.

Without ``--mistakes`` only aggregate figures are printed. ``--mistakes``
lists the misses of the training sets only: blind3's are never printed, since
reading them would spoil it. Write new sentences of your own into a new batch
instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from midway.coach.evaluation import evaluate, load, report

TESTS = Path(__file__).resolve().parent.parent / "src" / "midway" / "coach" / "tests"
UNSEEN = TESTS / "blind3.tsv"


def main(argv: list[str]) -> int:
    show_mistakes = "--mistakes" in argv
    training = [e for path in sorted(TESTS.glob("*.tsv")) if path != UNSEEN for e in load(path)]
    scores = evaluate(training)
    print(report("training sets (learnt from)", scores))
    if show_mistakes:
        for example, predicted in scores.mistakes:
            print(f"    {example.label:>13} -> {predicted:<13} {example.sentence}")
    print()
    print(report("blind3 (unseen: written without seeing the rules)", evaluate(load(UNSEEN))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
