"""How much may be written where, and what counts as a feeling or a need.

Shared by the forms (for people) and the services (for the letter importer), so both
refuse the same things with the same words. Text is kept exactly as written (emoji,
right-to-left marks, angle brackets); only NUL, which PostgreSQL cannot store, is refused.

Feelings and needs: a word from the coach's lists (matched without regard to case and
stored in the list's spelling), or a short word of the member's own, up to
WORD_LIMIT characters, because nobody's feelings fit a list exactly. At most
WORDS_LIMIT of each per entry, duplicates dropped.
"""

from collections.abc import Iterable

from django.core.exceptions import ValidationError

# Characters, counted as Python counts them (an emoji is one).
QUESTION_LIMIT = 2_000
ANSWER_LIMIT = 5_000
THING_LIMIT = 2_000
NOTE_LIMIT = 2_000
PHRASE_LIMIT = 5_000
COMMENT_LIMIT = 2_000
WORD_LIMIT = 40
WORDS_LIMIT = 12


def too_long_message(limit: int, length: int) -> str:
    return f"Please keep this under {limit:,} characters. It has {length:,} now."


def check_text(value: str, limit: int, *, field: str, required: bool = True) -> str:
    """The text, stripped of blank space around it, or ValidationError keyed by field."""
    if not isinstance(value, str):
        raise ValidationError({field: "This must be text."})
    value = value.strip()
    if required and not value:
        raise ValidationError({field: "Please write something here."})
    if len(value) > limit:
        raise ValidationError({field: too_long_message(limit, len(value))})
    if "\x00" in value:
        raise ValidationError({field: "This text contains a character that cannot be saved."})
    return value


def clean_words(values: Iterable[str], lexicon: Iterable[str], *, field: str) -> list[str]:
    """Feelings or needs as a list of strings: lexicon words in their spelling, or short own words."""
    known = {word.casefold(): word for word in lexicon}
    chosen: list[str] = []
    seen: set[str] = set()
    for value in values:
        if not isinstance(value, str):
            raise ValidationError({field: "Each one must be a word or a few words."})
        word = " ".join(value.split())
        if not word:
            continue
        key = word.casefold()
        if key in seen:
            continue
        if key not in known and len(word) > WORD_LIMIT:
            raise ValidationError(
                {
                    field: f"“{word[:WORD_LIMIT]}…” is long: keep each one under {WORD_LIMIT} characters."
                }
            )
        seen.add(key)
        chosen.append(known.get(key, word))
    if len(chosen) > WORDS_LIMIT:
        raise ValidationError({field: f"Please choose at most {WORDS_LIMIT}."})
    return chosen


def split_own_words(text: str) -> list[str]:
    """A member's own feelings or needs, typed as one line separated by commas."""
    return [part for part in text.replace("،", ",").replace("、", ",").split(",") if part.strip()]
