"""Whole letters, in the many ways people write them, and what the reader must find in each.

Every letter here is our own writing.
"""

import json

from midway.text.reader import LetterParts, read_letter

EMPTY = {
    "questions": [],
    "things_to_try": [],
    "phrasebook": [],
    "card": None,
    "medication": None,
    "emojis": [],
    "apologies": [],
    "affirmations": [],
}


def parts(text: str) -> dict:
    return read_letter(text).to_dict()


def test_markdown_letter_with_headings_bullets_and_numbers_in_parentheses():
    letter = """# Sunday, after the picnic

Sam, I keep thinking about the drive home. I'm so sorry that I went quiet for an hour.

## Questions for you

- Do you want me to tell you when I start to shut down?
- What did the silence feel like from your side?
-
* Would a signal help, like squeezing your hand?

## Things we could try

1) A ten minute walk before we talk about anything hard.
2) Writing it down first,
   then reading it to each other.
3)

When I said "leave it", I didn't mean leave me. I meant give me a minute to find words.
By “later” I don’t mean never, I mean after dinner when I am calm.

My card today was the hanged man, reversed. Took my meds at eight.

Love you. I choose you, every time. 💛
"""
    assert parts(letter) == {
        "questions": [
            "Do you want me to tell you when I start to shut down?",
            "What did the silence feel like from your side?",
            "Would a signal help, like squeezing your hand?",
        ],
        "things_to_try": [
            "A ten minute walk before we talk about anything hard.",
            "Writing it down first, then reading it to each other.",
        ],
        "phrasebook": [
            {
                "said": "leave it",
                "not_meaning": "leave me",
                "meaning": "give me a minute to find words.",
            },
            {"said": "later", "not_meaning": "never", "meaning": "after dinner when I am calm."},
        ],
        "card": {"name": "The Hanged Man", "reversed": True},
        "medication": {"taken": True},
        "emojis": ["💛"],
        "apologies": ["I'm so sorry that I went quiet for an hour."],
        "affirmations": ["Love you.", "I choose you, every time."],
    }


def test_email_reply_with_crlf_ignores_the_quoted_message():
    letter = (
        "Hi Sam,\r\n\r\nThanks for writing back. Sorry for yelling on the phone.\r\n\r\n"
        "**QUESTIONS:**\r\n1. What did you need from me last night?\r\n2. Are you still angry?\r\n\r\n"
        "On Tue, 3 June 2025 at 21:14, Sam <sam@example.org> wrote:\r\n"
        "> Questions:\r\n> 1. Why did you hang up?\r\n> I took my meds.\r\n"
        "> Today's card is the Star.\r\n> I love you 💔\r\n\r\n"
        "Drew the Queen of Cups upside down this morning. Forgot my pills though.\r\n"
        "-- \r\nAlex\r\n"
    )
    assert parts(letter) == {
        **EMPTY,
        "questions": ["What did you need from me last night?", "Are you still angry?"],
        "card": {"name": "Queen of Cups", "reversed": True},
        "medication": {"taken": False},
        "apologies": ["Sorry for yelling on the phone."],
    }


def test_a_spanish_speaker_writing_in_english():
    letter = """Mi amor,

I am writing you this because when I talk I get nervous and the words go out wrong. I am very sorry for the yelling of yesterday, it was not fair with you. I know you were tired from the work.

When I say "you never listen me", I don't mean that you are a bad person. I mean that I feel alone when you look the phone while I am talking, and then I get desperate. It is my problem also, not only yours.

Some things I want to ask:
1. why you did not call me when you arrived?
2. you like more the plan of sunday or saturday?

My question for you is: do you want to come with me to my mother house?

The card of today is the Three of Swords, reversed. And I am not medicated today, I forgot.

Te quiero mucho. I love you so much, mi vida. 🥺🙏🏽
"""
    assert parts(letter) == {
        "questions": [
            "why you did not call me when you arrived?",
            "you like more the plan of sunday or saturday?",
            "do you want to come with me to my mother house?",
        ],
        "things_to_try": [],
        "phrasebook": [
            {
                "said": "you never listen me",
                "not_meaning": "you are a bad person",
                # The meaning is its own sentence: the next one says something else.
                "meaning": "I feel alone when you look the phone while I am talking, and then I "
                "get desperate.",
            }
        ],
        "card": {"name": "Three of Swords", "reversed": True},
        "medication": {"taken": False},
        "emojis": ["🥺", "🙏🏽"],
        "apologies": ["I am very sorry for the yelling of yesterday, it was not fair with you."],
        # "Te quiero mucho." is wholly Spanish: Midway proposes English sentences only.
        "affirmations": ["I love you so much, mi vida."],
    }


def test_notes_app_letter_with_plain_lines_and_a_checklist():
    letter = (
        "Questions\n"
        "Where do you want to live in five years\n"
        "Do you still like the\n"
        "blue room or was that just for me?\n"
        "What helps you sleep?\n"
        "\n"
        "things to try\n"
        "- [ ] phones in the drawer after nine\n"
        "- [x] say goodnight even when we are cross\n"
        "\n"
        "Tarot this morning: Wheel of Fortune. Skipped my meds, I know.\n"
    )
    assert parts(letter) == {
        **EMPTY,
        "questions": [
            "Where do you want to live in five years",
            "Do you still like the blue room or was that just for me?",
            "What helps you sleep?",
        ],
        "things_to_try": [
            "phones in the drawer after nine",
            "say goodnight even when we are cross",
        ],
        "card": {"name": "Wheel of Fortune", "reversed": False},
        "medication": {"taken": False},
    }


def test_right_to_left_text_with_direction_marks():
    letter = (
        "\u200fשלום דני,\n\n"
        "\u200fQuestions:\n"
        "\t1.\t\u200fמה עושה לך טוב אחרי ריב?\n"
        "\t2.\tHow do you say sorry in your family?\n\n"
        "\u200fאני אוהבת אותך. I love you, habibi. 🧕🏾\n\n"
        "Today's card: the Moon 🌙\n"
    )
    assert parts(letter) == {
        **EMPTY,
        "questions": ["מה עושה לך טוב אחרי ריב?", "How do you say sorry in your family?"],
        "card": {"name": "The Moon", "reversed": False},
        "emojis": ["🧕🏾", "🌙"],
        "affirmations": ["I love you, habibi."],
    }


def test_emojis_come_out_whole_and_in_order():
    letter = (
        "Us 👩🏽‍❤️‍👨🏿 and the kids 👨‍👩‍👧‍👦, thumbs 👍🏿, home 🇪🇸 then 🇲🇽.\n"
        "Step 1️⃣ then #️⃣, balance ⚖️, a plain heart ❤ and a red one ❤️, hands 🫶🏻.\n"
        "Not emoji: © 2026 Midway®, 3 * 4 = 12, #1, ✔ and a heart in text style ❤︎.\n"
        "Pride 🏳️‍🌈 and Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿."
    )
    assert parts(letter)["emojis"] == [
        "👩🏽‍❤️‍👨🏿",
        "👨‍👩‍👧‍👦",
        "👍🏿",
        "🇪🇸",
        "🇲🇽",
        "1️⃣",
        "#️⃣",
        "⚖️",
        "❤",
        "❤️",
        "🫶🏻",
        "🏳️‍🌈",
        "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    ]


def test_a_letter_without_sections_or_check_in_finds_nothing_by_accident():
    letter = """Dear Sam,

We walked up to the tower of the church and the world is big from up there. I thought my
death would be the end of the world when I was fifteen; now I just feel like a fool for
worrying. Sorry to hear that your cold is back. I'm not sorry we went. You said "I love you"
to the dog before me, which was funny. I don't know if I love heights.

The pharmacy was closed, and the medicine cabinet is empty again.

Alex
"""
    assert parts(letter) == EMPTY


def test_letter_parts_round_trip_through_json():
    result = read_letter("Questions:\n1. Why?\n\nToday's card is the Sun ☀️")
    assert isinstance(result, LetterParts)
    encoded = json.dumps(result.to_dict(), ensure_ascii=False)
    assert json.loads(encoded)["card"] == {"name": "The Sun", "reversed": False}
    assert json.loads(encoded)["emojis"] == ["☀️"]


def test_an_empty_letter_has_no_parts():
    assert parts("") == EMPTY
    assert parts(" \n\t\n") == EMPTY
