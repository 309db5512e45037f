"""Midway proposes English sentences: one mostly in another language is its author's to add."""

import pytest

from midway.text.language import mostly_foreign
from midway.text.reader import read_letter


@pytest.mark.parametrize(
    "sentence",
    [
        "Te quiero mucho.",
        "Lo siento mucho.",
        "Eu te amo demais.",
        "Sei la mia persona.",
        "Mahal na mahal kita, you know that right?",
        "Przepraszam, really.",
        "Es tut mir so leid.",
        "사랑해",
        "מה עושה לך טוב אחרי ריב?",
    ],
)
def test_a_sentence_mostly_in_another_language(sentence):
    assert mostly_foreign(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I love you so much, mi vida.",
        "Hon, sorry na talaga about kanina.",
        "Eres mi casa, wherever we live.",
        "First, I want to say 对不起.",
        "고마워, for everything.",
        "Tu sei la mia casa, even when you burn the garlic.",
        "Mi sorry bout di whole ting wid yuh bredda.",
        "Die Hard is still the best Christmas film and I will die on this hill.",
        "",
    ],
)
def test_english_with_a_word_or_two_of_another(sentence):
    assert not mostly_foreign(sentence)


def test_the_reader_leaves_foreign_sentences_to_the_author_unless_listed():
    parts = read_letter(
        "Lo siento mucho. I'm sorry I shouted.\n\n"
        "Te amo. I love you.\n\n"
        "Questions:\n- ¿Qué te hace sentir en casa conmigo?\n- What makes you feel at home?\n"
    )
    assert parts.apologies == ("I'm sorry I shouted.",)
    assert parts.affirmations == ("I love you.",)
    # Listed under a heading by the author: theirs, in any language.
    assert parts.questions == (
        "¿Qué te hace sentir en casa conmigo?",
        "What makes you feel at home?",
    )
