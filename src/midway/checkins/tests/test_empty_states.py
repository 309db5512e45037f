"""Lists with nothing in them yet say something kind and what to do next."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("route", "words", "next_step"),
    [
        ("checkin:history", "No check-ins yet.", "checkin:index"),
        ("checkin:index", "Nothing here yet, and that is fine.", "checkin:history"),
        ("repair:breaks", "No breaks yet.", "repair:take_break"),
        ("repair:repairs", "We hope you rarely need one.", "repair:open"),
        ("appreciations:index", "Something small counts", "appreciations:write"),
    ],
)
def test_an_empty_list_is_kind_and_points_onward(ivy_client, route, words, next_step):
    page = ivy_client.get(reverse(route)).content.decode()
    assert words in page
    assert reverse(next_step) in page
