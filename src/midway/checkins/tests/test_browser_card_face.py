"""The card of the day shows its face on a phone, and in the week-by-week history."""

import pytest

from midway.checkins.models import CheckIn
from midway.conftest import phone, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _box_on_screen(page, locator):
    box = locator.bounding_box()
    assert box is not None
    viewport = page.viewport_size
    return box, box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]


def test_the_drawn_card_shows_its_face_on_a_phone(new_page, ivy, john):
    page, problems = phone(new_page, "ivy")
    page.goto("/checkin/")
    page.get_by_role("button", name="Draw my card").click()
    page.locator("#my-card .checkin-card-name").wait_for()
    checkin = CheckIn.objects.get(member=ivy)
    way = "reversed" if checkin.card_reversed else "upright"
    face = page.get_by_role("img", name=f"{checkin.card}, {way}")
    face.wait_for()
    assert face.evaluate("svg => getComputedStyle(svg).animationName") == "tarot-turn-in"
    # Measured once it has turned in: mid-turn it is narrower.
    face.evaluate("svg => Promise.all(svg.getAnimations().map(a => a.finished))")
    box, inside = _box_on_screen(page, face)
    assert inside
    assert box["width"] >= 100 and box["height"] > box["width"]  # a card, upright on screen
    # The face is drawn with colours, not left black: the suit's ink reached it.
    ink = face.evaluate("svg => getComputedStyle(svg).color")
    assert ink not in ("rgb(0, 0, 0)", "")
    assert problems == []  # no CSP violation from the inline SVG

    page.goto("/checkin/history/")
    page.get_by_role("heading", level=2).first.wait_for()
    assert page.get_by_role("img", name=f"{checkin.card}, {way}").count() == 1
    page.get_by_text("The days (1)").click()
    assert page.get_by_role("link", name="Details").is_visible()
    assert problems == []


def test_the_card_does_not_turn_in_when_motion_is_reduced(browser, live_server, ivy):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 390, "height": 844}, reduced_motion="reduce"
    )
    try:
        page = context.new_page()
        sign_in(page, "ivy")
        page.goto("/checkin/")
        page.get_by_role("button", name="Draw my card").click()
        face = page.locator("#my-card .tarot-turn-in svg")
        face.wait_for()
        assert face.evaluate("svg => getComputedStyle(svg).animationName") == "none"
    finally:
        context.close()
