"""Splitting a draft into sentences, with exact character spans.

The coach judges one sentence at a time, so every finding can point at the
exact stretch of the draft it is about. Spans are Python ``str`` indices into
the original text: ``text[start:end]`` is the sentence, without the spaces
around it.

Rules, in order:

- A line break always ends a sentence (letters are full of lists and short
  lines).
- ``.``, ``!``, ``?`` and ``…`` (and runs of them) end a sentence when followed
  by a space or the end of the line; a closing quote or bracket right after
  them stays with the sentence.
- Punctuation inside a quotation (``"…"`` or ``“…”``) does not end the
  sentence, so ``"Leave me alone!" he said.`` stays one sentence.
- A list marker at the start of a line (``1.``, ``2)``, ``-``, ``•``) is not
  part of the sentence, and a few abbreviations (``e.g.``, ``i.e.``, ``Mr.``)
  do not end one.
- A run-on stretch longer than ``MAX_SENTENCE`` characters is cut again at
  ``;``, ``,`` or ``:``, and failing that at a space, so one pasted wall of
  text never becomes one giant finding and matching stays fast.

Everything here runs in time linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_SENTENCE = 600

# Single characters mapped to single characters, so indices never move.
_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2014": "-",
        "\u2013": "-",
        "\u00a0": " ",
    }
)

_END = re.compile(r"[.!?\u2026]+[\"')\]\u201d\u2019]*")
_ABBREVIATIONS = frozenset({"e.g", "i.e", "mr", "mrs", "ms", "dr", "vs", "etc", "st", "p.s", "ps"})
_QUOTE = re.compile(r"\"[^\"\n]*\"")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_CLAUSE_BREAK = re.compile(r"[;,:]\s")
_LIST_MARKER = re.compile(r"\s*(?:[-*\u2022>]|\d{1,3}[.)])(?:\s+|$)")


def fold(text: str) -> str:
    """Return ``text`` with curly quotes and dashes made plain, same length."""
    return text.translate(_FOLD)


def quote_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of double-quoted passages (opening to closing quote, inclusive)."""
    return [m.span() for m in _QUOTE.finditer(folded)]


def mask_quotes(folded: str) -> str:
    """Blank out quoted passages when the sentence has words outside them.

    Someone reporting what was said ("when you said 'whatever' I froze") is not
    saying it now. A sentence that is nothing but a quotation is kept as it is:
    it is usually the very thing about to be sent.
    """
    spans = quote_spans(folded)
    if not spans:
        return folded
    outside = list(folded)
    for start, end in spans:
        # Keep the quote marks: 'sure, you were "busy"' is sarcasm about a quotation.
        outside[start + 1 : end - 1] = " " * (end - start - 2)
    masked = "".join(outside)
    if not re.search(r"\w", masked):
        return folded
    return masked


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` for each sentence of ``text``, in order."""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in folded.split("\n"):
        for start, end in _line_sentences(line):
            spans.extend(_cut_long(folded, line_start + start, line_start + end))
        line_start += len(line) + 1
    return spans


def _line_sentences(line: str) -> Iterator[tuple[int, int]]:
    inside = quote_spans(line)
    quote_index = 0
    marker = _LIST_MARKER.match(line)
    start = marker.end() if marker else 0
    for match in _END.finditer(line):
        end = match.end()
        while quote_index < len(inside) and inside[quote_index][1] <= match.start():
            quote_index += 1
        if quote_index < len(inside) and inside[quote_index][0] < match.start():
            continue  # punctuation inside a quotation
        if end < len(line) and not line[end].isspace():
            continue  # "3.5", "hmm...ok", "you.com"
        if match.group().startswith(".") and _is_abbreviation(line, match.start()):
            continue
        yield from _trimmed(line, start, end)
        start = end
    yield from _trimmed(line, start, len(line))


def _is_abbreviation(line: str, dot: int) -> bool:
    before = _WORD_BEFORE.search(line[max(0, dot - 12) : dot])
    return before is not None and before.group(1).lower() in _ABBREVIATIONS


def _trimmed(line: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def _cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut a run-on sentence into pieces no longer than MAX_SENTENCE."""
    while end - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        cut = -1
        for match in _CLAUSE_BREAK.finditer(window, MAX_SENTENCE // 3):
            cut = match.start() + 1
        if cut < 0:
            cut = window.rfind(" ", MAX_SENTENCE // 3) + 1 or MAX_SENTENCE
        yield from _trimmed(text, start, start + cut)
        start += cut
    yield from _trimmed(text, start, end)
