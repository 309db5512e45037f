"""A list a paragraph introduces is read item by item: the paragraph is a weaker sign than a heading."""

from midway.text.reader import read_letter


def test_a_mixed_list_after_please_tell_me():
    parts = read_letter(
        "After our talk I made a small list. Please see below and tell me if anything is wrong.\n\n"
        "1. I will call you on my lunch break on the days I am at the site.\n"
        "2. Weekends we will do the groceries together, no separate trips.\n"
        "3. What is one thing I do that makes you feel most cared for?\n"
    )
    assert parts.questions == ("What is one thing I do that makes you feel most cared for?",)
    assert parts.things_to_try == (
        "I will call you on my lunch break on the days I am at the site.",
        "Weekends we will do the groceries together, no separate trips.",
    )


def test_what_happened_and_what_words_meant_are_no_proposals():
    parts = read_letter(
        "I organise my thoughts like a report, sorry, it is my work habit.\n\n"
        "1. Saturday I cancelled dinner with your parents at the last minute.\n"
        "2. It was rude to them and to you, and I'm sorry.\n"
        "3. Let's practise small talk together at home before family visits.\n"
        "4. When you feel nervous, what helps you?\n"
    )
    assert parts.things_to_try == (
        "Let's practise small talk together at home before family visits.",
    )
    assert parts.questions == ("When you feel nervous, what helps you?",)
    assert parts.apologies == ("It was rude to them and to you, and I'm sorry.",)


def test_questions_without_question_marks_stay_questions():
    parts = read_letter(
        "There are a few things I'd love to know:\n\n"
        "- what your happiest memory of us is\n"
        "- which song you'd want at our tenth anniversary\n"
    )
    assert parts.questions == (
        "what your happiest memory of us is",
        "which song you'd want at our tenth anniversary",
    )
    assert parts.things_to_try == ()


def test_a_notes_app_list_of_things_for_us_is_read_line_by_line():
    parts = read_letter(
        "Things for us (drafted in Notes at 2am)\n"
        "- no fighting over text, call instead\n"
        "- Friday = pizza + one episode, no negotiating\n"
        "- ask: what do you need from me on bad days?\n"
        "- buy oat milk\n"
        "- sorry again about the gig tickets, totally my fault\n"
    )
    assert parts.things_to_try == (
        "no fighting over text, call instead",
        "Friday = pizza + one episode, no negotiating",
    )
    assert parts.questions == ("what do you need from me on bad days?",)
    assert parts.apologies == ("sorry again about the gig tickets, totally my fault",)
