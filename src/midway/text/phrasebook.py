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

from midway.text.blocks import ITEM, PARAGRAPH, Block

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
    chosen: dict[str, PhrasebookEntry] = {}
    for block in blocks:
        if block.kind not in (ITEM, PARAGRAPH):
            continue
        for entry in _explanations(block.text):
            key = _said_key(entry.said)
            first = chosen.get(key)
            if first is None:
                chosen[key] = entry
            elif len(entry.meaning) > len(first.meaning):
                # A dict keeps the first key's place when its value is replaced.
                chosen[key] = PhrasebookEntry(first.said, entry.not_meaning, entry.meaning)
    return list(chosen.values())


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
    meaning = _spaces(text[end + second.end() : limit])
    if not meaning:
        return None
    return PhrasebookEntry(said=_spaces(said), not_meaning=_spaces(not_meaning), meaning=meaning)


def _spaces(text: str) -> str:
    return re.sub(r"[ \t]*\n\s*", " ", text).strip()


def _said_key(said: str) -> str:
    return " ".join(said.casefold().replace("’", "'").split()).rstrip(".,!?…")


def find_weighed_entries(blocks: list[Block]) -> list[tuple[PhrasebookEntry, float]]:
    return [(entry, 0.9) for entry in find_entries(blocks)]
