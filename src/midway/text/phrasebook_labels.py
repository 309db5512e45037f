"""Phrasebook entries written as labelled parts, one label a line or a sentence.

    ME: "I need some space."                  Said: "leave it". Not meaning: go away.
    WHAT YOU HEARD: "I'm leaving you."        Meaning: I can't talk about it yet.
    WHAT I MEANT: "My battery is empty."

A said-label ("me", "I said", "what I said", "said", "you said") opens an entry; the
labels after it, up to the next said-label, give what was not meant ("what you heard",
"you heard", "not meaning", "not meant", "sounded like") and what was ("what I meant",
"meaning", "meant", "translation", "what it means"). An entry needs the said and the meant
parts; without a not-part its `not_meaning` is empty. A part is the label's words up to
the end of the line or of the first sentence; when they open with a quote, the quote. A
chat transcript's "me: hey" with no meant-label after it is no entry.
"""

from __future__ import annotations

import re

_SAID, _NOT, _MEANT = "said", "not", "meant"
_LABELS = (
    (_NOT, r"what\s+(?:you|u)\s+heard|(?:you|u|i)\s+heard|not\s+meaning|not\s+meant|didn'?t\s+mean"
     r"|what\s+it\s+sounded\s+like|sounded\s+like|how\s+it\s+sounded|not"),
    (_MEANT, r"what\s+i\s+(?:really\s+|actually\s+)?(?:meant|mean)|i\s+meant|meaning|meant"
     r"|what\s+it\s+means|translation|real\s+meaning"),
    (_SAID, r"what\s+i\s+said|i\s+said|said|what\s+(?:you|u)\s+said|(?:you|u)\s+said|me|i\s+say"),
)  # fmt: skip
_LABEL = re.compile(
    r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]\"\s)|(?<=[.!?…]”\s))[ \t]*(?:[-•*>]\s*)?(?:\*\*)?"
    + "(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _LABELS)
    + r")(?:\*\*)?\s*[:=]\s*(?:\*\*)?\s*",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{1,300})[\"”]|‘([^‘’\n]{1,300})’")
_PART_END = re.compile(r"[.!?…](?=\s|$)|\n")


def labelled_entries(text: str) -> list[tuple[str, str, str]]:
    """(said, not_meaning, meaning) for each labelled entry of one paragraph."""
    if text.lstrip().startswith("|"):
        return table_entries(text)
    parts = []
    for label in _LABEL.finditer(text):
        kind = next(k for k in (_SAID, _NOT, _MEANT) if label.group(k))
        parts.append((kind, _part(text, label.end())))
    entries, current = [], None
    for kind, words in parts:
        if kind == _SAID:
            if current and current[2]:
                entries.append(current)
            current = (words, "", "") if words else None
        elif current and words:
            said, not_meaning, meaning = current
            current = (said, words, meaning) if kind == _NOT else (said, not_meaning, words)
    if current and current[2]:
        entries.append(current)
    return entries


def _part(text: str, start: int) -> str:
    quoted = _QUOTED.match(text, start)
    if quoted:
        return (quoted.group(1) or quoted.group(2)).strip()
    end = _PART_END.search(text, start)
    return text[start : end.start() if end else len(text)].strip(' \t*"“”')


# A Markdown table of what was said and what was meant: its header names the columns, in
# English or another language, or every first cell is a quote.
_SAID_HEADER = re.compile(r"said|say|gesagt|sage|dit|dije|dicho|detto|powiedzia", re.IGNORECASE)
_MEANT_HEADER = re.compile(r"mean|meant|gemeint|voulu|quise|quer|inteso|chodzi", re.IGNORECASE)
_NOT_HEADER = re.compile(
    r"heard|not|n't|n’t|never|nicht|pas|no\b|gehört|entendu|capito", re.IGNORECASE
)
_NOT_IN_CELL = re.compile(r",\s*(?:and\s+|but\s+)?not\s+", re.IGNORECASE)


def table_entries(text: str) -> list[tuple[str, str, str]]:
    """(said, not_meaning, meaning) for each row of a said / meant table.

    | What I said | What I meant |          | Said | You heard | I meant |
    | "X"         | Z, not that Y |         | "X"  | Y         | Z       |
    """
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in text.splitlines()
        if line.strip().startswith("|") and not re.fullmatch(r"[|:\-\s]+", line.strip())
    ]
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    header, body = rows[0], rows[1:]
    quoted = all(_QUOTED.fullmatch(row[0]) for row in body if row)
    if not (quoted or (_SAID_HEADER.search(header[0]) and _MEANT_HEADER.search(" ".join(header)))):
        return []
    not_column = next((i for i, name in enumerate(header[1:], 1) if _NOT_HEADER.search(name)), None)
    meant_column = next((i for i, name in enumerate(header[1:], 1) if i != not_column), None)
    entries = []
    for row in body:
        if meant_column is None or len(row) <= meant_column:
            continue
        said = row[0].strip("\"“”‘’'*« »")
        meaning, not_meaning = row[meant_column], ""
        if not_column is not None and len(row) > not_column:
            not_meaning = row[not_column]
        else:
            pieces = _NOT_IN_CELL.split(meaning, maxsplit=1)
            meaning, not_meaning = pieces[0], pieces[1] if len(pieces) > 1 else ""
        if said and meaning:
            entries.append((said, not_meaning.strip(' ."“”'), meaning.strip(' ."“”')))
    return entries


# A heading or lead-in that opens a list of phrases explained: "## Our phrasebook",
# "A mini dictionary of me:", "Piccolo dizionario di Francesca:".
GLOSSARY = re.compile(
    r"phrase\s*book|dictionary|glossary|translat|decod|what\s+i\s+(?:say|mean)|my\s+words"
    r"|dizionario|diccionario|w[oö]rterbuch|dictionnaire|s[lł]ownik|dicion[aá]rio",
    re.IGNORECASE,
)
_GLOSSARY_ITEM = re.compile(
    r"^\W{0,3}?[\"“'‘«*]*(?P<said>[^:=→\"“”»\n]{1,40}?)[\"”'’»*]*\s*(?::|=|→|->|⇒|—|–)\s*(?=\S)"
)


def glossary_item(text: str) -> tuple[str, int] | None:
    """(said, where its explanation starts) for a list item under a glossary heading:
    "fine: I'm tired, not angry", "\"k\" — I'm driving"."""
    item = _GLOSSARY_ITEM.match(text)
    if not item or len(item["said"].split()) > 6:
        return None
    return item["said"].strip(), item.end()
