"""One rule of the reader at a time: headings, list styles, phrasebook forms, the card of
the day, medication, apologies and affirmations."""

import pytest

from midway.text.reader import read_letter


@pytest.mark.parametrize(
    "heading",
    [
        "Questions:",
        "## Questions for you",
        "Some things I want to ask:",
        "**Questions**",
        "**Questions:**",
        "QUESTIONS",
        "Questions I've been wondering about:",
        "### A few questions ###",
    ],
)
def test_question_headings_in_any_form(heading):
    letter = f"{heading}\n\n1. First?\n2. Second?\n"
    assert read_letter(letter).questions == ("First?", "Second?")
    assert read_letter(letter).things_to_try == ()


@pytest.mark.parametrize(
    "heading",
    [
        "Things to try",
        "Things to try:",
        "Stuff we could try:",
        "# Experiments",
        "__Things to try__",
    ],
)
def test_things_to_try_headings_in_any_form(heading):
    letter = f"{heading}\n- Walk.\n- Talk.\n"
    assert read_letter(letter).things_to_try == ("Walk.", "Talk.")


@pytest.mark.parametrize("marker", ["1.", "1)", "-", "*", "•", "+", "a)", "‣"])
def test_every_list_marker_is_removed(marker):
    letter = f"Questions:\n{marker} Are you hungry?\n{marker}   \n{marker} Are you cold?  \n"
    assert read_letter(letter).questions == ("Are you hungry?", "Are you cold?")


def test_blank_items_and_trailing_spaces_are_dropped():
    letter = "Things to try: \n\n1. Tea at four.   \n2. \n3.\n\n"
    assert read_letter(letter).things_to_try == ("Tea at four.",)


def test_the_same_question_asked_twice_is_kept_once():
    letter = "Questions:\n1. Why now?\n2. why  now\n\nMy question for you is: Why now?"
    assert read_letter(letter).questions == ("Why now?",)


@pytest.mark.parametrize(
    ("sentence", "said", "not_meaning", "meaning"),
    [
        (
            "\"I need space\" doesn't mean I'm leaving. It means I need an hour.",
            "I need space",
            "I'm leaving",
            "I need an hour.",
        ),
        (
            "When I said “whatever”, I didn’t mean that. I meant I was too tired to choose.",
            "whatever",
            "",
            "I was too tired to choose.",
        ),
        (
            "When I said “you always do this”, I didn’t mean that you never try. "
            "What I meant was that it keeps happening.",
            "you always do this",
            "you never try",
            "it keeps happening.",
        ),
        (
            'By "fine" I don\'t mean fine, I mean I am hurt.',
            "fine",
            "fine",
            "I am hurt.",
        ),
        (
            "If I say 'I'm fine' it doesn't mean I'm fine; it means I am not ready.",
            "I'm fine",
            "I'm fine",
            "I am not ready.",
        ),
        (
            "*Go to sleep* does not mean I want you gone. It means you look exhausted.\n"
            "And I worry.",
            "Go to sleep",
            "I want you gone",
            "you look exhausted. And I worry.",
        ),
        (
            "“Don’t touch me” didn’t mean I don’t love you — it meant I was overwhelmed.",
            "Don’t touch me",
            "I don’t love you",
            "I was overwhelmed.",
        ),
        (
            'I.e. "later," doesn\'t mean no. It means later.',
            "later",
            "no",
            "later.",
        ),
    ],
)
def test_phrasebook_forms(sentence, said, not_meaning, meaning):
    [entry] = read_letter(sentence).phrasebook
    assert (entry.said, entry.not_meaning, entry.meaning) == (said, not_meaning, meaning)


def test_two_explanations_in_one_paragraph_end_where_the_next_begins():
    letter = (
        'E.g. "stop" doesn\'t mean stop loving me. It means stop talking for a minute. '
        'I.e. "later" doesn\'t mean no. It means later tonight.'
    )
    assert [entry.to_dict() for entry in read_letter(letter).phrasebook] == [
        {"said": "stop", "not_meaning": "stop loving me", "meaning": "stop talking for a minute."},
        {"said": "later", "not_meaning": "no", "meaning": "later tonight."},
    ]


def test_an_explanation_ends_with_its_paragraph():
    letter = '"Go" doesn\'t mean leave. It means go first.\n\nNext paragraph, other subject.'
    assert read_letter(letter).phrasebook[0].meaning == "go first."


@pytest.mark.parametrize(
    "sentence",
    [
        "\"I need space\" doesn't mean I'm leaving.",
        'Saying "fine" doesn\'t mean much to you.',
        "It doesn't mean I don't care. It means I'm tired.",
        "You said 'why bother' and it doesn't mean you don't care.",
    ],
)
def test_no_phrasebook_entry_without_both_halves_and_a_quote(sentence):
    assert read_letter(sentence).phrasebook == ()


@pytest.mark.parametrize(
    ("sentence", "name", "reversed_"),
    [
        ("Today's card is Judgment", "Judgement", False),
        ("Card of the day: Three of Swords (reversed)", "Three of Swords", True),
        ("Pulled the Tower today", "The Tower", False),
        ("my card today was the hanged man, reversed", "The Hanged Man", True),
        ("drew the Queen of Cups upside down", "Queen of Cups", True),
        ("Judgement is my card today.", "Judgement", False),
        ("The Star card came up again.", "The Star", False),
        ("I pulled a card this morning and it was the Empress.", "The Empress", False),
        ("tarot: 10 of pentacles rx", "Ten of Pentacles", True),
        ("Today’s card is an inverted Moon.", "The Moon", True),
        ("Today's card: the Lovers (upright).", "The Lovers", False),
        ("I drew the Ace of Coins today", "Ace of Pentacles", False),
        ("Today's card is the Tower and my mood is upside down.", "The Tower", False),
    ],
)
def test_the_card_of_the_day_in_any_phrasing(sentence, name, reversed_):
    card = read_letter(sentence).card
    assert (card.name, card.reversed) == (name, reversed_)


@pytest.mark.parametrize(
    "sentence",
    [
        "We walked up to the tower of the church.",
        "my death would not change that",
        "the world is big",
        "he's a fool",
        "I drew the tower of the church in pencil.",
        "I pulled a muscle and felt like a fool.",
        "I sent you a card because you're my whole world.",
        "The best card in the world.",
        "Justice was served, the sun came out and the moon was full.",
    ],
)
def test_casual_uses_of_card_names_are_not_a_card_of_the_day(sentence):
    assert read_letter(sentence).card is None


@pytest.mark.parametrize(
    ("sentence", "taken"),
    [
        ("the Sam is medicated", True),
        ("I'm medicated", True),
        ("I’m medicated!", True),
        ("took my meds", True),
        ("took my medication this morning", True),
        ("Meds: yes", True),
        ("meds ✅", True),
        ("skipped my meds", False),
        ("forgot my pills", False),
        ("haven't taken my medication yet", False),
        ("I'm unmedicated", False),
        ("not medicated today", False),
        ("I didn't take my meds", False),
        ("Ivy is not medicated", False),
        ("meds: no", False),
        ("I took my meds. Well, I skipped my meds yesterday.", False),
        ("I need to take my meds", None),
        ("no pill can fix this", None),
        ("the medicine no longer works", None),
        ("This medicated shampoo is great", None),
        ("I'm self-medicating with chocolate", None),
    ],
)
def test_medication(sentence, taken):
    assert read_letter(sentence).medication_taken is taken


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sorry.",
        "I apologise for the way I spoke.",
        "I am so sorry that I left.",
        "Sorry for yelling.",
        "So sorry, can you forgive me?",
        "I want to apologize.",
        "My apologies for being late.",
        "I owe you an apology.",
        "I’m really, truly sorry.",
        "im sorry babe",
    ],
)
def test_apologies(sentence):
    assert read_letter(sentence).apologies == (sentence,)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm not sorry.",
        "Sorry to hear that you're sick.",
        "Sorry, not sorry.",
        "Sorry?",
        "I feel sorry for him.",
        'You said "I\'m sorry" like it was nothing.',
        "I will never apologise for that.",
    ],
)
def test_not_apologies(sentence):
    assert read_letter(sentence).apologies == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "You are enough, always.",
        "I want you Sam",
        "I love you",
        "I choose you",
        "You make me feel so safe",
        "Love you!",
        "I'll always love you.",
        "You're my person.",
        "I'm proud of you.",
        "I'm not going anywhere.",
        "When I think about who I want, it's always been you.",
        "You matter to me.",
    ],
)
def test_affirmations(sentence):
    assert read_letter(sentence).affirmations == (sentence,)


@pytest.mark.parametrize(
    "sentence",
    [
        "I do not love you.",
        "You told me I don't love you anymore.",
        "I'm not sure I love you.",
        "I want you to stop.",
        "I need you to listen.",
        "Although I'm yours, I'm tired tonight.",
        'you said "I love you" in the car',
        "I felt so much love for you then.",
        "It's you.",
        "You were the first to leave.",
        "I can't say I love you yet.",
    ],
)
def test_not_affirmations(sentence):
    assert read_letter(sentence).affirmations == ()
