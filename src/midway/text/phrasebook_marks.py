"""The loosest phrasebook form: words said, then what they mean and do not mean, in any order.

The other forms (`phrasebook`) expect an order: a denial then a meaning, or a meaning then
", not …". Writers also put filler between the words and the explanation and the two
halves either way round, in the same sentence or the next:

    'Grand' from me, as you well know, never means grand; it means I'm raging.
    If I say 'passt schon', this means I need time to think, and not that all is okay.
    "Zobaczymy" — means I am thinking, it is not a polite no.
    When I go quiet on you it means I'm praying on something, it doesn't mean I'm mad.
    About 'mal sehen': from me it is not a no. It means I need the weekend to think.
    | "Ist mir egal" | I am overwhelmed, not that I don't care |

The words said are in quotes, or unquoted after "when I say" / "when I go…" right before
the explanation. A quote counts only when something tells that it is a phrase being
explained: a verb of saying or "about" before it, or the explanation starting within a few
words after it. Then the next two sentences (up to the next quoted phrase, a blank line,
or the end of a chat line) are cut at the marks: a meaning ("it means", "I meant", "has
meant", "what I meant was", "=") and a denial ("doesn't mean", "never means", "it is not",
", not", "Not 'X'."). What follows a mark, up to the next mark or the end of its sentence,
is its part. An entry needs a meaning; without a denial its `not_meaning` is empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from typing import NamedTuple

# Quotes, not *emphasis*: "I did *not* mean" stars a word, it does not quote it.
_QUOTE = re.compile(
    r"[\"“”](?P<a>[^\"“”\n]{1,120})[\"“”]|‘(?P<b>[^‘’\n]{1,120})’(?![a-z])"
    r"|«\s*(?P<c>[^»\n]{1,120}?)\s*»"
    r"|(?<![^\s(|])'(?P<e>(?:[^'\n]|'(?=[a-z])){1,120}?)'(?![a-z])",
    re.IGNORECASE,
)
_UNQUOTED = re.compile(
    r"\b(?:when|whenever|if)\s+(?:(?P<say>(?:i|you|u|he|she)\s+(?:say|said|text|texted|tell\s+you)"
    r"\s+)(?P<said>(?!(?:this|that|it|so)\b(?!'))[^,.;!?\n\"“”«]{2,40}?)|(?P<doing>i(?:'m"
    r"|\s+am)?\s+(?!say\b|said\b)\w+\b"
    r"[^,.;!?\n\"“”«]{0,30}?))\s*,?\s*(?=(?:it|that|this)\s+(?:\w+\s+)?mean"
    r"|(?:it|that|this|i)\s+(?:do|does|did)(?:n'?t|\s+not)\s+mean)",
    re.IGNORECASE,
)
_INTRODUCED = re.compile(
    r"\b(?:say|said|says|saying|wrote|write|tell|told|texted|text|yelled|shouted|call|called"
    r"|about|by|word|words|phrase|ask|asked)\b[^.!?\n]{0,40}$|\bmy\s*$",
    re.IGNORECASE,
)
# After the quote: "'Grand' from me", "— when I say this,".
_INTRODUCED_AFTER = re.compile(
    r"\bfrom\s+me\b|\bin\s+my\s+mouth\b|\b(?:when|if)\s+i\s+(?:say|said|use)\b", re.IGNORECASE
)
# A dictionary line: the quote opens its line or list item.
_LINE_START = re.compile(
    r"(?:^|\n)[ \t]*(?:[-•*>]|\d+[.)]|[a-z][.)])?[ \t]*(?:\*\*)?$", re.IGNORECASE
)
# Someone else's words ("my mum always says", "the sign said", "he said"): only with a
# denial too ("he did not mean Y; he meant Z"), not a guess at what they meant.
_THEIRS = re.compile(
    r"\b(?:he|she|they|mum|mom|mother|dad|father|sister|brother|boss|friend|sign|teacher"
    r"|therapist|doctor|grandma|granny|nan|people)\s+(?:\w+\s+)?(?:says|said|say|told|tells)\b"
    r"[^.!?\n]{0,30}$|\b(?!(?:your|my|ur)\b)[a-z]+'s\s*$",
    re.IGNORECASE,
)
# Words other people say in general ("in German we say …") are not the couple's phrasebook.
_GENERAL = re.compile(
    r"\b(?:we|they|people|one|everyone|everybody)\s+(?:say|says|call)\b[^.!?\n]{0,20}$", re.I
)
_NEGATION = r"(?:n'?t|nae|\s+not|\s+never)"
_MARKS = re.compile(
    # Denials first: "it doesn't mean" must not be read as "it … mean".
    r"(?P<no>(?:\b(?:it|that|this|he|she|i|you|u)\s+)?(?:does|did|do|has|had|is|was|were)"
    rf"{_NEGATION}\s+(?:mean|means|meant|meaning)\b(?:\s+that\b)?"
    r"|\b(?:it|that|this)\s+(?:never|don'?t|doesn'?t|does\s+not)\s+(?:means?|meant)\b"
    r"|\b(?:it|that|this)\s+(?:has|had)\s+(?:not|never)\s+meant\b"
    r"|\b(?:never|not)\s+means?\b"
    r"|\b(?:it'?s|it\s+is|it\s+was|that'?s|that\s+is)\s+(?:not|never)\b"
    r"|\bit\s+was\s+never\b"
    r"|,\s*(?:and\s+|but\s+)?not\b(?:\s+that\b)?"
    r"|(?:^|(?<=[.!?]\s))not\b"
    r"|\s+not\s+that\b|\b(?:sounded|sounds|came\s+out|came\s+across)\s+(?:like|as)\b"
    r"|(?:^|(?<=[.!?]\s))not\s*:|≠|!=)"
    r"|(?P<yes>\bwhat\s+i\s+(?:really\s+|actually\s+)?(?:meant|mean)\s+(?:was|is)\b"
    r"|\b(?:it|this|that|which|he|she|i|you|u|one)\s+(?:(?:\w+ly|just|only|always|usually|has"
    r"|have|is)\s+)?(?:means|meant(?!\s+(?:to|it|every)\b)|mean(?!\s+(?:it|to)\b)"
    r"|meaning)\b(?:\s+that\b)?"
    r"|\b(?:has|have)\s+(?:always\s+)?meant\b(?:\s+that\b)?"
    r"|(?<!by\sall\s)(?<!by\sno\s)(?<!\bthe\s)(?<!\ba\s)(?:\b(?:\w+ly|just|only|always"
    r"|usually)\s+)?\bmeans\b(?!\s+well\b)(?:\s+that\b)?"
    r"|\bis\s+(?:just\s+)?(?:my\s+)?(?:way\s+of\s+saying|code\s+for|short\s+for)\b"
    r"|\btranslates\s+(?:to|as)\b|\btranslation\s*:|(?<!\w)=)"
    r"(?!\s*(?:a\s+lot|so\s+much|the\s+world|everything)\s+to\b)",
    re.IGNORECASE | re.MULTILINE,
)
_MEANT_BY = re.compile(r"\bwhat\s+(?:i|you|u)\s+(?:\w+\s+)?meant\s+by\s+$", re.IGNORECASE)
_WAS = re.compile(r"\b(?:was|is)\b(?:\s+that\b)?", re.IGNORECASE)
_PROPOSAL = re.compile(
    r"\b(?:sign|signal|code\s*word|safe\s*word|let'?s|we\s+(?:can|could|should)|what\s+if"
    r"|how\s+about|from\s+now\s+on|new\s+rule|either\s+(?:one|of\s+us))\b",
    re.IGNORECASE,
)
_TRANSLATION_OF = re.compile(r"\btranslation\s+of\s+(?:my\s+)?$", re.IGNORECASE)
_IT_IS = re.compile(r"(?<=[.!?;,]\s)(?:it'?s|it\s+is|it\s+was)\s+(?!not\b|never\b)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"”')]|$)|\n")
_SPACES = re.compile(r"[ \t]*")
# How far after the words said the explanation may start, and how far it may run.
_GAP, _SPAN = 60, 400
_ANCHORS = 50


def marked_entries(
    text: str, wrapped: bool, explained: Callable[[str], bool] = lambda said: False
) -> list[tuple[str, str, str]]:
    """(said, not_meaning, meaning) for each phrase this paragraph explains this way.

    `wrapped`: the paragraph is prose wrapped at a fixed width, so a line break is not
    the end of a sentence. `explained(said)`: the words are explained already (by a
    stricter form), and are not read again."""
    # A paragraph explains a few phrases: past _ANCHORS quotes the rest are not read.
    anchors = [(m.start(), m.end(), _said(m)) for m in islice(_QUOTE.finditer(text), _ANCHORS)]
    quoted = list(anchors)
    for m in islice(_UNQUOTED.finditer(text), _ANCHORS):
        # "When I say 'va bene' with that voice, it means": the quote is the anchor.
        if not any(m.start() <= start < m.end() for start, _, _ in quoted):
            anchors.append((m.start(), m.end(), m["said"] or m["doing"]))
    anchors.sort()
    entries: list[tuple[str, str, str]] = []
    consumed = 0
    for index, (start, end, said) in enumerate(anchors[:_ANCHORS]):
        if start < consumed or not said.strip() or explained(said):
            continue
        following = next((a[0] for a in anchors[index + 1 :] if a[0] >= end), len(text))
        found = _explanation(text, start, end, following, wrapped)
        if found:
            not_meaning, meaning, stop = found
            entries.append((said.strip().rstrip(",. "), not_meaning, meaning))
            consumed = stop
    return entries


def _said(match: re.Match) -> str:
    return next(group for group in match.groups() if group is not None)


class _Mark(NamedTuple):
    kind: str  # "no" (a denial) or "yes" (a meaning)
    start: int
    end: int
    words: str


def _explanation(
    text: str, start: int, end: int, following: int, wrapped: bool
) -> tuple[str, str, int] | None:
    """(not_meaning, meaning, where it stops) for the words quoted at start:end, or None."""
    if _GENERAL.search(text, max(0, start - 40), start):
        return None
    sentence_start = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n")) + 1
    if _PROPOSAL.search(text, sentence_start, start):
        return None  # "maybe we can make a sign, if I touch my ear it means…": a thing to try
    limit = _explanation_limit(text, end, wrapped)
    marks = _marks(text, start, end, limit, following)
    if not marks or marks[0].start - end > _GAP:
        return None
    gap = re.sub(r"\([^)]{0,40}\)", "", text[end : marks[0].start])  # "X" (a gloss) — means
    introduced = (
        _INTRODUCED.search(text, max(0, start - 60), start)
        or _INTRODUCED_AFTER.search(gap)
        or _LINE_START.search(text, max(0, start - 12), start)
    )
    if not introduced and len(gap.split()) > 4:
        return None  # a quote with an explanation far after it, and no word of saying
    parts, stop = _parts(text, marks, limit, following, end)
    yes = next((mark for mark in marks if mark.kind == "yes"), None)
    if yes is None or not parts["yes"]:
        return None
    if re.search(r"\b(?:if|whether|wonder)\s*$", text[max(0, yes.start - 12) : yes.start], re.I):
        return None  # "I don't know if it meant…": a guess
    question = _SENTENCE_END.search(text, yes.end, len(text))
    if question and question.group() == "?":
        return None  # "what did you mean by that?"
    theirs = _THEIRS.search(text, max(0, start - 60), start)
    if not parts["no"] and (theirs or re.match(r"which\b", yes.words, re.I)):
        return None  # "my mum says "X", which means Z": a translation, not our phrasebook
    return parts["no"], parts["yes"], stop


def _explanation_limit(text: str, end: int, wrapped: bool) -> int:
    """Two sentences on at most, within the paragraph, and within the line in a chat."""
    limit = min(len(text), end + _SPAN)
    blank = text.find("\n\n", end, limit)
    limit = blank if blank >= 0 else limit
    if not wrapped:
        line = text.find("\n", end, limit)
        limit = line if line >= 0 else limit
    return _two_sentences(text, end, limit)


def _marks(text: str, start: int, end: int, limit: int, following: int) -> list[_Mark]:
    marks = [
        _Mark("no" if m["no"] else "yes", m.start(), m.end(), m.group())
        for m in _MARKS.finditer(text, end, limit)
        if m.start() < following
    ]
    # "but i meant its not fine": a denial right after a meaning mark is the meaning.
    marks = [
        mark
        for index, mark in enumerate(marks)
        if not (
            index
            and mark.kind == "no"
            and marks[index - 1].kind == "yes"
            and not text[marks[index - 1].end : mark.start].strip()
        )
    ]
    if _MEANT_BY.search(text, max(0, start - 40), start):
        # "What I meant by "X" in the car was that Z": "was" is the meaning's mark.
        was = _WAS.search(text, end, limit)
        if was and (not marks or was.start() < marks[0].start):
            marks.insert(0, _Mark("yes", was.start(), was.end(), was.group()))
    elif (
        marks
        and re.search(r"\b(?:what|how)\s*$", text[max(0, start - 8) : start], re.I)
        and not text[end : marks[0].start].strip()
    ):
        marks = marks[1:]  # "what "ok." means when I text it. It means …": a question
    colon = re.match(r"\s*:", text[end:limit])
    if colon and _TRANSLATION_OF.search(text, max(0, start - 30), start):
        marks.insert(0, _Mark("yes", end, end + colon.end(), ":"))  # Translation of my "X":
    if marks and all(mark.kind == "no" for mark in marks):
        # "… it is not me shutting you out. It is me trying not to cry."
        it_is = _IT_IS.search(text, marks[0].end, min(limit, following))
        if it_is:
            marks.append(_Mark("yes", it_is.start(), it_is.end(), it_is.group()))
    return marks


def _parts(
    text: str, marks: list[_Mark], limit: int, following: int, end: int
) -> tuple[dict[str, str], int]:
    """The words after the first denial and the first meaning, each up to the next mark,
    the end of its sentence, or the next phrase explained."""
    parts, stop = {"no": "", "yes": ""}, end
    for index, mark in enumerate(marks):
        if parts[mark.kind]:
            continue
        part_end = marks[index + 1].start if index + 1 < len(marks) else limit
        if following < part_end and text[mark.end : following].strip():
            part_end = following
        sentence_end = _SENTENCE_END.search(text, mark.end, part_end)
        part_end = sentence_end.start() if sentence_end else part_end
        part = text[mark.end : part_end]
        quoted = _QUOTE.match(text, _SPACES.match(text, mark.end).end())
        if quoted:  # 'I meant "I'm hurt", and I should have said that': the quote
            part, part_end = _said(quoted), max(part_end, quoted.end())
        if mark.kind == "no":  # "…I'm mad at you, and I know you have been taking it hard"
            part = re.split(r",\s+(?:and|but|so)\s+(?:i|you|we)\b", part, maxsplit=1, flags=re.I)[0]
        parts[mark.kind] = _clean(part)
        stop = max(stop, part_end)
    return parts, stop


def _two_sentences(text: str, start: int, limit: int) -> int:
    """Where the second sentence after `start` ends; a short one ("That's it.") is not
    counted."""
    counted, previous = 0, start
    for end in _SENTENCE_END.finditer(text, start, limit):
        if len(text[previous : end.start()].split()) >= 4 or counted == 0:
            counted += 1
        previous = end.end()
        if counted == 2:
            return end.end()
    return limit


def _clean(part: str) -> str:
    part = re.sub(r"\s+", " ", part).strip(" \t,;:—–-\"“”'‘’«»*")
    part = re.sub(
        r"\s*(?:[,;:—–-]\s*(?:\b(?:and|but|so|honey|darling|love))?)?$", "", part, flags=re.I
    )
    return part.strip(" ,;:.\"“”'‘’«»*")
