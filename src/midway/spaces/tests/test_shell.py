import json

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_pages_send_a_strict_content_security_policy(ivy_client):
    response = ivy_client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "default-src 'self'" in policy


def test_pages_have_no_inline_script_and_nothing_from_other_hosts(ivy_client):
    body = ivy_client.get("/").content.decode()
    assert "<script>" not in body
    assert "http://" not in body.replace("http://testserver", "")
    assert "https://" not in body


def test_manifest_lets_a_phone_install_midway(anon_client):
    manifest = json.loads(anon_client.get(reverse("manifest")).content)
    assert manifest["display"] == "standalone"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes


def test_static_files_are_served(anon_client, live_server):
    import urllib.request

    with urllib.request.urlopen(live_server.url + "/static/midway/midway.css") as response:
        assert b"prefers-color-scheme: dark" in response.read()


def test_the_browser_tests_server_gives_each_thread_its_own_connection(live_server):
    # As under `midway serve`: a shared connection let one request's error break the next.
    assert live_server.thread.connections_override == {}


def test_settings_turn_the_coach_off(ivy_client, ivy):
    response = ivy_client.post(reverse("settings"), {"name": "Ivy"})
    assert response.status_code == 302
    ivy.refresh_from_db()
    assert ivy.coach_enabled is False


def test_settings_refuse_an_empty_name(ivy_client, ivy):
    response = ivy_client.post(reverse("settings"), {"name": ""})
    assert response.status_code == 200
    ivy.refresh_from_db()
    assert ivy.name == "Ivy"


def test_anonymous_visitors_are_sent_to_sign_in(ivy, anon_client):
    response = anon_client.get(reverse("settings"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_user_without_a_space_gets_404(db, client, django_user_model):
    admin = django_user_model.objects.create_user("root", password="x")
    client.force_login(admin)
    assert client.get(reverse("settings")).status_code == 404
