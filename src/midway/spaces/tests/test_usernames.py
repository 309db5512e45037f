"""One rule for usernames: width, case and combining accents never make a second account."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse
from hypothesis import given
from hypothesis import settings as examples
from hypothesis import strategies as st

from midway.conftest import PASSWORD
from midway.spaces.models import Invite, Member
from midway.spaces.services import create_space, join_space
from midway.spaces.usernames import (
    UsernameTaken,
    account_name,
    canonical,
    canonicalise_existing,
    is_taken,
)

pytestmark = pytest.mark.django_db

# john, written as full-width letters, in capitals, in full-width capitals.
VARIANTS_OF_JOHN = ["ｊｏｈｎ", "JOHN", "ＪＯＨＮ", "John"]
# "José" with a precomposed é and with e + COMBINING ACUTE ACCENT.
JOSE, JOSE_COMBINED = "jos\u00e9", "jose\u0301"


@examples(max_examples=300, deadline=None)
@given(st.text(max_size=20))
def test_the_canonical_form_is_stable(name):
    # Stored names are canonical; canonicalising them again must not move them.
    assert canonical(canonical(name)) == canonical(name)


def test_canonical_form_ignores_width_case_and_how_an_accent_is_typed():
    assert {canonical(name) for name in VARIANTS_OF_JOHN} == {"john"}
    assert canonical(JOSE_COMBINED) == canonical(JOSE) == "jos\u00e9"
    assert canonical("JOS\u0045\u0301") == "jos\u00e9"
    assert canonical("Straße") == "strasse"


@pytest.mark.parametrize("variant", VARIANTS_OF_JOHN)
def test_joining_with_a_variant_of_a_taken_name_is_refused_at_the_service(ivy, variant):
    assert is_taken(variant)
    _invite, token = Invite.issue(
        create_space(username="ana", password=PASSWORD, name="Ana", space_name="A")
    )
    with pytest.raises(UsernameTaken):
        join_space(token=token, username=variant, password=PASSWORD, name="Not John")
    assert get_user_model().objects.filter(username__iexact="john").count() == 1
    # The refused attempt did not use up the link.
    assert Invite.objects.usable().count() == 1


def test_a_combining_accent_is_the_same_name_as_the_composed_one(db):
    create_space(username=JOSE, password=PASSWORD, name="José", space_name="One")
    with pytest.raises(UsernameTaken):
        create_space(username=JOSE_COMBINED.upper(), password=PASSWORD, name="J", space_name="Two")
    assert get_user_model().objects.count() == 1


def test_names_are_stored_in_canonical_form(db):
    member = create_space(username="ＩＶＹ", password=PASSWORD, name="Ivy", space_name="S")
    assert member.user.username == "ivy"


@pytest.mark.parametrize("variant", VARIANTS_OF_JOHN)
def test_join_page_says_the_name_is_taken_instead_of_failing(ivy, client, variant):
    _invite, token = Invite.issue(
        create_space(username="ana", password=PASSWORD, name="Ana", space_name="A")
    )
    response = client.post(
        reverse("join", args=[token]),
        {"name": "Ben", "username": variant, "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 200
    assert "That username is taken" in response.content.decode()
    assert Member.objects.count() == 3


def test_welcome_page_refuses_a_combining_variant_of_a_taken_name(client, settings):
    settings.SIGNUP = "open"
    create_space(username=JOSE, password=PASSWORD, name="José", space_name="One")
    response = client.post(
        reverse("welcome"),
        {
            "name": "Other",
            "space_name": "Two",
            "username": JOSE_COMBINED,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert "That username is taken" in response.content.decode()
    assert get_user_model().objects.count() == 1


def test_a_race_past_the_form_is_still_a_form_error(ivy, client, monkeypatch):
    # Two people submit "ben" at once: both pass the form's check, one insert wins.
    _invite, token = Invite.issue(
        create_space(username="ana", password=PASSWORD, name="Ana", space_name="A")
    )
    monkeypatch.setattr("midway.spaces.services.is_taken", lambda username: False)
    response = client.post(
        reverse("join", args=[token]),
        {"name": "J", "username": "ＪＯＨＮ", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 200
    assert "That username is taken" in response.content.decode()


@pytest.mark.parametrize("typed", ["john", *VARIANTS_OF_JOHN])
def test_any_variant_of_the_name_signs_in(john, client, typed):
    response = client.post(reverse("login"), {"username": typed, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(john.user.pk)


def test_a_wrong_password_under_a_variant_still_fails(john, client):
    response = client.post(reverse("login"), {"username": "ＪＯＨＮ", "password": "wrong one"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("variant", ["ＪＯＨＮ", "John"])
def test_createspace_refuses_a_variant_of_a_taken_name(john, variant):
    with pytest.raises(CommandError, match="is taken"):
        call_command(
            "createspace",
            f"--username={variant}",
            "--name=J",
            "--space=S",
            f"--password={PASSWORD}",
            stdout=StringIO(),
        )
    assert get_user_model().objects.filter(username__iexact="john").count() == 1


def test_createspace_stores_the_canonical_name(db):
    call_command(
        "createspace",
        "--username=ＡＮＡ",
        "--name=Ana",
        "--space=S",
        f"--password={PASSWORD}",
        stdout=StringIO(),
    )
    assert get_user_model().objects.get().username == "ana"


def test_older_names_become_canonical_unless_that_would_merge_two_accounts(db):
    users = get_user_model().objects
    for name in ["Ivy", "John", "JOHN", "ana"]:
        users.create_user(username=name, password=PASSWORD)
    left = canonicalise_existing(get_user_model())
    assert sorted(users.values_list("username", flat=True)) == ["JOHN", "ana", "ivy", "john"]
    assert left == ["JOHN"]
    # The one left as it was still signs in as typed; the others by any case.
    assert account_name("JOHN") == "john"
    assert account_name("IVY") == "ivy"


def test_commands_find_a_member_by_any_variant_of_the_name(ivy):
    from midway.api.models import ApiToken

    call_command("token", "create", "ＩＶＹ", "--name=phone", stdout=StringIO())
    assert ApiToken.objects.get().member == ivy


def test_wrong_passwords_under_different_variants_count_against_one_name(ivy, settings):
    from django.test import Client

    client = Client()
    variants = ["IVY", "ｉｖｙ", "Ivy", "ＩＶＹ", "iVy", "ivY"]
    for variant in variants[: settings.AXES_FAILURE_LIMIT]:
        client.post(reverse("login"), {"username": variant, "password": "wrong password"})
    response = client.post(reverse("login"), {"username": "ivy", "password": PASSWORD})
    assert response.status_code == 429
