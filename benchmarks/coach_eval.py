"""Print how well the coach does on our labelled sentences.

    .venv/bin/python benchmarks/coach_eval.py [--mistakes]

All three files live in src/midway/coach/tests/:

- labelled.tsv is the set the rules were tuned on and the second opinion
  learnt from, so its figures are flattering; ``--mistakes`` lists its misses.
- heldout.tsv was written after tuning; blind.tsv was written by someone who
  never saw the rules. Neither is ever tuned on, so only their aggregate
  figures are printed. ``--mistakes`` lists their misses too, but looking at
  them spoils them: a sentence you have seen is no longer unseen, and a rule
  written for it makes the figure a lie. Write new sentences of your own into
  labelled.tsv instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from midway.coach.evaluation import evaluate, load, report

TESTS = Path(__file__).resolve().parent.parent / "src" / "midway" / "coach" / "tests"
SETS = {
    "labelled (tuned on)": (TESTS / "labelled.tsv", True),
    "held-out (never tuned on)": (TESTS / "heldout.tsv", False),
    "blind (written without seeing the rules)": (TESTS / "blind.tsv", False),
}


def main(argv: list[str]) -> int:
    show_mistakes = "--mistakes" in argv
    for name, (path, tuned_on) in SETS.items():
        if not path.exists():
            print(f"{name}: {path.name} is missing")
            continue
        scores = evaluate(load(path))
        print(report(name, scores))
        if show_mistakes:
            if not tuned_on:
                print("    (these mistakes are now seen: this set no longer measures the unseen)")
            for example, predicted in scores.mistakes:
                print(f"    {example.label:>13} -> {predicted:<13} {example.sentence}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
