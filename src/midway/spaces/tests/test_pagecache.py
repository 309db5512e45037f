"""The page cache never shows what is no longer so.

Every rule of `midway.spaces.pagecache` and `midway.spaces.changes` has a test here:
writes of every kind raise the data version (a signal-less `update()` included), a
page read before a write is never served after it, each browser and each member has
their own pages, and what is not a plain page to a signed-in member is never kept.
"""

import re
import time

import pytest
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.middleware.csrf import _unmask_cipher_token
from django.utils import timezone

from midway.api.models import ApiToken
from midway.conftest import _client_for
from midway.letters import services as letters
from midway.letters.models import Letter
from midway.spaces import pagecache
from midway.spaces.changes import data_version, tables_with_trigger, watched_tables

pytestmark = pytest.mark.django_db


def visit(client, path="/letters/", **headers):
    """Three visits: the first sets the CSRF cookie, the second is kept, the third is
    served from the cache. Returns the last response."""
    for _ in range(3):
        response = client.get(path, **headers)
        assert response.status_code == 200
    return response


def test_every_watched_table_carries_the_trigger():
    existing = set(connection.introspection.table_names())
    watched = {table for table in watched_tables() if table in existing}
    assert "letters_letter" in watched and "together_answer" in watched
    assert watched <= tables_with_trigger()
    assert {"django_session", "api_apitoken", "auth_user"} <= tables_with_trigger()
    assert "notify_delivery" not in tables_with_trigger()


def test_writes_of_every_kind_raise_the_data_version(ivy):
    seen = [data_version()]

    def moved():
        seen.append(data_version())
        return seen[-1] > seen[-2]

    letter = letters.start_letter(ivy, title="A", body="first")
    assert moved()  # a save
    Letter.objects.filter(pk=letter.pk).update(title="B")
    assert moved()  # an update, which sends no signal
    with connection.cursor() as cursor:
        cursor.execute("UPDATE letters_letter SET body = 'raw' WHERE id = %s", [letter.pk])
    assert moved()  # raw SQL
    Letter.objects.filter(pk=letter.pk).delete()
    assert moved()  # a delete
    ivy.user.first_name = "Ivy"
    ivy.user.save()
    assert moved()  # the users' table too


def test_a_second_visit_is_served_without_the_view(ivy_client, ivy, django_assert_max_num_queries):
    letters.share_letter(letters.start_letter(ivy, title="Kept", body="x"))
    visit(ivy_client)
    # Only the data version: not the session, the user or the member.
    with django_assert_max_num_queries(1):
        response = ivy_client.get("/letters/")
    assert b"Kept" in response.content


def test_a_partners_write_is_seen_at_once_even_through_update(ivy_client, john):
    draft = letters.start_letter(john, title="From John, unshared", body="x")
    assert b"From John, unshared" not in visit(ivy_client).content
    letters.share_letter(draft)  # QuerySet.update(), no signal
    assert b"From John, unshared" in ivy_client.get("/letters/").content


def test_taking_back_hides_the_letter_again(ivy_client, john):
    letter = letters.share_letter(letters.start_letter(john, title="Said too soon", body="x"))
    assert b"Said too soon" in visit(ivy_client).content
    letters.take_back(letter)
    assert b"Said too soon" not in ivy_client.get("/letters/").content


def test_each_member_and_each_browser_has_their_own_pages(ivy, john, ana):
    ivy_phone, ivy_laptop = _client_for(ivy), _client_for(ivy)
    letters.start_letter(ivy, title="Ivy's private draft", body="x")
    assert b"Ivy&#x27;s private draft" in visit(ivy_phone).content
    assert b"private draft" not in visit(_client_for(john)).content
    assert b"private draft" not in visit(_client_for(ana)).content
    # Another browser of Ivy's gets its own page: its forms carry its own CSRF secret.
    for client in (ivy_phone, ivy_laptop):
        page = visit(client, "/together/questions/")
        masked = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.content)
        assert masked, "the questions page has a form"
        secret = client.cookies[settings.CSRF_COOKIE_NAME].value
        assert _unmask_cipher_token(masked.group(1).decode()) == secret


def test_signing_out_ends_the_cached_pages(ivy_client):
    visit(ivy_client)
    ivy_client.post("/logout/")
    assert "_auth_user_id" not in ivy_client.session
    response = ivy_client.get("/letters/")
    assert response.status_code == 302


def test_anonymous_requests_and_posts_are_never_kept(anon_client, ivy_client):
    anon_client.get("/letters/")
    anon_client.get("/login/")
    ivy_client.post("/letters/new/", {"title": "t", "body": "b"})
    assert not pagecache._store()._cache  # nothing kept by either


def test_a_waiting_message_is_shown_not_a_kept_page(ivy, rf):
    request = rf.get("/letters/")
    request.COOKIES[settings.SESSION_COOKIE_NAME] = "a session"
    assert pagecache.page_key(request) is not None
    request.COOKIES[CookieStorage.cookie_name] = "a message"
    assert pagecache.page_key(request) is None
    # A message kept in the session: the view is not marked, so its page is not kept.
    request = rf.get("/letters/")
    request.user, request.session = ivy.user, SessionStore()
    marked = pagecache.cached_page(lambda request: request)
    assert getattr(marked(request), pagecache.KEEP, False)
    request = rf.get("/letters/")
    request.user, request.session = ivy.user, SessionStore()
    request.session["_messages"] = "[]"
    assert not getattr(marked(request), pagecache.KEEP, False)


def test_the_clock_moves_a_page_on(ivy_client, monkeypatch):
    visit(ivy_client)
    kept = len(pagecache._store()._cache)
    later = time.time() + settings.PAGE_CACHE_SECONDS + 1
    monkeypatch.setattr(pagecache.time, "time", lambda: later)
    assert ivy_client.get("/letters/").status_code == 200
    # A new slice of time: the view ran again and its page was kept anew.
    assert len(pagecache._store()._cache) == kept + 1


def test_htmx_fragments_and_pages_are_kept_apart(ivy_client):
    page = visit(ivy_client, "/together/questions/")
    fragment = visit(ivy_client, "/together/questions/", HTTP_HX_REQUEST="true")
    assert b"<html" in page.content.lower()
    assert page.content != fragment.content or b"<html" in fragment.content.lower()


def test_the_api_checks_the_token_on_every_request(ivy_api, ivy):
    letters.share_letter(letters.start_letter(ivy, title="Listed", body="x"))
    for _ in range(2):
        response = ivy_api.get("/letters")
        assert response.status_code == 200
    assert "Listed" in response.content.decode()
    ApiToken.objects.filter(member=ivy).update(revoked_at=timezone.now())
    assert ivy_api.get("/letters").status_code == 401


def test_the_cache_can_be_turned_off(ivy_client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    visit(ivy_client)
    assert not pagecache._store()._cache


def test_unmarked_pages_are_never_kept(ivy_client):
    for _ in range(3):
        assert ivy_client.get("/settings/").status_code == 200
    assert not pagecache._store()._cache


def test_the_number_never_comes_back_after_a_flush(ivy_client):
    from midway.spaces.changes import install_triggers
    from midway.spaces.models import DataVersion

    visit(ivy_client)
    before = data_version()
    DataVersion.objects.all().delete()  # what `flush` does to it
    assert data_version() is None
    pagecache.clear()
    visit(ivy_client)
    assert not pagecache._store()._cache  # nothing is kept without the number
    install_triggers()  # `flush` sends post_migrate, which makes the row again
    assert data_version() > before
