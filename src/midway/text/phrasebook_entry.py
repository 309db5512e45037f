"""A phrasebook entry, and the text helpers every phrasebook form shares: the quotes
that hold the words said, where a meaning ends, and whether a paragraph is wrapped prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE = (
    r"(?:[\"“”](?P<q1>[^\"“”\n]{1,300})[\"“”]"
    r"|‘(?P<q2>[^‘\n]{1,300}?)’(?![a-zA-Z])"
    r"|«(?P<q3>[^»\n]{1,300})»"
    r"|(?<![\w*])\*(?P<q4>[^*\n]{1,300})\*(?![\w*])"
    r"|(?<![^\s(])'(?P<q5>[^\n]{1,200}?)'(?![a-zA-Z]))"
)


@dataclass(frozen=True)
class PhrasebookEntry:
    said: str
    not_meaning: str
    meaning: str

    def to_dict(self) -> dict[str, str]:
        return {"said": self.said, "not_meaning": self.not_meaning, "meaning": self.meaning}


_NEXT_SENTENCE = re.compile(r"[.!?…]+[\"”’')\]*_]*(?=\s)")
# The sentences after a meaning that go on explaining it: "I feel …", "And …".
_GOES_ON = re.compile(r"\s*(?:I\s+feel\b|And\b)")
# "… And « on verra » means …": the next sentence explains another phrase.
_QUOTES_NEXT = re.compile(r"[^.!?\n]*[\"“«‘]")


def explained(text: str, start: int, limit: int) -> str:
    """The meaning: its sentence, and the following ones while they go on explaining.

    A line break ends it too, unless the paragraph is hard-wrapped prose (see `wrapped`):
    in chat messages one per line, the next line is the next message."""
    if "\n" in text[start:limit] and not wrapped(text):
        limit = _line_end(text, start, limit)
    position = start
    while True:
        end = _NEXT_SENTENCE.search(text, position, limit)
        if end is None:
            return text[start:limit]
        if not _GOES_ON.match(text, end.end(), limit) or _QUOTES_NEXT.match(text, end.end(), limit):
            return text[start : end.end()]
        position = end.end()


def _line_end(text: str, start: int, limit: int) -> int:
    """The first line break after `start` that the next line does not go on across
    ("It means you look exhausted.\nAnd I worry." goes on)."""
    line_end = text.find("\n", start, limit)
    while line_end >= 0:
        ended = text[start:line_end].rstrip()[-1:] in ".!?…"
        if not (ended and _GOES_ON.match(text, line_end + 1, limit)):
            return line_end
        line_end = text.find("\n", line_end + 1, limit)
    return limit


def wrapped(text: str) -> bool:
    """Is this paragraph prose wrapped at a fixed width (an e-mail at 72 columns), whose
    line breaks fall mid-sentence? Its lines but the last are all nearly as long as the
    longest, which is 40–100 characters long."""
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 2:
        return False
    widest = max(len(line) for line in lines)
    if not 40 <= widest <= 100:
        return False
    if len(lines) == 2:
        # Two lines: the first runs on into a second that starts in lower case.
        first, second = lines[0].rstrip(), lines[1].lstrip()
        return len(first) >= 55 and first[-1:] not in ".!?…:" and second[:1].islower()
    return all(len(line) >= 0.75 * widest for line in lines[:-1])


def spaces(text: str) -> str:
    return re.sub(r"[ \t]*\n\s*", " ", text).strip()
