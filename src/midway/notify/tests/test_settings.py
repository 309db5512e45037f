"""The settings page's Notifications section, as a member uses it."""

import json

import pytest

from midway.notify.destinations import add_apprise
from midway.notify.models import Destination, Preferences
from midway.notify.tests.conftest import dead_port

pytestmark = pytest.mark.django_db


def page(client) -> str:
    return client.get("/settings/").content.decode()


def test_adding_a_destination_keeps_its_password_off_the_page(ivy_client, ivy):
    response = ivy_client.post(
        "/settings/notifications/add/",
        {"url": "mailto://ivy:hunter2-secret@mail.example.com", "label": ""},
        follow=True,
    )
    assert "Added" in response.content.decode()
    assert Destination.objects.filter(member=ivy).count() == 1
    assert "hunter2-secret" not in response.content.decode()


def test_an_unknown_address_is_refused_with_a_clear_message_and_kept_in_the_field(ivy_client, ivy):
    response = ivy_client.post(
        "/settings/notifications/add/", {"url": "carrier-pigeon://<b>home</b>"}, follow=True
    )
    text = response.content.decode()
    assert "Apprise does not know this kind of address" in text
    assert "carrier-pigeon://&lt;b&gt;home&lt;/b&gt;" in text  # kept, and escaped
    assert not Destination.objects.filter(member=ivy).exists()


@pytest.mark.parametrize(
    "url", ["", "json://" + "x" * 3000, "json://a\nb", "💌://🏠", "json://host/مرحبا"]
)
def test_bad_addresses_never_break_the_page(ivy_client, url):
    response = ivy_client.post("/settings/notifications/add/", {"url": url}, follow=True)
    assert response.status_code == 200


def test_adding_twice_keeps_one(ivy_client, ivy):
    for _ in range(2):
        ivy_client.post("/settings/notifications/add/", {"url": "ntfy://ntfy.example.org/us"})
    assert Destination.objects.filter(member=ivy).count() == 1


def test_the_test_button_says_it_arrived(ivy_client, ivy, listener):
    destination = add_apprise(ivy, f"json://{listener.url}/ivy", label="Home hook")
    response = ivy_client.post(f"/settings/notifications/{destination.pk}/test/", follow=True)
    text = response.content.decode()
    assert "Test sent to Home hook: it arrived" in text
    assert len(listener.received) == 1
    assert "Last arrived" in text


def test_the_test_button_says_why_not(ivy_client, ivy):
    destination = add_apprise(ivy, f"json://127.0.0.1:{dead_port()}/ivy")
    response = ivy_client.post(f"/settings/notifications/{destination.pk}/test/", follow=True)
    assert "The test did not arrive" in response.content.decode()
    assert "refused" in response.content.decode()


def test_nobody_else_can_test_change_or_remove_my_destination(ivy, john_client, ana_client):
    destination = add_apprise(ivy, "ntfy://ivy-only.example.org/ivy")
    for client in (john_client, ana_client):
        for action in ("test", "previews", "remove"):
            assert (
                client.post(f"/settings/notifications/{destination.pk}/{action}/").status_code
                == 404
            )
        assert "ivy-only.example.org" not in page(client)
    assert Destination.objects.filter(pk=destination.pk, previews=False).exists()


def test_previews_can_be_turned_on_and_off(ivy_client, ivy):
    destination = add_apprise(ivy, "ntfy://ntfy.example.org/ivy")
    ivy_client.post(f"/settings/notifications/{destination.pk}/previews/", {"previews": "on"})
    assert Destination.objects.get(pk=destination.pk).previews
    ivy_client.post(f"/settings/notifications/{destination.pk}/previews/")
    assert not Destination.objects.get(pk=destination.pk).previews


def test_removing_twice_removes_it_once(ivy_client, ivy):
    destination = add_apprise(ivy, "ntfy://ntfy.example.org/ivy")
    first = ivy_client.post(f"/settings/notifications/{destination.pk}/remove/")
    assert first.status_code == 302
    assert ivy_client.post(f"/settings/notifications/{destination.pk}/remove/").status_code == 404
    assert not Destination.objects.exists()


def test_choosing_kinds_and_quiet_hours(ivy_client, ivy):
    ivy_client.post(
        "/settings/notifications/choices/",
        {"kind_letters": "on", "quiet_from": "22:00", "quiet_to": "07:30", "breaks_in_quiet": "on"},
    )
    prefs = Preferences.objects.get(member=ivy)
    assert prefs.wants("letters") and not prefs.wants("questions")
    assert str(prefs.quiet_from) == "22:00:00" and prefs.breaks_in_quiet
    text = page(ivy_client)
    assert 'name="kind_letters" id="notify_kind_letters" checked' in text
    assert 'value="22:00"' in text


@pytest.mark.parametrize(
    "data", [{"quiet_from": "25:99"}, {"quiet_from": "22:00"}, {"quiet_from": "x" * 5000}]
)
def test_bad_quiet_hours_are_refused_plainly(ivy_client, ivy, data):
    response = ivy_client.post("/settings/notifications/choices/", data, follow=True)
    assert response.status_code == 200
    assert "Quiet hours" in response.content.decode()
    assert not Preferences.objects.filter(member=ivy).exists()


def test_a_phone_subscribes_to_web_push(ivy_client, ivy):
    body = {
        "endpoint": "https://push.example.net/send/abc",
        "keys": {"p256dh": "B" * 87, "auth": "A" * 22},
    }
    for _ in range(2):  # a second tap keeps one
        response = ivy_client.post(
            "/settings/notifications/this-device/",
            json.dumps(body),
            content_type="application/json",
        )
        assert response.status_code == 200
    assert Destination.objects.get(member=ivy).kind == Destination.PUSH


@pytest.mark.parametrize(
    "body",
    ["", "[]", "not json", '{"endpoint": 5}', '{"endpoint": "javascript:alert(1)", "keys": {}}'],
)
def test_a_broken_subscription_is_refused(ivy_client, body):
    response = ivy_client.post(
        "/settings/notifications/this-device/", body, content_type="application/json"
    )
    assert response.status_code == 400
    assert "error" in response.json()


def test_outsiders_get_sent_to_sign_in(anon_client):
    assert anon_client.post("/settings/notifications/add/", {"url": "x"}).status_code == 302


def test_push_is_offered_over_https_and_explained_over_http(ivy_client):
    assert "need Midway served over HTTPS" in page(ivy_client)
    secure = ivy_client.get("/settings/", secure=True).content.decode()
    assert "data-push-key=" in secure and "Turn on notifications on this phone" in secure


def test_the_service_worker_is_served_from_the_root(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "showNotification" in response.content.decode()


def test_the_phones_guide_is_readable_in_midway(client):
    response = client.get("/help/phones/")
    assert response.status_code == 200
    assert "MIDWAY_HTTPS" in response.content.decode()


def test_the_vapid_keys_are_made_once_into_the_data_directory(settings):
    from midway.notify import vapid

    first = vapid.application_server_key()
    path = vapid.key_path()
    assert path.parent == settings.DATA_DIR
    assert oct(path.stat().st_mode)[-3:] == "600"
    vapid._load.cache_clear()  # as after a restart
    assert vapid.application_server_key() == first
    assert len(first) == 87  # an uncompressed P-256 point, base64url


def test_links_point_at_the_address_midway_was_opened_at(ivy_client, ivy):
    ivy_client.post(
        "/settings/notifications/add/",
        {"url": "ntfy://ntfy.example.org/ivy"},
        HTTP_HOST="192.168.1.20:8000",
    )
    assert Destination.objects.get(member=ivy).base_url == "http://192.168.1.20:8000"
    # A forged host name is not trusted with links: MIDWAY_PUBLIC_URL or nothing.
    ivy_client.post(
        "/settings/notifications/add/",
        {"url": "ntfy://ntfy.example.org/2"},
        HTTP_HOST="evil.example",
    )
    assert Destination.objects.get(url__endswith="/2").base_url == ""
