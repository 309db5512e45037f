"""The check-in pages stay a fixed number of queries however many days there are."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from midway.checkins.services import record_checkin

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_weeks_of_both(ivy, john):
    today = timezone.localdate()
    for n in range(14):
        for member, mood in ((ivy, "😊"), (john, "😴")):
            record_checkin(member, day=today - timedelta(days=n), mood=mood, card="The Star",
                           medication_taken=True, note=f"day {n}")  # fmt: skip


def test_index_with_two_weeks_of_both_partners_is_a_few_queries(
    ivy_client, two_weeks_of_both, django_assert_max_num_queries
):
    # Session, user, member with space, partner, the two weeks of check-ins.
    with django_assert_max_num_queries(7):  # 5, and the navigation's dots (2)
        response = ivy_client.get(reverse("checkin:index"))
    assert response.content.decode().count('class="checkin-day"') == 14


def test_history_with_many_old_days_is_a_few_queries(
    ivy_client, ivy, john, django_assert_max_num_queries
):
    today = timezone.localdate()
    for n in range(14, 60):
        record_checkin(ivy, day=today - timedelta(days=n), mood="😊")
        record_checkin(john, day=today - timedelta(days=n), mood="😴")
    # Session, user, member, partner, count of days, the page's days, their check-ins.
    with django_assert_max_num_queries(9):  # 7, and the navigation's dots (2)
        response = ivy_client.get(reverse("checkin:history"))
    assert response.content.decode().count('class="checkin-day"') == 30
