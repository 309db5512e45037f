"""What the space's home page shows: a small summary of each area."""

from midway.spaces.models import Member


def home_context(member: Member) -> dict:
    return {"partner": member.partner, "space": member.space}
