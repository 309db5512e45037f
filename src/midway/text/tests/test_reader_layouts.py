"""More whole letters: tabs, bold and underlined headings, lists introduced by a sentence,
inline items, repeated explanations, short check-ins and where sections end.

Every letter here is our own writing.
"""

from midway.text.tests.test_reader import EMPTY, parts


def test_tabs_for_indentation_and_after_markers():
    letter = (
        "Things to try:\n"
        "\t1.\tCook together on Sundays\n"
        "\t\tand take turns choosing.\n"
        "\t2.\tA check-in call at lunch.\n"
        "\n"
        "Questions:\n"
        "\t-\tWhat do you miss from before?\n"
    )
    assert parts(letter) == {
        **EMPTY,
        "questions": ["What do you miss from before?"],
        "things_to_try": [
            "Cook together on Sundays and take turns choosing.",
            "A check-in call at lunch.",
        ],
    }


def test_a_very_long_letter_finds_its_parts_at_the_end():
    body = (
        "I keep replaying the afternoon in the park and what I should have said instead of "
        "what I did say, and every time I land on the same small thing.\n\n"
    ) * 300
    letter = (
        body
        + '"Fine" doesn\'t mean fine. It means I am too tired to argue tonight.\n\n'
        + body
        + "Questions:\n1. Was the park too loud for you?\n\nYou are my person.\n"
    )
    result = parts(letter)
    assert len(letter) > 80_000
    assert result["questions"] == ["Was the park too loud for you?"]
    assert result["phrasebook"] == [
        {
            "said": "Fine",
            "not_meaning": "fine",
            "meaning": "I am too tired to argue tonight.",
        }
    ]
    assert result["affirmations"] == ["You are my person."]


def test_bold_headings_and_numbers_with_parentheses():
    letter = """Hey you.

**Questions**
1) Did you feel I was blaming you?
2) What would you have needed from me?

**Things to try:**
1) Say "pause" instead of leaving the room
2) Come back after twenty minutes, even if it's awkward

__I apologise for slamming the door.__ I want you, all of you.
"""
    assert parts(letter) == {
        **EMPTY,
        "questions": [
            "Did you feel I was blaming you?",
            "What would you have needed from me?",
        ],
        "things_to_try": [
            'Say "pause" instead of leaving the room',
            "Come back after twenty minutes, even if it's awkward",
        ],
        "apologies": ["__I apologise for slamming the door.__"],
        "affirmations": ["I want you, all of you."],
    }


def test_underlined_headings_plus_bullets_and_hard_wrapped_items():
    letter = """Things to try
-------------

+ Leaving a note on the fridge when one of us is
  too upset to talk
+ A slower morning on Saturdays, no alarms, and
breakfast in bed

Questions
=========

+ What did your parents do after they argued?

P.S. I'm really, truly sorry.
"""
    assert parts(letter) == {
        **EMPTY,
        "questions": ["What did your parents do after they argued?"],
        "things_to_try": [
            "Leaving a note on the fridge when one of us is too upset to talk",
            "A slower morning on Saturdays, no alarms, and breakfast in bed",
        ],
        "apologies": ["P.S. I'm really, truly sorry."],
    }


def test_a_sentence_that_introduces_a_list_starts_a_section():
    letter = """Last night scared me. There are two things I would like us to try.

1. Sleeping on it before deciding anything big.
2. Holding hands when it gets loud.

After talking to my sister, these are the few things I have been meaning to ask you about:
- Your job offer.
- Christmas.
"""
    assert parts(letter)["things_to_try"] == [
        "Sleeping on it before deciding anything big.",
        "Holding hands when it gets loud.",
    ]
    assert parts(letter)["questions"] == ["Your job offer.", "Christmas."]


def test_inline_questions_and_things_to_try_inside_paragraphs():
    letter = (
        "I have been thinking. My question for you is: why didn't you tell me sooner? "
        "I am not angry.\n\n"
        "One thing I'd like us to try: a phone-free dinner on Thursdays. It could be nice.\n"
        "Something I want to ask you: do you still want the trip in May\n\n"
        "At 10:30 we left. Dear diary: nothing."
    )
    result = parts(letter)
    assert result["questions"] == [
        "why didn't you tell me sooner?",
        "do you still want the trip in May",
    ]
    assert result["things_to_try"] == ["a phone-free dinner on Thursdays."]


def test_a_phrase_explained_twice_is_one_entry_with_the_fuller_meaning():
    letter = """Things to try:
1. Explaining the sharp things I say. "Go away" doesn't mean I want you gone. It means I need air.

Here it is again, properly: "Go away!" does not mean I want you gone. It means I need air and I feel ashamed that you saw me like that.

And “you’re impossible” didn’t mean you are hard to love. It meant I could not find my words.
"""
    assert parts(letter)["phrasebook"] == [
        {
            "said": "Go away",
            "not_meaning": "I want you gone",
            "meaning": "I need air and I feel ashamed that you saw me like that.",
        },
        {
            "said": "you’re impossible",
            "not_meaning": "you are hard to love",
            "meaning": "I could not find my words.",
        },
    ]


def test_a_check_in_written_as_a_short_note():
    letter = "Card of the day: Three of Swords (reversed)\nMeds: skipped\nMood: 😔 but 💪🏼"
    assert parts(letter) == {
        **EMPTY,
        "card": {"name": "Three of Swords", "reversed": True},
        "medication": {"taken": False},
        "emojis": ["😔", "💪🏼"],
    }


def test_sections_end_at_paragraphs_other_headings_and_rules():
    letter = """QUESTIONS
* Are we okay?
This line is something else.
* Lost item after a paragraph.

Questions:
- Do you want tea?

---
- A bullet after a rule belongs to no section.

Groceries:
- oat milk
- bread

Stuff we could try:
• Cooking the soup from your grandmother
• Calling before bed
Love,
Alex
"""
    result = parts(letter)
    assert result["questions"] == ["Are we okay?", "Do you want tea?"]
    assert result["things_to_try"] == [
        "Cooking the soup from your grandmother",
        "Calling before bed",
    ]
