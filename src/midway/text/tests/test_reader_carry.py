"""The forms writers other than the founding letter's use, one rule at a time.

Every sentence here is our own writing (not taken from the measured batches).
"""

import pytest

from midway.text.reader import read_letter


@pytest.mark.parametrize(
    ("letter", "question"),
    [
        ("I keep wondering: what makes you feel close to me?", "what makes you feel close to me?"),
        ("tell me, what song reminds you of us?", "what song reminds you of us?"),
        ("Also I wanted to ask - what scares you about moving", "what scares you about moving"),
        (
            "I'd love to know which memory of us you go back to, because I wonder.",
            "which memory of us you go back to",
        ),
    ],
)
def test_questions_asked_inside_paragraphs(letter, question):
    assert read_letter(letter).questions == (question,)


@pytest.mark.parametrize(
    "letter",
    [
        "Why do you always leave the door open?",
        "Did you pick up the dry cleaning?",
        "Are you still on for Friday?",
        "Do you have any idea how that felt?",
        "What do you want for dinner?",
        "Can you check the boiler?",
        'She asked me, "what are you afraid of?"',
        "Is that right?",
        "How many times do I have to tell you?",
        "Do you think I enjoy this?",
    ],
)
def test_rhetorical_accusing_and_errand_questions_are_not_kept(letter):
    assert read_letter(letter).questions == ()


@pytest.mark.parametrize(
    "letter",
    [
        "maybe we could try a walk after dinner, no phones",
        "What if we cooked together every Sunday?",
        "I'd love it if we could read to each other before bed.",
        "How about a date night once a month?",
        "We could have a slow breakfast every Saturday.",
    ],
)
def test_proposals_inside_paragraphs_are_things_to_try(letter):
    assert read_letter(letter).things_to_try == (letter,)


@pytest.mark.parametrize(
    "letter",
    [
        "We could have told them sooner.",
        "We can get through this.",
        "I thought of one thing we can try.",
        "I want us to be okay.",
        'When I said "later", I meant we could talk after dinner.',
    ],
)
def test_regret_encouragement_and_announcements_are_not_things_to_try(letter):
    assert read_letter(letter).things_to_try == ()


def test_an_announcement_makes_the_next_sentence_a_thing_to_try():
    letter = "Can we try one thing? Every night we each say one good moment from the day."
    assert read_letter(letter).things_to_try == (
        "Every night we each say one good moment from the day.",
    )


@pytest.mark.parametrize(
    ("letter", "said", "not_meaning", "meaning"),
    [
        (
            "When I said \"I'm tired\" I wasn't blaming you. I meant my week drained me.",
            "I'm tired",
            "blaming you",
            "my week drained me.",
        ),
        ('"fine" = I need an hour, not I am okay.', "fine", "I am okay", "I need an hour"),
        (
            'By "later" I meant after dinner, not never.',
            "later",
            "never.",
            "after dinner",
        ),
        (
            "When I say it's fine, I don't mean all is well, I mean I need time.",
            "it's fine",
            "all is well",
            "I need time.",
        ),
        (
            '"leave me alone"\nnot = go away\n= hold me in an hour',
            "leave me alone",
            "go away",
            "hold me in an hour",
        ),
    ],
)
def test_phrasebook_in_other_forms(letter, said, not_meaning, meaning):
    [entry] = read_letter(letter).phrasebook
    assert (entry.said, entry.not_meaning.rstrip("."), entry.meaning) == (
        said,
        not_meaning.rstrip("."),
        meaning,
    )


@pytest.mark.parametrize(
    ("letter", "taken"),
    [
        ("took my sertraline with breakfast", True),
        ("Haven't taken my tablets yet, I'll do it at lunch.", False),
        ("meds. took them this morning.", True),
        ("didn't take my propranolol this morning", False),
        ("Ya me tomé la pastilla.", True),
        ("My sister took her pills finally.", None),
        ("I made sure you had your warfarin.", None),
        ("Mum has taken her blood pressure medicine.", None),
    ],
)
def test_medication_in_everyday_words_and_someone_elses(letter, taken):
    assert read_letter(letter).medication_taken is taken


@pytest.mark.parametrize(
    ("letter", "name", "reversed_"),
    [
        ("Today I pulled Wheel of Fortune but reversed.", "Wheel of Fortune", True),
        ("today's card:\nthe star.", "The Star", False),
        ("Drew the **Six of Swords** this morning.", "Six of Swords", False),
        ("This morning I drew today's card: Temperance. Reversed.", "Temperance", True),
        ("Hoy saqué la carta de La Luna, invertida.", "The Moon", True),
    ],
)
def test_the_card_of_the_day_named_in_other_ways(letter, name, reversed_):
    card = read_letter(letter).card
    assert (card.name, card.reversed) == (name, reversed_)


@pytest.mark.parametrize(
    "letter",
    [
        "Yesterday I got The Tower, so I did not draw today.",
        "My favourite card is The High Priestess.",
        "she says im giving 'the devil card' energy",
        "feels like the tower card. not that i pulled it.",
        "my mum pulled the lovers for me last year",
        "I got the Tower card tattoo today.",
    ],
)
def test_cards_named_but_not_drawn_today(letter):
    assert read_letter(letter).card is None


@pytest.mark.parametrize(
    "sentence",
    [
        "It was my fault that I did not explain.",
        "This was childish of me and I regret it.",
        "desculpa, I mean sorry, for being so jealous.",
        "I owe you a real apology for Saturday.",
        "I was out of line at the party.",
    ],
)
def test_apologies_in_other_words(sentence):
    assert read_letter(sentence).apologies == (sentence,)


@pytest.mark.parametrize(
    "sentence",
    [
        "But I'm sorry you felt ambushed, I suppose.",
        "I'm sorry if you were offended.",
        "i'm sorry but you literally started it.",
        "Sorry for my bad English.",
        "sorry ur upset but im not the one who forgot",
        "I regret nothing.",
        "I was wrong to trust you with this.",
    ],
)
def test_non_apologies(sentence):
    assert read_letter(sentence).apologies == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "ily sm.",
        "ur my fav human",
        "I admire your patience.",
        "You make the hard stuff feel doable.",
        "I'm so lucky to have you in my life.",
        "Thank you for staying.",
        "I love how gentle you are with me.",
        "Love ya to bits.",
    ],
)
def test_affirmations_in_other_words(sentence):
    assert read_letter(sentence).affirmations == (sentence,)


@pytest.mark.parametrize(
    "sentence",
    [
        "You're the best at making me feel small.",
        "You are being so stubborn.",
        "It means I love you and I am tired.",
        "You were home late again.",
        "You were never there to support me.",
    ],
)
def test_warm_words_that_are_not_affirmations(sentence):
    assert read_letter(sentence).affirmations == ()
