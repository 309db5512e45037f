"""No couple ever reaches another couple's things, and a partner never reaches a draft.

The routes come from the URL resolver and the objects from every space-owned model,
so a new route or model is covered (or fails here) without editing this file. Pages
are called as a signed-in browser, API routes with the member's Bearer token.
"""

import pytest

from midway.safety import reach
from midway.safety.probe import METHODS, NOT_THERE, Caller, Callers, sends_to_login, text_of, undone
from midway.safety.routes import all_routes, object_routes, page_routes
from midway.safety.world import space_owned_models

# Routes whose arguments are not object ids, each with the test that covers it.
EXPLICIT = {
    "join": "test_invite_links_admit_nobody_into_a_full_or_other_space",
    "api/<rest>": "test_unknown_api_paths_are_json_404s_for_everyone",
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
    ids = [i.obj.pk for i in world.items]
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


def test_every_object_route_is_exercised_by_a_member(world, quick):
    """Each object route answers a member for some object: the 404s below mean something."""
    callers = Callers(world)
    silent = [str(r) for r in object_routes() if reach.served_label(world, r, callers) is None]
    assert not reach.crashes
    assert not silent, (
        "no member got anything but 404/405 from these routes for any object of their "
        f"space: add the objects they show to midway/safety/recipes.py: {silent}"
    )


def test_every_page_route_answers_a_member(world, quick):
    """Routes without arguments answer a member (the anonymous and leak tests read them)."""
    callers, silent, crashes = Callers(world), [], []
    for route in page_routes():
        caller = callers(world.ivy, route)
        statuses = []
        for method in METHODS:
            with undone():
                statuses.append(caller(method, route.url()).status_code)
        crashes += [f"{route}: {s}" for s in statuses if s >= 500]
        if all(s in NOT_THERE or s >= 500 for s in statuses):
            silent.append(str(route))
    assert not crashes
    assert not silent


def _ids_to_try(world, route, callers, ids):
    """Every id of the model the route serves, and one id of each other model."""
    label = reach.served_label(world, route, callers)
    if label is None:
        return ids
    firsts = set(reach.probe_order(world)[: len({world.item_for(p).model for p in ids})])
    return [p for p in ids if world.item_for(p).model._meta.label == label or p in firsts]


def _forbidden(world, member, ids):
    callers, wrong = Callers(world), []
    for route in object_routes():
        for pk in _ids_to_try(world, route, callers, ids):
            for url in route.urls_for(pk):
                for method in METHODS:
                    status = callers(member, route)(method, url).status_code
                    if status not in NOT_THERE:
                        wrong.append(f"{method.upper()} {url} → {status}")
    return wrong


def _short(wrong: list[str]) -> str:
    return f"{len(wrong)} requests, e.g. {wrong[:12]}"


def test_another_couple_gets_404_for_every_object_and_method(world, quick):
    wrong = _forbidden(world, world.ana, world.ids_owned_by(world.space_a))
    assert not wrong, f"Ana (another space) reached Ivy and John's objects: {_short(wrong)}"


def test_partner_gets_404_for_drafts_and_unrevealed_answers(world, quick):
    assert world.private_ids_of(world.ivy) and world.private_ids_of(world.john)
    wrong = _forbidden(world, world.john, world.private_ids_of(world.ivy))
    wrong += _forbidden(world, world.ivy, world.private_ids_of(world.john))
    assert not wrong, f"a partner reached what only its author may see: {_short(wrong)}"


def _first_urls(route, world):
    if route.id_kwargs:
        return route.urls_for(world.ids_owned_by(world.space_a)[0])[:1]
    return [route.url()]


def test_anonymous_visitors_are_sent_to_sign_in(world):
    """Pages send a visitor without a session to the sign-in page; the API answers 401."""
    nobody, wrong = Caller(), []
    for route in [*page_routes(), *object_routes()]:
        for url in _first_urls(route, world):
            answers = {method: nobody(method, url) for method in METHODS}
            if route.is_api:
                # 401, or nothing there at all (404, 405).
                bad = {
                    m: r.status_code
                    for m, r in answers.items()
                    if r.status_code not in (401, 404, 405)
                }
                turned_away = True
            else:
                bad = {
                    m: r.status_code
                    for m, r in answers.items()
                    if not sends_to_login(r) and r.status_code != 405
                }
                turned_away = any(sends_to_login(r) for r in answers.values())
            if bad or not turned_away:
                wrong.append(f"{url}: {bad or 'never turned away'}")
    assert not wrong


def test_the_api_ignores_session_cookies(world):
    """A signed-in browser gets nothing from the API without a token: no CSRF way in."""
    browser, wrong = Caller(world.ivy), []
    for route in [r for r in [*page_routes(), *object_routes()] if r.is_api]:
        for url in _first_urls(route, world):
            for method in METHODS:
                status = browser(method, url).status_code
                if status not in (401, 404, 405):
                    wrong.append(f"{method.upper()} {url} → {status}")
    assert not wrong


def _pages_for(member, world, callers):
    """Every GET a member can make: page routes (with a search and a page number)
    and every object route for every object of the member's space it can show."""
    urls = []
    for route in page_routes():
        urls += [(route, route.url()), (route, route.url() + "?q=MK&page=2")]
        urls += [(route, route.url() + "?q=MK0"), (route, route.url() + "?limit=1000")]
    for route in object_routes():
        label = reach.served_label(world, route, callers)
        for item in world.in_space(member.space):
            if label in (None, item.model._meta.label):
                urls += [(route, url) for url in route.urls_for(item.obj.pk)]
    return urls


@pytest.mark.parametrize("who", ["ana", "john"])
def test_no_page_shows_words_its_reader_may_not_see(world, who, quick):
    """Markers of another space's objects (for Ana), or of Ivy's drafts, unrevealed
    answers and tokens (for John), appear on no page and in no API answer they can
    get, lists, searches and exports included."""
    member = getattr(world, who)
    callers = Callers(world)
    hidden = world.hidden_markers_for(member)
    assert hidden
    leaks, crashes = [], []
    for route, url in _pages_for(member, world, callers):
        response = callers(member, route)("get", url)
        if response.status_code >= 500:
            crashes.append(url)
            continue
        body = text_of(response)
        shown = sorted(marker for marker in hidden if marker in body)
        if shown:
            leaks.append(f"{url} shows {shown}")
    assert not crashes
    assert not leaks


def test_invite_links_admit_nobody_into_a_full_or_other_space(world):
    from midway.spaces.models import Invite

    nobody = Caller()
    # A made-up token, and a fresh one of a full space: nobody gets in.
    assert nobody("get", "/join/not-a-real-token/").status_code == 410
    assert nobody("post", "/join/not-a-real-token/", {"username": "eve"}).status_code == 410
    _invite, token = Invite.issue(world.ivy)
    for method in ("get", "post"):
        response = nobody(method, f"/join/{token}/")
        assert response.status_code == 410
        assert "already has two partners" in text_of(response)
    # A signed-in member of another space cannot use a link to move in.
    assert Caller(world.ana)("get", f"/join/{token}/").status_code in (409, 410)


def test_the_api_root_answers_json(world):
    """Fixed since: ninja's root view answered an HTML 404 page under /api/."""
    response = Caller()("get", "/api/v1/")
    assert response.status_code in (401, 404)
    assert response["Content-Type"].startswith("application/json")


def test_unknown_api_paths_are_json_404s_for_everyone(world):
    for caller in (Caller(), Caller(world.ivy), world.caller(world.ivy, api=True)):
        for path in ("/api/", "/api/v2/letters", "/api/v1/nothing-here", "/api/../letters/"):
            response = caller("get", path)
            assert response.status_code in (401, 404), path
            assert response["Content-Type"].startswith("application/json"), path


def _current(key):
    from django.apps import apps

    label, pk, field = key
    found = apps.get_model(label)._default_manager.filter(pk=pk).values_list(field, flat=True)
    return found.first() if found.exists() else "(deleted)"


def test_a_partner_never_changes_or_removes_what_the_other_wrote(world, quick):
    """John tries every object route, every method, on everything holding Ivy's words;
    submits every form he can open there, and every form of Ivy's own pages, with his
    own words: her words stay hers."""
    from midway.safety.discovery import pages_of
    from midway.safety.forms import forms_on, with_script_endpoints

    ivys_words = world.words_of(world.ivy)
    assert len(ivys_words) > 20
    callers = Callers(world)
    john, ivy = Caller(world.john), Caller(world.ivy)

    def submit_as_john(page_url, html):
        for form in with_script_endpoints(forms_on(page_url, html)):
            if form.method == "post" and form.action != "/logout/":
                john("post", form.action, form.data(**dict.fromkeys(form.text_fields, "John's")))

    for route in object_routes():
        label = reach.served_label(world, route, callers)
        for pk in sorted({pk for (model, pk, _f) in ivys_words if model == label}):
            for url in route.urls_for(pk):
                for method in METHODS:
                    response = callers(world.john, route)(method, url)
                    if method == "get" and "html" in response.get("Content-Type", ""):
                        submit_as_john(url, text_of(response))
    for url in pages_of(world, world.ivy, callers):
        response = ivy("get", url)
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            submit_as_john(url, text_of(response))
    changed = {key: _current(key) for key, value in ivys_words.items() if _current(key) != value}
    assert not changed


def test_nobody_says_yes_for_the_other(world, quick):
    """Consent: whatever Ivy sends to her own proposals (every route and method, pages
    and API), none becomes agreed or started without John's yes."""
    from midway.together.models import ThingToTry

    proposed = [
        i.obj.pk
        for i in world.in_space(world.space_a)
        if isinstance(i.obj, ThingToTry)
        and i.obj.author_id == world.ivy.pk
        and i.obj.status == ThingToTry.PROPOSED
    ]
    assert proposed
    callers = Callers(world)
    for route in object_routes():
        if reach.served_label(world, route, callers) != ThingToTry._meta.label:
            continue
        for pk in proposed:
            for url in route.urls_for(pk):
                for method in METHODS:
                    callers(world.ivy, route)(method, url)
    statuses = set(ThingToTry.objects.filter(pk__in=proposed).values_list("status", flat=True))
    assert statuses <= {ThingToTry.PROPOSED}, statuses
