"""Every API route answers only with what the member may see: anything else is a 404.

The tables below name every route of the OpenAPI document; a route added without
an access test here makes `test_every_route_has_an_access_test` fail.
"""

import pytest

from midway.api.api import api

pytestmark = pytest.mark.django_db

# Detail routes: path, and which object of a space it shows.
DETAILS = [
    ("/letters/{id}", "letter"),
    ("/letters/{id}/versions", "letter"),
    ("/letters/{id}/replies", "letter"),
    ("/replies/{id}", "reply"),
    ("/reactions/{id}", "reaction"),
    ("/questions/{id}", "question"),
    ("/answers/{id}", "answer"),
    ("/things-to-try/{id}", "thing"),
    ("/phrasebook/{id}", "entry"),
    ("/phrasebook-comments/{id}", "comment"),
    ("/checkins/{id}", "checkin"),
    ("/breaks/{id}", "brk"),
    ("/repairs/{id}", "repair"),
    ("/safety-menu/{id}", "safety_item"),
    ("/triggers/{id}", "trigger"),
    ("/decisions/{id}", "decision"),
]

# List routes, and the objects of a space that appear in them.
LISTS = [
    ("/letters", ("letter", "draft")),
    ("/replies", ("reply",)),
    ("/reactions", ("reaction",)),
    ("/questions", ("question", "draft_question")),
    ("/answers", ("answer",)),
    ("/things-to-try", ("thing",)),
    ("/phrasebook", ("entry",)),
    ("/phrasebook-comments", ("comment",)),
    ("/checkins", ("checkin",)),
    ("/breaks", ("brk",)),
    ("/repairs", ("repair",)),
    ("/safety-menu", ("safety_item",)),
    ("/triggers", ("trigger",)),
    ("/decisions", ("decision",)),
    ("/appreciations", ("appreciation",)),
    ("/courting", ("courted_item",)),
]

# Routes that change one object: method, path, body, and which object.
WRITES = [
    ("put", "/letters/{id}", {"title": "x", "body": "y", "revision": 1}, "draft"),
    ("delete", "/letters/{id}", None, "draft"),
    ("post", "/letters/{id}/share", None, "draft"),
    ("post", "/letters/{id}/read", None, "letter"),
    ("post", "/letters/{id}/replies", {"body": "hello"}, "letter"),
    ("post", "/letters/{id}/reactions", {"kind": "heart"}, "letter"),
    ("delete", "/letters/{id}/reactions/heart", None, "letter"),
    ("post", "/questions/{id}/answers", {"text": "mine"}, "question"),
    ("put", "/questions/{id}/answers/mine", {"text": "new", "replacing": "old"}, "question"),
    ("post", "/things-to-try/{id}/agree", None, "thing"),
    ("post", "/things-to-try/{id}/decline", {"note": ""}, "thing"),
    ("post", "/things-to-try/{id}/start", None, "thing"),
    ("post", "/things-to-try/{id}/review", {"outcome": "kept"}, "thing"),
    ("post", "/phrasebook/{id}/heard", None, "entry"),
    ("post", "/phrasebook/{id}/comments", {"text": "why?"}, "entry"),
    ("post", "/breaks/{id}/back", None, "brk"),
    ("post", "/breaks/{id}/more-time", {"minutes": 20}, "brk"),
    ("put", "/repairs/{id}/my-account", {"saw": "mine"}, "repair"),
    ("post", "/repairs/{id}/finish", None, "repair"),
    ("post", "/repairs/{id}/answer", {"accept": True}, "repair"),
    ("put", "/safety-menu/{id}", {"text": "mine"}, "safety_item"),
    ("delete", "/safety-menu/{id}", None, "safety_item"),
    ("put", "/triggers/{id}", {"text": "mine"}, "trigger"),
    ("delete", "/triggers/{id}", None, "trigger"),
    ("put", "/decisions/{id}/need", {"need": "x", "weight": 1}, "decision"),
    ("post", "/decisions/{id}/options", {"text": "x"}, "decision"),
    ("put", "/decision-options/{id}/mark", {"verdict": "works"}, "option"),
    ("post", "/decision-options/{id}/choose", {}, "option"),
    ("post", "/decisions/{id}/another-day", {"day": "2099-01-01"}, "decision"),
    ("post", "/decisions/{id}/reopen", {}, "decision"),
    ("post", "/appreciations/{id}/send", None, "appreciation"),
    ("put", "/appreciations/{id}/favourite", {"keep": True}, "appreciation"),
    ("post", "/courting/{id}/done", {"day": "2020-01-01"}, "courted_item"),
]

# Routes that make something new in the member's own space: no object to reach.
CREATES = [
    "/letters",
    "/letters/import",
    "/questions",
    "/things-to-try",
    "/phrasebook",
    "/checkins/today",
    "/checkins/today/card",
    "/breaks",
    "/repairs",
    "/decisions",
    "/appreciations",
    "/courting",
]

# Routes that answer the space's items as one file (no ids, no JSON list).
FILES = ["/checkins.csv"]

# Lists of what is happening now, never long: the running breaks.
NOW = ["/breaks/current"]


def _template(path: str) -> str:
    return "/api/v1" + path.replace("{id}", "{x}").replace("/heart", "/{kind}")


def test_every_route_has_an_access_test():
    documented = {
        "/api/v1" + path.split("/api/v1", 1)[-1] for path in api.get_openapi_schema()["paths"]
    }
    documented = {_normalise(path) for path in documented}
    tested = {_normalise(_template(path)) for path, _ in DETAILS + LISTS}
    tested |= {_normalise(_template(path)) for _, path, _, _ in WRITES}
    tested |= {_normalise("/api/v1" + path) for path in CREATES + FILES + NOW}
    assert documented == tested


@pytest.mark.parametrize("path", FILES)
def test_files_hold_nothing_of_another_space(world, ivy_api, path):
    from midway.checkins.models import CheckIn

    mine, other = world.mine.checkin, world.other.checkin
    CheckIn.objects.filter(pk=mine.pk).update(note="note of ours")
    CheckIn.objects.filter(pk=other.pk).update(note="note of theirs")
    text = ivy_api.get(path).content.decode()
    assert "note of ours" in text and "note of theirs" not in text


def _normalise(path: str) -> str:
    import re

    return re.sub(r"\{[a-z_]+\}", "{}", path)


def test_running_breaks_are_the_spaces_own(world, ivy_api):
    ids = {item["id"] for item in ivy_api.get("/breaks/current").json()["items"]}
    assert ids == {world.mine.brk.pk, world.theirs.brk.pk}


@pytest.mark.parametrize(("path", "name"), DETAILS)
def test_outsider_gets_404_on_every_detail_route(world, ivy_api, path, name):
    other = getattr(world.other, name)
    response = ivy_api.get(path.format(id=other.pk))
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


@pytest.mark.parametrize(("path", "name"), DETAILS)
def test_member_reads_their_space_on_every_detail_route(world, ivy_api, john_api, path, name):
    for obj in (getattr(world.mine, name), getattr(world.theirs, name)):
        for client in (ivy_api, john_api):
            assert client.get(path.format(id=obj.pk)).status_code == 200


@pytest.mark.parametrize(("path", "names"), LISTS)
def test_lists_hold_nothing_of_another_space(world, ivy_api, path, names):
    items = ivy_api.get(path + "?limit=500").json()["items"]
    ids = {item["id"] for item in items}
    assert ids
    for name in names:
        assert getattr(world.other, name).pk not in ids
        assert getattr(world.mine, name).pk in ids


@pytest.mark.parametrize(
    ("path", "space", "name"),
    [
        ("/letters", "mine", "draft"),  # Ivy's draft
        ("/questions", "mine", "draft_question"),  # imported from Ivy's draft
        ("/answers", "theirs", "hidden_answer"),  # Ivy's answer, not revealed yet
    ],
)
def test_lists_hold_nothing_private_to_the_partner(world, john_api, path, space, name):
    hidden = getattr(getattr(world, space), name)
    ids = {item["id"] for item in john_api.get(path + "?limit=500").json()["items"]}
    assert hidden.pk not in ids


def test_partner_draft_is_404_by_api(world, john_api):
    assert john_api.get(f"/letters/{world.mine.draft.pk}").status_code == 404
    assert john_api.get(f"/questions/{world.mine.draft_question.pk}").status_code == 404


def test_partner_unrevealed_answer_is_404_by_api(world, ivy_api, john_api):
    hidden = world.mine.hidden_answer  # John's answer to Ivy's "reveal together" question
    assert ivy_api.get(f"/answers/{hidden.pk}").status_code == 404
    assert john_api.get(f"/answers/{hidden.pk}").status_code == 200
    question = ivy_api.get(f"/questions/{hidden.question_id}").json()
    assert question["answers"] == [] and question["answer_count"] == 1
    assert hidden.pk not in {a["id"] for a in ivy_api.get("/answers?limit=500").json()["items"]}


def test_outsider_gets_404_on_a_letter_by_api(world, ana_api):
    response = ana_api.get(f"/letters/{world.mine.letter.pk}")
    assert response.status_code == 404
    assert "Edited words" not in response.content.decode()


@pytest.mark.parametrize(("method", "path", "body", "name"), WRITES)
def test_outsider_gets_404_on_every_write_route(world, ana_api, method, path, body, name):
    target = getattr(world.mine, name)
    call = getattr(ana_api, method)
    url = path.format(id=target.pk)
    response = call(url, body) if method in ("post", "put") else call(url)
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("put", "/letters/{id}", {"title": "x", "body": "y", "revision": 1}),
        ("delete", "/letters/{id}", None),
        ("post", "/letters/{id}/share", None),
        ("post", "/letters/{id}/replies", {"body": "hello"}),
        ("post", "/letters/{id}/reactions", {"kind": "heart"}),
    ],
)
def test_partner_cannot_reach_a_draft_by_any_write_route(world, john_api, method, path, body):
    url = path.format(id=world.mine.draft.pk)
    call = getattr(john_api, method)
    response = call(url, body) if body is not None else call(url)
    assert response.status_code == 404
    world.mine.draft.refresh_from_db()
    assert world.mine.draft.status == "draft"


def test_partner_cannot_edit_a_shared_letter_they_did_not_write(world, john_api):
    letter = world.mine.letter
    response = john_api.put(
        f"/letters/{letter.pk}", {"title": "mine now", "body": "", "revision": 2}
    )
    assert response.status_code == 404
