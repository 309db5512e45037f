import pytest

from midway.conftest import make_couple, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_finding_appears_while_typing_blame_and_goes_when_rewritten(new_page):
    make_couple("ivy", "john", "Ivy & John")
    page = new_page("/")
    sign_in(page, "ivy")
    page.goto("/letters/new/")
    body = page.get_by_label("Your letter")
    body.press_sequentially("You never listen to me.", delay=10)
    finding = page.locator(".coach-finding")
    finding.first.wait_for()
    assert "criticism" in finding.first.inner_text()
    body.fill("I feel unheard when I talk at dinner. I need ten minutes of your attention.")
    body.press("End")
    page.wait_for_selector("[data-coach-panel].hidden", state="attached")
    assert finding.count() == 0
    # The coach never blocks: the letter can be shared whatever it says.
    assert page.get_by_role("button", name="Share with John").is_enabled()


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
