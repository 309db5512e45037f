"""The card meanings are complete and in our own short form (pure data, no database)."""

import re

from midway.checkins.cards import meaning
from midway.checkins.meanings import MEANINGS
from midway.text.deck import DECK


def test_every_card_has_an_upright_and_a_reversed_meaning():
    for card in DECK:
        upright, reversed_ = MEANINGS[card.name]
        assert upright.strip(), card.name
        assert reversed_.strip(), card.name
        assert upright != reversed_, card.name


def test_meanings_name_only_cards_of_the_deck():
    assert set(MEANINGS) == {card.name for card in DECK}
    assert len(MEANINGS) == 78


def test_each_meaning_is_one_or_two_short_sentences():
    for name, pair in MEANINGS.items():
        for text in pair:
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
            assert 1 <= len(sentences) <= 2, (name, text)
            assert len(text) <= 140, (name, text)
            assert text[-1] in ".!?", (name, text)


def test_no_meaning_is_repeated_between_cards():
    texts = [text for pair in MEANINGS.values() for text in pair]
    assert len(texts) == len(set(texts))


def test_meaning_follows_the_cards_orientation():
    upright, reversed_ = MEANINGS["Judgement"]
    assert meaning("Judgement", False) == upright
    assert meaning("Judgement", True) == reversed_
    assert meaning("", False) == ""
