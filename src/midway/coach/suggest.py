"""Ranking feelings and needs for a piece of text, by the evidence in it.

Each cue found in the text adds to its feeling's or need's score: 2 for a
phrase of several words ("taken for granted"), 1 for a single word; a cue
counts at most twice, so one repeated word cannot crowd out the rest. A
feeling from the "needs met" group said right after a negation counts for
its opposite instead ("I don't feel safe" suggests scared, not safe). Ties keep the
order of the lists in ``lexicon``. Only items with some evidence are
returned, so a neutral text gets empty lists.

Everything works on the text's words, once, so it is linear in its length.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from midway.coach.lexicon import FEELING_LIST, NEED_LIST, OPPOSITES
from midway.coach.text import fold

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_NEGATORS = frozenset({"not", "don't", "dont", "never", "no", "isn't", "wasn't", "can't", "nor"})
_NEGATION_REACH = 3  # words before a cue that a negation still covers


@dataclass(frozen=True)
class _Cue:
    words: tuple[str, ...]  # each word may end in "*"

    @property
    def weight(self) -> int:
        return 2 if len(self.words) > 1 else 1


def _cues(strings: Iterable[str]) -> tuple[_Cue, ...]:
    return tuple(_Cue(tuple(s.lower().split())) for s in strings)


class _Index:
    """Where each word of a text occurs, to find cues without rescanning it."""

    def __init__(self, text: str) -> None:
        self.words = [w.lower() for w in _WORD.findall(fold(text))]
        self.positions: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            self.positions.setdefault(word, []).append(i)
        self._by_prefix: dict[str, list[str]] | None = None

    def starts(self, pattern: str) -> list[int]:
        """Positions of words equal to ``pattern`` (or starting with it, for ``x*``)."""
        if not pattern.endswith("*"):
            return self.positions.get(pattern, [])
        if self._by_prefix is None:
            self._by_prefix = {}
            for word in self.positions:
                for end in range(1, len(word) + 1):
                    self._by_prefix.setdefault(word[:end], []).append(word)
        words = self._by_prefix.get(pattern[:-1], [])
        return sorted(i for word in words for i in self.positions[word])

    def find(self, cue: _Cue) -> list[int]:
        first, rest = cue.words[0], cue.words[1:]
        hits = []
        for i in self.starts(first):
            if all(self._word_fits(i + k + 1, w) for k, w in enumerate(rest)):
                hits.append(i)
        return hits

    def _word_fits(self, i: int, pattern: str) -> bool:
        if i >= len(self.words):
            return False
        if pattern.endswith("*"):
            return self.words[i].startswith(pattern[:-1])
        return self.words[i] == pattern

    def negated(self, i: int) -> bool:
        before = self.words[max(0, i - _NEGATION_REACH) : i]
        return any(w in _NEGATORS or w.endswith("n't") for w in before)


_FEELING_CUES = [(f.name, f.met, _cues(f.cues)) for f in FEELING_LIST]
_NEED_CUES = [(n.name, _cues((n.name, *n.cues))) for n in NEED_LIST]


def _ranked(scores: Counter[str], order: list[str], limit: int) -> list[str]:
    rank = {name: i for i, name in enumerate(order)}
    best = sorted(
        (name for name, score in scores.items() if score > 0), key=lambda n: (-scores[n], rank[n])
    )
    return best[: max(0, limit)]


def suggest_feelings(text: str, limit: int = 6) -> list[str]:
    """Feelings the text hints at, strongest evidence first."""
    index = _Index(text)
    scores: Counter[str] = Counter()
    for name, met, cues in _FEELING_CUES:
        for cue in cues:
            hits = index.find(cue)
            if met:
                negated = [i for i in hits if index.negated(i)]
                hits = [i for i in hits if i not in negated]
                if name in OPPOSITES:
                    scores[OPPOSITES[name]] += cue.weight * min(len(negated), 2)
            scores[name] += cue.weight * min(len(hits), 2)
    return _ranked(scores, [name for name, _, _ in _FEELING_CUES], limit)


def suggest_needs(text: str, limit: int = 6) -> list[str]:
    """Needs the text hints at, strongest evidence first."""
    index = _Index(text)
    scores: Counter[str] = Counter()
    for name, cues in _NEED_CUES:
        for cue in cues:
            scores[name] += cue.weight * min(len(index.find(cue)), 2)
    return _ranked(scores, [name for name, _ in _NEED_CUES], limit)
