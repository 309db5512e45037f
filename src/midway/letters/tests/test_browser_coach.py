from pathlib import Path

import pytest

from midway.conftest import make_couple, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BLAME = "I wanted to talk.\n\nYou never listen to me.\n\nI still want us to be close."


SHOTS = Path(__file__).resolve().parents[4] / "test-results" / "screens"


def shot(page, screen, step: str) -> None:
    """Keep a picture of each step for a person to look at (test-results/ is ignored)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"coach-{screen[0]}-{step}.png"))


def in_view(page, locator) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= size["height"]


@pytest.mark.parametrize("screen", [(390, 844), (1280, 800)], ids=["phone", "desktop"])
def test_ivy_uses_the_coachs_wording_shares_takes_back_and_shares_again(new_page, screen):
    make_couple("ivy", "john", "Ivy & John")
    page = new_page("/")
    page.set_viewport_size({"width": screen[0], "height": screen[1]})
    sign_in(page, "ivy")
    page.goto("/letters/new/")
    body = page.get_by_label("Your letter")
    body.fill(BLAME[:-1])
    body.press_sequentially(BLAME[-1], delay=10)
    finding = page.locator(".coach-finding")
    if screen[0] < 960:
        # On a phone: the bar's count, on the first screen while typing, opens the sheet.
        count = page.get_by_role("button", name="1 gentler way")
        count.wait_for()
        assert in_view(page, count)
        assert in_view(page, page.get_by_role("button", name="Share with John"))
        count.click()
    finding.first.wait_for()
    shot(page, screen, "coach")
    assert in_view(page, finding.first)
    assert "This may sound like blame" in finding.first.inner_text()
    # The sentence is marked in the text, and the caret stayed where it was.
    assert page.locator("[data-marks] mark").inner_text() == "You never listen to me."
    finding.first.get_by_role("button", name="Use this wording").click()
    text = body.input_value()
    assert "You never listen to me." not in text and "I feel" in text
    assert text.startswith("I wanted to talk.") and text.endswith("I still want us to be close.")
    page.get_by_role("button", name="Undo").click()
    assert body.input_value() == BLAME
    use = page.locator("[data-use-wording]")
    use.wait_for(state="attached")
    if not use.is_visible():  # the phone's sheet closed when nothing was left to say
        page.get_by_role("button", name="1 gentler way").click()
    use.click()
    gentle = body.input_value()
    page.wait_for_selector("[data-coach-panel].hidden", state="attached")
    assert page.locator("[data-marks] mark").count() == 0

    # Preview shows the letter as John will see it.
    page.get_by_role("tab", name="Preview").click()
    page.locator("[data-preview] p", has_text="I still want us to be close.").wait_for()
    page.get_by_role("tab", name="Write").click()

    # Sharing asks once; it can be taken back, then shared again.
    page.get_by_role("button", name="Share with John").click()
    page.get_by_role("button", name="Not yet").click()
    assert "/edit/" in page.url or "/new/" in page.url
    page.get_by_role("button", name="Share with John").click()
    page.get_by_role("button", name="Share now").click()
    page.get_by_role("button", name="Take it back").click()
    assert "it is a draft again" in page.content()
    assert page.get_by_label("Your letter").input_value() == gentle
    page.get_by_role("button", name="Share with John").click()
    page.get_by_role("button", name="Share now").click()
    assert "John can read it now" in page.content()
    shot(page, screen, "shared")

    # John replies on his phone; Ivy's home page says so, one tap from the reply.
    john = new_page("/")
    sign_in(john, "john")
    john.goto(page.url)
    john.get_by_label("Your reply").fill("Thank you. I'm listening now.")
    john.get_by_role("button", name="Send reply").click()
    john.wait_for_selector("text=I'm listening now")
    page.goto("/")
    news = page.locator(".whats-new")
    assert "John replied to" in news.inner_text()
    shot(page, screen, "home")
    news.get_by_role("link", name="John replied to").click()
    assert "I'm listening now" in page.content()


def test_phrasebook_entry_gets_feelings_and_needs_to_choose_from(new_page):
    make_couple("ivy", "john", "Ivy & John")
    page = new_page("/")
    sign_in(page, "ivy")
    page.goto("/together/phrasebook/new/")
    page.locator("[name=said]").fill("I want you to make me want to see you")
    page.locator("[name=meaning]").press_sequentially(
        "I don't feel very courted. I feel taken for granted.", delay=5
    )
    chip = page.locator('[data-pick-name="needs"][data-pick-value="being courted"]')
    chip.click()
    box = page.locator('input[name="needs"][value="being courted"]')
    assert box.is_checked()
    assert page.locator(".coach-finding").count() == 0  # explaining is not blaming
