"""What members do with appreciations and "what makes me feel courted".

Only an appreciation's author writes, changes or sends it; only the partner it was
sent to keeps it as a favourite. Only a list's owner adds to it; only the partner
marks an item "I did this". Anything else is `NotAllowed` (a 404 for callers).
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from midway.appreciations.models import Appreciation, CourtedItem, CourtedMark
from midway.happenings.services import record
from midway.letters.models import Letter
from midway.spaces.models import Member
from midway.together.models import PhrasebookEntry
from midway.together.services import NotAllowed, _check_letter, _create_once
from midway.together.validation import check_text

APPRECIATION_LIMIT = 1_000
ITEM_LIMIT = 1_000
WORD_LIMIT = 200


def write_appreciation(
    member: Member, text: str, *, send: bool = False, source_letter: Letter | None = None
) -> Appreciation:
    text = check_text(text, APPRECIATION_LIMIT, field="text")
    _check_letter(member, source_letter)
    appreciation = _create_once(
        Appreciation,
        member,
        match={"text": text},
        space=member.space,
        source_letter=source_letter,
    )
    return send_appreciation(member, appreciation) if send else appreciation


def edit_appreciation(member: Member, appreciation: Appreciation, text: str) -> Appreciation:
    text = check_text(text, APPRECIATION_LIMIT, field="text")
    _own_draft(member, appreciation)
    Appreciation.objects.filter(pk=appreciation.pk, sent_at__isnull=True).update(
        text=text, updated_at=timezone.now()
    )
    return Appreciation.objects.get(pk=appreciation.pk)


def send_appreciation(member: Member, appreciation: Appreciation) -> Appreciation:
    """Send a draft; sending twice changes nothing."""
    if appreciation.author_id != member.pk or appreciation.space_id != member.space_id:
        raise NotAllowed
    now = timezone.now()
    sent = Appreciation.objects.filter(pk=appreciation.pk, sent_at__isnull=True).update(
        sent_at=now, updated_at=now
    )
    if sent:
        record(member, "appreciation.sent", appreciation)
    return Appreciation.objects.get(pk=appreciation.pk)


def delete_draft(member: Member, appreciation: Appreciation) -> None:
    _own_draft(member, appreciation)
    Appreciation.objects.filter(pk=appreciation.pk, sent_at__isnull=True).delete()


def keep_as_favourite(member: Member, appreciation: Appreciation, keep: bool = True):
    """The receiver keeps (or lets go of) an appreciation as a favourite; it counts as seen."""
    _must_receive(member, appreciation)
    now = timezone.now()
    updates = {"favourite_at": now if keep else None, "updated_at": now}
    found = Appreciation.objects.visible_to(member).filter(pk=appreciation.pk)
    found.filter(seen_at__isnull=True).update(seen_at=now)
    if keep:
        found.filter(favourite_at__isnull=True).update(**updates)
    else:
        found.update(**updates)
    return Appreciation.objects.get(pk=appreciation.pk)


def mark_seen(member: Member, appreciation: Appreciation) -> Appreciation:
    _must_receive(member, appreciation)
    Appreciation.objects.visible_to(member).filter(pk=appreciation.pk, seen_at__isnull=True).update(
        seen_at=timezone.now()
    )
    return Appreciation.objects.get(pk=appreciation.pk)


def mark_all_seen(member: Member) -> int:
    return Appreciation.objects.new_for(member).update(seen_at=timezone.now())


# What makes me feel courted ----------------------------------------------------


def add_courted_item(
    member: Member, text: str, kind: str = CourtedItem.SMALL, *, source_entry=None
) -> CourtedItem:
    text = check_text(text, ITEM_LIMIT, field="text")
    if kind not in dict(CourtedItem.KINDS):
        raise ValidationError({"kind": "Choose one of the kinds of item."})
    if source_entry is not None and (
        source_entry.author_id != member.pk or source_entry.space_id != member.space_id
    ):
        # Only the entry's writer says what they lacked.
        raise NotAllowed
    return _create_once(
        CourtedItem,
        member,
        match={"text": text, "kind": kind},
        space=member.space,
        source_entry=source_entry,
    )


def remove_courted_item(member: Member, item: CourtedItem) -> None:
    if item.author_id != member.pk or item.space_id != member.space_id:
        raise NotAllowed
    CourtedItem.objects.filter(pk=item.pk).delete()


def mark_done(member: Member, item: CourtedItem, *, day: date, word: str = "") -> CourtedMark:
    """The partner's "I did this", on a day that has been, with a word."""
    if item.author_id == member.pk or item.space_id != member.space_id or not item.can_be_done:
        raise NotAllowed
    word = check_text(word, WORD_LIMIT, field="word", required=False)
    if not isinstance(day, date) or day > timezone.localdate():
        raise ValidationError({"day": "Choose today or a day that has been."})
    with transaction.atomic():
        Member.objects.select_for_update().filter(pk=member.pk).first()
        # A double submit is one mark.
        earlier = CourtedMark.objects.filter(item=item, author=member, day=day, word=word).first()
        if earlier:
            return earlier
        mark = CourtedMark.objects.create(item=item, author=member, day=day, word=word)
        record(member, "courted.done", item)
        return mark


def from_phrasebook(member: Member, entry: PhrasebookEntry) -> CourtedItem:
    """One click: what the entry's meaning says the writer lacked joins their list."""
    from midway.text.courted import lacked_in

    found = lacked_in(entry.meaning)
    if found is None:
        raise ValidationError({"meaning": "This entry's meaning does not say what was missing."})
    text, taken_for_granted = found
    kind = CourtedItem.TAKEN if taken_for_granted else CourtedItem.SMALL
    return add_courted_item(member, text, kind, source_entry=entry)


def _own_draft(member: Member, appreciation: Appreciation) -> None:
    if appreciation.author_id != member.pk or appreciation.space_id != member.space_id:
        raise NotAllowed
    if appreciation.sent_at is not None:
        raise ValidationError({"text": "This appreciation was already sent."})


def _must_receive(member: Member, appreciation: Appreciation) -> None:
    if (
        appreciation.author_id == member.pk
        or appreciation.space_id != member.space_id
        or appreciation.sent_at is None
    ):
        raise NotAllowed
