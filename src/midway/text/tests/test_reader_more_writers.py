"""Forms that the writers of the eighth and later batches used and the reader did not know
(issue 14): a card's position said after "and it was", a draw only imagined, medicine in
everyday and Tagalog words, apologies without "sorry" and praise in other Englishes."""

import pytest

from midway.text.checkin import find_weighed_medication
from midway.text.daily_card import find_weighed_card
from midway.text.reader import read_letter
from midway.text.statements import find_affirmations, find_apologies


def _card(text):
    found = find_weighed_card(text)
    return (found[0].name, found[0].reversed) if found else None


@pytest.mark.parametrize(
    ("letter", "card"),
    [
        (
            "I drew one from the old deck, the Two of Swords, and it was upside down, typical.",
            ("Two of Swords", True),
        ),
        (
            "Card of the day from my phone app is the Page of Wands. Take that as you like.",
            ("Page of Wands", False),
        ),
        (
            "Nag-draw ako sa app, King of Cups pero baligtad. Upside down daw, ay naku.",
            ("King of Cups", True),
        ),
        (
            "I pulled a card at lunch: the Nine of Wands. Upside down, which fits.",
            ("Nine of Wands", True),
        ),
    ],
)
def test_a_card_and_its_position_said_a_clause_or_a_sentence_later(letter, card):
    assert _card(letter) == card


def test_a_card_only_imagined_is_no_card():
    assert _card("I'd ask the tarot what my punishment is, but I bet I'd get Death.") is None


@pytest.mark.parametrize(
    ("letter", "taken"),
    [
        ("Took my BP drugs with breakfast, so you can stop nagging.", True),
        ("Tablette genommen, before you ask.", True),
        ("Naka-inom na ako ng gamot ko, don't worry.", True),
        ("Night shift again. Took my iron and the other one at midnight.", True),
    ],
)
def test_medication_in_more_everyday_words(letter, taken):
    found = find_weighed_medication(letter)
    assert found is not None and found[0] is taken


@pytest.mark.parametrize(
    "letter",
    ["I left the iron on again, sorry.", "The drugs scene in that film was grim."],
)
def test_an_iron_or_drugs_in_general_are_no_medication(letter):
    assert find_weighed_medication(letter) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "I talked over you the whole night, and I own that.",
        "I am owning it, no hiding behind the long week.",
        "I picked my mates over our plans, and I'm not going to make excuses.",
        "You didn't deserve that.",
        "I hate that I made you feel like a guest in your own house.",
        "I told you the train was late, but I lied.",
        "That last joke wasn't fair.",
        "I was a nightmare at dinner, I know.",
        "That was me bein' grumpy about work.",
        "미안해.",
    ],
)
def test_owning_a_wrong_without_sorry_is_an_apology(sentence):
    assert find_apologies([sentence]) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "That isn't fair to me, and you know it.",
        "Which is not fair to us, if you ask me.",
    ],
)
def test_a_complaint_about_fairness_is_no_apology(sentence):
    assert find_apologies([sentence]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Yer a gem, so ye are.",
        "Heaven did right when it gave me you.",
        "u so patient one, I lucky",
        "I am a lucky woman and I should say it more.",
        "I consider myself truly fortunate to share a life with you.",
        "You leave me notes in my lunchbox, and it means the world.",
        "you were so brave at the hospital",
        "Você é o homem mais gentil que conheço.",
        "Gracias por quedarte.",
        "Ikaw ang tahanan ko.",
    ],
)
def test_praise_in_more_englishes_and_languages_is_an_affirmation(sentence):
    assert find_affirmations([sentence]) == [sentence]


@pytest.mark.parametrize(
    "letter",
    [
        "I wish we could go back to Lisbon.",
        "Allora, let's move forward.",
        "I have thought about it all week, and I want to start with my part.",
    ],
)
def test_a_wish_or_a_new_leaf_is_no_thing_to_try(letter):
    assert read_letter(letter).things_to_try == ()


def test_a_sentence_announcing_a_proposal_is_not_the_proposal():
    letter = (
        "And I want us to start something. Every Sunday evening, we sit down for ten "
        "minutes and plan the week together."
    )
    assert read_letter(letter).things_to_try == (
        "Every Sunday evening, we sit down for ten minutes and plan the week together.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "That was on me on Sunday.",
        "That part's on me as well.",
        "The fault was mine.",
        "I'll hold my hands up: I was a total nightmare at the party.",
        "I shouldnae have left ye at the bar.",
        "I was tired from work and I took it all out on you.",
        "You were stressed already and I made it worse.",
        "I kept interrupting you all evening, and that wasn't fair.",
        "I was a dickhead at the match, no excuses",
        "Es tut mir so leid.",
        "jinjja mianhae, i was stubborn",
        "Main galat tha.",
        "Fui grossa e eu sei.",
        "my part: I kept count of every chore, and that wasn't fair to you.",
    ],
)
def test_more_ways_of_owning_a_wrong(sentence):
    assert find_apologies([sentence]) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "You are my whole world and my whole village.",
        "I am happy, with you.",
        "You have been the kindest friend a woman could want.",
        "I am a lucky old man.",
        "Itsumo arigatou.",
        "Tum meri jaan ho.",
        "Ang swerte ko sa'yo.",
        "Ikaw pa rin ang tahanan ko.",
        "Tu es l'homme le plus patient du monde.",
    ],
)
def test_more_ways_of_praising_the_partner(sentence):
    assert find_affirmations([sentence]) == [sentence]


def test_a_long_message_without_a_stop_is_cut_where_a_new_thought_opens():
    from midway.text.blocks import sentences

    text = (
        "ok so i was grumpy all weekend and i know it you didnt deserve the silent treatment "
        "on the drive youre the calmest person i have ever met and i mean that thank you for "
        "sorting the car out on your own"
    )
    assert list(sentences(text)) == [
        "ok so i was grumpy all weekend and i know it",
        "you didnt deserve the silent treatment on the drive",
        "youre the calmest person i have ever met and i mean that",
        "thank you for sorting the car out on your own",
    ]


@pytest.mark.parametrize(
    ("letter", "card"),
    [
        ("Wylosowałam dziś Wieżę w aplikacji.", ("The Tower", False)),
        ("Wylosowałam rano Dziewiątkę Kielichów.", ("Nine of Cups", False)),
    ],
)
def test_a_polish_card_named_as_the_object_of_the_draw(letter, card):
    assert _card(letter) == card


def test_a_colleagues_reading_is_no_card_of_the_day():
    assert _card("My colleague do tarot for me at lunch, she say Three of Swords.") is None


def test_a_tick_after_the_meds_is_a_dose_taken():
    found = find_weighed_medication("daily log\n• woke at six\n× meds ✓ (with coffee)\n")
    assert found is not None and found[0] is True
