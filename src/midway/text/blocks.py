"""Cut a letter into blocks (headings, list items, paragraphs, rules) and sentences.

Line by line, in this order:

- A blank line (only spaces or tabs) separates blocks. Quoted reply lines (starting with
  ">", as in an e-mail reply) are the other person's words: they count as blank.
- A rule ("---", "***", "___", "- - -") is its own block.
- A list item starts with a marker and a space: "1." "1)" "a)" "a." "-" "*" "•" "+" "‣"
  "◦" "▪" "·". A marker alone ("2." or "2. ") is an empty item. "[ ]" / "[x]" after the
  marker (a checklist) is dropped. The item goes on over the following lines that are
  indented and not a new item, and over lines that plainly continue a hard-wrapped
  sentence (the line before ends without . ! ? : ; ) and the next starts in lower case);
  they are joined with one space.
- A heading is a Markdown "# Heading", a line underlined with === or ---, a line that is
  only bold ("**Questions**", "__Questions:__"), or a short line (at most 12 words and 80
  characters) that ends with a colon. A short line (at most 8 words) without punctuation
  is a heading too when `is_heading` says its words name a section and it is
  in capitals, or a list follows it, or it has at most 4 words and the next line starts
  with a capital letter ("Questions" then "Where do you want to live?").
- Anything else is a paragraph, running until a blank line, a rule, an item or a heading
  of the first four kinds.

Sentences end at . ! ? or … followed by a space or the end (not after "i.e.", "e.g.",
"etc.", "Mr." and the like, nor a single initial), and at a line break inside a paragraph
when the line ends with an emoji or the next line starts with a capital letter while the
line ends with neither a comma nor a hyphen (or, in lower-case chat, with a word that opens
a new message, after a whole line of five words or more: see _NEW_MESSAGE). Inside a sentence, line breaks become spaces.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

HEADING, ITEM, PARAGRAPH, RULE = "heading", "item", "paragraph", "rule"

# Bidirectional marks that right-to-left writers' keyboards put at line starts.
BIDI_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
_BLANK = re.compile(rf"[ \t{BIDI_MARKS}]*")
_INDENT = re.compile(rf"[ \t{BIDI_MARKS}]*")
_QUOTED = re.compile(rf"[ \t{BIDI_MARKS}]*>")
_RULE = re.compile(r"[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
_SETEXT = re.compile(r"[ \t]*(?:={2,}|-{2,})[ \t]*")
_ITEM = re.compile(
    r"(?P<indent>[ \t]*)(?P<marker>\d{1,3}[.)]|[a-zA-Z]\)|[a-z]\.|[-*•+‣◦▪·]|\[[ xX]\]"
    # A checklist typed with marks: "✅ said sorry", "⬜ ask you: …", "☐ walk".
    "|[\u2705\u2611\u2714\u2713\u274c\u2717\u2718\u2b1c\u2610\u25fb\u25ab\u25a1\u27a1\u2192\U0001f539\U0001f538\U0001f532\U0001f533]\ufe0f?)"
    r"(?:[ \t]+(?:\[[ xX]\][ \t]*)?(?P<text>.*))?"
)
_ATX = re.compile(r" {0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*")
_BOLD_ONLY = re.compile(
    r"[ \t]*(?P<mark>\*\*|__|\*|_)(?P<text>[^*_\n]{1,80}?)(?P=mark)[ \t]*:?[ \t]*"
)
_COLON_END = re.compile(r"[ \t]*(?P<text>[^\n]{1,80}?)[ \t]*:[ \t]*")
_PUNCTUATION = re.compile(r"[.!?,;:…]")
_CONTINUES = re.compile(r"[^.!?:;)\s]\s*$")
_EMOJI_END = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]\\s*$")
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
# Chat typed in lower case: a line of five words or more that does not end on a word that
# needs more ("the", "and", "to"…), followed by a line that opens like a new message ("i",
# "u", "sorry", "love", "maybe", "also"…), is a sentence of its own. Poetry's short lines
# and its continuations ("do the talking", "that you didn't ask for") still run on.
_NEW_MESSAGE = re.compile(
    r"(?:i|im|i'm|i’m|ive|i've|id|i'd|ill|i'll|u|ur|ily|ilysm|love|sorry|thank|thanks|maybe"
    r"|also|btw|anyway|ok|okay|tbh|ngl|lol|pls|please|can|could|what|whats|what's|how|why|did"
    r"|didnt|didn't|dont|don't|not|no|yes|yeah|hope|miss|took|forgot|pulled|drew|meds|that's|thats"
    r"|that\s+(?:was|is|wasn't|isn't))\b"
)
_WHOLE_LINE = re.compile(
    r"(?:\S+\s+){4}\S*[^\s,;:(-]\s*$(?<!\band)(?<!\bthe)(?<!\bto)(?<!\bof)(?<!\ba)(?<!\bmy)"
    r"(?<!\byour)(?<!\bbut)(?<!\bor)(?<!\bthat)(?<!\bwith)(?<!\bfor)(?<!\bin)(?<!\bwhen)"
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]*_]*(?=\s|$)")
# In chat an emoji often ends a sentence: "im sorry 😔 it wasnt even abt the dishes", when
# the next word opens a new one (not "i text u a 🌙 when i need an hour").
_EMOJI_STOP = re.compile(
    "(?<=\\w[ \t])(?<!\\b[Aa] )(?<!\\b[Aa]n )(?<!\\b[Tt]he )(?<!\\b[Mm]y )"
    "(?:[\U0001f000-\U0001faff\u2600-\u27bf][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)+"
    "(?=[ \t]+(?:i|im|i'm|i’m|it|its|it's|it’s|that|thats|this|we|u|ur|you|but|so|also|idk|tbh"
    "|ngl|lol|anyway|btw|sorry|love|thank|thanks|maybe|ok|okay|honestly|just)\\b)",
    re.IGNORECASE,
)
_ABBREVIATION = re.compile(
    # A single initial ("J. R."), but not "I." ("…and so would I. But I was rude").
    r"(?:\b(?:i\.e|e\.g|etc|vs|mr|mrs|ms|dr|st|p\.s|a\.m|p\.m|approx)|(?<![\w.])(?![Ii]\.)[a-z])\.$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Block:
    kind: str  # HEADING, ITEM, PARAGRAPH or RULE
    text: str  # heading words; item text; paragraph lines joined with "\n"
    after_blank: bool  # a blank line (or the start of the letter) comes right before it
    indent: int = 0  # a list item's indentation (a tab counts four): nested lists are deeper


def without_quoted_replies(text: str) -> str:
    """The letter with e-mail quoted lines (">") emptied, keeping the line count."""
    if ">" not in text:
        return text
    return "\n".join("" if _QUOTED.match(line) else line for line in text.split("\n"))


# A pasted chat log's stamps: "[21:14] ", "[22:14] Wei Ling: ", "12/03/24, 21:04 - Tendai: ".
_CHAT_STAMP = re.compile(
    r"^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[aApP]\.?[mM]\.?)?\]"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[aApP]\.?[mM]\.?)?"
    r"[ \t]*[-–])[ \t]*(?:[A-Z][\w'.-]*(?:[ \t][\w'.-]+){0,2}:[ \t])?",
    re.MULTILINE,
)


def without_chat_stamps(text: str) -> str:
    """The letter with the time (and sender) stamps of a pasted chat log taken off each line."""
    if ":" not in text:
        return text
    return _CHAT_STAMP.sub("", text)


def split_blocks(text: str, is_heading: Callable[[str], bool] = lambda words: False) -> list[Block]:
    """The blocks of `text` (already without quoted replies), in order."""
    lines = [line.rstrip() for line in text.split("\n")]
    blocks: list[Block] = []
    after_blank = True
    i = 0
    while i < len(lines):
        line = lines[i]
        if _BLANK.fullmatch(line):
            after_blank = True
            i += 1
            continue
        kind, value, i = _read_block(lines, i, is_heading)
        indent = len(_INDENT.match(line).group().expandtabs(4)) if kind == ITEM else 0
        blocks.append(Block(kind, value, after_blank, indent))
        after_blank = False
    return blocks


def _read_block(lines: list[str], i: int, is_heading: Callable[[str], bool]) -> tuple:
    line = lines[i].lstrip(BIDI_MARKS)
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if _RULE.fullmatch(line):
        return RULE, "", i + 1
    item = _ITEM.fullmatch(line)
    if item:
        return _read_item(lines, i, item)
    if following and _SETEXT.fullmatch(following):
        return HEADING, line.strip(), i + 2
    heading = heading_words(line)
    plain = line.strip()
    # The cheap shape test first: most lines are too long to be a heading.
    if heading is None and _plain_heading(plain, lines, i) and is_heading(plain):
        heading = plain
    if heading is not None:
        return HEADING, heading, i + 1
    start = i
    i += 1
    while i < len(lines) and not _ends_paragraph(lines[i]):
        i += 1
    return PARAGRAPH, "\n".join(lines[start:i]), i


def heading_words(line: str) -> str | None:
    """The words of a heading line (Markdown, bold-only or colon-ended), else None."""
    for pattern in (_ATX, _BOLD_ONLY):
        match = pattern.fullmatch(line)
        if match:
            return match["text"].strip().rstrip(":").strip()
    match = _COLON_END.fullmatch(line)
    if match and len(match["text"].split()) <= 12:
        return match["text"].strip("*_ \t")
    return None


def _plain_heading(plain: str, lines: list[str], i: int) -> bool:
    """Is a short line that names a section a heading, though it has no heading markup?"""
    if len(plain.split()) > 8 or len(plain) > 60 or _PUNCTUATION.search(plain):
        return False
    following = lines[i + 1].lstrip(" \t" + BIDI_MARKS) if i + 1 < len(lines) else ""
    # "Questions" on its own line, then the questions right under it (as in a notes app).
    notes_style = len(plain.split()) <= 4 and following[:1].isupper()
    return plain.isupper() or notes_style or _next_is_item(lines, i + 1)


def _next_is_item(lines: list[str], i: int) -> bool:
    while i < len(lines) and _BLANK.fullmatch(lines[i]):
        i += 1
    return i < len(lines) and bool(_ITEM.fullmatch(lines[i].lstrip(BIDI_MARKS)))


def _ends_paragraph(line: str) -> bool:
    bare = line.lstrip(BIDI_MARKS)
    return bool(
        _BLANK.fullmatch(line)
        or _RULE.fullmatch(bare)
        or _ITEM.fullmatch(bare)
        or heading_words(bare) is not None
    )


def _read_item(lines: list[str], i: int, item: re.Match) -> tuple:
    parts = [item["text"] or ""]
    previous = parts[0]
    i += 1
    while i < len(lines):
        line = lines[i]
        bare = line.lstrip(BIDI_MARKS)
        if _BLANK.fullmatch(line) or _ITEM.fullmatch(bare) or _RULE.fullmatch(bare):
            break
        if heading_words(bare) is not None:
            break
        indented = line[:1] in (" ", "\t")
        hard_wrapped = bool(_CONTINUES.search(previous)) and bare[:1].islower()
        if not (indented or hard_wrapped):
            break
        parts.append(bare.strip())
        previous = bare
        i += 1
    text = " ".join(part for part in parts if part).strip(" \t" + BIDI_MARKS)
    return ITEM, text, i


def sentences(text: str) -> Iterator[str]:
    """The sentences of one block's text, as written (line breaks become spaces)."""
    if not text.strip():
        return
    start = 0
    for end in _boundaries(text):
        sentence = _LINE_BREAK.sub(" ", text[start:end]).strip()
        if sentence:
            yield from _run_on_cut(sentence)
        start = end


# A voice note or a text typed without a single stop ("ok listen i was a brat at the
# concert and i know it you didnt deserve me sulking … what if we did a trip like that
# every month …"): at least this many words with no punctuation inside are cut before the
# words that open a new thought. Pieces shorter than four words stay with their neighbour.
_RUN_ON_WORDS = 30
_RUN_ON_INSIDE = re.compile(r"[,.;:!?()\"“”]")
_RUN_ON_OPENER = re.compile(
    r"\s(?=(?:i\s+(?:was|think|feel|love|miss|just\s+want|really)|you\s+didn'?t|you\s+didnt"
    r"|you'?re|youre|you\s+are|thank\s+you|thanks\s+for|what\s+if|what\s+do|what\s+would"
    r"|how\s+about|can\s+we|could\s+we|oh\s+and|anyway|ok\s+im|okay\s+im|also\s+i)\b)",
    re.IGNORECASE,
)


def _run_on_cut(sentence: str) -> Iterator[str]:
    if len(sentence) < 120 or _RUN_ON_INSIDE.search(sentence[:-1]):
        yield sentence
        return
    if len(sentence.split()) < _RUN_ON_WORDS:
        yield sentence
        return
    pieces: list[str] = []
    start = 0
    for match in _RUN_ON_OPENER.finditer(sentence):
        piece = sentence[start : match.start()].strip()
        if len(piece.split()) >= 4:
            pieces.append(piece)
            start = match.end()
    rest = sentence[start:].strip()
    if pieces and len(rest.split()) < 4:
        pieces[-1] = f"{pieces[-1]} {rest}"
    elif rest:
        pieces.append(rest)
    yield from pieces


# A line that stops on a word needing more, or a next line that opens by continuing.
_RUNS_ON = re.compile(
    r"(?:[,(-]|\b(?:and|or|but|the|a|an|to|of|for|with|in|on|at|by|from|that|my|your|ur|our"
    r"|is|are|was|were|be|if|so|as|than|about|because|when|while|who|which))[ \t]*$",
    re.IGNORECASE,
)
_GOES_ON = re.compile(
    r"(?:and|or|but|that(?!\s+(?:was|is|wasn't|isn't)\b|'s)|because|cause|bc|which|who|than|to|with|of|in|on|at|for|from|like|as|about"
    r"|into|without|until|till|more)\b(?<!from(?=\s+(?:now|today|tonight|tomorrow)\b))"
    r"|[a-z]+ing\b(?!\s+(?:i|u|you)\b)",
    re.IGNORECASE,
)
_LINE_PUNCTUATED = re.compile(r"[.!?…:;,)]")


def _one_message_a_line(lines: list[str]) -> bool:
    """Chat typed one message a line, with hardly any punctuation: each line a sentence.

    At least three lines of at most 200 characters, and under a third of them (the last
    one aside) closed by punctuation. (A line closed by an emoji ends its sentence anyway,
    and says chat rather than verse.)
    """
    if len(lines) < 3 or any(len(line) > 200 for line in lines):
        return False
    closed = sum(1 for line in lines[:-1] if _LINE_PUNCTUATED.search(line.rstrip()[-1:] or " "))
    return closed * 3 < len(lines) - 1


def _boundaries(text: str) -> Iterator[int]:
    cuts = []
    for match in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text, max(0, match.start() - 8), match.start() + 1):
            cuts.append(match.end())
    cuts.extend(match.end() for match in _EMOJI_STOP.finditer(text))
    if "\n" not in text:
        cuts.sort()
        yield from cuts
        yield len(text)
        return
    offset = 0
    lines = text.split("\n")
    messages = _one_message_a_line(lines)
    for line, following in itertools.pairwise(lines):
        offset += len(line) + 1
        stripped = following.lstrip(" \t" + BIDI_MARKS)
        ends_open = line.rstrip()[-1:] in ",-"
        new_message = bool(_NEW_MESSAGE.match(stripped) and _WHOLE_LINE.search(line[-200:]))
        if messages and not _RUNS_ON.search(line[-40:]) and not _GOES_ON.match(stripped):
            new_message = True
        if _EMOJI_END.search(line) or (not ends_open and (stripped[:1].isupper() or new_message)):
            cuts.append(offset)
    yield from sorted(set(cuts))
    yield len(text)
