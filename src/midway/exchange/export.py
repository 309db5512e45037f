"""Export: the whole instance, or what one member can see, as one JSON document.

Objects are written in id order and keys in model field order, so exporting the
same data twice gives the same bytes apart from `exported_at`. The whole-instance
export keeps password hashes (people sign in after a restore) and token hashes; a
member's own export leaves every secret out and holds only what that member can
see through the access helpers (never the partner's drafts or unrevealed answers).
"""

import datetime as dt
import json
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.utils import timezone

from midway.exchange.kinds import (
    FORMAT,
    KINDS,
    SPACE_FIELDS,
    USER_FIELDS,
    VERSION,
    Kind,
    to_json,
    user_model,
)
from midway.spaces.models import Member, Space


def dumps(data: dict) -> str:
    """The export as text: UTF-8 friendly, one key per line, stable."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _header(scope: dict) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().astimezone(dt.UTC).isoformat(),
        "scope": scope,
    }


def _fields_of(obj: models.Model, field_names) -> dict:
    meta = obj._meta
    return {name: to_json(meta.get_field(name), obj) for name in field_names}


def _row(kind: Kind, obj: models.Model, kept: dict[str, set[int]] | None) -> dict:
    row = {}
    for field in kind.fields:
        value = to_json(field, obj)
        if kept is not None and field.is_relation and value is not None:
            # In a member's export, a reference to something they cannot see (the
            # partner's draft a check-in's card came from) is left out, not leaked.
            target = field.related_model._meta.label_lower
            if target in kept and value not in kept[target]:
                value = None
        row[field.name] = value
    return row


class _Exporter:
    """Walks the kinds of each space; `member` set means "only what they can see"."""

    def __init__(self, member: Member | None = None):
        self.member = member
        # Ids written so far, per model: what a member's references may point to.
        self.kept: dict[str, set[int]] | None = {} if member else None

    def included(self, kind: Kind) -> bool:
        return not (self.member and kind.instance_only)

    def _queryset(self, kind: Kind):
        queryset = kind.model._default_manager.all()
        if self.member is not None and hasattr(queryset, "visible_to"):
            queryset = queryset.visible_to(self.member)
        return queryset.order_by("pk")

    def _children_of(self, kind: Kind, parent_ids: list[int]) -> list:
        found = []
        for start in range(0, len(parent_ids), 900):
            # Chunks keep SQLite under its limit of variables in one statement.
            chunk = parent_ids[start : start + 900]
            found.extend(self._queryset(kind).filter(**{f"{kind.parent_field}__in": chunk}))
        found.sort(key=lambda obj: obj.pk)
        return found

    def rows(self, kind: Kind, objects: list) -> list[dict]:
        """The rows of `objects`, each with its children nested (one query per kind)."""
        if self.kept is not None:
            self.kept.setdefault(kind.model._meta.label_lower, set()).update(o.pk for o in objects)
        ids = [obj.pk for obj in objects]
        nested = {}
        for child in kind.children:
            if not self.included(child):
                continue
            children = self._children_of(child, ids)
            parent_attname = child.model._meta.get_field(child.parent_field).attname
            by_parent: dict[int, list[dict]] = {}
            for obj, row in zip(children, self.rows(child, children), strict=True):
                by_parent.setdefault(getattr(obj, parent_attname), []).append(row)
            nested[child.key] = by_parent
        result = []
        for obj in objects:
            row = _row(kind, obj, self.kept)
            for key, by_parent in nested.items():
                row[key] = by_parent.get(obj.pk, [])
            result.append(row)
        return result

    def space(self, space: Space) -> dict:
        data = _fields_of(space, SPACE_FIELDS)
        for kind in KINDS:
            if self.included(kind):
                data[kind.key] = self.rows(kind, list(self._queryset(kind).filter(space=space)))
        return data


@contextmanager
def snapshot():
    """Every query of an export sees the same moment, even while people keep writing.

    Without it, a letter written between reading the letters and reading the
    questions could leave a question pointing at a letter missing from the file,
    and restore would rightly refuse that file. Writers are not blocked: SQLite
    (WAL) and PostgreSQL (REPEATABLE READ) both give readers a snapshot.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.in_atomic_block:
        # Inside a caller's transaction (a test, a view): it is already one moment.
        yield
    elif connection.vendor == "sqlite":
        # Not transaction.atomic(): Midway's SQLite transactions are IMMEDIATE and
        # would hold the write lock for the whole export; a deferred one only reads.
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("COMMIT")
    else:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield


def export_instance() -> dict:
    """Everything: every user (with password hashes), every space, every object."""
    with snapshot():
        return _export_instance()


def export_member(member: Member) -> dict:
    """What `member` can see: their space, both partners' names, no secrets, no drafts not theirs."""
    with snapshot():
        return _export_member(member)


def _export_instance() -> dict:
    exporter = _Exporter()
    users = user_model().objects.order_by("pk")
    return {
        **_header({"kind": "instance"}),
        "users": [_fields_of(user, USER_FIELDS) for user in users],
        "spaces": [exporter.space(space) for space in Space.objects.order_by("pk")],
    }


def _export_member(member: Member) -> dict:
    exporter = _Exporter(member)
    users = user_model().objects.filter(member__space=member.space_id).order_by("pk")
    return {
        **_header({"kind": "member", "username": member.user.get_username()}),
        # No password hashes: a download is not a way to carry a password away.
        "users": [
            {"id": user.pk, "username": user.get_username(), "password": None} for user in users
        ],
        "spaces": [exporter.space(member.space)],
    }
