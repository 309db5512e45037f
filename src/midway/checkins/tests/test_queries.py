"""The check-in pages stay a fixed number of queries however many days there are."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from midway.checkins.services import record_checkin
from midway.checkins.views import HISTORY_WEEKS_PER_PAGE
from midway.exchange.demo import build_demo
from midway.spaces.models import Member

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
    with django_assert_max_num_queries(8):  # 5, the navigation's dots (2), the data version
        response = ivy_client.get(reverse("checkin:index"))
    assert response.content.decode().count('class="checkin-day"') == 14


def _history_queries(years: int) -> tuple[int, str]:
    build_demo(years=years)
    ivy = Member.objects.get(user__username="ivy")
    client = Client()
    client.force_login(ivy.user, backend="django.contrib.auth.backends.ModelBackend")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("checkin:history"), {"page": 3})
    assert response.status_code == 200
    return len(queries), response.content.decode()


# Session, user, member with space, partner, the count of weeks, the page's weeks, and
# the check-ins of those weeks, and the navigation's dots (two): the same nine whatever
# the years hold.
HISTORY_QUERIES = 9


def test_history_of_a_year_is_a_few_queries():
    count, page = _history_queries(1)
    assert count == HISTORY_QUERIES
    assert page.count('class="card checkin-week"') == HISTORY_WEEKS_PER_PAGE


@pytest.mark.slow
def test_history_of_ten_years_is_as_many_queries_as_of_one():
    count, page = _history_queries(10)
    assert count == HISTORY_QUERIES
    assert page.count('class="card checkin-week"') == HISTORY_WEEKS_PER_PAGE
