"""The card of the day: which card a member draws, the deck as choices, the meanings.

Pure Python over `midway.text.deck`; the secret comes in as an argument.
"""

from __future__ import annotations

import hashlib
from datetime import date

from midway.checkins.meanings import MEANINGS
from midway.text.deck import DECK, MAJOR, SUITS, Card, draw

CARD_NAMES = frozenset(card.name for card in DECK)


def daily_seed(member_id: int, day: date, secret: str) -> str:
    """The seed of one member's card on one day.

    The secret's hash is part of it so that nobody can work out tomorrow's card from
    the public deck code; hashing it keeps the secret itself out of the seed.
    """
    secret_hash = hashlib.sha256(secret.encode("utf-8")).hexdigest()
    return f"midway-checkin:{member_id}:{day.isoformat()}:{secret_hash}"


def card_of_the_day(member_id: int, day: date, secret: str) -> tuple[Card, bool]:
    """The card a member draws on `day`, and whether it is reversed: the same all day."""
    return draw(daily_seed(member_id, day, secret))


def meaning(name: str, reversed_: bool) -> str:
    """Our meaning of a card by its name, upright or reversed ("" for no card)."""
    if name not in MEANINGS:
        return ""
    upright, reversed_meaning = MEANINGS[name]
    return reversed_meaning if reversed_ else upright


def grouped_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """The 78 cards grouped for a select: the major arcana, then each suit."""
    groups = [("Major arcana", [(c.name, c.name) for c in DECK if c.arcana == MAJOR])]
    for suit in SUITS:
        groups.append((suit.title(), [(c.name, c.name) for c in DECK if c.suit == suit]))
    return groups
