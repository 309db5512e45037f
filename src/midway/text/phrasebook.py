"""Find a letter's phrasebook entries: something said, what it does not mean, what it means.

An explanation is found inside one paragraph or one list item, in one of three forms
("X" is in quotes: "…", “…”, ‘…’, «…», '…' opened after a space, or *…* emphasis):

- `"X" doesn't mean Y. It means Z.`          (also: "X" – it doesn't mean Y)
- `When I said "X", I didn't mean Y. I meant Z.`  (said/say/wrote/told you/texted…;
  "When" or "If"; "I", "it" or "that" before the negation)
- `By "X" I don't mean Y, I mean Z.`

The negation is any of doesn't/does not/didn't/did not/don't/do not/wasn't/isn't + mean.
The second half must be there, in the same sentence or the next: "it means", "it meant",
"that means", "I mean", "I meant", "what I mean(t) is/was", each may follow "but", "rather"
or "instead" and take "really", "actually", "just" or "only". Without it there is no entry
("Saying "fine" doesn't mean much" is not an explanation).

`said` is the quoted words without a final comma or full stop. `not_meaning` is Y without
a leading "that" and without its final punctuation; when Y is only "that" or "it" ("I didn't
mean that. I meant …") it is empty. `meaning` is the end of the explanation: everything
after the second half's verb to the end of the paragraph or list item, because the writer
usually goes on explaining in the following sentences, or up to where the next explanation
in the same paragraph begins (its quote, or the "I.e."/"e.g."/"for example" before it).
Line breaks inside the meaning become spaces.

The same words explained twice (compared without case, curly apostrophes, extra spaces and
final punctuation) make one entry, at the place of the first and with its `said`; its
`not_meaning` and `meaning` come from the explanation with the longest meaning (the first,
on a tie): when a letter explains a phrase in the body and again, shorter, in a list, the
fuller one is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from midway.text.blocks import HEADING, ITEM, PARAGRAPH, Block
from midway.text.phrasebook_labels import GLOSSARY, glossary_item, labelled_entries
from midway.text.phrasebook_marks import marked_entries

_QUOTE = (
    r"(?:[\"“”](?P<q1>[^\"“”\n]{1,300})[\"“”]"
    r"|‘(?P<q2>[^‘\n]{1,300}?)’(?![a-zA-Z])"
    r"|«(?P<q3>[^»\n]{1,300})»"
    r"|(?<![\w*])\*(?P<q4>[^*\n]{1,300})\*(?![\w*])"
    r"|(?<![^\s(])'(?P<q5>[^\n]{1,200}?)'(?![a-zA-Z]))"
)
_NEGATION = r"(?:does|did|do|was|is)(?:n['’]?t|\s+not)\s+mean(?:s|t|ing)?\b"
_FORMS = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b(?:when|if|whenever)\s+I\s+(?:said|say|wrote|write|told\s+you|tell\s+you|texted"
        rf"|text|yelled|shouted)\s*,?\s*{_QUOTE}\s*,?\s*(?:I|it|that)\s+{_NEGATION}\s*",
        rf"\bby\s+{_QUOTE}\s*,?\s*I\s+{_NEGATION}\s*",
        rf"{_QUOTE}\s*,?\s*(?:[-–—]\s*)?(?:(?:it|that|this)\s+)?{_NEGATION}\s*",
    )
]
_ADVERB = r"(?:(?:really|actually|just|only)\s+)?"
_SECOND_HALF = re.compile(
    r"(?:[.;:!,]\s*|\s+|\s*[-–—]\s*)(?:(?:but|rather|instead)\s*,?\s+)?"
    rf"(?:(?:it|this|that)\s+{_ADVERB}(?:means|meant)|I\s+{_ADVERB}(?:mean|meant)"
    rf"|what\s+I\s+{_ADVERB}(?:mean|meant)\s+(?:is|was))\b[\s:,]*(?:that\s+)?",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(r"(?:\b(?:i\.?e\.?|e\.?g\.?|for example|for instance)[,:]?\s*)$", re.I)


@dataclass(frozen=True)
class PhrasebookEntry:
    said: str
    not_meaning: str
    meaning: str

    def to_dict(self) -> dict[str, str]:
        return {"said": self.said, "not_meaning": self.not_meaning, "meaning": self.meaning}


def find_entries(blocks: list[Block]) -> list[PhrasebookEntry]:
    """One entry per phrase explained, in the order the phrases are first explained."""
    return [entry for entry, _ in find_weighed_entries(blocks)]


def _explanations(text: str) -> list[PhrasebookEntry]:
    if "mean" not in text.lower():
        return []  # the common case: skip the quote scan altogether
    matches = sorted((m for form in _FORMS for m in form.finditer(text)), key=lambda m: m.start())
    found: list[tuple[int, int, re.Match]] = []
    for match in matches:
        # "When I said "X", it doesn't mean" also matches the bare form from its quote on:
        # the earlier, longer form wins.
        if not found or match.start() >= found[-1][1]:
            found.append((match.start(), match.end(), match))
    entries = []
    for index, (_, end, match) in enumerate(found):
        limit = _explanation_start(text, found[index + 1][0]) if index + 1 < len(found) else None
        entry = _entry(text, match, end, limit if limit is not None else len(text))
        if entry:
            entries.append(entry)
    return entries


def _explanation_start(text: str, quote_or_lead: int) -> int:
    lead = _LEAD_IN.search(text, max(0, quote_or_lead - 20), quote_or_lead)
    return lead.start() if lead else quote_or_lead


def _entry(text: str, match: re.Match, end: int, limit: int) -> PhrasebookEntry | None:
    said = next(group for group in match.groups() if group is not None)
    said = re.sub(r"^(?:i\.e\.|e\.g\.)\s*", "", said.strip(), flags=re.I).rstrip(",. ")
    window = text[end : min(limit, end + 400)]
    second = _SECOND_HALF.search(window)
    if not said or second is None:
        return None
    not_meaning = window[: second.start()]
    if re.search(r"[.!?…]\s", not_meaning):
        return None  # the second half is not in the same sentence or the next one
    not_meaning = re.sub(r"^that\s+(?=\S)", "", not_meaning.strip(" \t\n,;:—–-"), flags=re.I)
    if not_meaning.lower() in ("that", "it", "this"):
        not_meaning = ""
    meaning = _spaces(_explained(text, end + second.end(), limit))
    if not meaning:
        return None
    return PhrasebookEntry(said=_spaces(said), not_meaning=_spaces(not_meaning), meaning=meaning)


_NEXT_SENTENCE = re.compile(r"[.!?…]+[\"”’')\]*_]*(?=\s)")
# The sentences after a meaning that go on explaining it: "I feel …", "And …".
_GOES_ON = re.compile(r"\s*(?:I\s+feel\b|And\b)")
# "… And « on verra » means …": the next sentence explains another phrase.
_QUOTES_NEXT = re.compile(r"[^.!?\n]*[\"“«‘]")


def _explained(text: str, start: int, limit: int) -> str:
    """The meaning: its sentence, and the following ones while they go on explaining.

    A line break ends it too, unless the paragraph is hard-wrapped prose (see `_wrapped`):
    in chat messages one per line, the next line is the next message."""
    if "\n" in text[start:limit] and not _wrapped(text):
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


def _wrapped(text: str) -> bool:
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


def _spaces(text: str) -> str:
    return re.sub(r"[ \t]*\n\s*", " ", text).strip()


def _said_key(said: str) -> str:
    plain = " ".join(said.casefold().replace("’", "'").split())
    return plain.strip("\"'“”‘«» ").rstrip(".,!?…")


def find_weighed_entries(blocks: list[Block]) -> list[tuple[PhrasebookEntry, float]]:
    """The entries of `find_entries` (sure), then those only the looser forms find (less so).

    The looser forms, in one sentence (or the next), after words said in quotes that a
    verb of saying or "by" introduces, or followed by "=":

    - a denial then a meaning: `When I said "X" I wasn't Y. I meant Z.`, `… it is not that
      Y, it is that Z`, `… you heard that Y, but I meant Z` (mean, meant, ment, means;
      "I literally meant", "what I meant was");
    - a meaning then a denial: `By "X" I meant Z, not Y.`;
    - `"X" = Z, not Y`, `"X" = I'm not Y, I'm Z`, `"X" = Z`;
    - unquoted: `When I say X, I don't mean Y, I mean Z`.

    Then labelled parts and said/meant tables (`phrasebook_labels`), and last, less sure
    still, the halves in any order with filler between (`phrasebook_marks`). The looser
    forms read every paragraph that may explain something, for the phrases the stricter
    ones did not explain there, and never a phrase quoted inside another explanation.
    A meaning ends at a line break unless the paragraph is wrapped prose (`_wrapped`).
    """
    chosen: dict[str, tuple[PhrasebookEntry, float]] = {}
    budget = _LOOSE_BLOCKS
    glossary = False  # under a heading or lead-in like "Our phrasebook:"
    for block in blocks:
        if block.kind == HEADING or (block.kind == PARAGRAPH and block.text.rstrip().endswith(":")):
            glossary = bool(GLOSSARY.search(block.text))
            if block.kind == HEADING:
                continue
        elif block.kind == PARAGRAPH:
            glossary = False
        if block.kind not in (ITEM, PARAGRAPH):
            continue
        if glossary and block.kind == ITEM and not _QUOTE_THEN_MEANS.search(block.text):
            item = glossary_item(block.text)
            entry = _equals_entry(block.text, item[0], item[1]) if item else None
            if entry and _said_key(entry.said) not in chosen:
                chosen[_said_key(entry.said)] = (entry, 0.7)
                continue
        strict = _explanations(block.text)
        for entry in strict:
            key = _said_key(entry.said)
            first = chosen.get(key)
            if first is None:
                chosen[key] = (entry, 0.9)
            elif len(entry.meaning) > len(first[0].meaning):
                # A dict keeps the first key's place when its value is replaced.
                fuller = PhrasebookEntry(first[0].said, entry.not_meaning, entry.meaning)
                chosen[key] = (fuller, first[1])
        if not _MAY_EXPLAIN.search(block.text):
            continue
        budget -= 1
        if budget < 0:
            continue  # a letter explains a few phrases, not thousands: the rest are not read
        # The looser forms, for the phrases the strict ones did not explain: labelled
        # parts, then the loose orders, then marks in any order (less sure each time).
        labelled = [PhrasebookEntry(*parts) for parts in labelled_entries(block.text)]
        here = list(strict)
        for entry in labelled or _loose_explanations(block.text):
            _choose(chosen, here, entry, 0.7)
        # Last, and only for the phrases still unexplained.
        explained = lambda said: _said_key(said) in chosen  # noqa: E731
        for parts in marked_entries(block.text, _wrapped(block.text), explained):
            _choose(chosen, here, PhrasebookEntry(*parts), 0.55)
    return list(chosen.values())


def _choose(chosen: dict, here: list, entry: PhrasebookEntry, sure: float) -> None:
    """Keep a looser form's entry unless its phrase is explained already or is quoted
    inside another explanation of this paragraph."""
    key = _said_key(entry.said)
    if key and key not in chosen and not _explains_inside(entry, here):
        chosen[key] = (entry, sure)
        here.append(entry)


def _explains_inside(entry: PhrasebookEntry, explained: list[PhrasebookEntry]) -> bool:
    """Are these words said part of another explanation ("I meant 'later', not 'never'")?"""
    said = _said_key(entry.said)
    return any(
        said in _said_key(other.meaning) or said in _said_key(other.not_meaning)
        for other in explained
    )


# Bounds on the looser forms' work in one letter (paragraphs read, quotes per paragraph):
# far more than any letter explains, and they keep a hostile 200 KB text linear and quick.
_LOOSE_BLOCKS, _LOOSE_QUOTES = 300, 100
# An item that explains in a sentence ('"X" — when I say it, it means …') is read by the
# other forms, not as "said: meaning".
_QUOTE_THEN_MEANS = re.compile(r"\bmean|\bsaid\b|\bsay\b", re.IGNORECASE)
_MAY_EXPLAIN = re.compile(
    r"mean|ment\b|=|→|->|⇒|saying|signific|decir|heard|translat|sound|came\s+(?:out|across)"
    r"|\bit(?:'s|\s+is|\s+was)\s+not\b|way\s+of\s+saying|code\s+for|≠|^\s*\|",
    re.IGNORECASE,
)
_SAYING = re.compile(
    r"\b(?:said|say|says|saying|wrote|write|told\s+(?:you|u|me)|tell\s+(?:you|u)|texted|text"
    r"|yelled|shouted|by|call|called|dije|digo|dices|dijiste)\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
_DENIAL = re.compile(
    r"(?:\b(?:i|it|that|this|you|u)\s+(?:did|do|does|was|is|were|am)(?:n'?t|\s+not)\s+"
    r"(?!know\b|think\b|understand\b|remember\b|mean\s+to\b)(?:mean(?:t|s)?\s+|meaning\s+)?"
    r"|\b(?:it|that|this|i)\s+(?:not|no)\s+mean(?:s|t|ing)?\s+"
    r"|\b(?:i|you|u)\s+heard\s+(?:that\s+)?"
    r"|\b(?:you|u)\s+(?:thought|think|took\s+it\s+as|understood|heard\s+it\s+as)\s+"
    r"(?:that\s+)?(?:i\s+(?:meant|mean|was\s+saying)\s+)?"
    r"|\bit\s+is\s+not\s+that\s+|\bit'?s\s+not\s+that\s+|\bi\s+took\s+it\s+as\s+"
    r"|\b(?:it|that)\s+never\s+means?\s+|\bno\s+(?:quer[ií]a\s+decir|significa|quiere\s+decir)\s+(?:que\s+)?)",
    re.IGNORECASE,
)
_MEANING = re.compile(
    r"(?:(?<=[,.;:—–-])\s*|\s+)(?:(?:but|rather|instead|and)\s*,?\s+)?(?:(?:i|it|you|u|this|that)"
    r"\s+(?:\w+ly\s+|just\s+|only\s+|really\s+|actually\s+)?(?:mean|meant|ment|means)\b"
    r"|it\s+is\s+that|it'?s\s+that|what\s+i\s+(?:\w+ly\s+|just\s+)?(?:mean|meant)\s+(?:is|was)"
    r"|(?:it|this|that)\s+(?:is\s+)?meaning|(?<=[,.;]\s)it\s+mean"
    r"|(?:i\s+)?understood\s+that\s+you\s+meant|(?<=,)\s*but\s+(?:only|rather)\s+that"
    r"|(?:that|it)\s+was\s+me\s+saying|i\s+was\s+(?:just\s+|really\s+)?(?:saying|trying\s+to\s+say)"
    r"|what\s+i\s+was\s+trying\s+to\s+say\s+(?:is|was)"
    r"|(?:it\s+|you\s+explained\s+it\s+|)just\s+means|(?<!no\s)(?:significa|quiere\s+decir))[\s:,]*",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(
    r",\s*(?:but\s+)?(?:it|that|this)\s+(?:does|did)(?:n'?t|\s+not)\s+mean\s+(?:that\s+)?"
    r"|,\s*(?:and\s+)?(?:it|that|this)\s+(?:never|doesn'?t)\s+means?\s+"
    r"|,\s*(?:and\s+|but\s+)?(?:not|no)\s*(?:=\s*)?(?:that\s+)?|\s+not\s+(?=[\"“'])|\s*\(\s*not\s*:?\s+(?=[^)]+\)\s*$)",
    re.IGNORECASE,
)
_EQUALS = re.compile(r"\s*(?:\([^)\n]{0,30}\)\s*)?(?:=|→|->|=>|⇒)\s*")
# "X" means Z, not Y: an explanation without a denial first, less sure.
_MEANS = re.compile(
    r"\s*,?\s*(?:[-–—]\s*)?(?:(?:just|only|really|actually|usually|always)\s+)?(?:means|meant)\s+"
    r"(?:that\s+)?",
    re.IGNORECASE,
)
_UNQUOTED = re.compile(
    r"\bwhen\s+(?:i|you|u)\s+(?:say|said|text|texted|go|went)\s+(?P<said>(?!['‘«]|(?:this|that|it|so)\b(?!'))[^,.!?\n\"“”]{2,40}?)"
    r"\s*,?\s*(?=(?:i|it|you|u|that)\s+(?:do|does|did)(?:n'?t|\s+not)\s+mean)",
    re.IGNORECASE,
)
# "tum dekh lo", I don't mean …: a denial right after the quote, whatever came before.
_DENIES_AT_ONCE = re.compile(
    r"\s*,?\s*(?:[-–—]\s*)?(?:i|it|that|this)\s+(?:do|does|did)(?:n'?t|\s+not)\s+mean\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?…\n]|$")


def _loose_explanations(text: str) -> list[PhrasebookEntry]:
    # Same length as `text`: markup and curly apostrophes read as plain, positions kept.
    plain = text.replace("*", " ").replace("’", "'")
    quotes = [
        (m.start(), m.end(), next(g for g in m.groups() if g))
        for m in _QUOTED_PHRASE.finditer(plain)
    ]
    quotes += [(m.start("said"), m.end("said"), m["said"]) for m in _UNQUOTED.finditer(plain)]
    entries = []
    for start, end, said in sorted(quotes)[:_LOOSE_QUOTES]:
        said = said.strip().rstrip(",. ")
        equals = _EQUALS.match(plain, end)
        not_then = _NOT_THEN_EQUALS.match(plain, end)
        means = _MEANS.match(plain, end)
        if not_then:  # "X" / not = Y / = Z, a line each
            entry = PhrasebookEntry(
                _spaces(said), _spaces(not_then["not"]), _spaces(not_then["mean"])
            )
        elif equals:
            entry = _equals_entry(text, said, equals.end())
        elif means:
            entry = _equals_entry(text, said, means.end())
            entry = entry if entry and entry.not_meaning else None  # "X" means Z, not Y
        elif _MEAN_BY.search(plain, max(0, start - 30), start) and _IS.match(plain, end):
            entry = _equals_entry(
                text, said, _IS.match(plain, end).end()
            )  # what I mean by "X" is Z
        elif (
            _SAYING.search(plain, max(0, start - 80), start)
            or _DENIES_NEXT.match(plain, end)
            or _DENIES_AT_ONCE.match(plain, end)
        ):
            entry = _denial_entry(text, plain, said, end)
        else:
            entry = None
        if entry:
            entries.append(entry)
    return entries


_QUOTED_PHRASE = re.compile(_QUOTE)
_MEAN_BY = re.compile(r"\bwhat\s+i\s+(?:really\s+|actually\s+)?mean(?:t)?\s+by\s+$", re.IGNORECASE)
_IS = re.compile(r"\s*,?\s*(?:is|was)\s+(?:that\s+)?", re.IGNORECASE)
# "X" is my most dangerous phrase. It does not mean …: the next sentence denies at once.
_DENIES_NEXT = re.compile(
    r"[^.!?\n]{0,80}[.!?]\s+(?:it|that)\s+(?:does|did)(?:n'?t|\s+not)\s+mean\b", re.IGNORECASE
)


_LINE_OR_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
_NOT_LINE = re.compile(r"[ \t]*\n[ \t]*not\s*=\s*(?P<not>[^\n]+)")
_NOT_THEN_EQUALS = re.compile(r"\s*\n?[ \t]*not\s*=\s*(?P<not>[^\n]+)\n[ \t]*=\s*(?P<mean>[^\n]+)")


def _equals_entry(text: str, said: str, start: int) -> PhrasebookEntry | None:
    stop = _LINE_OR_SENTENCE_END.search(text, start, start + 400)
    rest = text[start : stop.start() if stop else min(len(text), start + 400)].strip()
    below = _NOT_LINE.match(text, stop.start()) if stop and stop.group() == "\n" else None
    if below and rest:  # "X" = Z, then "not = Y" on the next line
        return PhrasebookEntry(_spaces(said), _spaces(below["not"]), _spaces(rest))
    denied = re.match(
        r"(?:i'?m\s+|it'?s\s+|i\s+am\s+)?not\s+(?P<not>[^,;]+)[,;]\s*"
        r"(?P<mean>(?:i|i'm|i\s+am|it|it's|just|only|we|that)\b.*)",
        rest,
        re.I,
    )
    if denied:
        return PhrasebookEntry(_spaces(said), _spaces(denied["not"]), _spaces(denied["mean"]))
    rest = _MEANS_FIRST.sub("", rest)  # "'Niente' = means something"
    # '"I'm tired" (what I say) → "I need a hug" (what I mean)'
    rest = re.sub(r"\s*\((?!\s*not\b)[^)]{0,30}\)\s*$", "", rest).strip('"“”')
    parts = _NOT_AFTER.split(rest, maxsplit=1)
    if len(parts) == 2 and parts[0].strip():
        not_meaning = _spaces(parts[1]).removesuffix(")").strip()
        return PhrasebookEntry(_spaces(said), not_meaning, _spaces(parts[0]))
    if not rest:
        return None
    # "= Z. Not 'Y'." / "= Z. That's it. It never means Y.": the denial a sentence on.
    after = text[stop.end() : stop.end() + 200] if stop and stop.group() != "\n" else ""
    denied = _DENIED_NEXT.match(after)
    not_meaning = _spaces(denied["not"]).strip("\"'“”‘’«» ") if denied else ""
    return PhrasebookEntry(_spaces(said), not_meaning, _spaces(rest))


_MEANS_FIRST = re.compile(r"^(?:(?:it|this)\s+)?(?:means|meant)\s+(?:that\s+)?", re.IGNORECASE)
_DENIED_NEXT = re.compile(
    r"(?:\s*[^.!?\n]{1,15}[.!?])?\s*(?:not|never|(?:it|that|this)\s+(?:never|doesn'?t|does\s+not"
    r"|did\s+not|didn'?t)\s+(?:means?|meant))\s+(?P<not>[^.!?\n]{1,120})",
    re.IGNORECASE,
)


def _denial_entry(text: str, plain: str, said: str, end: int) -> PhrasebookEntry | None:
    window_end = min(len(plain), end + 400)
    denials = list(_DENIAL.finditer(plain, end, window_end))
    # "you thought I meant no. I did not mean no. I meant…": a meaning inside a denial is
    # what was heard, not what was meant.
    meaning = next(
        (
            m
            for m in _MEANING.finditer(plain, end, window_end)
            if not any(d.start() <= m.start() < d.end() for d in denials)
        ),
        None,
    )
    if meaning is None:
        return None
    between = plain[end : meaning.start()]
    if re.search(r"\b(?:if|whether|maybe|perhaps)\s*$", between, re.I):
        return None  # "I don't know if it meant…": a guess, not an explanation
    # The last denial that says "mean" ("you thought I meant no. I did not mean no."),
    # else the first ("you heard that I don't care").
    before = [d for d in denials if d.end() <= meaning.start()]
    saying_mean = [d for d in before if re.search(r"mean", d.group(), re.I)]
    denial = saying_mean[-1] if saying_mean else (before[0] if before else None)
    # The meaning comes in the same sentence or the next, or the one after when an
    # explicit denial ("I did not mean that…") comes between.
    allowed = 2 if denial and re.search(r"mean", denial.group(), re.I) else 1
    if len(re.findall(r"[.!?…](?=\s)", between)) > allowed:
        return None
    explained = _explained(text, meaning.end(), min(len(text), meaning.end() + 600))
    if denial:
        not_meaning = text[denial.end() : meaning.start()]
        # "I heard that you wanted to leave. I know now it meant …": its own sentence.
        not_meaning = re.split(r"[.!?…]\s", not_meaning, maxsplit=1)[0]
        # "I took it as you didn't care, but I know now you meant …"
        not_meaning = re.split(
            r",\s+(?:but|and|so)\s+(?:i|you|we)\b", not_meaning, maxsplit=1, flags=re.I
        )[0]
    else:
        # "By "X" I meant Z, not Y.": the denial, if any, follows the meaning.
        first = _CLAUSE_END.search(explained)
        sentence = explained[: first.start()] if first else explained
        parts = _NOT_AFTER.split(sentence, maxsplit=1)
        if len(parts) == 2:
            explained, not_meaning = parts[0], parts[1]
        elif re.search(r"\bnot\b|n't\b", between, re.I):
            not_meaning = ""
        else:
            return None
    not_meaning = re.sub(r"^that\s+(?=\S)", "", _spaces(not_meaning).strip(" ,;:—–-"), flags=re.I)
    not_meaning = re.sub(r"[\s,;:—–-]*(?:but|and)?$", "", not_meaning, flags=re.I).strip(" .")
    if not_meaning.lower() in ("that", "it", "this"):
        not_meaning = ""
    meaning_text = re.sub(r"^(?:is|was)\s+(?:that\s+)?", "", _spaces(explained).strip(), flags=re.I)
    return PhrasebookEntry(_spaces(said), not_meaning, meaning_text) if meaning_text else None
