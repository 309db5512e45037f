"""A partner's pages cost the same queries after ten years as after one, and stay small.

Measured over `midway demo` (Ivy & John, Ana & Ben): built for one year, each page
read as Ivy; then everything removed and built again for ten years, and read again.
A page whose queries or size grew with the years would show here, long before it
slowed down a real couple's phone.
"""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from midway.api.tests.conftest import client_for
from midway.exchange.demo import build_demo
from midway.letters.models import Letter
from midway.spaces.models import Member, Space

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# The home page is left out: its queries follow what the last days hold (26 or 27),
# not the years; it is another piece of work.
PAGES = [
    "/letters/",
    "/letters/?page=2",
    "/letters/?q=sorry",
    "/together/",
    "/together/questions/",
    "/together/questions/?show=answered",
    "/together/things/",
    "/together/things/?show=kept",
    "/together/things/?show=dropped",
    "/together/phrasebook/",
    "/together/phrasebook/?q=mean",
    "/checkin/",
]
# The largest a page may be, whatever the years: lists are pages, not the whole past.
# The check-in page is the largest (about 55 KB: the day's form, two card faces drawn
# inline, and two weeks of small ones).
MOST_BYTES = 64_000


def read_as_ivy() -> dict[str, tuple[int, int]]:
    ivy = Member.objects.get(user__username="ivy")
    client = Client()
    client.force_login(ivy.user, backend="django.contrib.auth.backends.ModelBackend")
    letter = Letter.objects.visible_to(ivy).filter(status="shared").order_by("-id").first()
    seen = {}
    for path in [*PAGES, f"/letters/{letter.pk}/"]:
        client.get(path)  # once first: what is cached per process is not what we count
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        name = "a letter" if path.startswith(f"/letters/{letter.pk}") else path
        seen[name] = (len(queries), len(response.content))
    api = client_for(ivy)
    api.get("/letters")
    with CaptureQueriesContext(connection) as queries:
        response = api.get("/letters")
    assert response.status_code == 200
    seen["/api/v1/letters"] = (len(queries), len(response.content))
    return seen


def test_queries_are_the_same_at_one_year_and_ten_and_pages_stay_small():
    build_demo(years=1)
    one_year = read_as_ivy()
    for model in (Space, get_user_model()):
        model.objects.all().delete()
    build_demo(years=10)
    ten_years = read_as_ivy()
    assert {page: q for page, (q, _) in ten_years.items()} == {
        page: q for page, (q, _) in one_year.items()
    }
    # The API's pages carry whole letters, so their size follows the letters, not the years.
    too_big = {
        page: size
        for page, (_, size) in ten_years.items()
        if size > MOST_BYTES and not page.startswith("/api/")
    }
    assert too_big == {}
