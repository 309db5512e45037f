"""Recording happenings, and reading them back as "What's new" for one member."""

from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince

from midway.happenings.models import Happening, LastLook
from midway.spaces.access import visible_set
from midway.spaces.models import Member

# How far back "What's new" looks, and how many it shows: a fixed amount of work.
FEED_SIZE = 8
FEED_WINDOW = 40


def record(actor: Member, verb: str, target: models.Model) -> None:
    """`actor` did `verb` to `target`. Doing it again moves it to now."""
    if verb not in Happening.VERBS:
        raise ValueError(f"unknown happening {verb!r}")
    Happening.objects.update_or_create(
        actor=actor,
        verb=verb,
        target_model=target._meta.label_lower,
        target_id=target.pk,
        defaults={"space_id": actor.space_id, "at": timezone.now()},
    )


@dataclass(frozen=True)
class Line:
    """One line of "What's new": who, what, which item (its title and address), when."""

    actor: Member
    words: str
    title: str
    url: str
    at: datetime
    new: bool

    @property
    def ago(self) -> str:
        if (timezone.now() - self.at).total_seconds() < 60:
            return "just now"
        return timesince(self.at, depth=1) + " ago"


def _title(item) -> str:
    if item._meta.label_lower == "checkins.checkin":
        return item.note
    for name in ("display_title", "title", "text", "said", "note"):
        value = getattr(item, name, None)
        if value:
            return str(value)
    return ""


def _url(item, verb: str) -> str:
    if item._meta.label_lower == "letters.letter":
        anchor = {"letter.replied": "#replies", "letter.reacted": "#reactions"}.get(verb, "")
        return reverse("letters:detail", args=[item.pk]) + anchor
    if hasattr(item, "get_absolute_url"):
        return item.get_absolute_url()
    if item._meta.label_lower == "checkins.checkin":
        return reverse("checkin:index")
    return reverse("home")


def whats_new(member: Member, partner: Member | None, *, look: bool = True) -> list[Line]:
    """What the partner did lately, newest first, each item read through the access
    helpers (so nothing the member may not see appears). With `look`, this counts as
    the member having looked: what follows later is new."""
    if partner is None:
        return []
    last = LastLook.objects.filter(member=member).values_list("at", flat=True).first()
    happenings = list(
        Happening.objects.in_space(member.space)
        .filter(actor=partner)
        .select_related("actor")[:FEED_WINDOW]
    )
    wanted: dict[str, set[int]] = {}
    for happening in happenings:
        wanted.setdefault(happening.target_model, set()).add(happening.target_id)
    items = {}
    for label, ids in wanted.items():
        model = apps.get_model(label)
        for item in visible_set(member, model).filter(pk__in=ids):
            items[(label, item.pk)] = item
    lines = []
    for happening in happenings:
        item = items.get((happening.target_model, happening.target_id))
        if item is None:
            continue
        words = happening.words
        if happening.verb == "checkin.made":
            # A mood alone is on the home page's "Today"; a check-in with words is news.
            if not item.note:
                continue
            words = f"{words} {item.mood}".strip()
        lines.append(
            Line(
                actor=happening.actor,
                words=words,
                title=_title(item),
                url=_url(item, happening.verb),
                at=happening.at,
                new=last is None or happening.at > last,
            )
        )
        if len(lines) == FEED_SIZE:
            break
    # A look is written only when it saw something newer than the last one: otherwise
    # nothing would read differently, and the home page stays a pure read (a write a
    # request queued every page behind SQLite's one writer and its disk sync).
    if look and (last is None or (happenings and happenings[0].at > last)):
        now = timezone.now()
        if last is None:
            LastLook.objects.bulk_create([LastLook(member=member, at=now)], ignore_conflicts=True)
        else:
            LastLook.objects.filter(member=member).update(at=now)
    return lines
