import pytest
from django.contrib.auth.hashers import make_password
from django.test import Client
from django.urls import reverse

from midway.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def login(client, username, password=PASSWORD, ip="10.0.0.5"):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def test_login_and_logout_kills_the_session(ivy):
    client = Client()
    assert login(client, "ivy").status_code == 302
    cookie = client.cookies["sessionid"].value
    assert client.get("/").status_code == 200
    client.post(reverse("logout"))
    replay = Client()
    replay.cookies["sessionid"] = cookie
    assert replay.get("/").status_code == 302


def test_login_rotates_the_session_key(ivy):
    client = Client()
    client.get(reverse("login"))
    client.session.save()
    before = client.session.session_key
    login(client, "ivy")
    assert client.cookies["sessionid"].value != before


def test_password_change_signs_out_old_cookies(ivy):
    client, other_device = Client(), Client()
    login(client, "ivy")
    login(other_device, "ivy")
    old_cookie = client.cookies["sessionid"].value
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a brand new passphrase",
            "new_password2": "a brand new passphrase",
        },
    )
    assert response.status_code == 302
    assert other_device.get("/").status_code == 302
    replay = Client()
    replay.cookies["sessionid"] = old_cookie
    assert replay.get("/").status_code == 302


def test_repeated_failures_lock_that_username_from_that_address(ivy, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "ivy", "wrong password")
    response = login(client, "ivy")
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()


def test_one_partners_typos_never_lock_out_the_other(ivy, john, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT + 2):
        login(Client(), "ivy", "wrong password")
    # Same home network, same public address: John still gets in.
    assert login(Client(), "john").status_code == 302


def test_passwords_are_hashed_with_argon2(settings, ivy):
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.MD5PasswordHasher",
    ]
    assert make_password("x").startswith("argon2")
    # An older hash is upgraded to Argon2 the next time its owner signs in.
    login(Client(), "ivy")
    ivy.user.refresh_from_db()
    assert ivy.user.password.startswith("argon2")


def test_logout_needs_post(ivy_client):
    assert ivy_client.get(reverse("logout")).status_code == 405


def change_password(client, old, ip="10.0.0.5"):
    new = "a brand new passphrase"
    return client.post(
        reverse("password_change"),
        {"old_password": old, "new_password1": new, "new_password2": new},
        REMOTE_ADDR=ip,
    )


def test_wrong_old_passwords_are_throttled_like_sign_in(ivy, settings):
    client = Client()
    login(client, "ivy")
    answers = [
        change_password(client, f"guess {n}").status_code
        for n in range(settings.AXES_FAILURE_LIMIT + 3)
    ]
    assert answers[: settings.AXES_FAILURE_LIMIT - 1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    assert set(answers[settings.AXES_FAILURE_LIMIT - 1 :]) == {429}
    # Even the right old password is refused until the pause is over.
    locked = change_password(client, PASSWORD)
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    ivy.user.refresh_from_db()
    assert ivy.user.check_password(PASSWORD)


def test_a_mismatched_new_password_is_not_a_failed_guess(ivy, settings):
    client = Client()
    login(client, "ivy")
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        response = client.post(
            reverse("password_change"),
            {"old_password": PASSWORD, "new_password1": "one long phrase", "new_password2": "x"},
            REMOTE_ADDR="10.0.0.5",
        )
        assert response.status_code == 200
    assert change_password(client, PASSWORD).status_code == 302
