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


def compile_rule_pattern(pattern: str) -> re.Pattern[str]:
    """Compile case-insensitively, letting every apostrophe be left out."""
    return re.compile(pattern.replace("'", "'?"), re.IGNORECASE)


def any_of(*alternatives: str) -> str:
    return "|".join(alternatives)


@dataclass(frozen=True)
class Rule:
    kind: str
    family: str
    test: Callable[[str], bool]
    weight: int = 2


def pattern_rule(kind: str, family: str, pattern: str, weight: int = 2, unless: str = "") -> Rule:
    """A rule that fires when ``pattern`` is found and ``unless`` is not."""
    compiled = compile_rule_pattern(pattern)
    exception = compile_rule_pattern(unless) if unless else None

    def test(sentence: str) -> bool:
        if exception is not None and exception.search(sentence):
            return False
        return compiled.search(sentence) is not None

    return Rule(kind, family, test, weight)


YOU = compile_rule_pattern(r"\byou(?:'re|r|rs|rself)?\b|\bu\b")  # the partner is in the sentence
