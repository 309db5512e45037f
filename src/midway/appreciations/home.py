"""What the home page shows of appreciations: the new ones from the partner (one query)."""

from midway.appreciations.models import Appreciation
from midway.spaces.models import Member

SHOWN = 3


def new_appreciations(member: Member) -> list[Appreciation]:
    return list(Appreciation.objects.new_for(member).order_by("-sent_at", "-id")[:SHOWN])
