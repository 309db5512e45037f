"""Dead destinations: retried with backoff, shown in Settings, never in the way."""

import time

import pytest
from django.utils import timezone

from midway.notify import outbox
from midway.notify.destinations import add_apprise
from midway.notify.models import Delivery, Destination
from midway.notify.tests.conftest import dead_port, pass_time, run_worker
from midway.notify.tests.kinds_in_use import letter

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_refused_connection_is_retried_later_and_reported(ivy, john):
    add_apprise(john, f"json://127.0.0.1:{dead_port()}/gone")
    letter(ivy)
    run_worker()
    delivery = Delivery.objects.get()
    assert delivery.sent_at is None and delivery.attempts == 1
    assert delivery.next_try_at > timezone.now() + outbox.BACKOFF[0] / 2
    destination = Destination.objects.get()
    assert destination.failing
    assert (
        "refused" in destination.last_failure.lower()
        or "connection" in destination.last_failure.lower()
    )
    # Waits longer after each failure.
    pass_time()
    run_worker()
    delivery.refresh_from_db()
    assert delivery.attempts == 2
    assert delivery.next_try_at > timezone.now() + outbox.BACKOFF[1] / 2


def test_a_destination_that_comes_back_gets_the_notification_on_the_retry(ivy, john, listener):
    destination = add_apprise(john, f"json://{listener.url}/flaky")
    listener.status = 500
    letter(ivy)
    run_worker()
    destination.refresh_from_db()
    assert destination.failing and "500" in destination.last_failure
    listener.status = 200
    pass_time()
    run_worker()
    assert Delivery.objects.get().sent_at is not None
    destination.refresh_from_db()
    assert not destination.failing
    assert len(listener.received) == 2  # the refused attempt, and the one that arrived


def test_a_service_that_never_answers_times_out(settings, ivy, john, listener):
    settings.NOTIFY_TIMEOUT = 1
    listener.stall = 3
    add_apprise(john, f"json://{listener.url}/slow")
    letter(ivy)
    started = time.monotonic()
    run_worker()
    assert time.monotonic() - started < 2.9
    assert Delivery.objects.get().sent_at is None
    assert Destination.objects.get().failing


def test_after_the_last_attempt_the_delivery_is_given_up(ivy, john):
    add_apprise(john, f"json://127.0.0.1:{dead_port()}/gone")
    letter(ivy)
    for _ in range(outbox.MAX_ATTEMPTS + 2):
        run_worker()
        pass_time()
    delivery = Delivery.objects.get()
    assert delivery.attempts == outbox.MAX_ATTEMPTS
    assert delivery.gave_up_at is not None


def test_a_dead_destination_does_not_slow_the_action(john_client, john, ivy, listener):
    from midway.letters.services import start_letter

    add_apprise(ivy, f"json://{listener.url}/stalls")
    listener.stall = 5
    draft = start_letter(john, title="A note", body="Hello")
    started = time.monotonic()
    response = john_client.post(f"/letters/{draft.pk}/share/", follow=False)
    assert response.status_code in (200, 302)
    assert time.monotonic() - started < 2
    assert listener.received == []  # nothing sent in the request; the worker sends it


def test_settings_show_the_last_failure(ivy, john, john_client):
    add_apprise(john, f"json://127.0.0.1:{dead_port()}/gone")
    letter(ivy)
    run_worker()
    page = john_client.get("/settings/").content.decode()
    assert "Failed" in page and "refused" in page.lower()


def test_old_sent_notices_are_pruned_and_pending_ones_kept(ivy, john, listener):
    from datetime import timedelta

    from midway.notify.models import Notice

    add_apprise(john, f"json://{listener.url}/john")
    letter(ivy)
    run_worker()
    add_apprise(john, f"json://127.0.0.1:{dead_port()}/gone")
    from midway.notify.tests.kinds_in_use import question

    question(ivy)
    run_worker()
    old = timezone.now() - outbox.KEEP - timedelta(days=1)
    Notice.objects.update(dispatched_at=old)
    outbox.prune()
    # The letter's notice was sent everywhere: gone. The question's waits for a retry.
    assert [n.kind for n in Notice.objects.all()] == ["questions"]
