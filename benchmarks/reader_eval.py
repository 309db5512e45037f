"""Print how well the letter reader reads letters from writers it never saw.

    .venv/bin/python benchmarks/reader_eval.py [--mistakes] [--rules-only] [--only NAME ...]

The batches live in benchmarks/reader_batches/, one JSON file each: a list of letters
{"id", "voice", "text", "expected": {...}} written by people who never saw the reader's
rules (the brief they had is summed up in benchmarks/README.md). A file whose name
contains "blind" is a blind batch: it is measured on its own and only its totals are
printed, never a letter, an item or a mistake of it. Every other file is a training
batch: the reader may be tuned on it, so its figures are flattering (tune on one, check
on another: `--only reader-trainA` / `--only reader-trainB`).

What is checked, letter by letter (the emojis are not: the writers did not list them):

- questions, things_to_try, apologies, affirmations: lists of text items. An expected
  item the reader also found is one check right; an expected item it missed is one check
  wrong; an item it proposed that matches nothing expected is one check wrong. Two items
  match when their normalised words agree: both are lower-cased, curly quotes made
  straight, and cut into words (letters, digits and inner apostrophes; markup, bullets,
  punctuation and emoji fall away); they match when the Dice score of the two bags of
  words, 2·|shared| / (|a| + |b|), is at least 0.6 (so "I keep wondering: what makes you
  feel safe?" matches "what makes you feel safe?", while a whole paragraph does not match
  one of its sentences). Each item is matched at most once, best score first.
- phrasebook: the same, per entry. An entry matches when its "said" matches and its
  "meaning" matches as above, and its "not_meaning" too (two empty ones agree; an empty
  one matches nothing else).
- card: one check, right when the reader's card (name and reversed) equals the expected
  one, both None included. For precision and recall a card found is one proposal and a
  card expected is one expected item.
- medication: one check, the same way ({"taken": bool} or None).

Below the fields, the proposals are split by the reader's confidence: "sure" ones are
ticked in the import review, "maybe" ones unticked; each line says how many were right.

`--rules-only` reads without the learnt sentence model (`midway.text.sentence_model`),
which was learnt from the training batches: on them only the rules' figures are fair.

"Share of checks right" is checks right / all checks. Precision per field is matched /
proposed, recall matched / expected (card and medication: only letters where one was
proposed / expected count).
"""

from __future__ import annotations

import json
import re
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from midway.text.reader import read_letter
from midway.text.sentence_model import SentenceModel

BATCHES = Path(__file__).resolve().parent / "reader_batches"
LISTS = ("questions", "things_to_try", "phrasebook", "apologies", "affirmations")
SINGLES = ("card", "medication")
FIELDS = LISTS + SINGLES
THRESHOLD = 0.6
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def words(text: str) -> Counter:
    plain = text.casefold().replace("’", "'").replace("‘", "'")
    return Counter(_WORD.findall(plain))


def dice(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    total = sum(wa.values()) + sum(wb.values())
    if total == 0:
        return 1.0  # two empty texts agree
    return 2 * sum((wa & wb).values()) / total


def _entry_score(expected: dict, found: dict) -> float:
    scores = [dice(expected[k], found[k]) for k in ("said", "meaning", "not_meaning")]
    return min(scores)


def match(expected: list, found: list, score) -> tuple[list, list, list]:
    """(pairs, missed, extra): one-to-one (expected, found, found's position) pairs whose
    score is at least THRESHOLD, then what is left of each side."""
    candidates = sorted(
        ((score(e, f), i, j) for i, e in enumerate(expected) for j, f in enumerate(found)),
        reverse=True,
    )
    used_e, used_f, pairs = set(), set(), []
    for value, i, j in candidates:
        if value < THRESHOLD:
            break
        if i in used_e or j in used_f:
            continue
        used_e.add(i)
        used_f.add(j)
        pairs.append((expected[i], found[j], j))
    missed = [e for i, e in enumerate(expected) if i not in used_e]
    extra = [f for j, f in enumerate(found) if j not in used_f]
    return pairs, missed, extra


@dataclass
class Scores:
    letters: int = 0
    right: int = 0
    checks: int = 0
    matched: Counter = field(default_factory=Counter)
    proposed: Counter = field(default_factory=Counter)
    expected: Counter = field(default_factory=Counter)
    mistakes: list = field(default_factory=list)  # (letter id, field, "missed"/"extra", item)
    seconds: float = 0.0
    # Proposals and right proposals, by how sure the reader was: "sure" or "maybe".
    offered: Counter = field(default_factory=Counter)
    offered_right: Counter = field(default_factory=Counter)

    def add_confidence(self, unsure: list[int], proposed: int, right: list[int]) -> None:
        for position in range(proposed):
            how = "maybe" if position in unsure else "sure"
            self.offered[how] += 1
            self.offered_right[how] += position in right

    def add(self, letter_id: str, name: str, pairs: list, missed: list, extra: list) -> None:
        self.matched[name] += len(pairs)
        self.proposed[name] += len(pairs) + len(extra)
        self.expected[name] += len(pairs) + len(missed)
        if name in SINGLES:
            self.checks += 1
            self.right += not missed and not extra
        else:
            self.checks += len(pairs) + len(missed) + len(extra)
            self.right += len(pairs)
        self.mistakes += [(letter_id, name, "missed", item) for item in missed]
        self.mistakes += [(letter_id, name, "extra", item) for item in extra]


def score_letter(scores: Scores, letter: dict) -> None:
    expected = letter["expected"]
    started = time.perf_counter()
    parts = read_letter(letter["text"])
    scores.seconds += time.perf_counter() - started
    found, unsure = parts.to_dict(), parts.maybe()
    scores.letters += 1
    for name in LISTS:
        score = _entry_score if name == "phrasebook" else dice
        pairs, missed, extra = match(expected.get(name) or [], found[name], score)
        scores.add(letter["id"], name, pairs, missed, extra)
        scores.add_confidence(unsure[name], len(found[name]), [j for _, _, j in pairs])
    for name in SINGLES:
        want, got = expected.get(name), found[name]
        if want == got:
            scores.add(letter["id"], name, [(want, got, 0)] if want else [], [], [])
        else:
            scores.add(letter["id"], name, [], [want] if want else [], [got] if got else [])
        scores.add_confidence(unsure[name], 1 if got else 0, [0] if got and want == got else [])


def evaluate(letters: list[dict], blind: bool = False) -> Scores:
    scores = Scores()
    for letter in letters:
        try:
            score_letter(scores, letter)
        except Exception as error:  # a crash is all wrong, and says nothing of a blind letter
            if not blind:
                raise
            scores.letters += 1
            scores.checks += 1
            scores.mistakes.append(("?", "crash", type(error).__name__, ""))
    return scores


def report(title: str, scores: Scores) -> str:
    share = scores.right / scores.checks if scores.checks else 0.0
    lines = [
        f"{title}: {scores.letters} letters, {scores.right}/{scores.checks} checks right "
        f"= {share:.1%} ({scores.seconds * 1000:.0f} ms reading)",
        f"    {'field':<14} {'expected':>8} {'proposed':>8} {'matched':>8} "
        f"{'precision':>9} {'recall':>7}",
    ]
    for name in FIELDS:
        p = scores.matched[name] / scores.proposed[name] if scores.proposed[name] else 1.0
        r = scores.matched[name] / scores.expected[name] if scores.expected[name] else 1.0
        lines.append(
            f"    {name:<14} {scores.expected[name]:>8} {scores.proposed[name]:>8} "
            f"{scores.matched[name]:>8} {p:>9.2f} {r:>7.2f}"
        )
    for how in ("sure", "maybe"):
        offered, right = scores.offered[how], scores.offered_right[how]
        share = f"{right / offered:.0%}" if offered else "-"
        lines.append(f"    proposed as {how + ':':<7} {offered:>4}, right {right:>4} ({share})")
    return "\n".join(lines)


def load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def is_blind(path: Path) -> bool:
    return "blind" in path.name


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly
    show_mistakes = "--mistakes" in argv
    if "--rules-only" in argv:
        global read_letter
        read_letter = partial(read_letter, model=SentenceModel({}))
    only = [argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg == "--only"]
    paths = sorted(BATCHES.glob("*.json"))
    training = [p for p in paths if not is_blind(p) and (not only or p.stem in only)]
    if training:
        letters = [letter for path in training for letter in load(path)]
        scores = evaluate(letters)
        names = ", ".join(p.stem for p in training)
        print(report(f"training ({names})", scores))
        if show_mistakes:
            for letter_id, name, how, item in scores.mistakes:
                shown = json.dumps(item, ensure_ascii=False)
                print(f"    {letter_id:<12} {name:<14} {how:<7} {shown}")
    for path in paths:
        if is_blind(path) and (not only or path.stem in only):
            print()
            # Totals only: a blind batch's letters and mistakes are never printed.
            print(report(f"{path.stem} (blind: measured once)", evaluate(load(path), blind=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
