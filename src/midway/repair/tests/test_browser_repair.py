"""Two phones, two partners: a break arrives without a reload, and a repair's accounts
stay apart until both are finished."""

import pytest

from midway.conftest import sign_in
from midway.repair.models import Break, RepairAccount

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def phone(new_page, username):
    page = new_page("/login/")
    page.set_viewport_size(PHONE)
    sign_in(page, username)
    return page


def test_a_break_arrives_live_and_a_repair_is_revealed_only_when_both_finished(new_page, ivy, john):
    problems = []
    ivys = phone(new_page, "ivy")
    ivys.on("console", lambda m: m.type == "error" and problems.append(m.text))
    johns = phone(new_page, "john")
    ivys.goto("/repair/")
    ivys.evaluate("window.stillTheSamePage = true")

    # John takes a break; Ivy sees it arrive without reloading, with his time.
    johns.goto("/repair/")
    johns.get_by_label("Back in (minutes)").fill("25")
    johns.get_by_label("A line to my partner (optional)").fill("I love you, I need to breathe")
    johns.get_by_role("button", name="I need a break").click()
    johns.get_by_text("You’re taking a break").wait_for()
    back_at = Break.objects.get().return_at
    banner = ivys.locator(".break.theirs")
    banner.wait_for(timeout=10_000)
    assert "John is taking a break" in banner.inner_text()
    assert "I love you, I need to breathe" in banner.inner_text()
    from django.utils import timezone

    assert timezone.localtime(back_at).strftime("%H:%M") in banner.inner_text()
    assert ivys.evaluate("window.stillTheSamePage") is True

    # John comes back; the banner leaves Ivy's page, still without a reload.
    johns.get_by_role("button", name="I’m back, ready to talk").click()
    johns.get_by_text("Welcome back").wait_for()
    banner.wait_for(state="detached", timeout=10_000)
    assert ivys.evaluate("window.stillTheSamePage") is True

    # Ivy opens a repair; both write; Ivy sees nothing of John's until he finishes.
    ivys.goto("/repair/repairs/open/")
    ivys.get_by_label("What happened, in a few words").fill("Last night's fight")
    ivys.get_by_role("button", name="Open the repair").click()
    ivys.get_by_text("Write your side whenever you are ready").wait_for()
    repair_url = ivys.url
    ivys.get_by_label("hurt").check()
    ivys.get_by_label("How I saw it").fill("I felt unheard when the plans changed.")
    ivys.get_by_text("Saved at").wait_for()
    ivys.get_by_label("One thing I ask of you next time").fill("Tell me before plans change.")
    ivys.get_by_role("button", name="I have finished").click()
    ivys.get_by_text("You have finished").wait_for()

    johns.goto(repair_url)
    assert "I felt unheard" not in johns.content()
    johns.get_by_label("How I saw it").fill("JOHN-PRIVATE: I thought I was helping.")
    johns.get_by_text("Saved at").wait_for()
    assert RepairAccount.objects.get(author=john).saw.startswith("JOHN-PRIVATE")
    ivys.reload()
    assert "JOHN-PRIVATE" not in ivys.content()
    assert "hasn’t finished yet" in ivys.content()

    johns.get_by_role("button", name="I have finished").click()
    johns.get_by_text("Both sides").wait_for()
    assert "I felt unheard" in johns.content()
    ivys.reload()
    assert "JOHN-PRIVATE" in ivys.locator(".sides").inner_text()
    assert problems == []
