"""What the Repair views share: the partner's name, and the kits shown beside a break or a repair."""

from midway.repair import kit
from midway.repair.models import SafetyItem, Trigger


def them(member) -> str:
    partner = member.partner
    return partner.name if partner else "your partner"


def soothing(member) -> list:
    """My own self-soothing list: what helps on my menu and on my triggers' list."""
    menu = SafetyItem.objects.visible_to(member).filter(author=member, kind=SafetyItem.HELPS)
    triggers = Trigger.objects.visible_to(member).filter(author=member, kind=Trigger.HELPS)
    return [*menu, *triggers]


def kits(member) -> dict:
    """My kit and my partner's, as far as I may see it (their private triggers never)."""
    return {"my_kit": kit.kit_of(member, member), "their_kit": kit.kit_of(member, member.partner)}


def stored(obj, names) -> dict:
    """What an object holds now, for `refuse_if_stale` and the page's `seen` fingerprint."""
    return {name: getattr(obj, name) for name in names}


def seen_of(obj, names) -> str:
    from midway.spaces.stale import fingerprint

    return fingerprint(stored(obj, names))
