"""The Repair pages with the test client: one test per access rule, and the reveal
rule at every place a partner could read an account (page, list, home, export)."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from midway.exchange.export import export_member
from midway.repair import breaks, kit
from midway.repair.models import Break, Repair, SafetyItem
from midway.together import services as together

pytestmark = pytest.mark.django_db


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_repair_tab_is_built_and_in_order(ivy, john, ivy_client, john_client, half_written):
    kit.add_safety_item(ivy, "A quiet walk")
    kit.add_trigger(john, "Slammed doors", shared=True)
    breaks.take_break(ivy, return_at=timezone.now() + timedelta(minutes=30))
    body = page(ivy_client, "/repair/")
    assert "not built yet" not in body
    order = [
        body.index("You’re taking a break"),
        body.index('id="waiting-title"'),
        body.index("My safety menu and triggers"),
        body.index("John’s safety menu"),
    ]
    assert order == sorted(order)
    assert "A quiet walk" in body and "Slammed doors" in body
    assert 'aria-current="page">Repair' in body
    assert "waiting for you" in page(john_client, "/repair/")


def test_partner_cannot_see_unfinished_account_on_the_page(half_written, ivy_client, john_client):
    for url in (f"/repair/repairs/{half_written.pk}/", "/repair/repairs/", "/repair/", "/"):
        assert "JOHN-" not in page(ivy_client, url), url
        assert "IVY-SIDE" not in page(john_client, url), url
    assert "John" in page(ivy_client, f"/repair/repairs/{half_written.pk}/")


def test_the_author_sees_their_own_unfinished_account(half_written, john_client):
    assert "JOHN-SIDE-MARKER" in page(john_client, f"/repair/repairs/{half_written.pk}/")


def test_both_sides_appear_once_both_finished(half_written, ivy_client, john_client):
    john_client.post(f"/repair/repairs/{half_written.pk}/finish/")
    body = page(ivy_client, f"/repair/repairs/{half_written.pk}/")
    assert "JOHN-SIDE-MARKER" in body and "IVY-SIDE-MARKER" in body


def test_partner_cannot_see_unfinished_account_in_their_export(half_written, ivy, john):
    ivys = json.dumps(export_member(ivy), ensure_ascii=False)
    johns = json.dumps(export_member(john), ensure_ascii=False)
    assert "JOHN-" not in ivys and "IVY-SIDE-MARKER" in ivys
    assert "IVY-SIDE" not in johns and "JOHN-SIDE-MARKER" in johns


def test_saving_as_i_go_with_htmx_keeps_every_word(repair, ivy, ivy_client):
    words = "‏كنت خائفة 🙀 <b>really</b>"
    response = ivy_client.post(
        f"/repair/repairs/{repair.pk}/save/",
        {"saw": words, "feelings": ["hurt"]},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200 and "Saved at" in response.content.decode()
    account = repair.accounts.get(author=ivy)
    assert (account.saw, account.feelings) == (words, ["hurt"])
    assert "<b>really</b>" not in page(ivy_client, f"/repair/repairs/{repair.pk}/")


def test_too_long_an_account_is_refused_with_the_words_kept(repair, ivy_client):
    long = "x" * 6000
    response = ivy_client.post(f"/repair/repairs/{repair.pk}/save/", {"saw": long})
    assert response.status_code == 400
    assert "under 5,000 characters" in response.content.decode()
    assert long in response.content.decode()


def test_finishing_an_empty_account_explains_why_not(repair, ivy_client):
    response = ivy_client.post(f"/repair/repairs/{repair.pk}/finish/")
    assert response.status_code == 400
    assert "at least one step" in response.content.decode()


def test_opening_the_same_incident_twice_shows_the_open_one(ivy_client, john_client):
    first = ivy_client.post("/repair/repairs/open/", {"title": "Sunday"})
    second = john_client.post("/repair/repairs/open/", {"title": "sunday"}, follow=True)
    assert Repair.objects.count() == 1
    assert first["Location"] == second.redirect_chain[0][0]
    assert "open already" in second.content.decode()


def test_outsider_gets_404_for_every_repair_page(half_written, ana_client, ivy, john):
    brk = breaks.take_break(ivy, return_at=timezone.now() + timedelta(minutes=30))
    item = kit.add_safety_item(ivy, "tea")
    trigger = kit.add_trigger(ivy, "shouting", shared=True)
    urls = [
        f"/repair/repairs/{half_written.pk}/",
        f"/repair/breaks/{brk.pk}/",
        f"/repair/menu/{item.pk}/",
        f"/repair/triggers/{trigger.pk}/",
    ]
    for url in urls:
        assert ana_client.get(url).status_code == 404, url
    for url in [
        f"/repair/repairs/{half_written.pk}/save/",
        f"/repair/repairs/{half_written.pk}/finish/",
        f"/repair/repairs/{half_written.pk}/answer/",
        f"/repair/breaks/{brk.pk}/back/",
        f"/repair/menu/{item.pk}/remove/",
    ]:
        assert ana_client.post(url, {"saw": "x"}).status_code == 404, url
    assert "tea" not in page(ana_client, "/repair/")
    assert Break.objects.get().is_running


def test_partner_gets_404_for_a_private_trigger(ivy, john_client):
    private = kit.add_trigger(ivy, "an old wound", kind="wound")
    assert john_client.get(f"/repair/triggers/{private.pk}/").status_code == 404
    assert "an old wound" not in page(john_client, "/repair/triggers/")


def test_partner_reads_my_menu_line_but_cannot_change_or_remove_it(ivy, john_client):
    item = kit.add_safety_item(ivy, "A walk")
    assert "A walk" in page(john_client, f"/repair/menu/{item.pk}/")
    assert (
        john_client.post(f"/repair/menu/{item.pk}/", {"text": "x", "kind": "helps"}).status_code
        == 404
    )
    assert john_client.post(f"/repair/menu/{item.pk}/remove/").status_code == 404
    assert SafetyItem.objects.get().text == "A walk"


def test_partner_cannot_end_my_break(ivy, john_client):
    brk = breaks.take_break(ivy, return_at=timezone.now() + timedelta(minutes=30))
    assert john_client.post(f"/repair/breaks/{brk.pk}/back/").status_code == 404
    assert john_client.post(f"/repair/breaks/{brk.pk}/more/", {"minutes": 30}).status_code == 404
    assert Break.objects.get().is_running


def test_taking_a_break_and_a_second_one(ivy, ivy_client, john_client):
    response = ivy_client.post("/repair/breaks/take/", {"minutes": "30", "note": "Love you"})
    brk = Break.objects.get()
    assert response["Location"] == f"/repair/breaks/{brk.pk}/"
    again = ivy_client.post("/repair/breaks/take/", {"minutes": "45"}, follow=True)
    assert "on a break already" in again.content.decode()
    assert Break.objects.count() == 1
    assert "Love you" in page(john_client, "/repair/breaks/now/")


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ({"minutes": "5"}, "at least 20 minutes"),
        ({"minutes": "-30"}, "already passed"),
        ({"minutes": "600000"}, "a day at most"),
        ({"minutes": "soon"}, "whole number"),
        ({"back_at": "25:99"}, "like 20:40"),
    ],
)
def test_a_bad_return_time_is_explained(ivy_client, data, says):
    response = ivy_client.post("/repair/breaks/take/", data)
    assert response.status_code == 400
    assert says in response.content.decode()
    assert not Break.objects.exists()


def test_im_back_from_a_stale_tab_is_harmless(ivy, ivy_client):
    brk = breaks.take_break(ivy, return_at=timezone.now() + timedelta(minutes=30))
    ivy_client.post(f"/repair/breaks/{brk.pk}/back/")
    stale = ivy_client.post(f"/repair/breaks/{brk.pk}/back/", follow=True)
    assert "already back" in stale.content.decode()
    more = ivy_client.post(f"/repair/breaks/{brk.pk}/more/", {"minutes": "20"}, follow=True)
    assert "already over" in more.content.decode()
    assert Break.objects.get().extensions == 0


def test_the_polled_fragment_answers_204_while_nothing_changed(ivy, john_client):
    first = john_client.get("/repair/breaks/now/")
    assert first.status_code == 200
    assert john_client.get("/repair/breaks/now/?v=none").status_code == 204
    brk = breaks.take_break(ivy, return_at=timezone.now() + timedelta(minutes=30))
    changed = john_client.get("/repair/breaks/now/?v=none")
    assert changed.status_code == 200
    assert "Ivy is taking a break" in changed.content.decode()
    version = breaks.version_of([brk])
    assert john_client.get(f"/repair/breaks/now/?v={version}").status_code == 204


def test_the_polled_fragment_stays_cheap(ivy, john, john_client, django_assert_max_num_queries):
    breaks.take_break(ivy, return_at=timezone.now() + timedelta(minutes=30))
    version = breaks.version_of(breaks.running_breaks(john))
    with django_assert_max_num_queries(4):
        assert john_client.get(f"/repair/breaks/now/?v={version}").status_code == 204


def test_add_my_answer_to_my_menu_in_one_click(ivy, john, ivy_client):
    question = together.ask_question(john, "What makes you feel safe after a fight?")
    answer = together.answer_question(ivy, question, "Sitting close, without talking yet")
    body = page(ivy_client, f"/together/questions/{question.pk}/")
    assert "Add my answer to my safety menu" in body
    ivy_client.post(f"/repair/menu/from-answer/{answer.pk}/", {"kind": "helps"})
    ivy_client.post(f"/repair/menu/from-answer/{answer.pk}/", {"kind": "helps"})
    assert list(SafetyItem.objects.values_list("text", flat=True)) == [answer.text]


def test_next_time_becomes_a_thing_to_try_in_one_click(half_written, john, ivy_client, john_client):
    john_client.post(f"/repair/repairs/{half_written.pk}/finish/")
    response = john_client.post(f"/repair/repairs/{half_written.pk}/try/", {"whose": "theirs"})
    from midway.together.models import ThingToTry

    thing = ThingToTry.objects.get()
    assert response["Location"] == f"/together/things/{thing.pk}/"
    assert (thing.text, thing.author) == ("Ask me first", john)


def test_home_shows_a_break_and_a_waiting_repair_at_the_top(ivy, john, john_client, half_written):
    breaks.take_break(ivy, return_at=timezone.now() + timedelta(minutes=30))
    body = page(john_client, "/")
    assert body.index("Ivy is taking a break") < body.index("Waiting for you")
    assert "A repair is waiting for you" in body and "The dishes, again" in body


def test_home_query_count_does_not_grow_with_repairs(ivy, john, john_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from midway.repair import repairs

    repairs.open_repair(ivy, "Repair 0")
    breaks.take_break(ivy, return_at=timezone.now() + timedelta(minutes=30))
    john_client.get("/")
    # Something new since that look on both sides: a look is written only then.
    repairs.open_repair(ivy, "Repair 1")
    with CaptureQueriesContext(connection) as one:
        assert john_client.get("/").status_code == 200
    for n in range(2, 21):
        repairs.open_repair(ivy, f"Repair {n}")
    with CaptureQueriesContext(connection) as twenty:
        assert john_client.get("/").status_code == 200
    assert len(twenty) == len(one)


def test_the_repairs_list_is_paged_newest_first(ivy, ivy_client):
    from midway.repair.views.repairs import REPAIRS_PER_PAGE

    Repair.objects.bulk_create(
        Repair(space=ivy.space, author=ivy, title=f"Fight number {n}")
        for n in range(REPAIRS_PER_PAGE + 3)
    )
    first = page(ivy_client, "/repair/repairs/")
    assert first.count("Fight number") == REPAIRS_PER_PAGE
    assert "Older →" in first
    second = page(ivy_client, "/repair/repairs/?page=2")
    assert second.count("Fight number") == 3
    assert page(ivy_client, "/repair/repairs/?page=oops").count("Fight number") == REPAIRS_PER_PAGE
