"""Reading an export file as untrusted input: the whole file is checked before anything is written.

`read_export(raw)` parses and checks everything (JSON shape, types, lengths, each
model field's own validators, the forms' limits and who may do what (`rules.py`),
password hashes, usernames in canonical form and unique in any case or width,
uniqueness, and that every reference points inside the same space of the file) and
returns a `Plan`: unsaved model instances in the order they can be inserted. The
first problem stops it with `ExportFileError`, one line that says where in the
file and what is wrong.
"""

import json
import math
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.db import models

from midway.exchange import rules
from midway.exchange.kinds import (
    FORMAT,
    KINDS,
    SPACE_FIELDS,
    USER_FIELDS,
    VERSION,
    BadValue,
    Kind,
    from_json,
    user_model,
)
from midway.letters.models import Letter
from midway.spaces.models import MAX_MEMBERS, Member, Space
from midway.spaces.usernames import canonical
from midway.text.decode import unstorable

MAX_FILE_BYTES = 256 * 1024 * 1024
# No text in Midway comes near this (a letter is at most 200 KB); it bounds what a
# forged file can make the database store in one field.
MAX_TEXT = 1_000_000
MAX_DEPTH = 12
MAX_ID = 2**63 - 1
# Longer numbers are refused while parsing; shorter ones out of range, by their field.
MAX_DIGITS = 40


class ExportFileError(ValueError):
    """The file cannot be restored; the message says where and why, on one line."""


@dataclass
class Plan:
    """What a valid file will create: instances per model, parents' models first."""

    objects: dict[type[models.Model], list[models.Model]] = field(default_factory=dict)
    scope: dict = field(default_factory=dict)

    def add(self, obj: models.Model) -> None:
        self.objects.setdefault(type(obj), []).append(obj)

    def count(self) -> int:
        return sum(len(objs) for objs in self.objects.values())


def parse(raw: bytes):
    """JSON from bytes, strictly: UTF-8, no duplicate keys, no NaN, bounded nesting."""
    if len(raw) > MAX_FILE_BYTES:
        raise ExportFileError(f"The file is larger than {MAX_FILE_BYTES // 2**20} MB.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExportFileError(f"The file is not UTF-8 text (byte {error.start}).") from None
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constants,
            parse_int=_bounded_int,
            parse_float=_finite_float,
        )
    except json.JSONDecodeError as error:
        raise ExportFileError(
            f"The file is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})."
        ) from None
    except RecursionError:
        raise ExportFileError("The file's JSON is nested far too deeply.") from None


def _no_duplicates(pairs):
    data = {}
    for key, value in pairs:
        if key in data:
            raise ExportFileError(f"The key {key!r} appears twice in one object.")
        data[key] = value
    return data


def _no_constants(name):
    raise ExportFileError(f"The file contains {name}, which is not a JSON number.")


def _bounded_int(digits: str) -> int:
    # Before Python converts it: a 5,000-digit number would stop the conversion itself.
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise ExportFileError(
            f"The file contains a number of {len(digits):,} digits ({digits[:12]}…); "
            "Midway stores none that large."
        )
    return int(digits)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ExportFileError(f"The file contains the number {text[:20]}, which is too large.")
    return value


def check_text(text: str, where: str) -> None:
    problem = unstorable(text)
    if problem:
        raise ExportFileError(f"{where}: contains {problem}.")
    if len(text) > MAX_TEXT:
        raise ExportFileError(f"{where}: is longer than {MAX_TEXT:,} characters.")


def check_json_value(value, where: str) -> None:
    """A JSONField's value: bounded depth, storable text (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ExportFileError(f"{where}: is nested more than {MAX_DEPTH} levels deep.")
        if isinstance(item, str):
            check_text(item, where)
        elif isinstance(item, dict):
            for key, inner in item.items():
                check_text(key, where)
                stack.append((inner, depth + 1))
        elif isinstance(item, list):
            stack.extend((inner, depth + 1) for inner in item)


class _Reader:
    def __init__(self, allow_admins: bool = False):
        self.allow_admins = allow_admins
        self.plan = Plan()
        # Every object by (model, id) and where it is in the file, for the rules that
        # look at two objects at once (a reply and its letter).
        self.found: dict[tuple[type, int], models.Model] = {}
        self.places: list[tuple[models.Model, str]] = []
        self.seen_ids: dict[type, set[int]] = {}
        self.unique_seen: dict[tuple, str] = {}
        self.user_ids: set[int] = set()
        self.users_with_member: set[int] = set()

    # The document ----------------------------------------------------------------

    def document(self, data) -> Plan:
        where = "the file"
        expected = {"format", "version", "exported_at", "scope", "users", "spaces"}
        obj = self.mapping(data, where, required=expected, allowed=expected)
        if obj["format"] != FORMAT:
            raise ExportFileError(f"This is not a Midway export (format is {obj['format']!r}).")
        if obj["version"] != VERSION:
            raise ExportFileError(
                f"This export has version {obj['version']!r}; this Midway reads version {VERSION}."
            )
        scope = self.mapping(obj["scope"], "scope", required={"kind"}, allowed={"kind", "username"})
        if scope["kind"] not in ("instance", "member"):
            raise ExportFileError("scope.kind must be 'instance' or 'member'.")
        self.plan.scope = scope
        for index, user in enumerate(self.listing(obj["users"], "users")):
            self.user(user, f"users[{index}]")
        for index, space in enumerate(self.listing(obj["spaces"], "spaces")):
            self.space(space, f"spaces[{index}]")
        self.relations()
        return self.plan

    def relations(self) -> None:
        """Who may do what to what: the services' rules, over the whole file."""

        def find(model, pk):
            return self.found.get((model, pk))

        for obj, where in self.places:
            problem = rules.check_letter_links(obj, find, Letter)
            rule = rules.MODEL_RULES.get(obj._meta.label_lower)
            problem = problem or (rule(obj, find) if rule else None)
            if problem:
                raise ExportFileError(f"{where}.{problem}.")

    def mapping(self, value, where: str, *, required: set, allowed: set) -> dict:
        if not isinstance(value, dict):
            raise ExportFileError(f"{where}: must be an object.")
        missing = sorted(required - value.keys())
        if missing:
            raise ExportFileError(f"{where}: {missing[0]!r} is missing.")
        unknown = sorted(value.keys() - allowed)
        if unknown:
            raise ExportFileError(f"{where}: {unknown[0]!r} is not something Midway exports.")
        return value

    def listing(self, value, where: str) -> list:
        if not isinstance(value, list):
            raise ExportFileError(f"{where}: must be a list.")
        return value

    # Objects -------------------------------------------------------------------

    def new_id(self, model, value, where: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_ID:
            raise ExportFileError(f"{where}.id: must be a whole number from 1 to {MAX_ID}.")
        seen = self.seen_ids.setdefault(model, set())
        if value in seen:
            raise ExportFileError(f"{where}.id: {model._meta.verbose_name} {value} appears twice.")
        seen.add(value)
        return value

    def values(self, model, data: dict, names, where: str, *, strict: bool = True) -> dict:
        """Each named field's value from `data`, converted and checked by the field itself.

        `strict`: every field without a default must be in the file (an export always
        writes them all); a user of a member's own export carries only a few.
        """
        values = {}
        for name in names:
            model_field = model._meta.get_field(name)
            if name not in data:
                if _required(model_field, strict):
                    raise ExportFileError(f"{where}: {name!r} is missing.")
                continue
            raw = data[name]
            place = f"{where}.{name}"
            if isinstance(raw, str):
                check_text(raw, place)
            if isinstance(model_field, models.JSONField):
                check_json_value(raw, place)
            try:
                value = from_json(model_field, raw)
                if not model_field.is_relation:
                    value = model_field.clean(value, None)
                elif value is None and not model_field.null:
                    raise BadValue("cannot be empty")
                rules.check_field(model_field, value)
            except (BadValue, rules.Refused) as error:
                raise ExportFileError(f"{place}: {error}.") from None
            except ValidationError as error:
                raise ExportFileError(f"{place}: {' '.join(error.messages)}") from None
            values[model_field.attname] = value
        return values

    def user(self, data, where: str) -> None:
        model = user_model()
        data = self.mapping(data, where, required={"id", "username"}, allowed=set(USER_FIELDS))
        pk = self.new_id(model, data["id"], where)
        password = data.get("password")
        if password is not None and not isinstance(password, str):
            raise ExportFileError(f"{where}.password: must be text or null.")
        names = [name for name in USER_FIELDS if name not in ("id", "password")]
        values = self.values(model, data, names, where, strict=False)
        # No hash in the file (a member's own export): the account exists but nobody
        # can sign in to it until an administrator sets a password.
        values["password"] = password if password else make_password(None)
        if password:
            check_text(password, f"{where}.password")
            try:
                rules.check_password(password)
            except rules.Refused as error:
                raise ExportFileError(f"{where}.password: {error}.") from None
        for flag in ("is_staff", "is_superuser"):
            if values.get(flag) and not self.allow_admins:
                raise ExportFileError(
                    f"{where}.{flag}: is true; Midway's people are not administrators "
                    "(restore with --allow-admins if this file is yours and you mean it)."
                )
        # The sign-up rule: stored canonical, so `JOHN` beside `john` is a duplicate.
        values["username"] = canonical(values["username"])
        self.unique_username(values["username"], data["username"], where)
        user = model(pk=pk, **values)
        self.unique(user, where)
        self.user_ids.add(pk)
        self.plan.add(user)

    def space(self, data, where: str) -> None:
        sections = {kind.key for kind in KINDS}
        data = self.mapping(
            data, where, required={"id", "name"}, allowed=set(SPACE_FIELDS) | sections
        )
        pk = self.new_id(Space, data["id"], where)
        space = Space(pk=pk, **self.values(Space, data, ["name", "created_at"], where))
        self.plan.add(space)
        # First every id of the space, so references can point forwards (a letter
        # read before the member who wrote it) and still be checked.
        local = _SpaceIds()
        for kind in KINDS:
            for index, row in enumerate(
                self.listing(data.get(kind.key, []), f"{where}.{kind.key}")
            ):
                local.collect(kind, row, f"{where}.{kind.key}[{index}]")
        if len(local.ids.get(Member, ())) > MAX_MEMBERS:
            raise ExportFileError(f"{where}.members: a space holds at most {MAX_MEMBERS} people.")
        for kind in KINDS:
            for index, row in enumerate(data.get(kind.key, [])):
                self.object(kind, row, f"{where}.{kind.key}[{index}]", space, local, {})

    def object(self, kind: Kind, data, where: str, space, local, parent: dict) -> None:
        model = kind.model
        names = [f.name for f in kind.fields if f.name != "id"]
        allowed = {"id", *names, *(child.key for child in kind.children)}
        data = self.mapping(data, where, required={"id"}, allowed=allowed)
        pk = self.new_id(model, data["id"], where)
        values = self.values(model, data, names, where)
        for model_field in kind.fields:
            if model_field.is_relation and model_field.attname in values:
                self.reference(
                    model_field, values[model_field.attname], f"{where}.{model_field.name}", local
                )
        values.update(parent)
        if _has_space(model):
            values["space_id"] = space.pk
        obj = model(pk=pk, **values)
        self.unique(obj, where)
        self.plan.add(obj)
        self.found[(model, pk)] = obj
        self.places.append((obj, where))
        for child in kind.children:
            parent_attname = child.model._meta.get_field(child.parent_field).attname
            rows = self.listing(data.get(child.key, []), f"{where}.{child.key}")
            for index, row in enumerate(rows):
                self.object(
                    child, row, f"{where}.{child.key}[{index}]", space, local, {parent_attname: pk}
                )

    def reference(self, model_field, value, where: str, local) -> None:
        """A reference must point to an object of the same space in this file (a user: once)."""
        if value is None:
            return
        target = model_field.related_model
        if target is user_model():
            if value not in self.user_ids:
                raise ExportFileError(f"{where}: refers to user {value}, who is not in the file.")
            if value in self.users_with_member:
                raise ExportFileError(f"{where}: user {value} already belongs to a member.")
            self.users_with_member.add(value)
            return
        if value not in local.ids.get(target, ()):
            raise ExportFileError(
                f"{where}: refers to {target._meta.verbose_name} {value}, "
                "which is not in the same space of this file."
            )

    def unique_username(self, username: str, typed, where: str) -> None:
        key = ("username", username)
        if key in self.unique_seen:
            raise ExportFileError(
                f"{where}.username: {typed!r} is the username of {self.unique_seen[key]} "
                "in another case or width; usernames must differ in letters."
            )
        self.unique_seen[key] = where

    def unique(self, obj: models.Model, where: str) -> None:
        """In-file duplicates of what the database keeps unique (the instance is empty)."""
        meta = obj._meta
        groups = [(f.attname,) for f in meta.concrete_fields if f.unique and not f.primary_key]
        for constraint in meta.constraints:
            if (
                isinstance(constraint, models.UniqueConstraint)
                and constraint.fields
                and not constraint.condition
            ):
                groups.append(tuple(meta.get_field(name).attname for name in constraint.fields))
        for group in groups:
            key_values = tuple(getattr(obj, attname) for attname in group)
            if any(value is None for value in key_values):
                continue
            key = (meta.label_lower, group, key_values)
            if key in self.unique_seen:
                raise ExportFileError(
                    f"{where}: repeats {', '.join(group)} of {self.unique_seen[key]}, which must be unique."
                )
            self.unique_seen[key] = where


class _SpaceIds:
    """The ids of each model in one space of the file (before they are checked in full)."""

    def __init__(self):
        self.ids: dict[type, set[int]] = {}

    def collect(self, kind: Kind, row, where: str) -> None:
        if not isinstance(row, dict):
            raise ExportFileError(f"{where}: must be an object.")
        pk = row.get("id")
        if isinstance(pk, int) and not isinstance(pk, bool):
            self.ids.setdefault(kind.model, set()).add(pk)
        for child in kind.children:
            rows = row.get(child.key, [])
            if not isinstance(rows, list):
                raise ExportFileError(f"{where}.{child.key}: must be a list.")
            for index, child_row in enumerate(rows):
                self.collect(child, child_row, f"{where}.{child.key}[{index}]")


def _required(model_field: models.Field, strict: bool = True) -> bool:
    if model_field.has_default() or model_field.null:
        return False
    return strict or not (model_field.blank and model_field.empty_strings_allowed)


def _has_space(model) -> bool:
    return any(f.name == "space" for f in model._meta.concrete_fields)


def read_export(raw: bytes, *, allow_admins: bool = False) -> Plan:
    """Check a whole export file and return what restoring it will create."""
    return _Reader(allow_admins).document(parse(raw))
