"""A populated Midway: two couples, every kind of object, ids that never collide.

Ivy and John share space A; Ana and Ben share space B. Each space holds at least
one object of every space-owned model (found generically: any model with a chain
of foreign keys to `Space`), made through the apps' own services so that every
state a page can show exists: drafts, shared letters with replies, unrevealed and
revealed answers, things at every step, heard and unheard phrasebook entries,
check-ins today and long ago, items imported from a draft letter.

Every table's id sequence starts in its own range before anything is created, so
an id names exactly one object in the whole database: for any route and any id,
the test knows which object (and so which space, which author) it is.

Each object carries a unique marker in its text (`MK00042Q`): a page that shows
a marker shows that object, which is how the leak checks read pages.
"""

import itertools
import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.apps import apps
from django.db import connection, models
from django.utils import timezone

from midway.spaces.models import Member, Space

ID_RANGE = 1_000_000
MARKER = re.compile(r"MK\d{5}Q")


def path_to_space(model, _seen=()) -> list[str] | None:
    """The shortest chain of foreign keys from `model` to Space, or None."""
    if model is Space:
        return []
    best = None
    for f in model._meta.get_fields():
        if not (f.is_relation and f.concrete and (f.many_to_one or f.one_to_one)):
            continue
        target = f.related_model
        if target in _seen or target is model:
            continue
        rest = path_to_space(target, (*_seen, model))
        if rest is not None and (best is None or len(rest) + 1 < len(best)):
            best = [f.name, *rest]
    return best


def space_owned_models() -> list[type[models.Model]]:
    """Every model whose rows belong to one space (Space itself excluded)."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        if model is Space:
            continue
        if path_to_space(model) is not None:
            found.append(model)
    return sorted(found, key=lambda m: m._meta.label)


def space_of(obj) -> int:
    """The id of the space that owns `obj`, following its chain of foreign keys."""
    if isinstance(obj, Space):
        return obj.pk
    value = obj
    for name in path_to_space(type(obj)):
        value = getattr(value, name)
    return value.pk


def _numbered_tables():
    """(table, pk column) for every model with an auto-increment id, in a fixed order."""
    tables = []
    for model in apps.get_models(include_auto_created=True):
        if isinstance(model._meta.pk, models.AutoField):
            tables.append((model._meta.db_table, model._meta.pk.column))
    return sorted(set(tables))


def spread_id_sequences() -> None:
    """Start each table's ids in its own range (table n: n million onwards)."""
    with connection.cursor() as cursor:
        for index, (table, column) in enumerate(_numbered_tables(), start=1):
            start = index * ID_RANGE
            if connection.vendor == "sqlite":
                cursor.execute(
                    "UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [start, table]
                )
                if cursor.rowcount == 0:
                    cursor.execute(
                        "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, start]
                    )
            elif connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT setval(pg_get_serial_sequence(%s, %s), %s)",
                    [connection.ops.quote_name(table), column, start],
                )
            else:  # pragma: no cover
                raise NotImplementedError(connection.vendor)


@dataclass
class Item:
    obj: models.Model
    space_id: int
    # Set for what only its author may see: a draft, an unrevealed answer, an item
    # imported from a draft letter. The partner must get 404 for it, and never its words.
    private_to: int | None = None
    markers: list[str] = field(default_factory=list)

    @property
    def model(self):
        return type(self.obj)


class World:
    def __init__(self, ivy, john, ana, ben):
        self.ivy, self.john, self.ana, self.ben = ivy, john, ana, ben
        self.space_a, self.space_b = ivy.space, ana.space
        self.items: list[Item] = []
        self._counter = itertools.count(1)
        self.markers: dict[str, list[Item]] = {}
        # Who wrote the words each marker stands in.
        self.written_by: dict[str, int] = {}
        # Each member's API token, when the API is installed.
        self.tokens: dict[int, str] = {}

    # Building ------------------------------------------------------------------

    def mark(self, words: str = "", by: Member | None = None) -> str:
        """A marker unique in the world, with optional words after it, written `by`."""
        marker = f"MK{next(self._counter):05d}Q"
        if by is not None:
            self.written_by[marker] = by.pk
        return f"{marker} {words}".strip()

    def marker_for(self, member: Member):
        """`mark`, for words `member` writes."""
        return lambda words="": self.mark(words, by=member)

    def add(self, obj, private_to: Member | None = None) -> models.Model:
        obj.refresh_from_db()
        self.items.append(Item(obj, space_of(obj), private_to.pk if private_to else None))
        return obj

    def build(self):
        from midway.safety import recipes

        for member, partner in ((self.ivy, self.john), (self.john, self.ivy)):
            recipes.populate(self, member, partner)
        for member, partner in ((self.ana, self.ben), (self.ben, self.ana)):
            recipes.populate(self, member, partner)
        # Members and spaces themselves are objects too (e.g. a member's page).
        for member in (self.ivy, self.john, self.ana, self.ben):
            self.items.append(Item(member, member.space_id))
        from midway.spaces.models import Invite

        for invite in Invite.objects.all():
            self.items.append(Item(invite, invite.space_id))
        self._collect_strays()
        self._index_markers()
        return self

    def _index_markers(self):
        """Which objects hold each marker (an old version holds its letter's markers)."""
        self.markers = {}
        for item in self.items:
            item.obj.refresh_from_db()
            for f in item.obj._meta.concrete_fields:
                value = getattr(item.obj, f.attname)
                if isinstance(value, str | list | dict):
                    for marker in MARKER.findall(str(value)):
                        item.markers.append(marker)
                        self.markers.setdefault(marker, []).append(item)

    def _collect_strays(self):
        """Rows the services made on the side (e.g. a version when a letter is edited)."""
        known = {(type(i.obj), i.obj.pk) for i in self.items}
        for model in space_owned_models():
            for obj in model._default_manager.all():
                if (model, obj.pk) not in known:
                    self.items.append(Item(obj, space_of(obj), self._private_parent(obj)))

    def _private_parent(self, obj) -> int | None:
        """A row hanging off a private object is private too."""
        by_key = {(type(i.obj), i.obj.pk): i for i in self.items}
        for f in type(obj)._meta.get_fields():
            if f.is_relation and f.concrete and f.many_to_one:
                parent = by_key.get((f.related_model, getattr(obj, f.attname)))
                if parent and parent.private_to:
                    return parent.private_to
        return None

    # Reading -------------------------------------------------------------------

    def caller(self, member, *, api: bool = False):
        """`member` as a signed-in browser, or as a program with their API token."""
        from midway.safety.probe import Caller

        return Caller(token=self.tokens[member.pk]) if api else Caller(member)

    def in_space(self, space) -> list[Item]:
        return [i for i in self.items if i.space_id == space.pk]

    def ids_owned_by(self, space) -> list[int]:
        """Ids of the space's objects that name no object of any other space."""
        others = {i.obj.pk for i in self.items if i.space_id != space.pk}
        return sorted({i.obj.pk for i in self.in_space(space)} - others)

    def private_ids_of(self, member) -> list[int]:
        """Ids of what only `member` may see (their partner must get 404 for each)."""
        return sorted({i.obj.pk for i in self.items if i.private_to == member.pk})

    def hidden_markers_for(self, member) -> set[str]:
        """Markers of every object `member` must never see."""

        def hidden(item):
            return item.space_id != member.space_id or item.private_to not in (None, member.pk)

        return {marker for marker, items in self.markers.items() if all(map(hidden, items))}

    def words_of(self, member) -> dict[tuple, str]:
        """(model label, id, field) → value, for every field holding words `member` wrote."""
        found = {}
        for item in self.items:
            item.obj.refresh_from_db()
            for f in item.obj._meta.concrete_fields:
                value = getattr(item.obj, f.attname)
                if isinstance(value, str) and any(
                    self.written_by.get(m) == member.pk for m in MARKER.findall(value)
                ):
                    found[(item.model._meta.label, item.obj.pk, f.attname)] = value
        return found

    def item_for(self, pk: int) -> Item | None:
        found = [i for i in self.items if i.obj.pk == pk]
        return found[0] if len(found) == 1 else None


def a_while_ago(days: int):
    return timezone.localdate() - timedelta(days=days)
