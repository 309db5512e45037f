"""Find the daily check-in notes in a letter: the card of the day and the medication.

Card of the day. Every card name `deck.find_card` knows is looked for in the lower-cased
letter, but a name counts only with a card-of-the-day cue right before it, in the same
sentence: "card" or "tarot" (or "pulled", "pull", "drew", "draw", "drawn", "drawing"),
followed by nothing but small linking words ("is", "was", "of the day", "today", "this
morning", "my", "a", "it", "and", ":" …), as in "Today's card is the Moon", "Card of the
day: Three of Swords", "Pulled the Tower today", "I pulled a card and it was the Star"; or
"card" right after it ("The Star card", "Judgement is my card today"). A name followed by
"of" ("the tower of the church") is not a card. So "he's a fool" or "the world is big"
never count. The first card that counts is the card of the day. It is reversed when
"reversed", "inverted", "upside down", "rx" or "(r)" comes right before the name or in
the rest of its clause (up to 60 characters, stopping at . ! ? ; a line break, "and" or
"but").

Medication. A sentence saying it was not taken wins over one saying it was, wherever they
are: "skipped / missed / forgot / didn't take / haven't taken / ran out of my meds",
"not medicated", "unmedicated", "off my meds", "no meds", "meds: no" say not taken; "took /
have taken / had / remembered my meds (medication, medicine, pills, tablets, dose)",
"I'm medicated", "<Name> is medicated", "meds: done" say taken. Nothing said: None. A wrong
"taken" would hide a missed dose from the partner, so doubt goes to "not taken".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from midway.text.deck import NAME_PATTERN, find_card


@dataclass(frozen=True)
class CardOfTheDay:
    name: str
    reversed: bool

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "reversed": self.reversed}


_NAME = re.compile(rf"(?<![a-z0-9'’-]){NAME_PATTERN}(?![a-z0-9'’])")
_LINK = (
    r"(?:is|was|of|the|day|today|today's|today’s|tonight|this|morning|evening|my|a|an|it"
    r"|and|for|me|us|daily|card|tarot|reading|spread|pulled|drew|came|up|out|again|so)"
)
_CUE_BEFORE = re.compile(
    rf"\b(?:cards?|tarot|pulled|pull|pulling|drew|draw|drawn|drawing)(?:[\s:,\-–—=(]+{_LINK})*"
    r"[\s:,\-–—=(]+(?:(?:reversed|inverted|upright)\s+)?$"
)
_CUE_AFTER = re.compile(r"\W{0,3}(?:(?:is|was)\s+(?:my|today'?s|today’s|the|our)\s+)?card\b")
_REVERSED = re.compile(r"\b(?:reversed|inverted|upside[\s-]*down|rx)\b|\(r\)")
_CLAUSE_END = re.compile(r"[.!?;\n]|\band\b|\bbut\b")


def find_card_of_the_day(text: str) -> CardOfTheDay | None:
    lower = text.lower()
    for match in _NAME.finditer(lower):
        start, end = match.span()
        before = lower[max(0, start - 60) : start]
        before = re.split(r"[.!?\n]", before)[-1]
        after = lower[end : end + 60]
        if re.match(r"\s+of\b", after):
            continue
        if not (_CUE_BEFORE.search(before) or _CUE_AFTER.match(after)):
            continue
        card = find_card(match.group())
        if card is None:  # pragma: no cover - every pattern word is a known name
            continue
        clause = _CLAUSE_END.split(after, maxsplit=1)[0]
        reversed_ = bool(
            _REVERSED.search(clause) or re.search(r"\b(?:reversed|inverted)\s+$", before)
        )
        return CardOfTheDay(card.name, reversed_)
    return None


_DOSE = r"(?:meds|medication|medications|medicine|pills?|tablets?|dose|doses)\b"
_WHOSE = r"(?:(?:my|her|his|the|today'?s|this\s+morning'?s|any|all\s+my)\s+)?"
_NOT_TAKEN = re.compile(
    r"\bun-?medicated\b|\bnot\s+(?:yet\s+|been\s+)?medicated\b|\bno\s+(?:meds|medication)\b"
    r"|\b(?:off|not\s+on)\s+(?:of\s+)?my\s+meds\b"
    r"|\b(?:skipped|skip|missed|forgot|forgotten|ran\s+out\s+of|out\s+of|not\s+(?:yet\s+)?taken"
    r"|(?:did|have|has|had|could)(?:n'?t|\s+not)(?:\s+yet)?\s+(?:take|taken))\s+"
    rf"(?:to\s+take\s+)?{_WHOSE}{_DOSE}"
    rf"|\b{_DOSE}(?:\s*[:=–-]\s*(?:no\b|❌|✗)"
    r"|\s*[:=–-]?\s*(?:not\s+(?:yet\s+)?taken|skipped|missed))",
    re.IGNORECASE,
)
_TAKEN = re.compile(
    rf"\b(?:took|taken|had|remembered(?:\s+to\s+take)?)\s+{_WHOSE}{_DOSE}"
    r"|\b(?:i'?m|i\s+am)\s+(?:\w+\s+)?medicated\b"
    rf"|\b{_DOSE}(?:\s*[:=–-]\s*yes\b|\s*[:=–-]?\s*(?:taken\b|done\b|✅|✔️?|☑️?))",
    re.IGNORECASE,
)
# A person's name is capitalised: "the Sam is medicated", not "the cream is medicated".
_NAME_MEDICATED = re.compile(r"\b[A-Z][a-z]+\s+is\s+(?:[a-z]+\s+)?medicated\b")


def find_medication(text: str) -> bool | None:
    """True (taken), False (not taken) or None (the letter does not say)."""
    plain = text.replace("’", "'")
    if "med" not in plain.lower() and "pill" not in plain.lower() and "tablet" not in plain.lower():
        return None
    if _NOT_TAKEN.search(plain):
        return False
    if _TAKEN.search(plain) or _NAME_MEDICATED.search(plain):
        return True
    return None


def find_weighed_card(text: str) -> tuple[CardOfTheDay, float] | None:
    card = find_card_of_the_day(text)
    return (card, 0.9) if card else None


def find_weighed_medication(text: str) -> tuple[bool, float] | None:
    taken = find_medication(text)
    return None if taken is None else (taken, 0.9)
