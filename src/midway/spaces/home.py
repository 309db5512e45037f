"""What the space's home page shows: what waits for you, then the latest of each area."""

from django.utils import timezone

from midway.spaces.access import visible_set
from midway.spaces.models import Member


def home_context(member: Member) -> dict:
    from midway.appreciations.home import new_appreciations
    from midway.checkins.models import CheckIn
    from midway.decisions.home import waiting_decisions
    from midway.happenings.services import whats_new
    from midway.letters.models import Letter
    from midway.repair.home import repair_context
    from midway.together.services import waiting_counts

    partner = member.partner
    letters = visible_set(member, Letter).select_related("author")
    unread = 0
    if partner:
        unread = letters.filter(status=Letter.SHARED, author=partner, read_at__isnull=True).count()
    today = {
        checkin.member_id: checkin
        for checkin in visible_set(member, CheckIn).filter(day=timezone.localdate())
    }
    return {
        "partner": partner,
        "space": member.space,
        "unread_letters": unread,
        "waiting": waiting_counts(member),
        "whats_new": whats_new(member, partner),
        "recent_letters": letters.order_by("-created_at", "-id")[:3],
        "my_checkin": today.get(member.pk),
        "partner_checkin": today.get(partner.pk) if partner else None,
        **repair_context(member),
        "waiting_decisions": waiting_decisions(member),
        "new_appreciations": new_appreciations(member),
    }
