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

from midway.text.blocks import HEADING, ITEM, PARAGRAPH, Block
from midway.text.phrasebook_entry import QUOTE, PhrasebookEntry, explained, spaces, wrapped
from midway.text.phrasebook_labels import GLOSSARY, glossary_item, labelled_entries
from midway.text.phrasebook_loose import equals_entry, loose_explanations
from midway.text.phrasebook_marks import marked_entries

_NEGATION = r"(?:does|did|do|was|is)(?:n['’]?t|\s+not|nae|na)\s+mean(?:s|t|ing)?\b"
_FORMS = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b(?:when|if|whenever)\s+I\s+(?:said|say|wrote|write|told\s+you|tell\s+you|texted"
        rf"|text|yelled|shouted)\s*,?\s*{QUOTE}\s*,?\s*(?:I|it|that)\s+{_NEGATION}\s*",
        rf"\bby\s+{QUOTE}\s*,?\s*I\s+{_NEGATION}\s*",
        rf"{QUOTE}\s*,?\s*(?:[-–—]\s*)?(?:(?:it|that|this)\s+)?{_NEGATION}\s*",
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
    meaning = spaces(explained(text, end + second.end(), limit))
    if not meaning:
        return None
    return PhrasebookEntry(said=spaces(said), not_meaning=spaces(not_meaning), meaning=meaning)


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
    A meaning ends at a line break unless the paragraph is wrapped prose (`wrapped`).
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
            entry = equals_entry(block.text, item[0], item[1]) if item else None
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
        for entry in labelled or loose_explanations(block.text):
            _choose(chosen, here, entry, 0.7)
        # Last, and only for the phrases still unexplained.
        explained = lambda said: _said_key(said) in chosen  # noqa: E731
        for parts in marked_entries(block.text, wrapped(block.text), explained):
            _choose(chosen, here, PhrasebookEntry(*parts), 0.55)
    return [(_denial_split(entry), sure) for entry, sure in chosen.values()]


# "I meant that I had no energy to explain, not that everything was okay": the meaning
# carries the denial at its end.
_TRAILING_DENIAL = re.compile(
    r"^(?P<meaning>.{3,}?),?\s+(?:and\s+)?not\s+(?P<not>that\s+.{3,}?)[.!…]*$"
    # "…leave me for an hour, doesn't mean go away forever"
    r"|^(?P<meaning2>.{3,}?),\s*(?:but\s+|and\s+)?(?:it\s+|that\s+)?(?:doesn'?t|does\s+not"
    r"|didn'?t|did\s+not)\s+mean\s+(?P<not2>.{3,}?)[.!…]*$"
    # "i meant hold me not leave me": a short denial with no comma, after no helping verb.
    r"|^(?P<meaning3>(?:\S+\s+)*?(?!(?:is|was|am|are|were|do|did|does|could|would|should|can|will"
    r"|have|has|had|may|might|must)\s)\S+)\s+not\s+(?!to\b)(?P<not3>(?:\S+\s+){0,3}\S+?)[.!…]*$",
    re.S | re.I,
)


def _denial_split(entry: PhrasebookEntry) -> PhrasebookEntry:
    found = _TRAILING_DENIAL.match(entry.meaning[:600])
    if not found:
        return entry
    meaning, denied = next(
        (found[m], found[n])
        for m, n in (("meaning", "not"), ("meaning2", "not2"), ("meaning3", "not3"))
        if found[m]
    )
    if entry.not_meaning and (
        not found["meaning"] or _said_key(entry.not_meaning) in _said_key(denied)
    ):
        return entry  # the letter said what it does not mean already
    return PhrasebookEntry(entry.said, denied, meaning)


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
_LOOSE_BLOCKS = 300
# An item that explains in a sentence ('"X" — when I say it, it means …') is read by the
# other forms, not as "said: meaning".
_QUOTE_THEN_MEANS = re.compile(r"\bmean|\bsaid\b|\bsay\b", re.IGNORECASE)
_MAY_EXPLAIN = re.compile(
    r"mean|ment\b|=|→|->|⇒|saying|signific|decir|heard|translat|sound|came\s+(?:out|across)"
    r"|\bit(?:'s|\s+is|\s+was)\s+not\b|way\s+of\s+saying|code\s+for|≠|^\s*\|",
    re.IGNORECASE,
)
