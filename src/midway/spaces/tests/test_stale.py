"""A save from a stale page is refused with the newer values shown, never applied silently."""

import re

import pytest
from django.urls import reverse

from midway.checkins.models import CheckIn

pytestmark = pytest.mark.django_db


def seen_on(page, form_marker: str = "") -> str:
    """The fingerprint in the first form after `form_marker` on the page."""
    html = page.content.decode()
    html = html[html.index(form_marker) :] if form_marker else html
    return re.search(r'name="seen" value="([0-9a-f]+)"', html).group(1)


CHECKIN_FORM = 'id="my-checkin"'
CARD_FORM = 'id="my-card"'


def test_stale_settings_page_cannot_overwrite_a_newer_name(ivy_client, ivy):
    stale = seen_on(ivy_client.get(reverse("settings")))
    ivy_client.post(reverse("settings"), {"name": "Ivy R.", "coach_enabled": "on", "seen": stale})
    response = ivy_client.post(reverse("settings"), {"name": "Ives", "seen": stale})
    assert "changed on another device" in response.content.decode()
    ivy.refresh_from_db()
    assert ivy.name == "Ivy R." and ivy.coach_enabled
    # Saving again from the refreshed form is a knowing choice.
    again = ivy_client.post(reverse("settings"), {"name": "Ives", "seen": seen_on(response)})
    assert again.status_code == 302
    ivy.refresh_from_db()
    assert ivy.name == "Ives"


def test_double_submit_of_settings_is_not_a_conflict(ivy_client, ivy):
    seen = seen_on(ivy_client.get(reverse("settings")))
    for _ in range(2):
        response = ivy_client.post(reverse("settings"), {"name": "Ivy R.", "seen": seen})
        assert response.status_code == 302


def test_stale_checkin_page_cannot_overwrite_a_newer_note(ivy_client, ivy):
    stale = seen_on(ivy_client.get(reverse("checkin:index")), CHECKIN_FORM)
    ivy_client.post(reverse("checkin:index"), {"note": "from my phone", "seen": stale})
    response = ivy_client.post(reverse("checkin:index"), {"note": "from the laptop", "seen": stale})
    page = response.content.decode()
    assert "changed on another device" in page and "from the laptop" in page
    assert CheckIn.objects.get(member=ivy).note == "from my phone"


def test_double_submit_of_a_checkin_is_not_a_conflict(ivy_client, ivy):
    seen = seen_on(ivy_client.get(reverse("checkin:index")), CHECKIN_FORM)
    for _ in range(2):
        response = ivy_client.post(reverse("checkin:index"), {"note": "same words", "seen": seen})
        assert response.status_code == 302
    assert CheckIn.objects.get(member=ivy).note == "same words"


def test_stale_card_choice_cannot_replace_a_newer_card(ivy_client, ivy):
    card_seen = seen_on(ivy_client.get(reverse("checkin:index")), CARD_FORM)
    choose = {"action": "choose", "card": "The Star", "seen": card_seen}
    ivy_client.post(reverse("checkin:card"), choose)
    response = ivy_client.post(reverse("checkin:card"), {**choose, "card": "The Moon"})
    assert "changed on another device" in response.content.decode()
    assert CheckIn.objects.get(member=ivy).card == "The Star"


def test_drawing_twice_is_the_same_card_not_a_conflict(ivy_client, ivy):
    card_seen = seen_on(ivy_client.get(reverse("checkin:index")), CARD_FORM)
    for _ in range(2):
        response = ivy_client.post(reverse("checkin:card"), {"action": "draw", "seen": card_seen})
        assert response.status_code == 302
    assert CheckIn.objects.get(member=ivy).card
