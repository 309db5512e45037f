"""List pages cost the same few queries with 50 items as with 1: no N+1."""

import pytest
from django.urls import reverse

from midway.together import services
from midway.together.models import ThingToTry
from midway.together.views.common import PAGE_SIZE

pytestmark = pytest.mark.django_db

ITEMS = 50


@pytest.fixture
def busy_space(ivy, john):
    for n in range(ITEMS):
        asker, other = (ivy, john) if n % 2 else (john, ivy)
        question = services.ask_question(asker, f"Question {n}", reveal_together=n % 3 == 0)
        if n % 4 == 0:
            services.answer_question(other, question, f"Answer {n}")
        thing = services.propose_thing(asker, f"Thing {n}", why="why")
        if n % 2 == 0:
            services.agree_to_thing(other, thing)
        if n % 4 == 0:
            services.start_trying(other, thing)
            services.review_thing(other, thing, ThingToTry.KEPT, "note")
        entry = services.add_phrasebook_entry(asker, said=f"Phrase {n}", meaning="m")
        services.comment_on_entry(other, entry, f"Why {n}?")
        if n % 5 == 0:
            services.mark_heard(other, entry)


# Each limit counts the navigation's two (where the partner did something new).
@pytest.mark.parametrize(
    ("name", "limit"),
    [("index", 15), ("questions", 11), ("things", 9), ("phrasebook", 9), ("bank", 7)],
)
def test_list_pages_do_not_grow_n_plus_one_queries(
    ivy_client, busy_space, django_assert_max_num_queries, name, limit
):
    with django_assert_max_num_queries(limit):
        response = ivy_client.get(reverse(f"together:{name}"))
    assert response.status_code == 200


def test_question_list_shows_open_questions_a_page_at_a_time(ivy_client, busy_space):
    body = ivy_client.get(reverse("together:questions")).content.decode()
    assert body.count('class="card question"') == PAGE_SIZE
    assert "page=2" in body
    rest = ivy_client.get(reverse("together:questions"), {"show": "open", "page": 99})
    assert rest.content.decode().count('class="card question"') >= 1


def test_phrasebook_search_stays_cheap(ivy_client, busy_space, django_assert_max_num_queries):
    with django_assert_max_num_queries(9):
        ivy_client.get(reverse("together:phrasebook"), {"q": "phrase 1"})
