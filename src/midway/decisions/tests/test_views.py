"""Decide together's pages: one test per access rule, stale pages, bad input."""

from datetime import timedelta

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone

from midway.decisions import services
from midway.decisions.models import Choice, Decision

pytestmark = pytest.mark.django_db


def url(name, decision, *args):
    return reverse(f"decisions:{name}", args=[decision.pk, *args])


def test_outsider_gets_404_on_every_decision_page(ana_client, revealed, ivy):
    option = services.add_option(ivy, revealed, "Stay")
    assert ana_client.get(url("detail", revealed)).status_code == 404
    for name in ("need", "add_option", "another_day", "withdraw", "reopen", "calendar"):
        assert ana_client.post(url(name, revealed), {"verdict": "works"}).status_code == 404
    for name in ("mark", "choose"):
        path = reverse(f"decisions:{name}", args=[option.pk])
        assert ana_client.post(path, {"verdict": "works"}).status_code == 404


def test_anonymous_visitor_is_sent_to_sign_in(anon_client, decision):
    assert anon_client.get(url("detail", decision)).status_code == 302


def test_partner_does_not_see_my_need_before_writing_theirs(ivy_client, john_client, decision):
    ivy_client.post(url("need", decision), {"need": "My own bed tonight", "weight": "4"})
    assert "My own bed tonight" not in john_client.get(url("detail", decision)).content.decode()
    john_client.post(url("need", decision), {"need": "Company", "weight": "2"})
    assert "My own bed tonight" in john_client.get(url("detail", decision)).content.decode()


def test_partner_cannot_choose_for_the_other(john_client, revealed, ivy, john):
    option = services.add_option(ivy, revealed, "Stay")
    john_client.post(reverse("decisions:choose", args=[option.pk]), {"round": "1"})
    assert list(Choice.objects.values_list("author_id", flat=True)) == [john.pk]
    revealed.refresh_from_db()
    assert revealed.status == Decision.OPEN


def test_opening_with_a_past_decide_by_says_so(ivy_client):
    past = (timezone.localtime() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    response = ivy_client.post(reverse("decisions:new"), {"title": "Late", "decide_by": past})
    assert response.status_code == 400
    assert "already passed" in response.content.decode()
    assert not Decision.objects.exists()


def test_a_stale_tab_marking_a_reopened_decision_gets_409(ivy_client, revealed, ivy, john):
    option = services.add_option(ivy, revealed, "Stay")
    day = timezone.localdate() + timedelta(days=2)
    services.propose_another_day(ivy, revealed, day)
    services.propose_another_day(john, revealed, day)
    services.reopen(john, revealed)
    response = ivy_client.post(
        reverse("decisions:mark", args=[option.pk]), {"verdict": "works", "round": "1"}
    )
    assert response.status_code == 409
    assert "changed this decision" in response.content.decode()
    assert not option.marks.exists()


def test_choosing_different_options_at_once_is_a_clear_message(
    ivy_client, john_client, revealed, ivy
):
    home = services.add_option(ivy, revealed, "Go home")
    stay = services.add_option(ivy, revealed, "Stay")
    ivy_client.post(reverse("decisions:choose", args=[home.pk]), {"round": "1"})
    response = john_client.post(
        reverse("decisions:choose", args=[stay.pk]), {"round": "1"}, follow=True
    )
    body = response.content.decode()
    assert response.status_code == 200 and "once" in body and "chooses the same" in body
    revealed.refresh_from_db()
    assert revealed.status == Decision.OPEN


def test_fifty_hostile_options_render(ivy_client, revealed, ivy, django_assert_max_num_queries):
    for n in range(50):
        services.add_option(ivy, revealed, f"<script>alert({n})</script> 🙀 {n}")
    with django_assert_max_num_queries(15):
        body = ivy_client.get(url("detail", revealed)).content.decode()
    assert body.count('class="card option') == 50
    assert "<script>alert(" not in body and "&lt;script&gt;alert(7)" in body


def test_the_calendar_file_is_only_for_a_postponed_decision(
    ivy_client, john_client, revealed, ivy, john
):
    assert ivy_client.get(url("calendar", revealed)).status_code == 404
    day = timezone.localdate() + timedelta(days=4)
    services.propose_another_day(ivy, revealed, day)
    services.propose_another_day(john, revealed, day)
    response = john_client.get(url("calendar", revealed))
    assert response["Content-Type"].startswith("text/calendar")
    event = next(iter(icalendar.Calendar.from_ical(response.content).walk("VEVENT")))
    assert event["DTSTART"].dt == day and "does Ivy go home" in str(event["SUMMARY"])


def test_bad_marks_and_days_are_400_not_500(ivy_client, revealed, ivy):
    option = services.add_option(ivy, revealed, "Stay")
    assert (
        ivy_client.post(
            reverse("decisions:mark", args=[option.pk]), {"verdict": "maybe"}
        ).status_code
        == 400
    )
    assert ivy_client.post(url("another_day", revealed), {"day": "yesterday"}).status_code == 400
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    assert ivy_client.post(url("another_day", revealed), {"day": yesterday}).status_code == 400
    assert ivy_client.post(url("need", revealed), {"need": "x", "weight": "9"}).status_code == 400


def test_home_shows_what_waits_in_fixed_queries(ivy_client, john, ivy, django_assert_num_queries):
    def count_home():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            assert ivy_client.get(reverse("home")).status_code == 200
        return len(ctx.captured_queries)

    services.open_decision(john, "One")
    few = count_home()
    for n in range(20):
        d = services.open_decision(john, f"Decision {n}")
        services.write_need(john, d, need="n", weight=2)
        services.write_need(ivy, d, need="m", weight=2)
        services.add_option(john, d, f"Option {n}")
    assert count_home() == few


def test_a_need_saved_from_an_older_page_is_refused_not_overwritten(ivy_client, decision, ivy):
    import re

    page = ivy_client.get(url("detail", decision)).content.decode()
    seen = re.search(r'name="seen" value="([0-9a-f]+)"', page).group(1)
    ivy_client.post(url("need", decision), {"need": "First device", "weight": "4", "seen": seen})
    response = ivy_client.post(
        url("need", decision), {"need": "Second device", "weight": "2", "seen": seen}
    )
    assert response.status_code == 409
    body = response.content.decode()
    assert "changed on another device" in body and "Second device" in body
    assert decision.needs.get().need == "First device"
    # Saving again from the refused page is a knowing save.
    newer = re.search(r'name="seen" value="([0-9a-f]+)"', body).group(1)
    ivy_client.post(url("need", decision), {"need": "Second device", "weight": "2", "seen": newer})
    assert decision.needs.get().need == "Second device"


def test_a_reopened_decision_keeps_the_day_it_was_left_for(
    ivy_client, john_client, revealed, ivy, john
):
    day = timezone.localdate() + timedelta(days=3)
    services.propose_another_day(ivy, revealed, day)
    services.propose_another_day(john, revealed, day)
    john_client.post(url("reopen", revealed), {"round": "1"})
    page = ivy_client.get(url("detail", revealed)).content.decode()
    assert "Left for another day before" in page
    assert day.strftime("%Y-%m-%d") in page
    assert "John took it up again" in page
    assert "you took it up again" in john_client.get(url("detail", revealed)).content.decode()
