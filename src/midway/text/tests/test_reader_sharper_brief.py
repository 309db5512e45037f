"""Forms met in the batches written from the sharper brief (benchmarks/reader_brief.md):
an apology apologises or judges the writer's act in words; a recounting, filler and
sympathy are no apology; warm words in more Englishes; medication said sideways."""

import pytest

from midway.text.checkin import find_weighed_medication
from midway.text.reader import read_letter
from midway.text.statements import find_affirmations, find_apologies


@pytest.mark.parametrize(
    "sentence",
    [
        "That's not fair to you and I know it.",
        "But the joke was on you and that is not acceptable.",
        "That's partly on me.",
        "Shouldn't have said it.",
        "Ok, I was too direct again.",
        "I overreacted about your ex's message.",
        "You were right, I should've checked the tyres myself.",
        "eh sorry lah just now i so cranky",
        "Not cool of me.",
        "i have been unkind this week.",
        "He heard, and you were embarrassed, and this is on my shoulders, not yours.",
        "Slamming the door on the way out was childish too.",
        "Not ringing you from the pub once I got signal was thoughtless, and I know it.",
        "Please forgive an old fool.",
        "Aye, I was a numpty last night.",
        "that wasnt ok",
        "But I did wrong too.",
    ],
)
def test_apologies_that_judge_the_act(sentence):
    assert find_apologies([sentence]) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "I snapped at you about the dishwasher.",  # told, not judged
        "Sorry again for the essay.",
        "sorry for the million texts lol",
        "Sorry this list is so long.",
        "Sorry for the corporate format, it's how my brain works when I'm nervous.",
        "sorry lah this one quite long",
        "soz not soz",
        "I'm no saying sorry for shouting, ye deserved it.",
        "sorry for existing i guess 🙄",
        "Also I'm not apologizing for being mad.",
        "I'm sorry your mother feels that I'm a bad influence.",
        "I'm sorry your day was rubbish.",
        "I want to write in English because you like my English when I apologise.",
        "Let's do one phone-free dinner every Wednesday, no excuses.",
        "When I go quiet for days, it means I am ashamed, not that I am punishing you.",
        "I want to thank you for driving to Ikeja when I was too stubborn to ask.",
    ],
)
def test_no_apology(sentence):
    assert find_apologies([sentence]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I married up and I know it, sugar.",
        "Alhamdulillah for you.",
        "Diolch for putting up with me.",
        "You make the worst days funny.",
        "love ye hen",
        "You is a good man, you hear?",
        "u looked so cute asleep on the couch ngl",
        "Shukriya for staying next to me even when I was being impossible.",
        "ur the funniest person I know and I'm mad about you",
        "Your presentation was clear and your slides were beautiful.",
    ],
)
def test_warm_words_in_more_englishes(sentence):
    assert find_affirmations([sentence]) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "I love you but you never listen when I talk about my sister.",
        "Your sister sure looked pretty in that yellow dress.",
    ],
)
def test_no_affirmation(sentence):
    assert find_affirmations([sentence]) == []


@pytest.mark.parametrize(
    ("letter", "taken"),
    [
        ("I also took my propranolol this morning, which helped a bit.", True),
        ("I forgot my antidepressivo this morning, I will take it at work.", False),
        ("I have taken my malaria drugs this morning as the doctor said.", True),
        ("- Took my antihistamine, don't stress.", True),
        ("I take my pill later, I promise, I am at work now", False),
        ("Your pills are in the Tuesday slot, don't forget them.\nI took mine.", True),
        ("Your pills are in the Tuesday box.\nMine I took with my coffee like always.", True),
        ("Btw took two Panadol this morning for the headache.", True),
        ("Took my HRT, before you ask.", True),
        ("- Statins: taken.", True),
        ("• took my tabs ✔️ (both)", True),
        ("med ✅", True),
        ("I took my blood pressure medicine after dinner, so don't worry.", True),
        ("I'll take my blood pressure medicine after dinner.", False),
        ("Forgot my malaria tabs again, will take tonight.", False),
        ("No, I've no had my tablets yet the day, I'll take them when I get in.", False),
        ("Mi tek mi pressure pill dis mawnin.", True),
    ],
)
def test_medication_said_sideways(letter, taken):
    assert find_weighed_medication(letter)[0] is taken


def test_the_drugs_of_a_film_are_no_medication():
    assert find_weighed_medication("the drugs in that film were wild") is None


def test_chat_lines_closed_by_emoji_are_still_chat():
    parts = read_letter(
        "habibti\n"
        "I know you are still upset 😔\n"
        "it was a cheap joke and I embarrassed you\n"
        "from now on if I want to joke I will joke about me not about you 😅\n"
        "how can I make you feel that I am on your side when my family is around?\n"
        "you are the light of this house\n"
    )
    assert "it was a cheap joke and I embarrassed you" in parts.apologies
    assert parts.questions == (
        "how can I make you feel that I am on your side when my family is around?",
    )


def test_how_about_every_week_proposes():
    parts = read_letter(
        "How about every Thursday we cook together, one dish from my home and one from yours?"
    )
    assert parts.things_to_try == (
        "How about every Thursday we cook together, one dish from my home and one from yours?",
    )
    assert parts.questions == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "You've been so steady through all of this.",
        "youre so careful with me",
        "You carry this house on your back and I see it, even when I don't say it.",
        "You work so hard for us, I see it every day.",
        "I'm really lucky it's you.",
        "i am so glad it's you.",
        "I thank the good Lord for you every single morning.",
        "You make coming home feel like coming home.",
        "You're honestly the most fun person I know, even when you're mad at me.",
        "You're a marvel, honestly you are.",
    ],
)
def test_praise_of_what_the_partner_is_and_does(sentence):
    assert find_affirmations([sentence]) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "You've been so distant since Christmas.",
        "you're so stubborn about the car",
        "You make me feel small when you do that.",
    ],
)
def test_so_plus_a_complaint_is_no_praise(sentence):
    assert find_affirmations([sentence]) == []


def test_errands_and_jabs_listed_under_questions_are_left_out():
    parts = read_letter(
        "## Questions\n"
        "1. What would make Christmas feel good for you this year?\n"
        "2. Are we still going to the market on Friday?\n"
        "3. Why do you always leave the esky open??\n"
        "4. Is there something you never told me because you thought I would get angry?\n"
        "5. Do you want me to come to your dad's appointment or would you rather go alone?\n"
    )
    assert parts.questions == (
        "What would make Christmas feel good for you this year?",
        "Is there something you never told me because you thought I would get angry?",
        "Do you want me to come to your dad's appointment or would you rather go alone?",
    )


def test_a_capital_title_of_the_writers_own_is_no_apology():
    parts = read_letter("WHAT I'M SORRY FOR\n\nI'm sorry I missed your recital.\n")
    assert parts.apologies == ("I'm sorry I missed your recital.",)


def test_i_full_stop_ends_a_sentence():
    parts = read_letter(
        "I don't want to make a great production of this, because you'd hate that and so "
        "would I. But I was rude, and I'm sorry."
    )
    assert parts.apologies == ("But I was rude, and I'm sorry.",)


@pytest.mark.parametrize(
    "sentence",
    ["That was cowardly of me, sorry ah.", "Scusami, I was too dramatic about the holidays."],
)
def test_more_ways_to_say_sorry(sentence):
    assert find_apologies([sentence]) == [sentence]


@pytest.mark.parametrize(
    ("letter", "card"),
    [
        (
            "Kirsty made me pull one at lunch, and I got the Tower, upside doon.",
            ("The Tower", True),
        ),
        (
            "Oh and I pulled the Knight o' Pentacles aff the app this morning.",
            ("Knight of Pentacles", False),
        ),
        ("tiré le Deux d'Épées this morning, indecision card", ("Two of Swords", False)),
        ("just now the app give me 3 of swords\n", ("Three of Swords", False)),
        ("i drew the star this morning upright for once\n", ("The Star", False)),
        (
            "This morning I drew a card from the deck you gave me, die Stärke, but upside down.",
            ("Strength", True),
        ),
        (
            "I did my cards tonight: I drew the Page of Swords for me, and then one for you.",
            ("Page of Swords", False),
        ),
        (
            "I pulled a card this morning with my coffee, el Ermitaño, del revés.",
            ("The Hermit", True),
        ),
    ],
)
def test_cards_drawn_in_more_ways(letter, card):
    found = read_letter(letter).card
    assert (found.name, found.reversed) == card


@pytest.mark.parametrize(
    "letter",
    [
        "Your cousin sent me that Death card picture again as a joke.",
        "That fortune lady at the fair had a big Lovers card painted on her sign.",
        "Ammi's friend at the mehndi pulled the Empress for you.",
        "Marisol came round and did a reading for herself, pulled the Tower.",
        "Callum at work pulled a tarot card for the whole office today, the Tower.",
        "my fav card is the star btw, maybe i'll get it tattooed one day\n",
        "Tarot girl at the market say I will get the Ace of Pentacles luck this year.",
    ],
)
def test_someone_elses_card_is_not_the_writers(letter):
    assert read_letter(letter).card is None


@pytest.mark.parametrize(
    "line",
    [
        "what do you miss about us from before",
        "do you still feel at home here with me",
        "what do u want me to do when i get moody",
    ],
)
def test_a_chat_line_that_asks_without_a_question_mark(line):
    parts = read_letter(f"hey\n{line}\nok gtg x\n")
    assert parts.questions == (line,)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll call you every evening before your night shift starts, even if only for five minutes.",
        "From this week, I will call you on my lunch break every day.",
        "Every Friday after prayer, we will walk by the corniche, only us two.",
        "Let us pray together before sleeping, every night.",
        "new rule we dont go to bed on a fight even if its just a hug",
    ],
)
def test_promises_kept_from_now_on(sentence):
    assert read_letter(sentence).things_to_try == (sentence,)


def test_blind5_forms():
    assert find_apologies(["Sorry for the rushed message."]) == []
    assert find_apologies(["There was no call for it."]) == ["There was no call for it."]
    assert find_affirmations(["thinking about you all day"]) == ["thinking about you all day"]
    assert read_letter("If you were a tarot card right now you'd be the Devil.").card is None
    assert find_weighed_medication("got the tablets in me this arvo\n")[0] is True
    assert read_letter("Is your mum still coming on the 14th?").questions == ()
    assert read_letter("i could read to you every sunday if you want").things_to_try == (
        "i could read to you every sunday if you want",
    )
