"""On a server open to many couples, no destination may point at the server's own network."""

import pytest

from midway.notify.destinations import add_apprise, add_push, send_test
from midway.notify.guard import is_private

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.1.20",
        "172.16.0.9",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "0.0.0.0",
        "100.64.0.1",
    ],
)
def test_private_addresses_are_known_as_such(address):
    assert is_private(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700:4700::1111"])
def test_public_addresses_are_not(address):
    assert not is_private(address)


def test_open_signup_refuses_a_loopback_destination_at_send_time(settings, john, listener):
    settings.SIGNUP = "open"
    destination = add_apprise(john, f"json://{listener.url}/neighbour")
    outcome = send_test(destination)
    assert not outcome.ok
    assert "own network" in outcome.reason and "MIDWAY_NOTIFY_ALLOW_PRIVATE" in outcome.reason
    assert listener.received == []


def test_a_name_that_resolves_to_loopback_is_refused_too(settings, john, listener):
    settings.SIGNUP = "open"
    port = listener.url.rsplit(":", 1)[1]
    outcome = send_test(add_apprise(john, f"json://localhost:{port}/neighbour"))
    assert not outcome.ok and "own network" in outcome.reason
    assert listener.received == []


def test_open_signup_refuses_a_push_endpoint_on_loopback(settings, john, push_service):
    settings.SIGNUP = "open"
    from django.core.exceptions import ValidationError

    keys = {"p256dh": push_service.subscriber.p256dh, "auth": push_service.subscriber.auth}
    with pytest.raises(ValidationError):  # plain http is refused outright there
        add_push(john, f"http://{push_service.url}/push/x", keys)
    settings.SIGNUP = "invite-only"
    destination = add_push(john, f"http://{push_service.url}/push/x", keys)
    settings.SIGNUP = "open"
    assert not send_test(destination).ok
    assert push_service.received == []


def test_the_host_may_allow_private_addresses(settings, john, listener):
    settings.SIGNUP = "open"
    settings.NOTIFY_ALLOW_PRIVATE = True
    assert send_test(add_apprise(john, f"json://{listener.url}/home")).ok
    assert len(listener.received) == 1


def test_a_couples_own_install_sends_to_the_home_network(john, listener):
    assert send_test(add_apprise(john, f"json://{listener.url}/home")).ok
    assert "If you read this" in listener.received[0].json()["message"]
