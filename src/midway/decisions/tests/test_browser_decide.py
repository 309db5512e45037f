"""Ivy and John, on their phones: "does Ivy go home tonight", an appreciation, a courted item."""

from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
from django.utils import timezone

from midway.appreciations.models import Appreciation, CourtedMark
from midway.conftest import phone
from midway.decisions.models import Decision

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def write_need(page, need: str, weight: str):
    page.get_by_label("What I need").fill(need)
    page.locator("fieldset.weight").get_by_label(weight, exact=True).check()
    page.get_by_role("button", name="Save what I need").click()


def mark(page, option: str, verdict: str):
    page.locator("li.option", has_text=option).get_by_role("button", name=verdict).click()
    page.locator("li.option", has_text=option).get_by_text(f"You: {verdict.lower()}").wait_for()


def test_does_ivy_go_home_tonight(new_page, ivy, john):
    ivys, ivy_problems = phone(new_page, "ivy")
    johns, john_problems = phone(new_page, "john")

    # Ivy opens the decision and writes first; John cannot read her words yet.
    ivys.goto("/decide/")
    ivys.get_by_role("link", name="Open a decision").click()
    ivys.get_by_label("What do we need to decide?").fill("Tonight: does Ivy go home?")
    ivys.get_by_role("button", name="Open it").click()
    write_need(ivys, "A quiet night in my own bed 🛏️", "4")
    ivys.get_by_text("Waiting for John to write what they need.").wait_for()

    johns.goto("/")
    johns.get_by_role("link", name="Tonight: does Ivy go home?", exact=True).click()
    assert "own bed" not in johns.content()
    write_need(johns, "Not to end tonight on a hard note", "3")
    johns.get_by_text("A quiet night in my own bed").wait_for()
    ivys.reload()
    ivys.get_by_text("Not to end tonight on a hard note").wait_for()

    # Options from both, marked by each.
    ivys.get_by_label("Add an option").fill("Go home, and call at ten")
    ivys.get_by_role("button", name="Add option").click()
    johns.get_by_label("Add an option").fill("Stay over")
    johns.get_by_role("button", name="Add option").click()
    ivys.reload()
    mark(ivys, "Go home, and call at ten", "Works for me")
    mark(ivys, "Stay over", "Doesn't work for me")
    mark(johns, "Go home, and call at ten", "Works for me")
    mark(johns, "Stay over", "Works for me")
    first_option = johns.locator("li.option").first
    assert "Go home, and call at ten" in first_option.inner_text()
    assert "works for you both" in first_option.inner_text()

    # Both agree to leave it for another day; neither could for the other.
    day = timezone.localdate() + timedelta(days=3)
    ivys.get_by_label("Leave it for").fill(day.isoformat())
    ivys.get_by_role("button", name="Leave it for that day").click()
    ivys.get_by_text("once John agrees to it too").wait_for()
    assert Decision.objects.get().status == Decision.OPEN
    johns.reload()
    johns.get_by_text("Ivy would leave it for").wait_for()
    johns.get_by_role("button", name="Leave it for that day").click()
    johns.get_by_role("heading", name="Left for another day").wait_for()

    with johns.expect_download() as download:
        johns.get_by_role("link", name="Add to my calendar (.ics)").click()
    calendar = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
    event = next(iter(calendar.walk("VEVENT")))
    assert event["DTSTART"].dt == day
    assert "does Ivy go home" in str(event["SUMMARY"])
    ivys.goto("/")
    ivys.get_by_role("link", name="Add to calendar").wait_for()

    # Ivy sends an appreciation; John keeps it as a favourite from his home page.
    ivys.goto("/appreciations/")
    ivys.get_by_label("Something you appreciate in your partner").fill("You are enough for me")
    ivys.get_by_role("button", name="Send to John").click()
    johns.goto("/")
    johns.locator(".home-appreciations", has_text="You are enough for me").get_by_role(
        "button", name="Keep as a favourite"
    ).click()
    johns.get_by_text("Kept as a favourite.").wait_for()
    assert Appreciation.objects.get().favourite_at is not None

    # Ivy lists a date idea; John marks it done; Ivy sees it in her history.
    ivys.goto("/courted/")
    ivys.get_by_label("Kind").select_option("date")
    ivys.get_by_label("What it is").fill("A walk to the bakery on a Sunday")
    ivys.get_by_role("button", name="Add", exact=True).click()
    johns.goto("/")
    johns.get_by_role("link", name="What makes me feel courted").click()
    johns.get_by_role("link", name="Ivy’s list").click()
    item = johns.locator(".courted-item", has_text="A walk to the bakery")
    item.get_by_text("I did this").click()
    item.get_by_label("A word (optional)").fill("croissants 🥐")
    item.get_by_role("button", name="Save").click()
    johns.get_by_text("Ivy will see it.").wait_for()
    ivys.reload()
    ivys.locator(".courted-item", has_text="A walk to the bakery").get_by_text(
        "croissants 🥐"
    ).wait_for()
    assert CourtedMark.objects.get().author == john

    assert ivy_problems == [] and john_problems == []
