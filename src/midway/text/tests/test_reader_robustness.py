"""The reader never fails on what people paste, and stays fast on hostile text."""

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from midway.text.checkin import CardOfTheDay
from midway.text.deck import DECK
from midway.text.phrasebook import PhrasebookEntry
from midway.text.reader import LetterParts, read_letter

# Pieces of real letters, so that random text also reaches the headings, lists, quotes and
# cues the reader looks for, not only random characters.
PIECES = [
    "Questions:", "Things to try:", "## Questions", "**QUESTIONS**", "1.", "2)", "-", "*", "•",
    "\n", "\n\n", "\r\n", " ", "\t", '"', "“", "”", "'", "’", "doesn't mean", "It means",
    "When I said", "I didn't mean", "I meant", "By", "I.e.", "card", "Today's card is",
    "the Tower", "judgement", "reversed", "meds", "took my meds", "not medicated", "I'm sorry.",
    "I love you", "You are enough", ":", ".", "?", "🙀", "⚖️", "👩🏽‍❤️‍👨🏿", "🇪🇸", "1️⃣",
    "\u200f", ">", "---", "===", "[ ]", "a", "why", "try", "ask",
]  # fmt: skip


def assert_well_formed(parts: LetterParts) -> None:
    assert isinstance(parts, LetterParts)
    for field in ("questions", "things_to_try", "emojis", "apologies", "affirmations"):
        values = getattr(parts, field)
        assert isinstance(values, tuple)
        assert all(isinstance(value, str) and value for value in values)
    assert all(isinstance(entry, PhrasebookEntry) for entry in parts.phrasebook)
    assert all(entry.said and entry.meaning for entry in parts.phrasebook)
    assert parts.card is None or isinstance(parts.card, CardOfTheDay)
    assert parts.card is None or parts.card.name in {card.name for card in DECK}
    assert parts.medication_taken in (None, True, False)
    data = parts.to_dict()
    assert list(data) == [
        "questions", "things_to_try", "phrasebook", "card", "medication", "emojis",
        "apologies", "affirmations",
    ]  # fmt: skip
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_reads_without_error(text):
    assert_well_formed(read_letter(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60))
def test_any_mix_of_letter_pieces_reads_without_error(pieces):
    assert_well_formed(read_letter(" ".join(pieces)))
    assert_well_formed(read_letter("".join(pieces)))


def test_items_never_keep_their_markers_or_trailing_spaces():
    letter = "Questions:\n" + "".join(f"{n}. Why {n}?   \n" for n in range(1, 30))
    questions = read_letter(letter).questions
    assert len(questions) == 29
    assert all(q.startswith("Why ") and q == q.rstrip() for q in questions)


def _fill(piece: str, size: int = 200_000) -> str:
    return (piece * (size // len(piece) + 1))[:size]


HOSTILE = {
    "one letter": "a" * 200_000,
    "double quotes": '"' * 200_000,
    "quoted words": _fill('"a" '),
    "explanations": _fill('"x" doesn\'t mean y. It means z. '),
    "negations without quotes": _fill("doesn't mean "),
    "unclosed single quotes": _fill(" 'aaaa doesn't mean "),
    "emphasis": _fill("*a* "),
    "lead-ins": _fill("a question: "),
    "inline items": _fill("Hi. My question: why "),
    "short lines": _fill("Why? Try: x\n"),
    "headings": _fill("Questions:\n"),
    "empty items": _fill("- \n"),
    "continuations": "1. a\n" + _fill("   b\n"),
    "card cues": _fill("card the world "),
    "sentences": _fill("I'm sorry. I love you. "),
    "emoji": _fill("👩🏽‍❤️‍👨🏿"),
    "dots": "." * 200_000,
    "when I said": _fill('When I said "x", '),
    # The looser forms: medicine words, arrows, "means", dashes, asides before questions.
    "medicine words": _fill("her pills took "),
    "arrows": _fill('"x" → '),
    "means": _fill('"x" means '),
    "dash lead-ins": _fill("I want to ask - "),
    "questions": _fill("random q what do you feel? "),
    "proposals": _fill("we could try "),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_200_kb_text_reads_in_under_two_seconds(name):
    # A generous bound that only catches a regression to quadratic or backtracking work;
    # `python -m midway.text.bench` measures the real speed. CPU time, not the wall
    # clock: a busy machine (another suite beside this one) must not fail it.
    start = time.process_time()
    assert_well_formed(read_letter(HOSTILE[name]))
    assert time.process_time() - start < 2
