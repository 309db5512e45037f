"""Find a letter's questions and things to try.

A section starts at a heading whose words name it (`section_kind`): "question(s)" makes
a questions section; otherwise "try", "trying" or "experiment(s)" a things-to-try section;
otherwise "ask", "asking", "wonder(ing)" or "curious" a questions section. So do "Questions:",
"## Questions for you", "**QUESTIONS**", "Some things I want to ask:", "Stuff we could try:".
A paragraph whose last sentence (at most 25 words) names a section also starts one when a
list follows it ("There are two things I'd like us to try." then a list).

The section takes the list items that follow, skipping empty ones. It ends at the first
paragraph (so at a blank line followed by a paragraph, or at an unindented line that does
not continue the item before), at another heading, or at a rule. Lines written right under
a heading, with no blank line and no list markers, are its items, one a line (a line that
ends mid-sentence continues on the next one when that one starts in lower case).

Inline, inside a paragraph: a short lead-in (at most 16 words, from the start of a sentence)
that names a section, then a colon (or a spaced dash) and text on the same line: "My
question for you is: why now?", "One thing I'd like us to try: a walk after dinner.",
"i wanted to ask u smth - what makes u feel safe". The item runs to the end of its
sentence (its first . ! ? or …) or of the line; "first, … and second, …" makes one item
each. "Let me try that again:" is no lead-in. Every other sentence of a paragraph is read
by `inline` for the questions and proposals written with no heading at all.

Each item has a confidence: LISTED for an item under a heading, LEAD_IN after a lead-in,
and `inline`'s own for the rest.

Items keep their words as written (markers removed, trailing spaces stripped). The same
item written twice (compared without case, extra spaces or final punctuation) is kept once,
where it first appears.
"""

from __future__ import annotations

import re

from midway.text.blocks import HEADING, ITEM, PARAGRAPH, RULE, Block, sentences
from midway.text.inline import ERRAND_ITEM, find_inline, refuses, refuses_listed
from midway.text.statements import find_apologies

QUESTIONS, THINGS_TO_TRY = "questions", "things_to_try"

# Lower-case patterns, matched against lower-cased words: IGNORECASE is slow on long lines.
_QUESTION_NOUN = re.compile(r"\b(?:questions?|preguntas?|perguntas?|fragen|domande)\b")
_TRY = re.compile(
    r"\b(?:try|trying|experiments?|experiment\s+with|propose|proposals?|suggest|suggestions?"
    r"|ideas?|id[ée]es|ideen|idee|rituals?|could\s+do|consider\s+the\s+following|probar|intentar|intentemos"
    r"|proposed|initiatives|pitch|going\s+forward|next\s+steps|new\s+habits|agreements?|do\s+differently|let'?s|changes"
    r"|us\s+to\s+do|we\s+(?:could|can|should|might)|what\s+if|rules?|ground\s+rules|habits?|routines?"
    r"|fight(?:ing)?\s+fair|what\s+i'?d\s+like$|what\s+i\s+want\s+(?:us\s+)?to\s+(?:do|change))\b"
)
# "…but here's me trying": the writer trying, not a list of things to try.
_SELF_TRYING = re.compile(r"\b(?:i'?m|me|been|keep|was|am|is)\s+trying\b")
_ASK = re.compile(
    r"\b(?:ask|asking|wonder|wondering|curious|(?:want|like|love)\s+to\s+know|answer|over\s+to\s+you"
    r"|your\s+turn|q's|qs|tell\s+me|q\s*&\s*a)\b"
)
_DONE_ERRAND = re.compile(
    r"(?:did|have|has)\s+(?:you|u)\s+(?:already\s+|remember\s+to\s+)?(?:pick|picked|get|got|feed|fed"
    r"|call|called|book|booked|buy|bought|pay|paid|send|sent|take|took|check|checked|bring|brought"
    r"|order|ordered|email|emailed|text|texted|ring|rang|sort|sorted)\b",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^()]*\)[\s.!]*")
# "where did you put the key? (sorry, practical question)": the writer says it is logistics.
_NOT_ROMANTIC = re.compile(
    r"\b(?:practical|logistics?|not\s+(?:a\s+)?romantic)\s+question\b|^where\s+did\s+(?:you|u)\s+put\b",
    re.IGNORECASE,
)
_PUNCTUATION = re.compile(r"[.!?,;…]")
_ITEM_END = re.compile(r"[.!?…]+(?=\s|$)|\n")
_UP_TO_LAST_GAP = re.compile(r".*[.!?…][\s*_]+")
# A line under a heading continues on the next only when it stops on a word that needs
# more ("…and", "…to the", "…with"), or on a comma: otherwise each line is an item.
_WRAPPED = re.compile(
    r"(?:,|\b(?:and|or|but|the|a|an|to|of|for|with|in|on|at|by|from|that|which|who|when|my"
    r"|your|our|their|is|are|be|if|so|as|than|about|into|because|where|while))\s*$",
    re.IGNORECASE,
)


def section_kind(words: str) -> str | None:
    """QUESTIONS, THINGS_TO_TRY or None for a heading's (or lead-in's) words."""
    words = words.lower()
    if _QUESTION_NOUN.search(words):
        return QUESTIONS
    if _TRY.search(words) and not (
        _SELF_TRYING.search(words) and not _TRY.search(_SELF_TRYING.sub(" ", words))
    ):
        return THINGS_TO_TRY
    if _ASK.search(words):
        return QUESTIONS
    if _MIXED.search(words):
        return THINGS_TO_TRY
    return None


# A heading for a list of anything the two should do or know ("Things for us (after
# Sunday)"): its items are read one by one, as after an introducing paragraph.
_MIXED = re.compile(
    r"\bthings\s+for\s+(?:us|the\s+two\s+of\s+us)\b|\bour\s+list\b|\bthe\s+plan\b|\bnew\s+deal\b"
)


# How sure the reader is of an item, by where it was found (see `inline` for the rest).
LISTED, LEAD_IN = 0.95, 0.9
MAYBE_FROM = 0.6  # the reader's MAYBE_BELOW: sure, but the least sure of the sure


def find_items(blocks: list[Block]) -> dict[str, list[str]]:
    """{"questions": [...], "things_to_try": [...]} in the order they appear."""
    return {kind: [item for item, _ in items] for kind, items in find_weighed_items(blocks).items()}


def find_weighed_items(
    blocks: list[Block], said: list[tuple[str, ...]] | None = None
) -> dict[str, list[tuple[str, float]]]:
    """Each kind's items with the reader's confidence in each, in the order they appear.

    `said` is each block's sentences (`blocks.sentences`), when the caller has them already.
    """
    if said is None:
        said = [tuple(sentences(block.text)) for block in blocks]
    found: dict[str, list[tuple[str, float]]] = {QUESTIONS: [], THINGS_TO_TRY: []}
    section: str | None = None
    from_intro = False  # the section was named by the paragraph before the list, not a heading
    mixed = False  # … or by a heading for a list of anything ("Things for us")
    nested_under: int | None = None  # the indentation of a list item that heads a section
    previous: Block | None = None
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.kind == HEADING:
            section, nested_under = section_kind(block.text), None
            words = block.text.lower()
            mixed = bool(
                section == THINGS_TO_TRY and not _TRY.search(words) and _MIXED.search(words)
            )
            from_intro = mixed
        elif block.kind == RULE:
            section = nested_under = None
        elif block.kind == ITEM:
            if _names_nested_list(block, following):
                # "2) Proposals" with its own items indented under it: a heading.
                section, nested_under, from_intro = section_kind(block.text), block.indent, False
                previous = block
                continue
            if section and nested_under is not None and block.indent <= nested_under:
                section = nested_under = None  # back out of the nested list
            if section and block.text:
                if _BRACKETED.fullmatch(block.text):
                    continue  # "(you get first pick, obviously)": an aside, not an item
                if (section == QUESTIONS and not from_intro) and (
                    not _sincere_listed(block.text) or refuses_listed(block.text)
                ):
                    continue  # "did you already pay the bill? (not a romantic one)", "are we
                    # still going on Friday?", "why do you always…?"
                if ERRAND_ITEM.match(block.text):
                    continue  # "buy new sponge", "Can you send me the electricity bill?"
                if from_intro:
                    _add_introduced(found, section, block.text, said[index], mixed)
                elif section == QUESTIONS and _proposes(said[index]):
                    # "how about we do a monthly 'state of us' talk?" under Questions: a
                    # proposal asked is a thing to try, wherever it is listed.
                    found[THINGS_TO_TRY].append((block.text, LISTED))
                else:
                    found[section].append((block.text, LISTED))
            elif block.text:
                _add_inline(found, said[index], [])
        else:
            if section and previous and previous.kind == HEADING and not block.after_blank:
                found[section].extend((line, LISTED) for line in _plain_lines(block.text))
            lead_ins = _inline_items(block.text)
            for kind, item in lead_ins:
                found[kind].append((item, LEAD_IN))
            _add_inline(found, said[index], [item for _, item in lead_ins])
            section = _intro_kind(block) if following and following.kind == ITEM else None
            nested_under, from_intro, mixed = None, section is not None, False
        previous = block
    return {kind: _unique(items) for kind, items in found.items()}


def _proposes(said: tuple[str, ...]) -> bool:
    """Does a listed question put forward a proposal ("what if we…?", "how about…?")? A
    "can we…?" listed as a question stays one: it may ask for a yes to one plan."""
    if not said or not _SUGGESTS.search(said[0]):
        return False  # most listed questions: one cheap look
    inline = find_inline(said)
    return bool(inline) and inline[0][0] == THINGS_TO_TRY


_SUGGESTS = re.compile(
    r"^\W*(?:(?:and|so|also|ok|okay)\W+)?(?:what\s+if|how\s+about|what\s+about|why\s+don'?t\s+we"
    r"|shall\s+we|let'?s)\b",
    re.IGNORECASE,
)


def _add_inline(found: dict, said: tuple[str, ...], lead_ins: list[str]) -> None:
    for kind, item, confidence in find_inline(said):
        # A sentence whose item a lead-in already gave ("My question is: why now?").
        if not any(lead in item or item in lead for lead in lead_ins):
            found[kind].append((item, confidence))


def _add_introduced(
    found: dict, section: str, item: str, said: tuple[str, ...], mixed: bool = False
) -> None:
    """An item of a list that a paragraph introduced ("I made a small list, tell me what you
    think:"): a weaker sign than a heading, so each item is read for itself too. A question
    goes with the questions and a proposal with the things to try, whatever the paragraph
    said; what the list holds besides (what happened, an apology, what words meant) is
    left to the other finders."""
    plain = item.replace("’", "'")
    inline = find_inline(said)
    if inline:
        kind, asked_or_proposed, sure = inline[0]
        if kind == QUESTIONS and not _sincere_listed(item):
            return  # "Where did you put the key? (sorry, practical question)"
        found[kind].append((asked_or_proposed, LEAD_IN if kind == section else sure))
    elif plain.rstrip(" *_\"')”").endswith("?"):
        if section == QUESTIONS and _sincere_listed(item) and not refuses_listed(item):
            found[QUESTIONS].append((item, LEAD_IN))
    elif section == QUESTIONS and _asks_about(plain):
        found[QUESTIONS].append((item, LEAD_IN))  # "- what your happiest memory is"
    elif _TOLD.search(plain) or refuses(THINGS_TO_TRY, plain) or find_apologies([plain]):
        return
    elif "=" in plain and re.search(r"[\"“']", plain):
        return  # '"Sure" = I'm okay with it': what words mean, for the phrasebook
    elif section == THINGS_TO_TRY and not mixed:
        found[THINGS_TO_TRY].append((item, LEAD_IN))
    elif _PLANS.search(plain):
        found[THINGS_TO_TRY].append((item, MAYBE_FROM))  # "I will call you on my lunch break"
    elif _HABIT.search(plain):
        found[THINGS_TO_TRY].append((item, 0.55))


def _asks_about(item: str) -> bool:
    """Under "things I want to ask you:", a line with no question mark still asks when it
    opens like a question ("what your happiest memory is") or names a topic ("Christmas.")."""
    if _PLANS.search(item):
        return False
    return bool(_WH.match(item) or (len(item.split()) <= 5 and not _SAYS.match(item)))


_SAYS = re.compile(r"\W*(?:i|we|you|i'm|i'll|we'll|i've|it|that|this)\b", re.I)
_WH = re.compile(r"\W*(?:what|how|why|when|where|who|whom|whose|which|whether|if)\b", re.I)
# A plan in a list item: "I will call you on my lunch break", "Every Wednesday is phone-free".
_PLANS = re.compile(
    r"^\W*(?!(?:what|how|why|when|where|who|which|whether|if)\b)(?:\w+\W+){0,4}?"
    r"(?:i|we|i'll|we'll)\s+(?:will|'ll|shall|can|could|should|must|always|never|both|each|only)\b"
    r"|\b(?:every|each)\s+(?:\w+day|day|night|week|weekend|morning|evening|month|time)\b"
    r"|^\W*(?:no|phones?|date|weekends?|sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?"
    r"|saturdays?)\b",
    re.IGNORECASE,
)
# A habit or a rule in a list line: "no fighting over text, call instead", "Friday = pizza".
_HABIT = re.compile(
    r"\b(?:no|every|each|always|never|both|instead|whoever|whenever|mondays?|tuesdays?|wednesdays?"
    r"|thursdays?|fridays?|saturdays?|sundays?|weekends?|nights?|mornings?)\b",
    re.IGNORECASE,
)
# What happened, or what words meant: not a proposal ("Saturday I cancelled dinner…").
_TOLD = re.compile(
    r"\b(?:i|you|we)\s+(?:\w+\s+)?(?:\w+ed|said|told|went|did|was|were|made|had|got|left|took|came"
    r"|thought|felt|forgot|sent)\b|\b(?:didn't|did\s+not)\s+mean\b|\bi\s+meant\b",
    re.IGNORECASE,
)


def _names_nested_list(block: Block, following: Block | None) -> bool:
    """Is a list item only a title ("2) Proposals") for the items indented under it?"""
    if following is None or following.kind != ITEM or following.indent <= block.indent:
        return False
    title = block.text.strip(" *_").rstrip(":").strip(" *_")
    if not title or len(title.split()) > 6 or _PUNCTUATION.search(title):
        return False
    return section_kind(title) is not None


def _sincere_listed(item: str) -> bool:
    """A listed errand ("did you pay the bill?") is left out even under "Questions"."""
    asked = item.replace("’", "'").strip(" \t\"“'*_-–—")
    return not (_DONE_ERRAND.match(asked) or _NOT_ROMANTIC.search(asked))


def _plain_lines(text: str) -> list[str]:
    items: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if items and _WRAPPED.search(items[-1]) and line[:1].islower():
            items[-1] = f"{items[-1]} {line}"
        elif line:
            items.append(line)
    return items


def _intro_kind(block: Block) -> str | None:
    if block.kind != PARAGRAPH:
        return None
    last = None
    for last in sentences(block.text):  # noqa: B007 (only the last one is wanted)
        pass
    if last is None or len(last.split()) > 25:
        return None
    return section_kind(last)


def _inline_items(text: str) -> list[tuple[str, str]]:
    found = []
    for colon in re.finditer(r"(?::|[ \t][-–—])[ \t]+(?=\S)", text):
        lead = _lead(text, colon.start())
        kind = section_kind(lead) if lead and len(lead.split()) <= 16 else None
        if not kind or _NOT_A_LEAD.search(lead):
            continue
        # Searched in place, not in a slice of the rest: a slice per colon would make a
        # letter full of colons quadratic.
        end = _ITEM_END.search(text, colon.end())
        stop = len(text) if end is None else end.start() if end.group() == "\n" else end.end()
        item = text[colon.end() : stop].strip().lstrip("*_ ").strip()
        # "first, that we … and second, that we …": one item each.
        for part in _ENUMERATED.split(item) if _FIRST.match(item) else [item]:
            part = _FIRST.sub("", part).strip(" ,;")
            if part:
                found.append((kind, part))
    return found


# "Let me try that again:" redoes a sentence; it proposes nothing.
_NOT_A_LEAD = re.compile(r"\btry(?:ing)?\s+(?:that\s+|it\s+)?again\b|\blet\s+me\s+try\b", re.I)
_FIRST = re.compile(r"^\s*(?:first(?:ly)?|one)\s*[,:]\s*", re.IGNORECASE)
_ENUMERATED = re.compile(
    r"[,;]?\s+(?:and\s+)?(?:second(?:ly)?|third(?:ly)?|then|finally|last(?:ly)?)\s*[,:]\s*", re.I
)


def _lead(text: str, colon: int) -> str:
    """The words before a colon, back to the start of their sentence or line."""
    window_start = max(0, colon - 200)
    window = text[window_start:colon]
    start = window.rfind("\n") + 1
    # The end of the last sentence gap after the line's start, in one search.
    last_gap = _UP_TO_LAST_GAP.match(window, start)
    if last_gap:
        start = last_gap.end()
    if start == 0 and window_start > 0:
        return ""  # the sentence began more than 200 characters back: no short lead-in
    return window[start:].strip(" \t*_")


def _unique(items: list[tuple[str, float]]) -> list[tuple[str, float]]:
    seen: set[str] = set()
    kept = []
    for item, confidence in items:
        key = " ".join(item.casefold().split()).rstrip(".!?… ")
        if key not in seen:
            seen.add(key)
            kept.append((item, confidence))
    return kept
