"""Demo decisions for one couple: one decided, one left for a day in the coming week, one open.

Made through the services, so the demo holds only states the app itself can reach.
The words are our own.
"""

from datetime import date, timedelta

from midway.decisions import services
from midway.spaces.models import Member


def build(first: Member, second: Member, today: date) -> int:
    decided = services.open_decision(first, "Where do we spend the long weekend?")
    services.write_need(
        first, decided, need="Somewhere quiet, without a screen in sight", weight=4,
        can_give="I'll plan the route and pack the car",
    )  # fmt: skip
    services.write_need(
        second, decided, need="To see my sister at least one of the days", weight=3,
        can_give="A day alone together first",
    )  # fmt: skip
    cabin = services.add_option(first, decided, "The cabin by the lake, all three days")
    sister = services.add_option(
        second, decided, "Two days at the cabin, then lunch at my sister's"
    )
    services.mark_option(first, cabin, "works")
    services.mark_option(second, cabin, "livable")
    services.mark_option(first, sister, "works")
    services.mark_option(second, sister, "works")
    services.choose_option(first, sister)
    services.choose_option(second, sister)

    later = services.open_decision(second, "Tonight: do I go home, or stay over?")
    services.write_need(
        first, later, need="A slow morning in my own bed", weight=4,
        can_give="A call before I sleep",
    )  # fmt: skip
    services.write_need(second, later, need="Not to end the evening on a hard note", weight=4)
    home = services.add_option(first, later, "Go home, and call at eleven")
    stay = services.add_option(second, later, "Stay over, coffee in bed")
    services.mark_option(first, home, "works")
    services.mark_option(second, home, "livable")
    services.mark_option(first, stay, "no")
    services.mark_option(second, stay, "works")
    day = today + timedelta(days=4)
    services.propose_another_day(first, later, day)
    services.propose_another_day(second, later, day)

    open_one = services.open_decision(first, "Do we get a dog this year?")
    services.write_need(
        first, open_one, need="Mornings outside, and someone to walk with", weight=3
    )
    return 3
