"""Small building blocks shared by the coach's rule tables.

A rule is a test on one sentence (already folded to plain quotes and with
reported speech blanked out, see ``text``), a kind, a family and a weight.
Patterns are written with plain apostrophes and each ``'`` may be missing in
the text ("dont", "youre").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

C, P, D, S = "criticism", "contempt", "defensiveness", "stonewalling"

START = r"^\W*+"  # start of the sentence, after any opening punctuation
ALONE = r"\W*+$"  # end of the sentence, allowing punctuation and emoji


# Contractions in a pattern also match their long form: "you're" matches "you are".
_LONG_FORMS = {
    "you're": r"you\s+are",
    "we're": r"we\s+are",
    "I'm": r"I\s+am",
    "it's": r"it\s+is",
    "that's": r"that\s+is",
    "there's": r"there\s+is",
    "what's": r"what\s+is",
    "I've": r"I\s+have",
    "you've": r"you\s+have",
    "I'll": r"I\s+will",
    "don't": r"do\s+not",
    "doesn't": r"does\s+not",
    "didn't": r"did\s+not",
    "can't": r"can\s*not",
    "won't": r"will\s+not",
    "isn't": r"is\s+not",
    "wasn't": r"was\s+not",
    "aren't": r"are\s+not",
    "haven't": r"have\s+not",
}
# Not inside a longer word; "\b" or "^" just before is fine.
_CONTRACTION = re.compile(
    r"(?:(?<=\\b)|(?<=\^)|(?<![\w\\]))(" + "|".join(re.escape(c) for c in _LONG_FORMS) + r")(?!\w)",
    re.IGNORECASE,
)
_LONG_FORM_BY_KEY = {c.lower(): long for c, long in _LONG_FORMS.items()}


def compile_rule_pattern(pattern: str) -> re.Pattern[str]:
    """Compile case-insensitively; each contraction may also be written in full
    ("you are") or without its apostrophe ("youre")."""

    def expand(match: re.Match[str]) -> str:
        short = match.group(1)
        return f"(?:{short.replace(chr(39), chr(39) + '?')}|{_LONG_FORM_BY_KEY[short.lower()]})"

    expanded = _CONTRACTION.sub(expand, pattern)
    return re.compile(re.sub(r"'(?!\?)", "'?", expanded), re.IGNORECASE)


def any_of(*alternatives: str) -> str:
    return "|".join(alternatives)


@dataclass(frozen=True)
class Rule:
    kind: str
    family: str
    test: Callable[[str], bool]
    weight: int = 2
    # For a pattern rule, what ``test`` checks (``pattern`` found and ``unless`` not),
    # so that ``prefilter`` can skip the parts of it a sentence cannot match.
    pattern: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None


def pattern_rule(kind: str, family: str, pattern: str, weight: int = 2, unless: str = "") -> Rule:
    """A rule that fires when ``pattern`` is found and ``unless`` is not."""
    compiled = compile_rule_pattern(pattern)
    exception = compile_rule_pattern(unless) if unless else None

    def test(sentence: str) -> bool:
        if exception is not None and exception.search(sentence):
            return False
        return compiled.search(sentence) is not None

    return Rule(kind, family, test, weight, compiled, exception)


YOU = compile_rule_pattern(r"\byou(?:'re|r|rs|rself)?\b|\bu\b")  # the partner is in the sentence
