"""One test per access rule: outsiders get 404 everywhere, anonymous visitors sign in first."""

import pytest
from django.urls import reverse

from midway.together import services
from midway.together.models import Answer, PhrasebookComment, ThingToTry

pytestmark = pytest.mark.django_db

QUESTION_ROUTES = ["question", "answer"]
THING_ROUTES = ["thing", "agree", "decline", "start", "review"]
ENTRY_ROUTES = ["entry", "heard", "comment"]
LIST_ROUTES = ["index", "questions", "ask", "bank", "things", "propose", "phrasebook", "new_entry"]
METHODS = ["get", "post", "put", "patch", "delete", "head", "options"]


@pytest.fixture
def ivys_items(question, together_question, thing, entry):
    return {"question": question, "thing": thing, "entry": entry}


def object_urls(items):
    for name in QUESTION_ROUTES:
        yield reverse(f"together:{name}", args=[items["question"].pk])
    for name in THING_ROUTES:
        yield reverse(f"together:{name}", args=[items["thing"].pk])
    for name in ENTRY_ROUTES:
        yield reverse(f"together:{name}", args=[items["entry"].pk])


@pytest.mark.parametrize("method", METHODS)
def test_outsider_gets_404_on_every_item_route(ana_client, ivys_items, method):
    for url in object_urls(ivys_items):
        response = getattr(ana_client, method)(url, {"text": "x", "note": "x", "outcome": "kept"})
        assert response.status_code == 404, (method, url)


def test_outsider_gets_404_on_a_question(ana_client, question):
    assert ana_client.get(question.get_absolute_url()).status_code == 404
    assert (
        ana_client.post(reverse("together:answer", args=[question.pk]), {"text": "hi"}).status_code
        == 404
    )
    assert not Answer.objects.exists()


def test_outsider_cannot_agree_or_comment(ana_client, thing, entry):
    ana_client.post(reverse("together:agree", args=[thing.pk]))
    ana_client.post(reverse("together:comment", args=[entry.pk]), {"text": "hello"})
    ana_client.post(reverse("together:heard", args=[entry.pk]))
    thing.refresh_from_db()
    entry.refresh_from_db()
    assert thing.status == ThingToTry.PROPOSED
    assert entry.heard_at is None
    assert not PhrasebookComment.objects.exists()


def test_outsider_lists_show_only_their_own_space(ana_client, ivys_items):
    for name in ["index", "questions", "things", "phrasebook"]:
        body = ana_client.get(reverse(f"together:{name}"), {"q": "want"}).content.decode()
        assert ivys_items["question"].text not in body
        assert ivys_items["thing"].text not in body
        assert ivys_items["entry"].said not in body


def test_outsider_bank_question_lands_in_their_own_space(ana_client, ana):
    from midway.together import bank
    from midway.together.models import Question

    ana_client.post(reverse("together:ask_from_bank"), {"text": bank.all_questions()[0]})
    assert Question.objects.get().space == ana.space


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_sign_in_first(anon_client, ivys_items, method):
    urls = [reverse(f"together:{name}") for name in [*LIST_ROUTES, "ask_from_bank"]]
    for url in [*urls, *object_urls(ivys_items)]:
        response = getattr(anon_client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url


def test_a_user_without_a_space_gets_404(client, django_user_model, question):
    client.force_login(django_user_model.objects.create_user("root", password="x"))
    assert client.get(reverse("together:index")).status_code == 404
    assert client.get(question.get_absolute_url()).status_code == 404


def test_item_routes_answer_405_to_a_wrong_method_for_members(john_client, thing):
    assert john_client.get(reverse("together:agree", args=[thing.pk])).status_code == 405
    assert john_client.post(thing.get_absolute_url()).status_code == 405


def test_services_refuse_a_member_of_another_space(ana, question, thing, entry):
    with pytest.raises(services.NotAllowed):
        services.answer_question(ana, question, "x")
    with pytest.raises(services.NotAllowed):
        services.agree_to_thing(ana, thing)
    with pytest.raises(services.NotAllowed):
        services.mark_heard(ana, entry)
    with pytest.raises(services.NotAllowed):
        services.comment_on_entry(ana, entry, "x")
