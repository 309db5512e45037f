import random
from collections import Counter

import pytest

from midway.text.deck import DECK, MAJOR, MINOR, SUITS, Card, draw, find_card


def test_the_deck_has_the_78_rider_waite_smith_cards():
    assert len(DECK) == 78
    assert len({card.name for card in DECK}) == 78
    assert sum(card.arcana == MAJOR for card in DECK) == 22
    assert Counter(card.suit for card in DECK if card.arcana == MINOR) == dict.fromkeys(SUITS, 14)


def test_major_arcana_have_their_standard_names_and_numbers():
    majors = {card.number: card.name for card in DECK if card.arcana == MAJOR}
    assert majors[0] == "The Fool"
    assert majors[8] == "Strength"
    assert majors[10] == "Wheel of Fortune"
    assert majors[11] == "Justice"
    assert majors[20] == "Judgement"
    assert majors[21] == "The World"
    assert all(card.suit is None for card in DECK if card.arcana == MAJOR)


def test_minor_arcana_run_from_ace_to_king_in_each_suit():
    cups = [card for card in DECK if card.suit == "cups"]
    assert [card.number for card in cups] == list(range(1, 15))
    assert cups[0].name == "Ace of Cups"
    assert cups[10].name == "Page of Cups"
    assert cups[13].name == "King of Cups"


def test_a_card_is_frozen_and_has_a_stable_slug():
    card = find_card("three of swords")
    assert card.slug == "three-of-swords"
    assert find_card("fool").slug == "the-fool"
    with pytest.raises(AttributeError):
        card.name = "Four of Swords"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("The Fool", "The Fool"),
        ("fool", "The Fool"),
        ("judgement", "Judgement"),
        ("Judgment", "Judgement"),
        ("the last judgment", "Judgement"),
        ("the tower", "The Tower"),
        ("TOWER", "The Tower"),
        ("wheel", "Wheel of Fortune"),
        ("the wheel of fortune", "Wheel of Fortune"),
        ("hanged man", "The Hanged Man"),
        ("the High Priestess card", "The High Priestess"),
        ("3 of swords", "Three of Swords"),
        ("three of swords", "Three of Swords"),
        ("Three  of\nSwords", "Three of Swords"),
        ("queen of pentacles", "Queen of Pentacles"),
        ("queen of coins", "Queen of Pentacles"),
        ("10 of disks", "Ten of Pentacles"),
        ("ace of wands", "Ace of Wands"),
        ("two of rods", "Two of Wands"),
        ("knight of staves", "Knight of Wands"),
        ("page of cups", "Page of Cups"),
        ("six of chalices", "Six of Cups"),
        ("XX", "Judgement"),
        ("xvi", "The Tower"),
        ("XVI The Tower", "The Tower"),
        ("0", "The Fool"),
    ],
)
def test_find_card_understands_common_spellings(written, name):
    assert find_card(written).name == name


@pytest.mark.parametrize(
    "written",
    ["", "   ", "the", "eleven of swords", "queen of hearts", "XX The Tower", "tower block"],
)
def test_find_card_returns_none_for_what_is_not_a_card(written):
    assert find_card(written) is None


def test_draw_is_the_same_for_the_same_seed():
    assert draw("space-7:2026-02-14") == draw("space-7:2026-02-14")
    card, reversed_ = draw("space-7:2026-02-14")
    assert isinstance(card, Card)
    assert isinstance(reversed_, bool)


def test_draw_reaches_every_card_both_ways_up():
    draws = [draw(f"seed {n}") for n in range(3000)]
    assert {card for card, _ in draws} == set(DECK)
    reversed_share = sum(reversed_ for _, reversed_ in draws) / len(draws)
    assert 0.4 < reversed_share < 0.6


def test_draw_leaves_the_global_random_state_alone():
    before = random.getstate()
    draw("anything")
    assert random.getstate() == before
