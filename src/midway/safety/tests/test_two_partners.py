"""Two partners (or one partner on two devices) at once: no update is lost silently,
a double submit makes one thing, and simultaneous writes never fail on SQLite.

Forms come from the pages themselves (as in the hostile-input tests), so a new
form is checked without editing this file. What counts is the data: a save made
from a form loaded *before* someone else's save must not overwrite what that save
wrote, whatever the page says.
"""

import itertools
import os
import threading
import uuid

import pytest
from django.db import models

from midway.safety import openapi
from midway.safety.discovery import discover
from midway.safety.forms import Form, forms_on, with_script_endpoints
from midway.safety.probe import Caller, Callers, text_of, undone
from midway.safety.routes import page_routes
from midway.safety.world import space_owned_models

# These tests found lost updates and double submits in the check-in, card and settings
# forms, the reaction toggle, the no-JavaScript new letter, the token form and the API
# import; all were fixed (commit 784a388). A new one fails the test that finds it.


def snapshot() -> dict:
    """Every row of every space-owned model, by (model, id), without its timestamps."""
    rows = {}
    for model in space_owned_models():
        names = [
            f.attname
            for f in model._meta.concrete_fields
            if not isinstance(f, models.DateTimeField | models.DateField)
        ]
        for values in model._default_manager.values_list(*names):
            rows[(model._meta.label, values[0])] = dict(zip(names, values, strict=True))
    return rows


def _changes(before: dict, after: dict) -> set:
    """(model, id, field) of every value that changed, and of every new or gone row."""
    changed = set()
    for key in before.keys() | after.keys():
        old, new = before.get(key, {}), after.get(key, {})
        for name in old.keys() | new.keys():
            if old.get(name) != new.get(name):
                changed.add((*key, name))
    return changed


def _other_choices(form: Form, which: int = -1) -> dict:
    """For each select or radio group, a value other than the one sent by default
    (the last one, or the one before it with which=-2)."""
    default = form.data()
    values = {}
    for control in form.controls:
        if control.kind == "select":
            options = [o for o in control.options if o != default.get(control.name)]
            if options:
                values[control.name] = options[max(which, -len(options))]
        elif control.kind == "radio":
            group = [c.value for c in form.controls if c.name == control.name]
            others = [v for v in group if v != default.get(control.name)]
            if others:
                values[control.name] = others[max(which, -len(others))]
    return values


def _fresh(form: Form, caller: Caller) -> Form | None:
    """The same form, as `caller` gets it now (with their token and current values)."""
    page = caller("get", form.page)
    if page.status_code != 200:
        return None
    found = with_script_endpoints(forms_on(form.page, text_of(page)))
    return next((f for f in found if f.signature == form.signature), None)


def _stale_save_overwrites(form: Form, first: Caller, second: Caller, field=None) -> set:
    """Both load the page; `first` saves; `second` saves from its stale page (new words
    in `field`, other choices in every select and radio group).
    Returns what the stale save overwrote of the first save's changes."""
    page_first, page_second = _fresh(form, first), _fresh(form, second)
    mine = {field: f"first device's words for {field}"} if field else {}
    theirs = {field: f"second device's words for {field}"} if field else {}
    before = snapshot()
    first("post", page_first.action, page_first.data(**mine, **_other_choices(page_first, -2)))
    after_first = snapshot()
    second("post", page_second.action, page_second.data(**theirs, **_other_choices(page_second)))
    after_second = snapshot()
    first_changed = _changes(before, after_first)
    return first_changed & _changes(after_first, after_second)


def _edit_forms(world):
    """Every POST form (a create form cannot overwrite anything, so it passes on its
    own); the password form aside, whose stale copy is refused by its old password."""
    return [
        (form, member)
        for form, member, _browser in discover(world, Callers(world), with_text=False)
        if "password" not in form.action
    ]


def _lost_updates(world) -> dict[str, list[str]]:
    lost: dict[str, list[str]] = {}
    for form, member in _edit_forms(world):
        shape = "".join("#" if c.isdigit() else c for c in form.action)
        partner = world.john if member == world.ivy else world.ivy
        pairs = [("two devices", Caller(member), Caller(member))]
        if _fresh(form, Caller(partner)) is not None:
            pairs.append(("both partners", Caller(member), Caller(partner)))
        for (label, first, second), field in itertools.product(pairs, form.text_fields or [None]):
            with undone():
                overwritten = _stale_save_overwrites(form, first, second, field)
            if overwritten:
                lost.setdefault(shape, []).append(
                    f"{label} on {form.page}: {sorted(overwritten)[:4]}"
                )
    return lost


def test_a_stale_form_never_silently_overwrites_a_newer_save(world, quick):
    lost = _lost_updates(world)
    assert not lost


# Double submits -----------------------------------------------------------------


def _create_forms(world):
    for form, member, browser in discover(world, Callers(world)):
        prefilled = any(c.value.strip() for c in form.controls if c.is_text)
        if not prefilled and not any(ch.isdigit() for ch in form.action):
            yield form, member, browser


def _doubles(world) -> dict[str, str]:
    doubles = {}
    for form, _member, browser in [*_create_forms(world), *_object_forms(world)]:
        data = form.data(**{name: f"once only {name}" for name in form.text_fields})
        with undone():
            before = snapshot()
            browser("post", form.action, data)
            once = snapshot()
            browser("post", form.action, data)
            twice = snapshot()
        made_again = {k for k in twice.keys() - once.keys()}
        if made_again:
            doubles[form.action] = (
                f"{sorted(made_again)[:3]} (first: {len(once.keys() - before.keys())} new)"
            )
    return doubles


def _object_forms(world):
    """Forms that add something to an object (a reply, an answer, a comment)."""
    for form, member, browser in discover(world, Callers(world)):
        if any(ch.isdigit() for ch in form.action) and form.text_fields:
            yield form, member, browser


def test_a_double_submit_makes_one_thing(world, quick):
    assert not _doubles(world)


def _api_doubles(world) -> dict:
    api, doubles = world.caller(world.ivy, api=True), {}
    for route in page_routes():
        if not route.is_api or openapi.body_schema("post", route.url()) is None:
            continue
        body = openapi.body_for("post", route.url())
        with undone():
            api("post", route.url(), body)
            once = snapshot()
            api("post", route.url(), body)
            again = snapshot().keys() - once.keys()
        if again:
            doubles[route.url()] = sorted(again)[:3]
    return doubles


def test_a_double_submit_to_the_api_makes_one_thing(world, quick):
    """API creates sent twice with the same body (a retry) make one thing."""
    assert not _api_doubles(world)


# Simultaneous writes on SQLite --------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")), reason="SQLite's locking")
def test_simultaneous_writes_never_fail_with_database_is_locked(tmp_path):
    """Eight sessions (four each) write at once against `midway serve`: no 500, and
    no "database is locked" anywhere in the server's log."""
    from midway.safety.served import Server, Session, prepare

    data = tmp_path / "data"
    prepare(data)
    server = Server(data, tmp_path / "serve.log").start()
    statuses: list[int] = []
    try:
        sessions = []
        for name in ("ivy", "john") * 4:
            session = Session(server)
            session.sign_in(name)
            sessions.append(session)
        gate = threading.Barrier(len(sessions))

        def write(session: Session):
            gate.wait()
            for n in range(12):
                made = session.autosave_new(f"at once {n}", "words", str(uuid.uuid4()))
                statuses.append(made["http"])
                if made["http"] == 201:
                    saved = session.autosave(
                        made["id"], f"at once {n}", "more words", made["revision"]
                    )
                    statuses.append(saved["http"])
                status, _ = session.request("POST", "/checkin/", {"note": f"note {n}"})
                statuses.append(status)

        threads = [threading.Thread(target=write, args=(s,)) for s in sessions]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        server.stop()
    log = server.output()
    assert len(statuses) >= 8 * 12 * 2
    assert all(status < 500 for status in statuses), sorted(set(statuses))
    assert "database is locked" not in log and "OperationalError" not in log
