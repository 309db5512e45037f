"""Who reaches what: partners share check-ins, nobody else reaches them at all."""

import pytest
from django.urls import reverse

from midway.checkins.models import CheckIn
from midway.checkins.services import record_checkin

pytestmark = pytest.mark.django_db

METHODS = ["get", "post", "put", "patch", "delete"]
ROUTES = ["checkin:index", "checkin:card", "checkin:history", "checkin:detail"]


@pytest.fixture
def ivys_checkin(ivy):
    return record_checkin(ivy, mood="🐆", note="only for John", card="The Star")


def url_of(name, checkin):
    return reverse(name, args=[checkin.pk]) if name == "checkin:detail" else reverse(name)


@pytest.mark.parametrize("method", METHODS)
def test_outsider_gets_404(ana_client, ivys_checkin, method):
    response = getattr(ana_client, method)(url_of("checkin:detail", ivys_checkin))
    assert response.status_code == 404
    assert "only for John" not in response.content.decode()


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("route", ROUTES)
def test_a_user_without_a_space_gets_404_everywhere(db, client, django_user_model, ivys_checkin,
                                                     route, method):  # fmt: skip
    client.force_login(django_user_model.objects.create_user("root", password="x"))
    assert getattr(client, method)(url_of(route, ivys_checkin)).status_code == 404


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("route", ROUTES)
def test_anonymous_visitors_are_sent_to_sign_in(anon_client, ivys_checkin, route, method):
    response = getattr(anon_client, method)(url_of(route, ivys_checkin))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert CheckIn.objects.count() == 1


@pytest.mark.parametrize("route", ["checkin:index", "checkin:history"])
def test_outsiders_own_pages_show_nothing_of_ours(ana_client, ivys_checkin, route):
    body = ana_client.get(reverse(route)).content.decode()
    assert "only for John" not in body
    assert "🐆" not in body
    assert "Ivy" not in body


def test_outsiders_saves_touch_only_their_own_checkin(ana_client, ana, ivys_checkin):
    ana_client.post(reverse("checkin:index"), {"mood_other": "😌", "note": "mine"})
    ana_client.post(reverse("checkin:card"), {"action": "choose", "card": "The Fool"})
    ivys_checkin.refresh_from_db()
    assert (ivys_checkin.mood, ivys_checkin.note, ivys_checkin.card) == (
        "🐆",
        "only for John",
        "The Star",
    )
    anas = CheckIn.objects.get(member=ana)
    assert anas.space == ana.space
    assert (anas.mood, anas.card) == ("😌", "The Fool")


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_partners_can_only_read_a_checkin_page(john_client, ivys_checkin, method):
    response = getattr(john_client, method)(url_of("checkin:detail", ivys_checkin))
    assert response.status_code == 405
    ivys_checkin.refresh_from_db()
    assert ivys_checkin.note == "only for John"


@pytest.mark.parametrize(
    ("route", "method"), [("checkin:card", "get"), ("checkin:history", "post")]
)
def test_members_get_405_for_a_method_a_page_does_not_take(ivy_client, route, method):
    assert getattr(ivy_client, method)(reverse(route)).status_code == 405


def test_queryset_keeps_each_space_to_itself(ivy, john, ana, ivys_checkin):
    record_checkin(ana, mood="😌")
    assert list(CheckIn.objects.visible_to(john)) == [ivys_checkin]
    assert ivys_checkin not in CheckIn.objects.visible_to(ana)
