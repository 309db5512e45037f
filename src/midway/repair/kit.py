"""The repair kit: each partner's safety menu and their triggers and early signs.

The one place that creates or changes a SafetyItem or a Trigger. Only the author
changes their items (`NotAllowed`, a 404, for anyone else); a double submit returns
the item the first submit made.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from midway.repair.models import ITEM_LIMIT, SafetyItem, Trigger
from midway.spaces.models import Member
from midway.together.models import Answer
from midway.together.services import NotAllowed
from midway.together.validation import check_text

DUPLICATE_WINDOW = timedelta(seconds=10)


def _kind(model, kind: str) -> str:
    if kind not in dict(model.KINDS):
        raise ValidationError({"kind": "Please choose one of the kinds offered."})
    return kind


def _create_once(model, member: Member, *, window=DUPLICATE_WINDOW, **fields):
    """The new item, or the one this member made with the same words just before."""
    with transaction.atomic():
        # Queue this member's submissions so the check sees the first of two at once.
        Member.objects.select_for_update().filter(pk=member.pk).first()
        earlier = model.objects.filter(author=member, **fields)
        if window is not None:
            earlier = earlier.filter(created_at__gte=timezone.now() - window)
        found = earlier.order_by("-created_at", "-id").first()
        if found is not None:
            return found, False
        return model.objects.create(space=member.space, author=member, **fields), True


def _mine(model, member: Member, item):
    if item.author_id != member.pk or item.space_id != member.space_id:
        raise NotAllowed
    return item


# Safety menu ------------------------------------------------------------------


def add_safety_item(member: Member, text: str, kind: str = SafetyItem.HELPS) -> SafetyItem:
    text = check_text(text, ITEM_LIMIT, field="text")
    return _create_once(SafetyItem, member, kind=_kind(SafetyItem, kind), text=text)[0]


def add_answer_to_menu(
    member: Member, answer: Answer, kind: str = SafetyItem.HELPS
) -> tuple[SafetyItem, bool]:
    """One of my answers becomes a line of my menu; (item, False) if it is there already."""
    if (
        answer.author_id != member.pk
        or not Answer.objects.visible_to(member).filter(pk=answer.pk).exists()
    ):
        raise NotAllowed
    text = check_text(answer.text, ITEM_LIMIT, field="text")
    return _create_once(SafetyItem, member, window=None, kind=_kind(SafetyItem, kind), text=text)


def change_safety_item(member: Member, item: SafetyItem, text: str, kind: str) -> SafetyItem:
    _mine(SafetyItem, member, item)
    item.text = check_text(text, ITEM_LIMIT, field="text")
    item.kind = _kind(SafetyItem, kind)
    item.updated_at = timezone.now()
    item.save(update_fields=["text", "kind", "updated_at"])
    return item


def remove_safety_item(member: Member, item: SafetyItem) -> None:
    _mine(SafetyItem, member, item)
    SafetyItem.objects.filter(pk=item.pk).delete()


# Triggers and early signs -------------------------------------------------------


def add_trigger(
    member: Member, text: str, kind: str = Trigger.SETS_OFF, shared: bool = False
) -> Trigger:
    text = check_text(text, ITEM_LIMIT, field="text")
    return _create_once(Trigger, member, kind=_kind(Trigger, kind), text=text, shared=bool(shared))[
        0
    ]


def change_trigger(member: Member, item: Trigger, text: str, kind: str, shared: bool) -> Trigger:
    _mine(Trigger, member, item)
    item.text = check_text(text, ITEM_LIMIT, field="text")
    item.kind = _kind(Trigger, kind)
    item.shared = bool(shared)
    item.updated_at = timezone.now()
    item.save(update_fields=["text", "kind", "shared", "updated_at"])
    return item


def remove_trigger(member: Member, item: Trigger) -> None:
    _mine(Trigger, member, item)
    Trigger.objects.filter(pk=item.pk).delete()


# Reading ----------------------------------------------------------------------------


def kit_of(member: Member, owner: Member | None) -> dict:
    """`owner`'s menu and the triggers `member` may see of theirs, grouped by kind."""
    if owner is None:
        return {"menu": [], "triggers": [], "count": 0}
    menu = list(SafetyItem.objects.visible_to(member).filter(author=owner))
    triggers = list(Trigger.objects.visible_to(member).filter(author=owner))
    return {
        "menu": _grouped(SafetyItem, menu),
        "triggers": _grouped(Trigger, triggers),
        "count": len(menu) + len(triggers),
    }


def _grouped(model, items) -> list[tuple[str, str, list]]:
    """(kind, label, items) for every kind, in the model's order, empty kinds included."""
    return [(kind, label, [i for i in items if i.kind == kind]) for kind, label in model.KINDS]
