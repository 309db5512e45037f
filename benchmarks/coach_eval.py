"""Print how well the coach does on our labelled sentences.

    .venv/bin/python benchmarks/coach_eval.py [--mistakes] [--blind PATH ...]

The sets live in src/midway/coach/tests/:

- the training sets (every ``*.tsv`` but ``blind3.tsv``): the word model
  learns from them and the first ones tuned the rules, so their figures are
  flattering; ``coach_cv.py`` leaves one batch out at a time for an honest
  estimate;
- blind3.tsv was written by someone who never saw the rules or the other sets
  and measures sentences the coach has never seen.

``--blind PATH`` measures a further set kept outside the repository (a fresh
blind batch, same ``label<TAB>sentence`` format), once: only its aggregate
figures are printed, never a sentence, and a file the word model learnt from
is refused.

Without ``--mistakes`` only aggregate figures are printed. ``--mistakes``
lists the misses of the training sets whose name has no "blind" in it: the
blind sets' are never printed, since reading them would spoil them. Write new
sentences of your own into a new batch instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from midway.coach.evaluation import evaluate, load, report
from midway.coach.wordmodel import TRAINING

TESTS = Path(__file__).resolve().parent.parent / "src" / "midway" / "coach" / "tests"
UNSEEN = TESTS / "blind3.tsv"


def blind_paths(argv: list[str]) -> list[Path]:
    """Every PATH given as ``--blind PATH`` (or ``--blind=PATH``)."""
    paths = []
    for i, arg in enumerate(argv):
        if arg == "--blind" and i + 1 < len(argv):
            paths.append(Path(argv[i + 1]))
        elif arg.startswith("--blind="):
            paths.append(Path(arg.partition("=")[2]))
    return paths


def aggregate(name: str, path: Path) -> str:
    """The figures of one blind set, never its sentences."""
    learnt = {p.resolve() for p in TRAINING}
    if path.resolve() in learnt:
        return f"{name}: refused, the word model learnt from it"
    try:
        examples = load(path)
    except (OSError, UnicodeDecodeError) as error:
        return f"{name}: cannot read it ({type(error).__name__})"
    except ValueError:
        # The message would quote the line: say only that the format is wrong.
        return f"{name}: not a 'label<TAB>sentence' file"
    scores = evaluate(examples)
    counts = {label: sum(1 for e in examples if e.label == label) for label in scores.per_kind}
    gentle = sum(1 for e in examples if e.label == "gentle")
    alarms = round(scores.false_alarm_rate * gentle)
    kinds = ", ".join(f"{kind} {n}" for kind, n in counts.items())
    return (
        f"{report(name, scores)}\n"
        f"  sentences: gentle {gentle}, {kinds}; false alarms {alarms} of {gentle}"
    )


def main(argv: list[str]) -> int:
    show_mistakes = "--mistakes" in argv
    training = [
        (path, e) for path in sorted(TESTS.glob("*.tsv")) if path != UNSEEN for e in load(path)
    ]
    scores = evaluate([e for _, e in training])
    print(report("training sets (learnt from)", scores))
    if show_mistakes:
        blind = {id(e) for path, e in training if "blind" in path.name}
        for example, predicted in scores.mistakes:
            if id(example) not in blind:
                print(f"    {example.label:>13} -> {predicted:<13} {example.sentence}")
    print()
    print(report("blind3 (unseen: written without seeing the rules)", evaluate(load(UNSEEN))))
    for path in blind_paths(argv):
        print()
        print(aggregate(f"{path.name} (blind, measured once)", path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
