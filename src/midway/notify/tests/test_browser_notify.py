"""On a phone: adding a destination in Settings, sending a test, seeing it arrived."""

import pytest

from midway.conftest import phone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_destination_is_added_tested_and_arrives(new_page, john, listener):
    page, problems = phone(new_page, "john")
    page.goto("/settings/")
    page.get_by_role("heading", name="Notifications").wait_for()
    page.get_by_label("Address (an Apprise URL)").fill(f"json://{listener.url}/johns-phone")
    page.get_by_label("Name (optional)").fill("John’s hook 📱")
    page.get_by_role("button", name="Add", exact=True).click()
    page.get_by_text("Added John’s hook 📱").wait_for()
    page.get_by_role("button", name="Send a test").click()
    page.get_by_text("Test sent to John’s hook 📱: it arrived").wait_for()
    assert "Last arrived" in page.locator(".destination").inner_text()
    assert len(listener.received) == 1
    assert "If you read this" in listener.received[0].json()["message"]
    # A wrong address is refused in words, on the same page.
    page.get_by_label("Address (an Apprise URL)").fill("carrier-pigeon://the-roof")
    page.get_by_role("button", name="Add", exact=True).click()
    page.get_by_text("Apprise does not know this kind of address").wait_for()
    assert (
        page.get_by_label("Address (an Apprise URL)").input_value() == "carrier-pigeon://the-roof"
    )
    assert problems == []
