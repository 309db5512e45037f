"""The question bank: questions to ask each other, by theme, in our own words.

Pure data, no Django. A member asks one with one click; the view checks that the
text it receives is one of these (see `find`), so a stale page cannot ask anything else.
"""

from typing import NamedTuple


class Theme(NamedTuple):
    slug: str
    title: str
    blurb: str
    questions: tuple[str, ...]


THEMES: tuple[Theme, ...] = (
    Theme(
        "after-a-fight",
        "After a fight",
        "For when the storm has passed and you are both ready to look back.",
        (
            "What makes you feel safe after a fight?",
            "What did you need from me in that moment that you didn't get?",
            "When did you first notice you were getting overwhelmed?",
            "Which thing I said landed hardest, and what did you hear in it?",
            "What would you want me to do differently the next time it starts?",
            "Is there something you held back because it felt unsafe to say?",
            "What part of it do you think was mine to own?",
            "How can I tell when you need a break, even if you can't say it?",
        ),
    ),
    Theme(
        "feeling-safe",
        "Feeling safe",
        "About trust, and what lets each of you soften.",
        (
            "When do you feel most at ease with me?",
            "What is one small thing I do that makes you feel looked after?",
            "Is there a subject you find hard to bring up with me? What would make it easier?",
            "What helps you believe me when I say sorry?",
            "How do you like to be comforted when you are sad?",
            "What did feeling safe look like in the home you grew up in?",
            "What is something you are afraid I might think of you?",
        ),
    ),
    Theme(
        "closeness",
        "Closeness",
        "Touch, attention, and feeling chosen.",
        (
            "When did you last feel really close to me?",
            "How do you most like me to show that I want you?",
            "What is a moment of ours you replay when you miss me?",
            "Is there a way you would like to be touched more often, or less?",
            "What makes you feel courted by me?",
            "What is something new you would like us to explore together?",
            "When you reach for me and I don't notice, what does that feel like?",
        ),
    ),
    Theme(
        "everyday-life",
        "Everyday life",
        "The small, ordinary things that fill most days.",
        (
            "What part of our week do you look forward to most?",
            "Is there a chore or task you wish we shared differently?",
            "How do you like to spend the first hour after you get home?",
            "What does a good, ordinary Sunday look like for you?",
            "What is something small I could take off your plate this week?",
            "How much time alone do you need to feel like yourself?",
            "What little habit of mine makes you smile?",
        ),
    ),
    Theme(
        "dreams",
        "Dreams",
        "Where you each want to go, and how you could get there together.",
        (
            "Where would you like us to be in five years?",
            "What is a dream you have never said out loud?",
            "What would you try if you knew you could not fail?",
            "Which place would you most like to see with me, and why there?",
            "What do you hope people say about the two of us?",
            "What is one thing you want to learn in the coming year?",
        ),
    ),
    Theme(
        "appreciation",
        "Appreciation",
        "Noticing what is good, and saying it.",
        (
            "What did I do recently that you appreciated but didn't mention?",
            "What is a quality of mine you hope never changes?",
            "When have you been proud of me?",
            "What is something I taught you without meaning to?",
            "What made you choose me, and what makes you choose me now?",
            "How do you most like to be thanked?",
        ),
    ),
)


def all_questions() -> tuple[str, ...]:
    return tuple(question for theme in THEMES for question in theme.questions)


def find(text: str) -> str | None:
    """The bank's own wording of a question, or None if it is not in the bank."""
    wanted = " ".join(text.split())
    return next((question for question in all_questions() if question == wanted), None)
