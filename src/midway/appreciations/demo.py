"""Demo appreciations and courted lists for one couple, through the services; our own words."""

from datetime import date, timedelta

from midway.appreciations import services
from midway.spaces.models import Member


def build(first: Member, second: Member, today: date) -> dict[str, int]:
    kept = services.write_appreciation(
        first, "Thank you for staying calm when I wasn't.", send=True
    )
    services.keep_as_favourite(second, kept)
    services.write_appreciation(second, "I loved how you laughed at dinner tonight.", send=True)
    services.write_appreciation(first, "You make the hard weeks lighter.", send=True)
    services.write_appreciation(second, "Still finding the words for this one")  # a draft

    items = [
        services.add_courted_item(
            first, "A message in the middle of the day, for no reason", "small"
        ),
        services.add_courted_item(first, "A weekend you planned, start to finish", "big"),
        services.add_courted_item(first, "A walk to the bakery on a Sunday morning", "date"),
        services.add_courted_item(first, "Wildflowers, not roses", "receive"),
        services.add_courted_item(first, "Plans made for me without asking me", "taken"),
        services.add_courted_item(second, "You asking how my day really went", "small"),
        services.add_courted_item(second, "Cooking together with music on", "date"),
    ]
    services.mark_done(second, items[0], day=today - timedelta(days=3), word="a photo of the sky")
    services.mark_done(second, items[2], day=today - timedelta(days=10), word="croissants")
    services.mark_done(first, items[5], day=today - timedelta(days=1), word="over tea")
    return {"appreciations": 4, "courted": len(items)}
