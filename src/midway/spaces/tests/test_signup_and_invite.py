from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from midway.conftest import PASSWORD
from midway.spaces.models import Invite, Member
from midway.spaces.services import create_space

pytestmark = pytest.mark.django_db


def new_space_data(**overrides):
    data = {
        "name": "Ivy",
        "space_name": "Ivy & John",
        "username": "ivy",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(overrides)
    return data


def account_data(**overrides):
    data = {"name": "John", "username": "john", "password1": PASSWORD, "password2": PASSWORD}
    data.update(overrides)
    return data


def test_first_visitor_is_sent_to_welcome(anon_client):
    response = anon_client.get("/")
    assert response.status_code == 302
    assert response["Location"] == reverse("welcome")


def test_first_visitor_creates_account_and_space(client):
    response = client.post(reverse("welcome"), new_space_data())
    assert response.status_code == 302
    member = Member.objects.get(user__username="ivy")
    assert member.space.name == "Ivy & John"
    assert member.user.password.startswith("md5$")  # the test hasher; see test_passwords
    home = client.get("/")
    assert "Ivy &amp; John" in home.content.decode()


def test_welcome_is_closed_once_a_space_exists(ivy, client):
    response = client.get(reverse("welcome"))
    assert response.status_code == 404
    assert "invite-only" in response.content.decode()
    client.post(reverse("welcome"), new_space_data(username="mallory"))
    assert not get_user_model().objects.filter(username="mallory").exists()


def test_open_signup_lets_another_couple_start(ivy, client, settings):
    settings.SIGNUP = "open"
    client.post(reverse("welcome"), new_space_data(username="ana", space_name="Ana & Ben"))
    ana = Member.objects.get(user__username="ana")
    assert ana.space != ivy.space


def test_mismatched_passwords_are_explained_and_nothing_is_created(client):
    response = client.post(reverse("welcome"), new_space_data(password2="something else 123"))
    assert response.status_code == 200
    assert "The two passwords are not the same." in response.content.decode()
    assert not Member.objects.exists()


def test_taken_username_is_refused_whatever_its_case(ivy, client, settings):
    settings.SIGNUP = "open"
    response = client.post(reverse("welcome"), new_space_data(username="IVY"))
    assert "That username is taken" in response.content.decode()


def issue_link(client) -> str:
    response = client.post(reverse("invite"))
    return response.context["link"]


def test_invite_link_is_shown_with_a_qr_code(db, client):
    client.post(reverse("welcome"), new_space_data())
    response = client.post(reverse("invite"))
    body = response.content.decode()
    assert "/join/" in response.context["link"]
    assert 'src="data:image/svg+xml' in body


def test_partner_joins_through_the_invite_and_lands_in_the_same_space(db, client):
    client.post(reverse("welcome"), new_space_data())
    link = issue_link(client)
    partner = type(client)()
    response = partner.post(link, account_data())
    assert response.status_code == 302
    john = Member.objects.get(user__username="john")
    ivy = Member.objects.get(user__username="ivy")
    assert john.space == ivy.space
    page = partner.get("/").content.decode()
    assert "Ivy and John" in page or "John and Ivy" in page


def test_used_link_admits_nobody_else(db, client):
    client.post(reverse("welcome"), new_space_data())
    link = issue_link(client)
    type(client)().post(link, account_data())
    third = type(client)()
    response = third.get(link)
    assert response.status_code == 410
    assert "already been used" in response.content.decode()
    response = third.post(link, account_data(username="eve", name="Eve"))
    assert response.status_code == 410
    assert not get_user_model().objects.filter(username="eve").exists()


def test_expired_link_is_refused_with_a_clear_page(db, client):
    client.post(reverse("welcome"), new_space_data())
    link = issue_link(client)
    Invite.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    response = type(client)().get(link)
    assert response.status_code == 410
    assert "expired" in response.content.decode()


def test_forged_link_is_refused(db, anon_client):
    response = anon_client.get(reverse("join", args=["not-a-real-token"]))
    assert response.status_code == 410
    assert "not valid" in response.content.decode()


def test_new_link_cancels_the_old_one(db, client):
    client.post(reverse("welcome"), new_space_data())
    old = issue_link(client)
    issue_link(client)
    assert type(client)().get(old).status_code == 410


def test_full_space_cannot_make_invites(ivy_client, ivy):
    response = ivy_client.post(reverse("invite"))
    assert "link" not in response.context
    assert Invite.objects.usable().count() == 0


def test_third_person_cannot_join_a_full_space_even_with_an_unused_link(ivy, john, anon_client):
    # An invite made before the partner joined by another way must not admit a third.
    _invite, token = Invite.issue(ivy)
    response = anon_client.post(reverse("join", args=[token]), account_data(username="eve"))
    assert response.status_code == 410
    assert ivy.space.members.count() == 2


def test_signed_in_member_opening_a_link_is_told_to_sign_out(db, client, ana):
    alone = create_space(username="solo", password=PASSWORD, name="Solo", space_name="Solo")
    _invite, token = Invite.issue(alone)
    client.force_login(ana.user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(reverse("join", args=[token]))
    assert response.status_code == 409


def test_a_link_to_this_computer_only_is_flagged(db, client):
    client.post(reverse("welcome"), new_space_data())
    local = client.post(reverse("invite"), HTTP_HOST="127.0.0.1:8000").content.decode()
    assert "won't open on your partner's phone" in local
    lan = client.post(reverse("invite"), HTTP_HOST="192.168.1.20:8000").content.decode()
    assert "won't open on your partner's phone" not in lan
    assert "http://192.168.1.20:8000/join/" in lan


def test_a_forged_host_never_makes_an_invite_link(db, client):
    client.post(reverse("welcome"), new_space_data())
    response = client.post(reverse("invite"), HTTP_HOST="evil.example")
    body = response.content.decode()
    assert "link" not in response.context
    assert "evil.example/join" not in body
    assert "MIDWAY_PUBLIC_URL" in body
    assert Invite.objects.usable().count() == 0


def test_the_public_address_makes_the_link_whatever_the_host(db, client, settings):
    settings.PUBLIC_URL = "https://midway.example.org"
    client.post(reverse("welcome"), new_space_data())
    link = client.post(reverse("invite"), HTTP_HOST="evil.example").context["link"]
    assert link.startswith("https://midway.example.org/join/")


def test_a_host_the_owner_listed_makes_the_link(db, client, settings):
    settings.ALLOWED_HOSTS = ["midway.home.arpa", "testserver"]
    client.post(reverse("welcome"), new_space_data())
    link = client.post(reverse("invite"), HTTP_HOST="midway.home.arpa:8000").context["link"]
    assert link.startswith("http://midway.home.arpa:8000/join/")
