"""The Insights page and the check-ins CSV, through the test client."""

import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from midway.checkins.services import record_checkin, save_checkin
from midway.letters import services as letters

pytestmark = pytest.mark.django_db
URL = "/insights/"


def test_insights_need_a_member(anon_client):
    assert anon_client.get(URL).status_code == 302
    assert anon_client.get(reverse("insights:checkins_csv")).status_code == 302


def test_an_empty_space_gets_a_clear_page(ivy_client):
    page = ivy_client.get(URL).content.decode()
    assert "Nothing to show yet" in page and "Check in for today" in page


@pytest.mark.parametrize("period", ["-1", "9999999999", "junk", "", "30", "90", "365", "all"])
def test_any_period_gives_a_page(ivy, ivy_client, period):
    record_checkin(ivy, mood="😊")
    response = ivy_client.get(URL, {"period": period})
    assert response.status_code == 200
    assert "<svg" in response.content.decode()


def test_one_partner_only_and_a_partner_who_just_joined(ivy, john, ivy_client):
    today = timezone.localdate()
    for n in range(20):
        save_checkin(ivy, day=today - timedelta(days=n), safety=5, energy=3)
    page = ivy_client.get(URL, {"period": "30"}).content.decode()
    assert "Ivy felt safe on 20 of 30 days." in page
    assert "John felt safe" not in page


def test_the_other_couple_never_shows(ivy, ana, ivy_client):
    save_checkin(ana, safety=1, note="Ana's secret note")
    record_checkin(ivy, mood="😊")
    page = ivy_client.get(URL).content.decode()
    assert "Ana" not in page
    csv_text = ivy_client.get(reverse("insights:checkins_csv")).content.decode()
    assert "Ana's secret note" not in csv_text


def test_a_letter_taken_back_is_no_longer_a_marker(ivy, john, ivy_client, john_client):
    record_checkin(ivy, mood="😊")
    letter = letters.share_letter(letters.start_letter(ivy, title="Sorry", body="x"))
    assert "letter shared" in john_client.get(URL).content.decode()
    letters.take_back(letter)
    assert "letter shared</title>" not in john_client.get(URL).content.decode()


def _years_of_checkins(ivy, john, years):
    from midway.checkins.models import CheckIn

    today = timezone.localdate()
    CheckIn.objects.bulk_create(
        CheckIn(
            space=ivy.space,
            member=member,
            day=today - timedelta(days=n),
            mood="😊😢"[n % 2],
            safety=1 + n % 5,
            energy=1 + n % 4,
            card="Judgement",
            medication_taken=bool(n % 3),
        )
        for n in range(365 * years)
        for member in (ivy, john)
    )


def test_queries_do_not_grow_with_the_years(ivy, john, ivy_client):
    _years_of_checkins(ivy, john, 1)
    with CaptureQueriesContext(connection) as one_year:
        ivy_client.get(URL, {"period": "all"})
    from midway.checkins.models import CheckIn

    CheckIn.objects.all().delete()
    _years_of_checkins(ivy, john, 10)
    with CaptureQueriesContext(connection) as ten_years:
        response = ivy_client.get(URL, {"period": "all"})
    assert response.status_code == 200
    assert len(ten_years) == len(one_year)


def test_checkins_csv_round_trips_with_emoji_whole(ivy, john, ivy_client):
    save_checkin(ivy, mood="👩🏽‍❤️‍💋‍👨🏿", note='a "quoted", comma note\nsecond line', safety=4)
    record_checkin(john, mood="😊", card="judgement", card_reversed=True, medication_taken=False)
    response = ivy_client.get(reverse("insights:checkins_csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    by_who = {row["who"]: row for row in rows}
    assert by_who["Ivy"]["mood"] == "👩🏽‍❤️‍💋‍👨🏿"
    assert by_who["Ivy"]["note"] == 'a "quoted", comma note\nsecond line'
    assert by_who["Ivy"]["how safe I feel"] == "4"
    assert by_who["John"]["card"] == "Judgement" and by_who["John"]["reversed"] == "reversed"
    assert by_who["John"]["medication"] == "not taken"


def test_the_api_gives_the_same_csv(ivy, john, ivy_client):
    from midway.api.tokens import create_token

    record_checkin(john, mood="😊", note="hello")
    _token, secret = create_token(ivy, name="csv")
    response = ivy_client.get("/api/v1/checkins.csv", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.status_code == 200
    assert response.content == ivy_client.get(reverse("insights:checkins_csv")).content
    assert ivy_client.get("/api/v1/checkins.csv").status_code == 401
