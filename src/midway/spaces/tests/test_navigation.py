"""The areas' navigation: the current area is marked, and a dot shows where the partner
did something since the area was last opened, at the cost of a query or two."""

import re

from django.urls import reverse

from midway.letters.services import share_letter, start_letter
from midway.spaces.navigation import areas_with_news


def current_area(response) -> list[str]:
    nav = re.search(r'<nav aria-label="Main".*?</nav>', response.content.decode(), re.S).group(0)
    return re.findall(r'aria-current="page">.*?<span class="label">(.*?)</span>', nav, re.S)


def dotted(response) -> list[str]:
    nav = re.search(r'<nav aria-label="Main".*?</nav>', response.content.decode(), re.S).group(0)
    return re.findall(r'<span class="label">([^<]*)</span><span class="dot"', nav)


def john_shares_a_letter(john):
    return share_letter(start_letter(john, title="For you", body="Hello"))


def test_every_page_marks_its_area_decide_is_part_of_together(ivy_client):
    assert current_area(ivy_client.get(reverse("home"))) == ["Home"]
    assert current_area(ivy_client.get(reverse("letters:index"))) == ["Letters"]
    assert current_area(ivy_client.get(reverse("together:things"))) == ["Together"]
    assert current_area(ivy_client.get(reverse("decisions:index"))) == ["Together"]
    assert current_area(ivy_client.get(reverse("checkin:index"))) == ["Check-in"]
    assert current_area(ivy_client.get(reverse("repair:breaks"))) == ["Repair"]
    assert current_area(ivy_client.get(reverse("insights:index"))) == ["Insights"]
    assert current_area(ivy_client.get(reverse("settings"))) == []


def test_a_dot_on_letters_until_ivy_opens_letters(ivy_client, john):
    ivy_client.get(reverse("together:index"))
    john_shares_a_letter(john)
    assert dotted(ivy_client.get(reverse("together:index"))) == ["Letters"]
    page = ivy_client.get(reverse("letters:index"))
    assert dotted(page) == []
    assert "(something new)" not in page.content.decode()
    assert dotted(ivy_client.get(reverse("together:index"))) == []


def test_the_dot_is_said_to_screen_readers(ivy_client, john):
    ivy_client.get(reverse("home"))
    john_shares_a_letter(john)
    page = ivy_client.get(reverse("checkin:index")).content.decode()
    assert (
        'Letters</span><span class="dot" aria-hidden="true"></span><span class="visually-hidden"> (something new)</span>'
        in page
    )


def test_what_ivy_does_herself_puts_no_dot(ivy_client, ivy):
    ivy_client.get(reverse("home"))
    share_letter(start_letter(ivy, title="Mine", body="Hello"))
    assert dotted(ivy_client.get(reverse("checkin:index"))) == []


def test_another_space_never_sees_the_dot(ana_client, john):
    ana_client.get(reverse("home"))
    john_shares_a_letter(john)
    assert dotted(ana_client.get(reverse("checkin:index"))) == []


def test_what_was_already_seen_on_home_is_not_new(ivy_client, john):
    john_shares_a_letter(john)
    ivy_client.get(reverse("home"))  # "What's new" showed it
    assert dotted(ivy_client.get(reverse("checkin:index"))) == []


def test_the_navigation_costs_two_small_queries(ivy_client, john):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ivy_client.get(reverse("settings"))
    with CaptureQueriesContext(connection) as queries:
        ivy_client.get(reverse("settings"))
    navigation = [q["sql"] for q in queries if "happenings_" in q["sql"]]
    assert len(navigation) == 2, navigation


def test_news_by_area_is_a_pure_reading_of_verbs_and_times():
    from datetime import UTC, datetime, timedelta

    then = datetime(2026, 1, 1, tzinfo=UTC)
    later = then + timedelta(hours=1)
    happenings = [("letter.shared", later), ("decision.opened", later), ("checkin.made", then)]
    assert areas_with_news(happenings, {}, then) == {"letters", "together"}
    assert areas_with_news(happenings, {"letters": later}, then) == {"together"}
    assert areas_with_news([("unknown.verb", later)], {}, then) == set()


def test_a_tampered_cookie_is_ignored(ivy_client, john):
    ivy_client.get(reverse("home"))
    john_shares_a_letter(john)
    ivy_client.cookies["midway_seen"] = '{"letters": "2999-01-01T00:00:00+00:00"}'
    assert dotted(ivy_client.get(reverse("checkin:index"))) == ["Letters"]
