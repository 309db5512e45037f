"""Skipping the parts of a rule pattern that cannot match a sentence, for speed.

A rule pattern is a long list of alternatives (``a|b|c``), and Python's regular
expressions try every alternative at every position of the sentence: most of
the coach's time went there. Yet nearly every alternative contains a word it
cannot match without ("you disgust me" needs "disgust", "sicken" or
"repulse"). So each pattern is cut at its top-level ``|``, each part is read
(with the standard library's own parser) for the literal text it requires,
and a sentence is tried only against the parts whose required text it
contains: a plain substring test on the lower-cased sentence, found through
an index of three-letter keys.

The answer is always the pattern's own: a part is skipped only when it
provably cannot match (``A|B`` is found in a sentence exactly when ``A`` or
``B`` is), and the few characters that ignore-case matching folds in unusual
ways ("ſ", "K", "İ", "ı") send the sentence down the slow, plain path. A test
checks, on every labelled sentence and on random text, that the fast and the
plain answers agree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

KEY = 3  # length of the index keys; a required text shorter than this does not filter
# Characters that ignore-case matching equates with an ASCII character although
# lower-casing does not turn them into it: such a sentence takes the plain path.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
if hasattr(sre_constants, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre_constants.POSSESSIVE_REPEAT)


def split_alternatives(source: str) -> list[str]:
    """``source`` cut at each ``|`` outside groups and character classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # A "]" right after "[" or "[^" is a literal member of the class.
            if source[i + 1 : i + 2] == "^":
                i += 1
            if source[i + 1 : i + 2] == "]":
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def required_text(source: str, flags: int = 0) -> list[frozenset[str]] | None:
    """What a match of ``source`` must contain: for each set, at least one of its texts.

    Texts are lower-cased, at least ``KEY`` characters long; the most telling set
    comes first. None when no such text can be named.
    """
    try:
        parsed = sre_parse.parse(source, flags)
    except (re.error, RecursionError):
        return None
    found = [texts for texts in _required(list(parsed)) if min(map(len, texts)) >= KEY]
    if not found:
        return None
    # The most telling first: the set whose shortest text is longest, then the smallest.
    found.sort(key=lambda texts: (-min(map(len, texts)), len(texts), sorted(texts)))
    return [frozenset(texts) for texts in found]


def _required(items: list) -> list[set[str]]:
    """Sets of texts a match of a sequence of parsed items needs one of, each."""
    needed: list[set[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            needed.append({"".join(run).lower()})
            run.clear()

    for op, value in items:
        if op is sre_constants.LITERAL:
            run.append(chr(value))
            continue
        close_run()
        needed += _required_of(op, value)
    close_run()
    return needed


def _best(needed: list[set[str]]) -> set[str] | None:
    if not needed:
        return None
    return max(needed, key=lambda texts: (min(map(len, texts)), -len(texts)))


def _required_of(op, value) -> list[set[str]]:
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, sub = value
        return _required(list(sub)) if not (add_flags or del_flags) else []
    if op is sre_constants.BRANCH:
        # One of the branches matches: each must name a text, and any of them will do.
        found: set[str] = set()
        for sub in value[1]:
            texts = _best(_required(list(sub)))
            if texts is None:
                return []
            found |= texts
        return [found]
    if op in _REPEATS:
        low, _high, sub = value
        return _required(list(sub)) if low >= 1 else []
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _required(list(value))
    return []  # classes, anchors, look-arounds, any character: no text required


def _contains(low: str, texts: frozenset[str]) -> bool:
    return any(text in low for text in texts)


def _keys(text: str) -> set[str]:
    return {text[i : i + KEY] for i in range(len(text) - KEY + 1)}


class Prefiltered:
    """A compiled pattern whose ``search`` returns None at once when no part can match.

    When some part might, the whole pattern is searched, so a match is exactly
    the pattern's own.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.parts = [
            required_text(part, pattern.flags) for part in split_alternatives(pattern.pattern)
        ]
        self.always = any(needed is None for needed in self.parts)

    def search(self, sentence: str, *where: int):
        if where or self.always or _ODD_CASE.search(sentence):
            return self.pattern.search(sentence, *where)
        low = sentence.lower()
        if any(all(_contains(low, texts) for texts in needed) for needed in self.parts):
            return self.pattern.search(sentence)
        return None


class RuleIndex:
    """Which of a list of rules match a sentence, trying only parts that might.

    ``rules`` are objects with ``test`` (the plain check), and optionally
    ``pattern`` and ``unless`` (compiled patterns that ``test`` is equivalent
    to: ``pattern`` found and ``unless`` not). ``matching`` returns the same
    rules, in the same order, as ``[r for r in rules if r.test(sentence)]``.
    """

    def __init__(self, rules: Sequence) -> None:
        self.rules = tuple(rules)
        self.plain: list[int] = []  # rules tested as they are
        self.always: dict[int, list[re.Pattern[str]]] = defaultdict(list)
        self.unless: dict[int, Prefiltered] = {}
        # Each part that requires text: (rule index, part, what else it requires); by each
        # text of its most telling set, the numbers of the parts that require it; and every
        # required text by its first KEY letters.
        self.parts: list[tuple[int, re.Pattern[str], list[frozenset[str]]]] = []
        self.by_text: dict[str, list[int]] = defaultdict(list)
        self.by_key: dict[str, list[str]] = defaultdict(list)
        self.known: set[str] = set()
        for index, rule in enumerate(self.rules):
            pattern = getattr(rule, "pattern", None)
            if pattern is None:
                self.plain.append(index)
                continue
            if getattr(rule, "unless", None) is not None:
                self.unless[index] = Prefiltered(rule.unless)
            for source in split_alternatives(pattern.pattern):
                part = re.compile(source, pattern.flags)
                needed = required_text(source, pattern.flags)
                if needed is None:
                    self.always[index].append(part)
                    continue
                for text in needed[0]:
                    self.by_text[text].append(len(self.parts))
                for text in set().union(*needed):
                    if text not in self.known:
                        self.known.add(text)
                        self.by_key[text[:KEY]].append(text)
                self.parts.append((index, part, needed[1:]))

    def matching(self, sentence: str) -> list:
        if _ODD_CASE.search(sentence):
            return [rule for rule in self.rules if rule.test(sentence)]
        found: set[int] = {i for i in self.plain if self.rules[i].test(sentence)}
        for index, parts in self.always.items():
            if index not in found and any(part.search(sentence) for part in parts):
                found.add(index)
        low = sentence.lower()
        by_key, by_text = self.by_key, self.by_text
        present = {text for key in _keys(low) for text in by_key.get(key, ()) if text in low}
        candidates: set[int] = set()
        for text in present:
            candidates.update(by_text.get(text, ()))
        for number in sorted(candidates):
            index, part, more = self.parts[number]
            if index in found:
                continue
            for needed in more:
                if needed.isdisjoint(present):
                    break
            else:
                if part.search(sentence):
                    found.add(index)
        kept = [
            i for i in sorted(found) if i not in self.unless or not self.unless[i].search(sentence)
        ]
        return [self.rules[i] for i in kept]
