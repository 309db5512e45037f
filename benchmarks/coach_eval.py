"""Print how well the coach does on our labelled sentences.

    .venv/bin/python benchmarks/coach_eval.py [--mistakes]

Both files live in src/midway/coach/tests/: labelled.tsv is the set the rules
were tuned on; heldout.tsv was written after tuning and never tuned on.
"""

from __future__ import annotations

import sys
from pathlib import Path

from midway.coach.evaluation import evaluate, load, report

TESTS = Path(__file__).resolve().parent.parent / "src" / "midway" / "coach" / "tests"
SETS = {
    "labelled (tuned on)": TESTS / "labelled.tsv",
    "held-out (never tuned on)": TESTS / "heldout.tsv",
}


def main(argv: list[str]) -> int:
    show_mistakes = "--mistakes" in argv
    for name, path in SETS.items():
        if not path.exists():
            print(f"{name}: {path.name} is missing")
            continue
        scores = evaluate(load(path))
        print(report(name, scores))
        if show_mistakes:
            for example, predicted in scores.mistakes:
                print(f"    {example.label:>13} -> {predicted:<13} {example.sentence}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
