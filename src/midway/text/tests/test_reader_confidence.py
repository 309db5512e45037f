"""How sure the reader is of each item: sure items are proposed ticked, the rest as "maybe"."""

from midway.text.reader import KINDS, MAYBE_BELOW, read_letter

LETTER = """Hi love,

Questions:
1. What makes you feel safe after a fight?

And what are you reading these days?

I drew a card this morning, because of course I did: Temperance, upside down.
Took my meds with breakfast.
"""


def test_an_item_under_a_heading_is_sure_and_a_guess_is_a_maybe():
    letter = read_letter(LETTER)
    assert letter.questions == (
        "What makes you feel safe after a fight?",
        "And what are you reading these days?",
    )
    assert letter.maybe()["questions"] == [1]
    sure, guess = letter.confidence["questions"]
    assert sure >= MAYBE_BELOW > guess


def test_a_card_named_after_a_far_away_draw_is_a_maybe_and_plain_medication_is_sure():
    letter = read_letter(LETTER)
    assert (letter.card.name, letter.card.reversed) == ("Temperance", True)
    assert letter.maybe()["card"] == [0]
    assert letter.medication_taken is True
    assert letter.maybe()["medication"] == []


def test_every_item_has_a_confidence_between_0_and_1_in_the_order_of_its_kind():
    letter = read_letter(LETTER)
    found = letter.to_dict()
    for kind in KINDS:
        items = found[kind] if isinstance(found[kind], list) else [found[kind]] * bool(found[kind])
        assert len(letter.confidence[kind]) == len(items)
        assert all(0 <= sure <= 1 for sure in letter.confidence[kind])


def test_confidence_leaves_the_json_contract_as_it_was():
    found = read_letter(LETTER).to_dict()
    assert set(found) == {
        "questions", "things_to_try", "phrasebook", "card", "medication", "emojis",
        "apologies", "affirmations",
    }  # fmt: skip


def test_a_letter_with_nothing_found_has_no_maybe():
    assert read_letter("Just a note.").maybe() == {kind: [] for kind in KINDS}
