"""The check-in page writes its option loops out: few template renders, however many
days are listed, and the same form a member sees and sends."""

from datetime import timedelta

import pytest
from django.test.signals import template_rendered
from django.urls import reverse
from django.utils import timezone

from midway.checkins.services import record_checkin

pytestmark = pytest.mark.django_db

INDEX = reverse("checkin:index")


def renders_of(client, path) -> int:
    count = 0

    def counted(**_kwargs):
        nonlocal count
        count += 1

    template_rendered.connect(counted)
    try:
        assert client.get(path).status_code == 200
    finally:
        template_rendered.disconnect(counted)
    return count


def test_checkin_page_renders_as_many_templates_for_two_weeks_as_for_one_day(ivy_client, ivy, john):
    today = timezone.localdate()
    record_checkin(ivy, day=today, mood="😊", card="The Star")
    one_day = renders_of(ivy_client, INDEX)
    for n in range(1, 14):
        for member in (ivy, john):
            record_checkin(member, day=today - timedelta(days=n), mood="😴", note=f"day {n}")
    assert renders_of(ivy_client, INDEX) == one_day
    # Was 354 with a template per option and an include per day and partner.
    assert one_day < 70


def test_card_select_marks_todays_card_and_escapes_every_name(ivy_client, ivy):
    record_checkin(ivy, day=timezone.localdate(), card="The Star", card_reversed=True)
    page = ivy_client.get(INDEX).content.decode()
    assert '<select name="card" id="id_card">' in page
    assert '<option value="The Star" selected>The Star</option>' in page
    assert '<optgroup label="Major arcana">' in page
    assert page.count("<option ") == 79
    assert page.count(" selected>") == 1
    assert '<input type="checkbox" name="card_reversed" id="id_card_reversed" checked>' in page


def test_refused_answers_keep_every_choice_and_mark_the_wrong_group(ivy_client):
    response = ivy_client.post(
        INDEX, {"mood_pick": ["😊", "<b>"], "energy": "9", "safety": "2", "capacity": "x"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert 'value="😊" id="id_mood_pick_0" aria-invalid="true" checked' in page
    assert "<b>" not in page.split('id="my-checkin"')[1].split("</form>")[0]
    assert 'value="2" id="id_safety_1" checked' in page
    assert 'id="id_energy_0" aria-invalid="true">' in page
    assert 'id="id_capacity_0" aria-invalid="true">' in page
    assert 'id="id_medication_taken_2" checked' in page  # "Not saying"
