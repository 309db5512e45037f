"""`midway notify add|list|test USERNAME` and the worker killed mid-send."""

import os
import signal
import time
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connections

from midway.notify.models import Delivery
from midway.notify.tests.conftest import dead_port, run_worker
from midway.notify.tests.kinds_in_use import letter

pytestmark = pytest.mark.django_db(transaction=True)


def notify(*args) -> str:
    out = StringIO()
    call_command("notify", *args, stdout=out)
    return out.getvalue()


def test_add_list_and_test_from_the_command_line(john, listener):
    assert "Added" in notify("add", "john", f"json://{listener.url}/john", "--label", "Hook")
    assert "Hook" in notify("list", "john")
    assert "arrived" in notify("test", "john")
    assert len(listener.received) == 1
    assert "last arrived" in notify("list", "john")


def test_the_test_fails_when_any_destination_did_not_accept_it(john, listener):
    notify("add", "john", f"json://{listener.url}/john")
    notify("add", "john", f"json://127.0.0.1:{dead_port()}/gone")
    with pytest.raises(CommandError, match="1 of 2"):
        notify("test", "john")


def test_bad_input_is_a_clear_error(john):
    with pytest.raises(CommandError, match="No member"):
        notify("list", "nobody")
    with pytest.raises(CommandError, match="Apprise does not know"):
        notify("add", "john", "carrier-pigeon://home")
    with pytest.raises(CommandError, match="Nothing to test"):
        notify("test", "john")


def _worker_in_a_child() -> int:
    """`midway worker` in a forked process that shares this test's database."""
    connections.close_all()
    pid = os.fork()
    if pid == 0:  # the child: work until killed
        try:
            call_command("worker", "--interval", "0.1")
        finally:
            os._exit(0)
    return pid


@pytest.mark.slow
def test_a_worker_killed_mid_send_delivers_once_when_started_again(settings, ivy, john, listener):
    from midway.notify.destinations import add_apprise

    settings.NOTIFY_LEASE = 1  # the child inherits it: a lost send is free again after 1 s
    settings.NOTIFY_TIMEOUT = 30
    add_apprise(john, f"json://{listener.url}/john")
    listener.stall = 30  # the service takes the message and does not answer
    letter(ivy)
    child = _worker_in_a_child()
    try:
        deadline = time.monotonic() + 30
        while not listener.received and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(listener.received) == 1, "the worker never started sending"
    finally:
        os.kill(child, signal.SIGKILL)  # mid-send: no answer was read
        os.waitpid(child, 0)
    delivery = Delivery.objects.get()
    assert delivery.sent_at is None and delivery.attempts == 1
    listener.stall = 0
    time.sleep(1.2)  # the killed worker's lease runs out
    run_worker()  # a new worker finds the lost send and makes it
    delivery.refresh_from_db()
    assert delivery.sent_at is not None and delivery.attempts == 2
    assert listener.answered == 1
    # Neither a second worker nor a task queued twice sends it again.
    run_worker()
    from midway.notify import outbox

    outbox.deliver(delivery.pk)
    assert len(listener.received) == 2 and listener.answered == 1
