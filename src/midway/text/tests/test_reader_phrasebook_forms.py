"""Phrasebook entries in the shapes writers new to the reader used (issue 14): halves in
either order with filler between, labelled parts, tables, chat lines, other languages'
phrases, and the traps that look like an explanation and are not."""

import pytest

from midway.text.phrasebook_labels import labelled_entries, table_entries
from midway.text.phrasebook_marks import marked_entries
from midway.text.reader import read_letter


def _entries(letter):
    return [tuple(entry.to_dict().values()) for entry in read_letter(letter).phrasebook]


@pytest.mark.parametrize(
    ("letter", "said", "not_meaning", "meaning"),
    [
        (
            "'Grand' from me, as you well know by now, never means grand; it means I'm "
            "raging but I don't want a scene.",
            "Grand",
            "grand",
            "I'm raging but I don't want a scene",
        ),
        (
            "If I say 'passt schon', this means I need time to think, and not that "
            "everything is okay.",
            "passt schon",
            "everything is okay",
            "I need time to think",
        ),
        (
            "When I go quiet on you it means I'm praying on something, it doesn't mean I'm "
            "mad at you, and I know you take it personal.",
            "I go quiet on you",
            "I'm mad at you",
            "I'm praying on something",
        ),
        (
            "About 'mal sehen': from me it is not a no. It means I need the weekend to think.",
            "mal sehen",
            "a no",
            "I need the weekend to think",
        ),
        (
            '1. "Zobaczymy" — means I am thinking, it is not a polite no.',
            "Zobaczymy",
            "a polite no",
            "I am thinking",
        ),
        (
            "\"It's fine\" from me on a Saturday = I'm hungry. That's it. It never means "
            "you've done something wrong.",
            "It's fine",
            "you've done something wrong",
            "I'm hungry",
        ),
        (
            'What I meant by "it was fine, darling" in the car was that I was ashamed, not '
            "that the reading was only fine.",
            "it was fine, darling",
            "the reading was only fine",
            "I was ashamed",
        ),
        (
            'When I said "inshallah" about the trip, you thought I meant no. I did not mean '
            "no. I meant that I really want to go.",
            "inshallah",
            "no",
            "that I really want to go.",
        ),
        (
            "when I say \"mai pen rai\" it not mean I'm not care, it mean I don't want to "
            "make you worry",
            "mai pen rai",
            "I'm not care",
            "I don't want to make you worry",
        ),
        (
            "when i said I'm fine I didn't mean leave me alone I meant give me five minutes",
            "I'm fine",
            "leave me alone",
            "give me five minutes",
        ),
        (
            '"We\'ll see" = I need more information before deciding (not a polite no)',
            "We'll see",
            "a polite no",
            "I need more information before deciding",
        ),
    ],
)
def test_an_explanation_with_its_halves_in_any_order(letter, said, not_meaning, meaning):
    assert _entries(letter) == [(said, not_meaning, meaning)]


@pytest.mark.parametrize(
    ("letter", "said", "not_meaning", "meaning"),
    [
        (
            "\"Whatever\" is my way of saying I'm overwhelmed, not that I don't care.",
            "Whatever",
            "I don't care",
            "I'm overwhelmed",
        ),
        (
            '"I\'m going to bed" is code for please come with me.',
            "I'm going to bed",
            "",
            "please come with me",
        ),
        (
            "When I'm quiet in the car, it means I'm thinking, not sulking.",
            "I'm quiet in the car",
            "sulking",
            "I'm thinking",
        ),
        (
            '"Later" from me really means later, like tonight. It does not mean never.',
            "Later",
            "never",
            "later, like tonight",
        ),
        (
            '"Ok" with a full stop ≠ angry. It just means I\'m typing fast.',
            "Ok",
            "angry",
            "I'm typing fast",
        ),
        ('* "Busy" = my brain is full (not: go away)', "Busy", "go away", "my brain is full"),
        (
            "\"Do what you want\" — translation: I'm hurt. Not: I don't care.",
            "Do what you want",
            "I don't care",
            "I'm hurt",
        ),
        (
            'I know "calm down" sounded like I was dismissing you. I really meant let\'s both breathe.',
            "calm down",
            "I was dismissing you",
            "let's both breathe",
        ),
        (
            'When I say "I need a minute" it is not me shutting you out. It is me trying not to cry.',
            "I need a minute",
            "me shutting you out",
            "me trying not to cry",
        ),
    ],
)
def test_an_explanation_in_other_words(letter, said, not_meaning, meaning):
    assert _entries(letter) == [(said, not_meaning, meaning)]


def test_a_quoted_meaning_is_the_quote():
    letter = 'I said "fine" but I meant "I\'m hurt", and I should have said that.'
    assert _entries(letter) == [("fine", "", "I'm hurt")]


def test_a_sign_proposed_is_not_a_phrasebook_entry():
    letter = "maybe we can make one small sign, if i touch my ear it means i need a break"
    assert _entries(letter) == []


def test_a_chat_line_ends_the_meaning():
    letter = (
        'when i texted "im fine" at 11 i didn\'t mean everything was fine, i meant i '
        "couldn't talk yet\nanyway\nwhat if we had a code word"
    )
    assert _entries(letter) == [("im fine", "everything was fine", "i couldn't talk yet")]


def test_two_explanations_in_one_paragraph_each_end_where_the_next_begins():
    letter = (
        "When I say « bof » it does not mean I don't care, it means I have not decided yet. "
        "And « on verra » means we will really see, not no."
    )
    assert _entries(letter) == [
        ("bof", "I don't care", "I have not decided yet."),
        ("on verra", "no", "we will really see"),
    ]


def test_labelled_parts_make_entries():
    script = (
        'ME: "I need some space."\nWHAT YOU HEARD: "I\'m leaving you."\n'
        'WHAT I MEANT: "My battery is empty."'
    )
    assert labelled_entries(script) == [
        ("I need some space.", "I'm leaving you.", "My battery is empty.")
    ]
    terse = 'Said: "leave it". Not meaning: go away. Meaning: I can\'t talk yet. Different thing.'
    assert labelled_entries(terse) == [("leave it", "go away", "I can't talk yet")]
    assert labelled_entries("me: hey\nyou: hey") == []


def test_a_said_and_meant_table_makes_entries():
    table = (
        "| Was ich gesagt habe | Was ich gemeint habe |\n|---|---|\n"
        '| "Ist mir egal" | I am overwhelmed, not that I don\'t care |\n'
        '| "Schon gut" | it is not good yet |'
    )
    assert table_entries(table) == [
        ("Ist mir egal", "that I don't care", "I am overwhelmed"),
        ("Schon gut", "", "it is not good yet"),
    ]
    assert table_entries("| day | chores |\n|---|---|\n| Monday | bins |") == []


@pytest.mark.parametrize(
    "letter",
    [
        'My mum always says "que sera sera", which means whatever will be will be.',
        'The sign said "no entry", which means we had to walk all the way round.',
        'The word "sorry" means a lot to me when you say it.',
        'He said "it is what it is", and I think he meant he had given up.',
        'When you said "ça va aller", I don\'t know if it meant you forgive me.',
        'And when you said "it\'s whatever" — what did you mean by that?',
        'In German we say "passt schon" and it is really meaning okay.',
        'I called your music taste "mid", that was kinda mean and also a lie.',
        "I didn't mean to say \"whatever\". I'm sorry.",
    ],
)
def test_what_looks_like_an_explanation_and_is_not(letter):
    assert _entries(letter) == []


def test_marked_entries_reads_one_paragraph():
    paragraph = (
        "\"Niente\" — when I say this, it means it IS important. It does not mean 'forget it'."
    )
    assert marked_entries(paragraph, wrapped=False) == [("Niente", "forget it", "it IS important")]


def test_a_list_under_a_phrasebook_heading_is_read_as_said_and_meant():
    letter = (
        "Hi love,\n\n## Our little phrasebook\n- fine: I'm tired, not angry\n"
        '- whatever: pick for me\n- "k": I\'m driving\n\n## Things to try\n'
        "- a walk: every Sunday\n\nLove, B"
    )
    assert _entries(letter) == [
        ("fine", "angry", "I'm tired"),
        ("whatever", "", "pick for me"),
        ("k", "", "I'm driving"),
    ]
