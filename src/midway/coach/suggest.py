"""Ranking feelings and needs for a piece of text, by the evidence in it.

Each cue found in the text adds to its feeling's or need's score: 2 for a
phrase of several words ("taken for granted"), 1 for a single word; a cue
counts at most twice, so one repeated word cannot crowd out the rest. A
feeling from the "needs met" group said right after a negation counts for
its opposite instead ("I don't feel safe" suggests scared, not safe). Ties
keep the order of the lists in ``lexicon``. Only items with some evidence are
returned, so a neutral text gets empty lists.

The text is split into words once and each word is looked up in an index of
cues, so the work is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from midway.coach.lexicon import FEELING_LIST, NEED_LIST, OPPOSITES
from midway.coach.text import fold

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_NEGATORS = frozenset({"not", "never", "no", "nor", "dont", "cant", "isnt", "wasnt"})
_NEGATION_REACH = 3  # words before a cue that a negation still covers
_MAX_HITS = 2  # a cue counts at most this many times


@dataclass(frozen=True)
class _Cue:
    item: str  # the feeling or need it points to
    words: tuple[str, ...]  # each word may end in "*"

    @property
    def weight(self) -> int:
        return 2 if len(self.words) > 1 else 1


def _fits(word: str, pattern: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


class _Matcher:
    """Finds the cues of a list of items in a text, word by word."""

    def __init__(self, items: list[tuple[str, tuple[str, ...]]]) -> None:
        self.order = [name for name, _ in items]
        self.exact: dict[str, list[_Cue]] = defaultdict(list)
        self.prefix: dict[str, list[_Cue]] = defaultdict(list)
        for name, cues in items:
            for text in cues:
                cue = _Cue(name, tuple(text.lower().split()))
                first = cue.words[0]
                if first.endswith("*"):
                    self.prefix[first[:-1]].append(cue)
                else:
                    self.exact[first].append(cue)
        self.prefix_lengths = sorted({len(p) for p in self.prefix if p})

    def hits(self, words: list[str]) -> list[tuple[_Cue, int]]:
        """Every (cue, position) found in ``words``."""
        found = []
        exact, prefix, lengths = self.exact, self.prefix, self.prefix_lengths
        for i, word in enumerate(words):
            candidates = list(exact.get(word, ()))
            for end in lengths:  # shortest prefix first
                if end > len(word):
                    break
                candidates.extend(prefix.get(word[:end], ()))
            for cue in candidates:
                rest = cue.words[1:]
                if i + len(rest) < len(words) and all(
                    _fits(words[i + 1 + k], w) for k, w in enumerate(rest)
                ):
                    found.append((cue, i))
        return found

    def ranked(self, scores: Counter[str], limit: int) -> list[str]:
        rank = {name: i for i, name in enumerate(self.order)}
        best = sorted((n for n, s in scores.items() if s > 0), key=lambda n: (-scores[n], rank[n]))
        return best[: max(0, limit)]


def _words(text: str) -> list[str]:
    return [w.lower().replace("'", "") for w in _WORD.findall(fold(text))]


def _negated(words: list[str], i: int) -> bool:
    before = words[max(0, i - _NEGATION_REACH) : i]
    return any(w in _NEGATORS or (w.endswith("nt") and w[:-2] in _AUXILIARIES) for w in before)


_AUXILIARIES = frozenset({"do", "does", "did", "is", "was", "are", "were", "ca", "could", "would"})


def _cue_key(text: str) -> str:
    return text.replace("'", "")


_FEELINGS = _Matcher([(f.name, tuple(map(_cue_key, f.cues))) for f in FEELING_LIST])
_MET = frozenset(f.name for f in FEELING_LIST if f.met)
_NEEDS = _Matcher([(n.name, tuple(map(_cue_key, (n.name, *n.cues)))) for n in NEED_LIST])


def _score(hits: list[tuple[_Cue, int]], words: list[str], negatable: bool) -> Counter[str]:
    counts: Counter[tuple[str, _Cue]] = Counter()
    for cue, i in hits:
        item = cue.item
        if negatable and item in _MET and _negated(words, i):
            item = OPPOSITES.get(item, "")
        if item:
            counts[(item, cue)] += 1
    scores: Counter[str] = Counter()
    for (item, cue), n in counts.items():
        scores[item] += cue.weight * min(n, _MAX_HITS)
    return scores


def suggest_feelings(text: str, limit: int = 6) -> list[str]:
    """Feelings the text hints at, strongest evidence first."""
    words = _words(text)
    return _FEELINGS.ranked(_score(_FEELINGS.hits(words), words, negatable=True), limit)


def suggest_needs(text: str, limit: int = 6) -> list[str]:
    """Needs the text hints at, strongest evidence first."""
    words = _words(text)
    return _NEEDS.ranked(_score(_NEEDS.hits(words), words, negatable=False), limit)
