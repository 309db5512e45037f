"""What an export holds, kind by kind, and how a model field becomes JSON and back.

The file is nested the way the data belongs: users at the top, then each space with
its members, letters, questions, things to try, phrasebook and check-ins, and each
of those with its own children (a letter's replies, a question's answers, ...).
Nesting says which space and which parent an object belongs to, so the file never
names a space or a parent by id, and restore can check every other reference
against the objects of the same space.

Fields come from the models themselves, so a field added to a model is exported
and restored without touching this module; a new *model* must be added to KINDS
(a test fails until it is, or until it is listed in NOT_EXPORTED with a reason).
"""

import datetime as dt
import uuid
from dataclasses import dataclass
from functools import cached_property

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models

FORMAT = "midway"
VERSION = 1


@dataclass(frozen=True)
class Kind:
    """One section of a space in the file: a model, and how it hangs in the tree."""

    key: str
    label: str
    # The foreign key to the enclosing object (a reply's letter); nesting gives its value.
    parent_field: str | None = None
    children: tuple["Kind", ...] = ()
    # Secrets of the instance (token and invite hashes): in a whole-instance export
    # only, never in a member's own download.
    instance_only: bool = False

    @cached_property
    def model(self) -> type[models.Model]:
        return apps.get_model(self.label)

    @cached_property
    def fields(self) -> list[models.Field]:
        """The fields written to the file, in model order; id first, no space, no parent."""
        derived = DERIVED.get(self.label.lower(), ())
        return [
            field
            for field in self.model._meta.concrete_fields
            if field.name not in derived
            and field.name != self.parent_field
            and not (field.is_relation and field.related_model is apps.get_model("spaces.Space"))
        ]

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


# Fields computed from others when an object is saved: left out of the file and
# computed again on restore (by the model's own save()), so a file cannot make them
# disagree with the words they are computed from.
DERIVED = {"together.phrasebookentry": ("search_text",)}

KINDS: tuple[Kind, ...] = (
    Kind(
        "members",
        "spaces.Member",
        children=(Kind("api_tokens", "api.ApiToken", parent_field="member", instance_only=True),),
    ),
    Kind("invites", "spaces.Invite", instance_only=True),
    Kind(
        "letters",
        "letters.Letter",
        children=(
            Kind("versions", "letters.LetterVersion", parent_field="letter"),
            Kind("replies", "letters.Reply", parent_field="letter"),
            Kind("reactions", "letters.Reaction", parent_field="letter"),
        ),
    ),
    Kind(
        "questions",
        "together.Question",
        children=(Kind("answers", "together.Answer", parent_field="question"),),
    ),
    Kind("things_to_try", "together.ThingToTry"),
    Kind(
        "phrasebook",
        "together.PhrasebookEntry",
        children=(Kind("comments", "together.PhrasebookComment", parent_field="entry"),),
    ),
    Kind("checkins", "checkins.CheckIn"),
    Kind("safety_menu", "repair.SafetyItem"),
    Kind("triggers", "repair.Trigger"),
    Kind("breaks", "repair.Break"),
    Kind(
        "repairs",
        "repair.Repair",
        children=(Kind("accounts", "repair.RepairAccount", parent_field="repair"),),
    ),
    Kind(
        "decisions",
        "decisions.Decision",
        children=(
            Kind("needs", "decisions.Need", parent_field="decision"),
            Kind(
                "options",
                "decisions.Option",
                parent_field="decision",
                children=(Kind("marks", "decisions.Mark", parent_field="option"),),
            ),
            Kind("choices", "decisions.Choice", parent_field="decision"),
            Kind("postponements", "decisions.Postponement", parent_field="decision"),
        ),
    ),
    Kind("appreciations", "appreciations.Appreciation"),
    Kind(
        "courted",
        "appreciations.CourtedItem",
        children=(Kind("marks", "appreciations.CourtedMark", parent_field="item"),),
    ),
)

# Models of Midway's apps that are deliberately not in an export, and why.
NOT_EXPORTED: dict[str, str] = {
    "happenings.Happening": (
        'who did what when, for "what\'s new": no words of its own, every item it points'
        " at is exported with its own dates, and a restored instance starts a new stream"
    ),
    "happenings.LastLook": "when a member last opened the home page; new again after a restore",
    "notify.Destination": (
        "where this server sends a member's notifications: service addresses with their"
        " passwords and a phone's push keys, which belong to this server; added again in"
        " Settings after a restore"
    ),
    "notify.Preferences": "a member's notification choices, set again in Settings after a restore",
    "notify.Notice": "the outbox: notifications gathering or sent, none of them the space's words",
    "notify.NoticeItem": "the outbox: one piece of news gathered into a notification",
    "notify.Delivery": "the outbox: one notification's sending to one destination",
    "spaces.DataVersion": "a counter of writes that ends kept pages; starts again anywhere",
}

USER_FIELDS = (
    "id",
    "username",
    "password",
    "first_name",
    "last_name",
    "email",
    "is_active",
    "is_staff",
    "is_superuser",
    "last_login",
    "date_joined",
)
SPACE_FIELDS = ("id", "name", "created_at")


def all_kinds():
    """Every kind, parents before their children, in the order they are restored."""
    for kind in KINDS:
        yield from kind.walk()


def section_name(model) -> str:
    """How a model is named in messages: its section in the file ("replies", "checkins")."""
    names = {kind.model: kind.key.replace("_", " ") for kind in all_kinds()}
    return names.get(model, str(model._meta.verbose_name_plural))


def user_model():
    return get_user_model()


def to_json(field: models.Field, obj: models.Model):
    """The value of `field` on `obj` as plain JSON (a foreign key is its target's id)."""
    value = getattr(obj, field.attname)
    if value is None:
        return None
    if isinstance(field, models.DateTimeField):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(field, models.DateField):
        return value.isoformat()
    if isinstance(field, models.UUIDField):
        return str(value)
    if isinstance(field, models.JSONField):
        return value
    return value


class BadValue(ValueError):
    """A value of the file that cannot go in this field; the message says why."""


def from_json(field: models.Field, value):
    """The Python value for `field` from a JSON value, checking its JSON type strictly."""
    if value is None:
        return None
    if isinstance(field, models.DateTimeField):
        parsed = _parse(value, dt.datetime.fromisoformat, "a date and time")
        if parsed.tzinfo is None:
            raise BadValue("needs a time zone (for example 2026-01-31T20:15:00+00:00)")
        return parsed
    if isinstance(field, models.DateField):
        return _parse(value, dt.date.fromisoformat, "a date (YYYY-MM-DD)")
    if isinstance(field, models.UUIDField):
        return _parse(value, uuid.UUID, "a UUID")
    if isinstance(field, models.BooleanField):
        if not isinstance(value, bool):
            raise BadValue("must be true or false")
        return value
    if isinstance(field, models.IntegerField | models.ForeignKey):
        if not isinstance(value, int) or isinstance(value, bool):
            raise BadValue("must be a whole number")
        return value
    if isinstance(field, models.CharField | models.TextField):
        if not isinstance(value, str):
            raise BadValue("must be text")
        return value
    if isinstance(field, models.JSONField):
        return value
    raise BadValue(f"has a type ({type(field).__name__}) that restore does not know")


def _parse(value, parse, what: str):
    if not isinstance(value, str):
        raise BadValue(f"must be {what}, written as text")
    try:
        return parse(value)
    except ValueError:
        raise BadValue(f"is not {what}: {value[:40]!r}") from None
