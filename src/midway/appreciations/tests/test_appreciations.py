"""Appreciations: drafts private until sent, favourites kept by the receiver, new ones at home."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from midway.appreciations import services
from midway.appreciations.models import Appreciation
from midway.letters import services as letters

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert(1)</script> & 🙀⚖️📯 \u202eשלום\u202c 'q'"


def test_a_draft_is_the_authors_alone(ivy, john):
    draft = services.write_appreciation(ivy, "Draft words")
    assert not Appreciation.objects.visible_to(john).exists()
    services.send_appreciation(ivy, draft)
    assert Appreciation.objects.visible_to(john).get().text == "Draft words"


def test_partner_cannot_send_or_delete_my_draft(ivy, john):
    draft = services.write_appreciation(ivy, "Mine")
    with pytest.raises(services.NotAllowed):
        services.send_appreciation(john, draft)
    with pytest.raises(services.NotAllowed):
        services.delete_draft(john, draft)


def test_only_the_receiver_keeps_a_favourite(ivy, john):
    sent = services.write_appreciation(ivy, "You are enough for me", send=True)
    with pytest.raises(services.NotAllowed):
        services.keep_as_favourite(ivy, sent)
    kept = services.keep_as_favourite(john, sent)
    assert kept.favourite_at and kept.seen_at


def test_an_appreciation_from_a_draft_letter_waits_for_the_letter(ivy, john):
    letter = letters.start_letter(ivy, title="t", body="You are enough for me.")
    services.write_appreciation(ivy, "You are enough for me.", send=True, source_letter=letter)
    assert not Appreciation.objects.visible_to(john).exists()
    letters.share_letter(letter)
    assert Appreciation.objects.visible_to(john).exists()


def test_deleting_a_draft_letter_takes_its_appreciations(ivy, john):
    letter = letters.start_letter(ivy, title="t", body="b")
    services.write_appreciation(ivy, "Kind words", send=True, source_letter=letter)
    letter.delete()
    assert not Appreciation.objects.exists()


def test_hostile_and_overlong_text(ivy):
    assert services.write_appreciation(ivy, HOSTILE).text == HOSTILE.strip()
    with pytest.raises(ValidationError):
        services.write_appreciation(ivy, "x" * 1001)
    with pytest.raises(ValidationError):
        services.write_appreciation(ivy, "a\x00")


def test_outsider_gets_404(ana_client, ivy):
    sent = services.write_appreciation(ivy, "Ours", send=True)
    for name in ("send", "delete", "favourite", "seen"):
        assert ana_client.post(reverse(f"appreciations:{name}", args=[sent.pk])).status_code == 404
    assert "Ours" not in ana_client.get(reverse("appreciations:index")).content.decode()


def test_partner_gets_404_on_my_draft(john_client, ivy):
    draft = services.write_appreciation(ivy, "Not yet")
    assert john_client.post(reverse("appreciations:send", args=[draft.pk])).status_code == 404
    assert "Not yet" not in john_client.get(reverse("appreciations:index")).content.decode()


def test_sending_from_the_page_and_keeping_from_home(ivy_client, john_client):
    ivy_client.post(
        reverse("appreciations:write"), {"text": "You are enough for me", "action": "send"}
    )
    home = john_client.get(reverse("home")).content.decode()
    assert "You are enough for me" in home
    sent = Appreciation.objects.get()
    john_client.post(reverse("appreciations:favourite", args=[sent.pk]), {"next": "home"})
    sent.refresh_from_db()
    assert sent.favourite_at is not None
    # Seen: no longer new in the home page's appreciations (What's new keeps its history).
    home = john_client.get(reverse("home")).content.decode()
    card = home.split('class="card home-appreciations"', 1)[1].split("</div>\n</div>", 1)[0]
    assert f"home-appreciation-{sent.pk}" not in card


def test_favourites_come_first_on_the_page(ivy, john, john_client):
    first = services.write_appreciation(ivy, "First one", send=True)
    services.write_appreciation(ivy, "Newer one", send=True)
    services.keep_as_favourite(john, first)
    body = john_client.get(reverse("appreciations:index")).content.decode()
    assert body.index("First one") < body.index("Newer one")


def test_an_empty_appreciation_is_400(ivy_client):
    response = ivy_client.post(reverse("appreciations:write"), {"text": "   "})
    assert response.status_code == 400 and not Appreciation.objects.exists()


def test_home_page_queries_do_not_grow(ivy, john, john_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as ctx:
            john_client.get(reverse("home"))
        return len(ctx.captured_queries)

    services.write_appreciation(ivy, "One", send=True)
    few = count()
    for n in range(30):
        services.write_appreciation(ivy, f"Note {n}", send=True)
    assert count() == few
