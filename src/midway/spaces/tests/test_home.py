import pytest

from midway.letters.models import Letter
from midway.letters.services import share_letter, start_letter

pytestmark = pytest.mark.django_db


def test_home_shows_a_new_letter_from_the_partner(ivy, john, john_client):
    share_letter(start_letter(ivy, title="After yesterday", body="Words"))
    page = john_client.get("/").content.decode()
    assert "1 new letter from Ivy" in page
    assert "After yesterday" in page


def test_home_never_shows_the_partners_draft(ivy, john_client):
    start_letter(ivy, title="DRAFT-MARKER-1", body="DRAFT-MARKER-2")
    page = john_client.get("/").content.decode()
    assert "DRAFT-MARKER" not in page
    assert "new letter" not in page


def test_home_invites_a_lonely_member_to_bring_their_partner(db, client):
    from midway.conftest import PASSWORD
    from midway.spaces.services import create_space

    member = create_space(username="solo", password=PASSWORD, name="Solo", space_name="Solo")
    client.force_login(member.user, backend="django.contrib.auth.backends.ModelBackend")
    assert "Invite your partner" in client.get("/").content.decode()


def test_home_stays_small_in_queries(ivy, john, ivy_client, django_assert_max_num_queries):
    for number in range(30):
        letter = start_letter(john, body=f"letter {number}")
        letter.status = Letter.SHARED
        letter.save()
    # 14 before "What's new": the last look (2), the happenings (1), their items (one a kind);
    # the navigation's dots: 2; the data version for the page cache: 1.
    with django_assert_max_num_queries(21):
        assert ivy_client.get("/").status_code == 200
