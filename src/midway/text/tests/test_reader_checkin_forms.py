"""The card of the day and the medication in the forms writers new to the reader used
(issue 14): names in other languages and shapes, draws said a sentence away, the traps
where a card's name is not today's draw, and medication in everyday words."""

import pytest

from midway.text.daily_card import find_weighed_card
from midway.text.deck import find_card, fold
from midway.text.reader import read_letter


def _card(text):
    found = find_weighed_card(text)
    return (found[0].name, found[0].reversed) if found else None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Huit de Coupes", "Eight of Cups"),
        ("l'Étoile", "The Star"),
        ("la Torre", "The Tower"),
        ("il Matto", "The Fool"),
        ("Asso di Coppe", "Ace of Cups"),
        ("Königin der Schwerter", "Queen of Swords"),
        ("Der Wagen", "The Chariot"),
        ("le Jugement", "Judgement"),
        ("Dziewiątka Kielichów", "Nine of Cups"),
        ("Umiarkowanie", "Temperance"),
        ("Due di Bastoni", "Two of Wands"),
        ("rei de ouros", "King of Pentacles"),
    ],
)
def test_find_card_knows_the_names_in_other_languages(written, name):
    assert find_card(written).name == name


def test_fold_lowers_and_drops_accents():
    assert fold("Étoile König Wieża Mäßigkeit") == "etoile konig wieza massigkeit"


@pytest.mark.parametrize(
    ("letter", "card"),
    [
        ("the app gave me the 3 of swords, ugh", ("Three of Swords", False)),
        ("Labyrinthos gave me the Knight of Coins this morning.", ("Knight of Pentacles", False)),
        ("my daily pull: 7 of wands (reversed)", ("Seven of Wands", True)),
        ("Today's draw was the star card, not reversed thank god", ("The Star", False)),
        (
            "I pulled a card before work.\nThe Lovers. Make of that what you will.",
            ("The Lovers", False),
        ),
        ("This morning I drew card from my new deck. It was Judgment.", ("Judgement", False)),
        ("the star.\nthat's what I pulled this morning,\nupright, bright", ("The Star", False)),
        (
            "Card of the day, because you got me into this: Queen of Swords.",
            ("Queen of Swords", False),
        ),
        ("I took one for fun: The Hanged Man, upside down.", ("The Hanged Man", True)),
        ("Ho pescato la Torre stamattina, capovolta.", ("The Tower", True)),
        ("j'ai tiré le Huit de Coupes ce matin", ("Eight of Cups", False)),
        ("This morning I drew l'Étoile from my little deck.", ("The Star", False)),
        ("**Karte des Tages:** Königin der Schwerter.", ("Queen of Swords", False)),
        ("Le tirage du jour: **le Jugement**.", ("Judgement", False)),
        ("### Il tirage\nIl Due di Bastoni today.", ("Two of Wands", False)),
        ("My card today? Death. Don't panic, it's about change.", ("Death", False)),
        ("the Empress came up for me today", ("The Empress", False)),
        ("ace of cups today 🙂 pulled it with my coffee", ("Ace of Cups", False)),
        ("Six of Wands this morning from my little deck, upright.", ("Six of Wands", False)),
        ("Tarot this morning said Five of Cups. Rude.", ("Five of Cups", False)),
        ("Golden Thread app this morning: Queen of Wands", ("Queen of Wands", False)),
        ("The Star (upright) this morning. Take that, universe.", ("The Star", False)),
        ("Salió el Sol en la app this morning.", ("The Sun", False)),
        ("I drew the Fool yesterday and the Magician today.", ("The Magician", False)),
        ("Pulled the Three of Cups for us this morning", ("Three of Cups", False)),
        ("I pulled Death. Don't worry, it means change.", ("Death", False)),
        (
            "Also the card. Knight of Pentacles. Slow and steady, apparently.",
            ("Knight of Pentacles", False),
        ),
        ("the cards said Death this morning (don't panic)", ("Death", False)),
        ("card of the day → the fool", ("The Fool", False)),
        ("🃏 today: The Moon (reversed)", ("The Moon", True)),
        ("j'ai tiré le soleil ce matin, à l'envers. of course.", ("The Sun", True)),
    ],
)
def test_a_card_drawn_today_in_other_shapes(letter, card):
    assert _card(letter) == card


@pytest.mark.parametrize(
    "letter",
    [
        "Your favourite card is the Star.",
        "you're such a Queen of Swords sometimes",
        "I haven't pulled a card yet, hoping for the Sun.",
        "Mia pulled the Moon for me at the party.",
        "my sister drew the Tower for me last week",
        "I'll draw a card tonight and tell you.",
        "The Death card on your poster scares me.",
        "It feels like the Tower card, honestly.",
        "you got the Three of Cups yesterday, remember?",
        "He calls me the Hermit because I never leave the house.",
        "Justice was served, the sun came out and the moon was full.",
        "My tarot reader told me I'm the Empress.",
        "Your card today is the Moon, not mine.",
        "I want to pull the Lovers tomorrow, wish me luck.",
        "If I drew the Tower today I'd just go back to bed.",
        "Morven did her tarot thing, drew the Three of Swords for herself.",
        "my granddaughter, who has taken up the tarot, drew me the Lovers on Saturday",
        'boss made us do "team tarot" at lunch, I got The Fool lol\nhe drew for everybody',
        "The booklet says the Tower is about change. My therapist says Death is too.",
        "Priya did a reading for me at lunch: the Ten of Swords, lol.",
        "The Lovers card on the fridge magnet made me smile.",
        "I drew strength from your letter this morning.",
        "We finally got the sun this afternoon, so we sat outside.",
        "got the sun on my face today and thought of you",
        "I drew the curtains and the moon was there.",
    ],
)
def test_a_name_that_is_not_todays_draw_is_no_card(letter):
    assert _card(letter) is None


@pytest.mark.parametrize(
    ("letter", "taken"),
    [
        ("the little white pill went down with my coffee this morning", True),
        ("I drank my medicine already earlier so don't worry.", True),
        ("jun: medicine eaten already dont nag", True),
        ("Before anything: I didn't skip my meds today, so don't worry.", True),
        ("- [x] sertraline", True),
        ("**Medikamente:** ja, genommen, with breakfast.", True),
        ("I have taken my traitement this morning.", True),
        ("I popped my anxiety meds an hour ago", True),
        ("took my quetiapine", True),
        ("meds in, coffee in, ready", True),
        ("my morning pills: check", True),
        ("will take my meds when I get home", False),
        ("meds pending", False),
        ("Haven't eaten my medicine today, will eat after lunch.", False),
        ("(And no, I haven't had my tablets yet.)", False),
        ("tablets are sitting on the bench untouched", False),
        ("❌ meds — later today, after I eat, promise", False),
        ("- [ ] meds", False),
        ("My Herztabletten I have not taken yet today, I will take them after lunch.", False),
        (
            "I have my tablets lined up in the box you bought me, and I confess I have not "
            "taken this morning's yet; I shall do so with my tea.",
            False,
        ),
        ("Taking my meds right after this.", False),
        ("I still need to take my meds", False),
        ("Forgot my meds yesterday but took them today.", True),
        ("I missed my meds on Sunday, but I'm back on track: took them this morning.", True),
        ("I forgot my pills yesterday and today too.", False),
        ("Meds ✅ coffee ✅ courage ❌", True),
        ("I need to refill my prescription.", None),
        ("Mum took her tablets, finally.", None),
        ("Remember when you forgot your pills in Spain?", None),
        ("The doctor changed my dose last month.", None),
        ("Had a long talk with my doctor about my meds.", None),
        ("I'm done with these meds, they make me numb.", None),
        ("The pharmacy had my pills ready when I got there.", None),
        ("I took my tablets with me to the conference.", None),
        ("I took a photo of my pill organiser for you.", None),
    ],
)
def test_medication_in_everyday_words(letter, taken):
    assert read_letter(letter).medication_taken is taken
