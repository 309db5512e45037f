"""No couple ever reaches another couple's things, and a partner never reaches a draft.

The routes come from the URL resolver and the objects from every space-owned model,
so a new route or model is covered (or fails here) without editing this file.
"""

import pytest

from midway.safety.probe import (
    METHODS,
    NOT_THERE,
    call,
    client_for,
    sends_to_login,
    text_of,
    undone,
)
from midway.safety.routes import all_routes, object_routes, page_routes
from midway.safety.world import space_owned_models

# Routes whose arguments are not object ids, each with the test that covers it.
EXPLICIT = {
    "join": "test_invite_links_admit_nobody_into_a_full_or_other_space",
}


def test_every_space_owned_model_is_in_the_world(world):
    missing = []
    for model in space_owned_models():
        for space in (world.space_a, world.space_b):
            if not any(isinstance(i.obj, model) for i in world.in_space(space)):
                missing.append(f"{model._meta.label} in {space}")
    assert not missing, (
        "add a recipe in midway/safety/recipes.py for these models, so that the isolation "
        f"tests reach their pages: {missing}"
    )


def test_every_id_names_one_object(world):
    ids = [i.obj.pk for i in world.items if i.model._meta.label != "auth.User"]
    assert len(ids) == len(set(ids))


def test_every_route_is_public_a_page_an_object_route_or_handled_explicitly():
    unknown = [
        str(route)
        for route in all_routes()
        if (not route.is_public and route.other_kwargs and route.name not in EXPLICIT)
        or len(route.id_kwargs) > 1
    ]
    assert not unknown, (
        "these routes take arguments that are not object ids (or several ids): add them to "
        f"EXPLICIT with a test, or teach midway/safety/routes.py: {unknown}"
    )


def _object_routes(api: bool):
    return [r for r in object_routes() if r.is_api == api and not r.other_kwargs]


def _url(route, pk):
    return route.url(**{route.id_kwargs[0]: pk})


def _answers_a_member(route, ids, members, crashes) -> bool:
    for method in METHODS:
        for pk in ids:
            for client in members:
                with undone():
                    status = call(client, method, _url(route, pk)).status_code
                if status >= 500:
                    crashes.append(f"{method.upper()} {_url(route, pk)} → {status}")
                if status not in NOT_THERE:
                    return True
    return False


def test_every_object_route_is_exercised_by_a_member(world, quick):
    """Each object route answers a member for some object: the 404s below mean something."""
    members = [client_for(world.ivy), client_for(world.john)]
    ids = world.ids_owned_by(world.space_a)
    silent, crashes = [], []
    for route in _object_routes(api=False):
        if not _answers_a_member(route, ids, members, crashes):
            silent.append(str(route))
    assert not crashes
    assert not silent, (
        "no member got anything but 404/405 from these routes for any object of their "
        f"space: add the objects they show to midway/safety/recipes.py: {silent}"
    )


def _forbidden(client, routes, ids):
    wrong = []
    for route in routes:
        for pk in ids:
            url = _url(route, pk)
            for method in METHODS:
                status = call(client, method, url).status_code
                if status not in NOT_THERE:
                    wrong.append(f"{method.upper()} {url} → {status}")
    return wrong


def test_another_couple_gets_404_for_every_object_and_method(world, quick):
    wrong = _forbidden(
        client_for(world.ana), _object_routes(api=False), world.ids_owned_by(world.space_a)
    )
    assert not wrong, f"Ana (another space) reached Ivy and John's objects: {wrong}"


def test_partner_gets_404_for_drafts_and_unrevealed_answers(world, quick):
    routes = _object_routes(api=False)
    wrong = _forbidden(client_for(world.john), routes, world.private_ids_of(world.ivy))
    wrong += _forbidden(client_for(world.ivy), routes, world.private_ids_of(world.john))
    assert world.private_ids_of(world.ivy) and world.private_ids_of(world.john)
    assert not wrong, f"a partner reached what only its author may see: {wrong}"


def test_anonymous_visitors_are_sent_to_sign_in(world, anon_client):
    pk = world.ids_owned_by(world.space_a)[0]
    wrong = []
    for route in [*page_routes(), *_object_routes(api=False)]:
        if route.is_api or route.other_kwargs:
            continue
        url = _url(route, pk) if route.id_kwargs else route.url()
        answers = {method: call(anon_client, method, url) for method in METHODS}
        bad = {
            m: r.status_code
            for m, r in answers.items()
            if not sends_to_login(r) and r.status_code != 405
        }
        if bad or not any(sends_to_login(r) for r in answers.values()):
            wrong.append(f"{url}: {bad or 'never sends to sign in'}")
    assert not wrong


def _pages_for(member, world):
    """Every page a member can GET: the page routes (with a search and a page number)
    and every object route for every object of the member's space."""
    urls = []
    for route in page_routes():
        if route.is_api:
            continue
        urls += [route.url(), route.url() + "?q=MK&page=2", route.url() + "?q=MK0"]
    ids = [i.obj.pk for i in world.in_space(member.space)]
    for route in _object_routes(api=False):
        urls += [_url(route, pk) for pk in ids]
    return urls


@pytest.mark.parametrize("who", ["ana", "john"])
def test_no_page_shows_words_its_reader_may_not_see(world, who, quick):
    """Markers of another space's objects (for Ana), or of Ivy's drafts and unrevealed
    answers (for John), appear on no page they can open, lists and searches included."""
    member = getattr(world, who)
    client = client_for(member)
    hidden = world.hidden_markers_for(member)
    assert hidden
    leaks, crashes = [], []
    for url in _pages_for(member, world):
        response = call(client, "get", url)
        if response.status_code >= 500:
            crashes.append(url)
            continue
        body = text_of(response)
        shown = sorted(marker for marker in hidden if marker in body)
        if shown:
            leaks.append(f"{url} shows {shown}")
    assert not crashes
    assert not leaks


def test_invite_links_admit_nobody_into_a_full_or_other_space(world, anon_client):
    from midway.spaces.models import Invite

    # A made-up token, and the used tokens of both full spaces: nobody gets in.
    assert anon_client.get("/join/not-a-real-token/").status_code == 410
    assert anon_client.post("/join/not-a-real-token/", {"username": "eve"}).status_code == 410
    _invite, token = Invite.issue(world.ivy)
    for method in ("get", "post"):
        response = call(anon_client, method, f"/join/{token}/")
        assert response.status_code == 410
        assert "already has two partners" in text_of(response)
    # A signed-in member of another space cannot use a link to move in.
    response = client_for(world.ana).get(f"/join/{token}/")
    assert response.status_code in (409, 410)
