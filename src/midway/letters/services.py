"""What can happen to a letter. Views call these; the rules live here."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from midway.happenings.services import record
from midway.letters.models import Letter, LetterVersion, Reaction, Reply
from midway.spaces.models import Member


@dataclass
class Conflict(Exception):
    """The letter changed since the editor loaded it (another tab or device)."""

    letter: Letter


def start_letter(author: Member, *, title: str = "", body: str = "", client_key=None) -> Letter:
    """A new draft. The editor's client key makes a double submit return the same draft."""
    if client_key:
        existing = Letter.objects.filter(author=author, client_key=client_key).first()
        if existing:
            return existing
    try:
        with transaction.atomic():
            return Letter.objects.create(
                space=author.space, author=author, title=title, body=body, client_key=client_key
            )
    except IntegrityError:
        return Letter.objects.get(author=author, client_key=client_key)


def save_letter(letter: Letter, *, title: str, body: str, base_revision: int) -> Letter:
    """Save the author's words, refusing a save that started from an older revision.

    Editing a letter that was already shared keeps its earlier words as a version
    and marks it edited; a draft's autosaves keep no history.
    """
    with transaction.atomic():
        current = Letter.objects.select_for_update().get(pk=letter.pk)
        if current.revision != base_revision:
            raise Conflict(current)
        if current.title == title and current.body == body:
            return current
        now = timezone.now()
        if current.status == Letter.SHARED:
            LetterVersion.objects.create(letter=current, title=current.title, body=current.body)
            current.edited_at = now
        current.title, current.body = title, body
        current.revision += 1
        current.updated_at = now
        current.save()
        return current


def share_letter(letter: Letter) -> Letter:
    if letter.status == Letter.DRAFT:
        now = timezone.now()
        shared = Letter.objects.filter(pk=letter.pk, status=Letter.DRAFT).update(
            status=Letter.SHARED, shared_at=now, updated_at=now
        )
        letter.refresh_from_db()
        if shared:
            record(letter.author, "letter.shared", letter)
    return letter


TAKE_BACK_WINDOW = timedelta(minutes=5)


class TakeBackRefused(Exception):
    """Sharing can no longer be undone; the message says why, kindly."""


def can_take_back(letter: Letter, now=None) -> bool:
    """Shared in the last few minutes: the author may still return it to a draft."""
    now = now or timezone.now()
    return (
        letter.status == Letter.SHARED
        and letter.shared_at is not None
        and now - letter.shared_at <= TAKE_BACK_WINDOW
    )


def _partner_answered(letter: Letter) -> bool:
    """Did the partner already reply, react, or act on something made from the letter?"""
    from midway.together.models import Answer, PhrasebookComment, PhrasebookEntry, ThingToTry

    author = letter.author_id
    return (
        letter.replies.exclude(author_id=author).exists()
        or letter.reactions.exclude(member_id=author).exists()
        or Answer.objects.filter(question__source_letter=letter).exclude(author_id=author).exists()
        or ThingToTry.objects.filter(source_letter=letter)
        .exclude(status=ThingToTry.PROPOSED)
        .exists()
        or PhrasebookEntry.objects.filter(source_letter=letter, heard_at__isnull=False).exists()
        or PhrasebookComment.objects.filter(entry__source_letter=letter)
        .exclude(author_id=author)
        .exists()
    )


def take_back(letter: Letter) -> Letter:
    """Undo sharing: the letter is a draft again, its read receipt gone with it, and what
    was made from it is the author's alone again. Only for a few minutes, and only while
    the partner has not answered it in any way (their words would be hidden from them)."""
    with transaction.atomic():
        letter = Letter.objects.select_for_update().get(pk=letter.pk)
        if letter.status == Letter.DRAFT:
            return letter
        if not can_take_back(letter):
            raise TakeBackRefused("It was shared more than a few minutes ago, so it stays shared.")
        if _partner_answered(letter):
            raise TakeBackRefused(
                f"{letter.author.partner.name if letter.author.partner else 'Your partner'} "
                "has already answered it, so it stays shared."
            )
        Letter.objects.filter(pk=letter.pk).update(
            status=Letter.DRAFT, shared_at=None, read_at=None, updated_at=timezone.now()
        )
        letter.refresh_from_db()
    return letter


def mark_read(letter: Letter, reader: Member) -> None:
    """Record when the partner first opened a shared letter (the author sees it)."""
    if letter.status == Letter.SHARED and letter.author_id != reader.pk and letter.read_at is None:
        now = timezone.now()
        Letter.objects.filter(pk=letter.pk, read_at__isnull=True).update(read_at=now)
        letter.read_at = now


def add_reply(letter: Letter, author: Member, body: str) -> Reply:
    # A double submit of the same words within a minute is the same reply.
    recent = letter.replies.filter(
        author=author, body=body, created_at__gte=timezone.now() - timezone.timedelta(minutes=1)
    ).first()
    if recent:
        return recent
    reply = Reply.objects.create(letter=letter, author=author, body=body)
    record(author, "letter.replied", letter)
    return reply


def add_reaction(letter: Letter, member: Member, kind: str) -> Reaction:
    """Add a reaction; adding the same one again (a double click, a retry) changes nothing."""
    try:
        with transaction.atomic():
            reaction, created = Reaction.objects.get_or_create(
                letter=letter, member=member, kind=kind
            )
        if created:
            record(member, "letter.reacted", letter)
        return reaction
    except IntegrityError:
        # Two identical requests at once: the other one made it.
        return Reaction.objects.get(letter=letter, member=member, kind=kind)


def take_back_reaction(letter: Letter, member: Member, kind: str) -> None:
    Reaction.objects.filter(letter=letter, member=member, kind=kind).delete()


def set_reaction(letter: Letter, member: Member, kind: str, on: bool) -> None:
    """Say what the person wants, not "flip it": a stale page or a double click can't undo."""
    if on:
        add_reaction(letter, member, kind)
    else:
        take_back_reaction(letter, member, kind)


def delete_draft(letter: Letter) -> None:
    if letter.status == Letter.DRAFT:
        letter.delete()
