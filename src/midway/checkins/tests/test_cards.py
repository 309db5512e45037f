"""The card of the day is the same all day for one member and differs otherwise."""

from datetime import date, timedelta

from midway.checkins.cards import card_of_the_day, daily_seed, grouped_choices

DAY = date(2026, 3, 14)


def test_the_same_member_and_day_always_draw_the_same_card():
    assert card_of_the_day(7, DAY, "secret") == card_of_the_day(7, DAY, "secret")


def test_cards_change_with_the_day_the_member_and_the_instance():
    days = {card_of_the_day(7, DAY + timedelta(days=n), "secret") for n in range(30)}
    assert len(days) > 10
    members = {card_of_the_day(member, DAY, "secret") for member in range(1, 31)}
    assert len(members) > 10
    instances = {card_of_the_day(7, DAY, f"secret-{n}") for n in range(30)}
    assert len(instances) > 10


def test_the_secret_itself_is_not_in_the_seed():
    assert "hunter2" not in daily_seed(7, DAY, "hunter2")


def test_the_select_offers_all_78_cards_in_five_groups():
    groups = grouped_choices()
    assert [name for name, _cards in groups] == [
        "Major arcana",
        "Wands",
        "Cups",
        "Swords",
        "Pentacles",
    ]
    assert sum(len(cards) for _name, cards in groups) == 78
