"""The rules the forms and the API hold people to, applied to a restore file.

A file is not a person at a form, but what it makes must be something a person
could have made: restore checks it with the same limits and validators, so a forged
or damaged file cannot store what the app itself never would (a 1 MB letter, a
feeling of 5,000 characters, a partner's reply on a draft, a password that is not
a hash, an administrator).

Most checks go by field type, so a model added to `kinds.KINDS` is checked without
code here: every text is bounded (its model validators, or the letter size limit),
a text field that may not be blank may not be only blank space, a JSON field holds
the type its default has, and anything that hangs on a letter follows the letter's
privacy. Where a form is stricter than its model, the form's limit is named below.
"""

import datetime as dt
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX, identify_hasher
from django.core.exceptions import ValidationError
from django.db import models

from midway.coach.lexicon import FEELINGS, NEEDS
from midway.together.validation import (
    ANSWER_LIMIT,
    COMMENT_LIMIT,
    NOTE_LIMIT,
    PHRASE_LIMIT,
    QUESTION_LIMIT,
    THING_LIMIT,
    check_text,
    clean_words,
)


class Refused(ValueError):
    """What is wrong with one value; the reader adds where it is."""


# The forms' own character limits (together/validation.py), by "app.model.field".
# Every other text is bounded by its model's validators and by the letter limit.
TEXT_LIMITS = {
    "together.question.text": QUESTION_LIMIT,
    "together.answer.text": ANSWER_LIMIT,
    "together.thingtotry.text": THING_LIMIT,
    "together.thingtotry.why": NOTE_LIMIT,
    "together.thingtotry.decline_note": NOTE_LIMIT,
    "together.thingtotry.review_note": NOTE_LIMIT,
    "together.phrasebookentry.said": PHRASE_LIMIT,
    "together.phrasebookentry.not_meaning": PHRASE_LIMIT,
    "together.phrasebookentry.meaning": PHRASE_LIMIT,
    "together.phrasebookentry.request": PHRASE_LIMIT,
    "together.phrasebookcomment.text": COMMENT_LIMIT,
}

# Lists of words checked as the phrasebook form checks them (coach's words or short own).
WORD_LISTS = {
    "together.phrasebookentry.feelings": FEELINGS,
    "together.phrasebookentry.needs": NEEDS,
}

# A whole number the file may hold anywhere: the database's largest integer.
INT_BOUND = 2**63 - 1


def field_key(model_field: models.Field) -> str:
    return f"{model_field.model._meta.label_lower}.{model_field.name}"


def check_field(model_field: models.Field, value) -> None:
    """A converted value as the forms would take it, by the field's type; Refused if not."""
    if value is None:
        return
    if isinstance(model_field, models.IntegerField) and not -INT_BOUND <= value <= INT_BOUND:
        raise Refused("is a number far larger than Midway stores")
    if isinstance(model_field, models.DateTimeField):
        # Year 1 at +14:00 is in year 0 in UTC, where the database stores it.
        try:
            value.astimezone(dt.UTC)
        except OverflowError:
            raise Refused("is outside the dates Midway can store") from None
    if isinstance(model_field, models.TextField | models.CharField) and isinstance(value, str):
        _check_words(model_field, value)
    if isinstance(model_field, models.JSONField):
        _check_json_shape(model_field, value)


def _check_words(model_field: models.Field, value: str) -> None:
    size = len(value.encode("utf-8", "surrogatepass"))
    if size > settings.LETTER_MAX_BYTES:
        raise Refused(
            f"is {size // 1000:,} KB of text; the limit is {settings.LETTER_MAX_BYTES // 1000:,} KB"
        )
    limit = TEXT_LIMITS.get(field_key(model_field))
    required = not model_field.blank
    try:
        if limit is not None:
            # The very check the forms and services run (it counts stripped text).
            check_text(value, limit, field=model_field.name, required=required)
        elif required and not value.strip():
            raise Refused("cannot be empty or only blank space")
    except ValidationError as error:
        raise Refused(" ".join(error.messages).rstrip(".")) from None


def _check_json_shape(model_field: models.JSONField, value) -> None:
    default = model_field.get_default()
    for kind, name in ((list, "a list"), (dict, "an object")):
        if isinstance(default, kind) and not isinstance(value, kind):
            raise Refused(f"must be {name}")
    lexicon = WORD_LISTS.get(field_key(model_field))
    if lexicon is not None:
        try:
            clean_words(value, lexicon, field=model_field.name)
        except ValidationError as error:
            raise Refused(" ".join(error.messages).rstrip(".")) from None


# Users ----------------------------------------------------------------------------


def check_password(encoded: str) -> None:
    """A hash of one of this instance's hashers, or the mark of an unusable password."""
    if encoded.startswith(UNUSABLE_PASSWORD_PREFIX):
        return
    try:
        hasher = identify_hasher(encoded)
        hasher.decode(encoded)
    except (ValueError, TypeError, KeyError, IndexError):
        known = ", ".join(path.rsplit(".", 1)[-1] for path in settings.PASSWORD_HASHERS)
        raise Refused(
            f"is not a password hash this Midway knows ({known}); "
            "a password is never restored as plain text"
        ) from None


# Who may do what to what, once every object of the file is known -----------------

Find = Callable[[type, int | None], models.Model | None]


def maker_of(obj: models.Model) -> int | None:
    """The member who made an object (its author, or the member a reaction is by)."""
    for name in ("author_id", "member_id"):
        if hasattr(obj, name):
            return getattr(obj, name)
    return None


def check_letter_links(obj: models.Model, find: Find, letter_model) -> str | None:
    """What hangs on a letter follows its privacy; items come only from one's own letter."""
    maker = maker_of(obj)
    if maker is None:
        return None
    for model_field in obj._meta.concrete_fields:
        if not model_field.is_relation or model_field.related_model is not letter_model:
            continue
        letter = find(letter_model, getattr(obj, model_field.attname))
        if letter is None or letter.author_id == maker:
            continue
        if model_field.name == "source_letter":
            return f"{model_field.name}: comes from a letter someone else wrote"
        if letter.status == letter_model.DRAFT:
            return f"{model_field.name}: is a draft, which only its author may see"
    return None


def check_answer(answer: models.Model, find: Find) -> str | None:
    question = find(type(answer)._meta.get_field("question").related_model, answer.question_id)
    if question and not question.reveal_together and question.author_id == answer.author_id:
        return "author: answers their own question, which only the partner may answer"
    return None


# Rules of one model, beyond those of its fields, by "app.model".
MODEL_RULES: dict[str, Callable[[models.Model, Find], str | None]] = {
    "together.answer": check_answer,
}
