"""Personal tokens: made on the settings page or by command, shown once, stored hashed."""

import hashlib
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from midway.api.models import ApiToken
from midway.api.tests.conftest import ApiClient
from midway.api.tokens import create_token, member_for_token

pytestmark = pytest.mark.django_db


def test_token_is_shown_once_and_stored_hashed(ivy_client, ivy):
    response = ivy_client.post(reverse("api_token_create"), {"name": "my notes app"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    token = response.context["token"]
    assert token in response.content.decode()
    record = ApiToken.objects.get(member=ivy)
    assert record.name == "my notes app"
    assert record.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(ApiToken.objects.values().get())
    settings_page = ivy_client.get(reverse("settings")).content.decode()
    assert "my notes app" in settings_page and token not in settings_page
    assert ApiClient(token).get("/letters").status_code == 200


def test_settings_page_lists_only_your_own_tokens(ivy_client, ivy, john):
    create_token(ivy, "ivy's phone")
    create_token(john, "john's laptop")
    page = ivy_client.get(reverse("settings")).content.decode()
    tokens = page.lower().split("api tokens")[1].split("your data")[0]
    assert "ivy&#x27;s phone" in page and "john" not in tokens


def test_revoked_token_is_refused(ivy_client, ivy):
    record, token = create_token(ivy, "old")
    assert ApiClient(token).get("/letters").status_code == 200
    response = ivy_client.post(reverse("api_token_revoke", args=[record.pk]))
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.revoked_at is not None
    refused = ApiClient(token).get("/letters")
    assert refused.status_code == 401
    assert refused["WWW-Authenticate"] == "Bearer"
    assert "token" in refused.json()["detail"]


def test_partner_cannot_revoke_your_token(john_client, ivy):
    record, _token = create_token(ivy, "mine")
    assert john_client.post(reverse("api_token_revoke", args=[record.pk])).status_code == 404
    record.refresh_from_db()
    assert record.revoked_at is None


def test_requests_without_a_valid_token_are_401(ivy_client, world):
    assert ApiClient(None).get("/letters").status_code == 401
    assert ApiClient("midway_not-a-real-token").get("/letters").status_code == 401
    assert ApiClient("é" * 50).get("/letters").status_code == 401
    # A signed-in browser session is not a way into the API: tokens only.
    assert ivy_client.get("/api/v1/letters").status_code == 401


def test_token_of_a_deactivated_user_is_refused(ivy):
    _record, token = create_token(ivy)
    ivy.user.is_active = False
    ivy.user.save()
    assert ApiClient(token).get("/letters").status_code == 401


def test_last_use_is_recorded_at_most_once_a_minute(ivy):
    record, token = create_token(ivy)
    assert member_for_token(token) == ivy
    record.refresh_from_db()
    first = record.last_used_at
    assert first is not None
    member_for_token(token)
    record.refresh_from_db()
    assert record.last_used_at == first
    ApiToken.objects.filter(pk=record.pk).update(last_used_at=first - timedelta(minutes=2))
    member_for_token(token)
    record.refresh_from_db()
    assert record.last_used_at > first - timedelta(minutes=1)


def test_token_command_prints_the_token_as_its_last_line(ivy, capsys):
    call_command("token", "create", "ivy", "--name", "backup script")
    lines = capsys.readouterr().out.strip().splitlines()
    token = lines[-1]
    assert token.startswith("midway_")
    assert member_for_token(token) == ivy
    assert ApiToken.objects.get(member=ivy).name == "backup script"


def test_token_command_lists_and_revokes(ivy, capsys):
    record, token = create_token(ivy, "phone")
    call_command("token", "list", "ivy")
    assert "phone" in capsys.readouterr().out
    call_command("token", "revoke", "ivy", str(record.pk))
    assert member_for_token(token) is None
    _other, second = create_token(ivy, "laptop")
    call_command("token", "revoke", "ivy", "--all")
    assert member_for_token(second) is None


def test_token_command_refuses_an_unknown_user(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no member"):
        call_command("token", "create", "nobody")


def test_token_names_are_bounded(ivy_client, ivy):
    response = ivy_client.post(reverse("api_token_create"), {"name": "x" * 61}, follow=True)
    assert "under 60 characters" in response.content.decode()
    assert not ApiToken.objects.filter(member=ivy).exists()


def test_revoking_twice_says_so(ivy_client, ivy):
    record, _token = create_token(ivy)
    ivy_client.post(reverse("api_token_revoke", args=[record.pk]))
    record.refresh_from_db()
    revoked_at = record.revoked_at
    page = ivy_client.post(reverse("api_token_revoke", args=[record.pk]), follow=True)
    assert "already revoked" in page.content.decode()
    record.refresh_from_db()
    assert record.revoked_at == revoked_at <= timezone.now()


def test_double_submit_of_the_token_form_leaves_one_working_token(ivy_client, ivy):
    import uuid

    from midway.api.models import ApiToken

    key = str(uuid.uuid4())
    first = ivy_client.post("/settings/api-tokens/", {"name": "notes", "client_key": key})
    second = ivy_client.post("/settings/api-tokens/", {"name": "notes", "client_key": key})
    assert ApiToken.objects.filter(member=ivy).count() == 1
    shown = second.context["token"]
    assert first.context["token"] != shown
    api = type(ivy_client)()
    assert api.get("/api/v1/letters", HTTP_AUTHORIZATION=f"Bearer {shown}").status_code == 200
    old = first.context["token"]
    assert api.get("/api/v1/letters", HTTP_AUTHORIZATION=f"Bearer {old}").status_code == 401
