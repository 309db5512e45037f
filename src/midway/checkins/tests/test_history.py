"""Check-ins week by week: both partners' moods, cards and medication, the days a tap away."""

import re
from datetime import date, timedelta
from itertools import pairwise

import pytest
from django.urls import reverse

from midway.checkins.models import CheckIn
from midway.checkins.services import monday_of, record_checkin, weeks_of
from midway.checkins.views import HISTORY_WEEKS_PER_PAGE

pytestmark = pytest.mark.django_db

HISTORY = reverse("checkin:history")
MONDAY = date(2025, 3, 3)


def test_a_week_gathers_both_partners_moods_cards_and_medication(ivy_client, ivy, john):
    record_checkin(ivy, day=MONDAY, mood="🐆", card="The Star", medication_taken=True)
    record_checkin(ivy, day=MONDAY + timedelta(days=2), medication_taken=True)
    record_checkin(ivy, day=MONDAY + timedelta(days=6), medication_taken=False)
    record_checkin(john, day=MONDAY + timedelta(days=1), mood="🦔", card="XX", card_reversed=True)
    page = ivy_client.get(HISTORY).content.decode()
    assert "3 Mar – 9 Mar 2025" in page
    assert "🐆" in page and "🦔" in page
    assert 'aria-label="The Star, upright"' in page
    assert 'aria-label="Judgement, reversed"' in page
    assert "Meds: taken 2 days, not taken 1 day" in page
    assert page.count('class="card checkin-week"') == 1


def test_the_days_of_a_week_are_one_tap_away(ivy_client, ivy, john):
    mine = record_checkin(ivy, day=MONDAY, mood="🐆", note="A long walk")
    theirs = record_checkin(john, day=MONDAY + timedelta(days=3), mood="🦔")
    page = ivy_client.get(HISTORY).content.decode()
    days = page[page.index("<details") : page.index("</details>")]
    assert "The days (2)" in days
    assert reverse("checkin:detail", args=[mine.pk]) in days
    assert reverse("checkin:detail", args=[theirs.pk]) in days
    assert "A long walk" in days


def test_a_partner_who_said_nothing_that_week_is_said_kindly(ivy_client, ivy, john):
    record_checkin(ivy, day=MONDAY, mood="🐆")
    page = ivy_client.get(HISTORY).content.decode()
    assert "Nothing said this week." in page


def test_weeks_are_paged_newest_first(ivy_client, ivy, john):
    weeks = HISTORY_WEEKS_PER_PAGE + 2
    for n in range(weeks):
        record_checkin(ivy, day=MONDAY + timedelta(weeks=n, days=n % 7), mood="😊")
    first = ivy_client.get(HISTORY).content.decode()
    assert "Page 1 of 2" in first
    assert first.count('class="card checkin-week"') == HISTORY_WEEKS_PER_PAGE
    newest = MONDAY + timedelta(weeks=weeks - 1)
    assert first.index('id="week-') == first.index(f'id="week-{newest.isoformat()}"')
    second = ivy_client.get(HISTORY, {"page": 2}).content.decode()
    assert second.count('class="card checkin-week"') == 2
    assert f'id="week-{MONDAY.isoformat()}"' in second
    assert ivy_client.get(HISTORY, {"page": "junk"}).status_code == 200
    assert ivy_client.get(HISTORY, {"page": "999"}).status_code == 200


def test_empty_weeks_are_left_out(ivy_client, ivy):
    record_checkin(ivy, day=MONDAY, mood="😊")
    record_checkin(ivy, day=MONDAY + timedelta(weeks=30), mood="😌")
    page = ivy_client.get(HISTORY).content.decode()
    assert page.count('class="card checkin-week"') == 2
    assert "Page 1 of" not in page


def test_an_empty_history_says_what_to_do(ivy_client, ivy):
    page = ivy_client.get(HISTORY).content.decode()
    assert "No check-ins yet." in page
    assert f'href="{reverse("checkin:index")}"' in page


def test_headings_never_skip_a_level(ivy_client, ivy, john):
    record_checkin(ivy, day=MONDAY, mood="🐆", card="The Fool")
    record_checkin(john, day=MONDAY, mood="🦔")
    for url in (HISTORY, reverse("checkin:index")):
        page = ivy_client.get(url).content.decode()
        levels = [int(level) for level in re.findall(r"<h([1-6])\b", page)]
        assert levels[0] == 1
        for before, after in pairwise(levels):
            assert after <= before + 1, (url, levels)


def test_weeks_of_starts_each_week_on_monday(ivy, john):
    sunday = MONDAY + timedelta(days=6)
    assert monday_of(sunday) == MONDAY
    assert monday_of(MONDAY) == MONDAY
    record_checkin(ivy, day=sunday, mood="😊")
    record_checkin(john, day=sunday + timedelta(days=1), mood="😌")
    weeks = weeks_of(CheckIn.objects.all(), ivy)
    assert [w.first for w in weeks] == [MONDAY + timedelta(weeks=1), MONDAY]
    assert [len(side.checkins) for side in weeks[1].sides] == [1, 0]
    assert [len(side.checkins) for side in weeks[0].sides] == [0, 1]
