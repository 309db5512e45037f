"""Measuring the coach on labelled sentences: is it right, and how often.

A labelled file is tab-separated, ``label<TAB>sentence`` per line, with a
header line ``label<TAB>sentence``; blank lines and lines starting with ``#``
are skipped. Labels are the four kinds or ``gentle``.

For each sentence the prediction is the kind of its first finding, or
``gentle`` when there is none. The scores:

- precision, recall and F1 for each kind;
- F1 for "horseman vs gentle" (any kind counts as a horseman);
- kind accuracy: of the horseman sentences that were flagged, how many got
  the right kind;
- false alarms: the share of gentle sentences that were flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from midway.coach.analysis import analyse
from midway.coach.rules import KINDS

GENTLE = "gentle"
LABELS = (*KINDS, GENTLE)


@dataclass(frozen=True)
class Example:
    label: str
    sentence: str
    line: int


@dataclass(frozen=True)
class KindScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Scores:
    total: int
    per_kind: dict[str, KindScore]
    horseman_f1: float
    kind_accuracy: float
    false_alarm_rate: float
    mistakes: list[tuple[Example, str]]


def load(path: str | Path) -> list[Example]:
    examples = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#") or line.startswith("label\t"):
            continue
        label, _, sentence = line.partition("\t")
        if label not in LABELS or not sentence.strip():
            raise ValueError(f"{path}:{number}: expected 'label<TAB>sentence', got {line!r}")
        examples.append(Example(label, sentence, number))
    return examples


def predict(sentence: str) -> str:
    findings = analyse(sentence).findings
    return findings[0].kind if findings else GENTLE


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def evaluate(examples: list[Example]) -> Scores:
    pairs = [(example, predict(example.sentence)) for example in examples]
    per_kind = {}
    for kind in KINDS:
        tp = sum(1 for e, p in pairs if e.label == kind and p == kind)
        predicted = sum(1 for _, p in pairs if p == kind)
        actual = sum(1 for e, _ in pairs if e.label == kind)
        precision, recall = _ratio(tp, predicted), _ratio(tp, actual)
        per_kind[kind] = KindScore(precision, recall, _f1(precision, recall), actual)
    flagged = [(e, p) for e, p in pairs if p != GENTLE]
    horseman_tp = sum(1 for e, _ in flagged if e.label != GENTLE)
    horsemen = sum(1 for e, _ in pairs if e.label != GENTLE)
    gentle = sum(1 for e, _ in pairs if e.label == GENTLE)
    precision, recall = _ratio(horseman_tp, len(flagged)), _ratio(horseman_tp, horsemen)
    right_kind = sum(1 for e, p in flagged if e.label == p)
    return Scores(
        total=len(pairs),
        per_kind=per_kind,
        horseman_f1=_f1(precision, recall),
        kind_accuracy=_ratio(right_kind, horseman_tp),
        false_alarm_rate=_ratio(sum(1 for e, _ in flagged if e.label == GENTLE), gentle),
        mistakes=[(e, p) for e, p in pairs if e.label != p],
    )


def report(name: str, scores: Scores) -> str:
    """The scores as a small plain-text table."""
    lines = [f"{name}: {scores.total} sentences", f"  {'kind':<14} {'P':>5} {'R':>5} {'F1':>5}  n"]
    for kind, score in scores.per_kind.items():
        lines.append(
            f"  {kind:<14} {score.precision:5.2f} {score.recall:5.2f} {score.f1:5.2f}  "
            f"{score.support}"
        )
    lines += [
        f"  horseman vs gentle F1: {scores.horseman_f1:.3f}",
        f"  right kind among found: {scores.kind_accuracy:.3f}",
        f"  false alarms on gentle: {scores.false_alarm_rate:.3f}",
    ]
    return "\n".join(lines)
