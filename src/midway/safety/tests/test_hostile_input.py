"""Hostile text in every field of every form: stored exactly or refused, never a crash,
and shown escaped wherever it appears.

Forms are found by opening every page as Ivy and as John and reading its <form>s;
each text field gets every payload of `payloads.TEXT`, posted with the page's CSRF
token, each in a transaction rolled back afterwards so every payload meets the same
world. What the partner sees is read too.
"""

import re
from urllib.parse import urlencode

from midway.safety import payloads
from midway.safety.discovery import discover, public_forms
from midway.safety.forms import forms_on
from midway.safety.htmlcheck import problems_in
from midway.safety.probe import Callers, text_of, undone
from midway.safety.storage import stored_exactly, stored_within

ERROR_SIGNS = re.compile(r'role="alert"|class="[^"]*\berror|errorlist|class="errors', re.I)


def _post(browser, form, data, **headers):
    """POST as a browser would: urlencoded, lone surrogates sent as their raw bytes."""
    body = urlencode(data, doseq=True, encoding="utf-8", errors="surrogatepass")
    return browser.client.post(
        form.action, body, content_type="application/x-www-form-urlencoded", **headers
    )


# Posted again as htmx does, since htmx answers are other templates (fragments).
HTMX_TOO = ("script", "img onerror", "attribute breakout", "markdown js link")


def _refused(browser, response) -> bool:
    if 400 <= response.status_code < 500:
        return True
    if response.status_code in (301, 302, 303):
        page = browser("get", response["Location"])
        return bool(ERROR_SIGNS.search(text_of(page)))
    return bool(ERROR_SIGNS.search(text_of(response)))


def _unsafe(html: str, payload: str) -> list[str]:
    found = problems_in(html)
    if "<" in payload and payload in html:
        found.append("the payload appears unescaped")
    if any(sign in html for sign in payloads.EVALUATED_TEMPLATE):
        found.append("template syntax was evaluated")
    return found


# Fields that deliberately normalise what is sent, and why.
NORMALISED = {
    ("/settings/api-tokens/", "name"): (
        lambda value: " ".join(value.split()),
        "a token's name is a label: runs of blank space become one space",
    ),
}


def _stored(form, field, payload) -> list[str]:
    candidates = payloads.as_received(payload)
    normalise = NORMALISED.get((form.action, field))
    if normalise:
        candidates |= {normalise[0](c) for c in candidates}
    for value in candidates:
        found = stored_exactly(value) if len(value) < 100_000 else stored_within(value[:1000])
        if found:
            return found
    return []


def _where_it_shows(form, response) -> list[str]:
    pages = [form.page]
    if response.status_code in (301, 302, 303):
        pages.insert(0, response["Location"].split("#")[0])
    parts = [p for p in form.page.split("/") if p]
    if parts:
        pages.append(f"/{parts[0]}/")
    return list(dict.fromkeys(pages))


def _try(world, form, member, browser, field, name, payload, readers, problems, storing):
    where = f"{name} in {field!r} of {form.action} (from {form.page}, as {member or 'nobody'})"
    if name in HTMX_TOO:
        with undone():
            fragment = _post(browser, form, form.data(**{field: payload}), HTTP_HX_REQUEST="true")
        if fragment.status_code >= 500:
            problems.append(f"{where} (htmx): {fragment.status_code}")
        for problem in _unsafe(text_of(fragment), payload):
            problems.append(f"{where} (htmx): the answer: {problem}")
    with undone():
        response = _post(browser, form, form.data(**{field: payload}))
        if response.status_code >= 500:
            problems.append(f"{where}: {response.status_code}")
            return
        if response.status_code == 200:
            for problem in _unsafe(text_of(response), payload):
                problems.append(f"{where}: the answer page: {problem}")
        stored = _stored(form, field, payload)
        if not stored and storing and not _refused(browser, response):
            problems.append(f"{where}: neither stored exactly nor refused with a message")
        if not stored:
            return
        for reader in readers:
            for page in _where_it_shows(form, response):
                shown = reader("get", page)
                if shown.status_code >= 500:
                    problems.append(f"{where}: {page} as {reader.name} → {shown.status_code}")
                for problem in _unsafe(text_of(shown), payload):
                    problems.append(f"{where}: {page} as {reader.name}: {problem}")


def _is_storing(form, browser, field) -> tuple[bool, list]:
    """Whether plain words in this field end up stored (so a payload must be too),
    and the POST forms of the answer page, if it has any (a second step)."""
    words = f"plain words for {field} SAFE{abs(hash(form.action)) % 10**8}"
    with undone():
        response = _post(browser, form, form.data(**{field: words}))
        stored = bool(stored_exactly(words))
    steps = []
    if response.status_code == 200 and "html" in response.get("Content-Type", ""):
        steps = [
            f
            for f in forms_on(form.action, text_of(response))
            if f.method == "post" and f.text_fields and f.action != "/logout/"
        ]
    return stored, steps


def test_every_form_field_stores_hostile_text_exactly_or_refuses_it(world, quick, settings):
    from midway.safety.probe import Caller

    readers = []
    for member in (world.ivy, world.john):
        reader = Caller(member)
        reader.name = str(member)
        readers.append(reader)
    settings.SIGNUP = "open"  # so that the welcome form is there too
    forms = discover(world, Callers(world)) + public_forms(world)
    assert len(forms) >= 5, [f.action for f, _m, _b in forms]
    problems, seen = [], {f.signature for f, _m, _b in forms}
    for form, member, browser in forms:
        for field in form.text_fields:
            storing, next_forms = _is_storing(form, browser, field)
            for found in next_forms:
                # A second step (the import's review): its forms get the same treatment.
                if found.signature not in seen:
                    seen.add(found.signature)
                    forms.append((found, member, browser))
            for name, payload in payloads.TEXT.items():
                _try(world, form, member, browser, field, name, payload, readers, problems, storing)
        first = form.text_fields[0]
        with undone():
            huge = _post(browser, form, form.data(**{first: payloads.TEN_MB}))
        if huge.status_code not in (400, 413):
            problems.append(f"10 MB body to {form.action}: {huge.status_code}")
    assert not problems, summary(problems)


def summary(problems: list[str]) -> str:
    """How many problems each field has, and the first one of each."""
    by_place: dict[str, list[str]] = {}
    for problem in problems:
        place = re.search(r"in '[^']*' of (?:[A-Z]+ )?\S+|\S+ to (?:[A-Z]+ )?\S+", problem)
        by_place.setdefault(place.group(0) if place else problem, []).append(problem)
    return f"{len(problems)} problems:\n" + "\n".join(
        f"- {place}: {len(found)}, e.g. {found[0]}" for place, found in by_place.items()
    )


def test_every_file_field_takes_hostile_files_without_crashing(world, quick):
    """Each file of `payloads.FILES` in every file field: refused or read, never a
    500, and the page that answers shows nothing that could run."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    problems, checked = [], 0
    for form, member, browser in discover(world, Callers(world), with_text=False):
        for control in [c for c in form.controls if c.kind == "file"]:
            for name, content in payloads.FILES.items():
                checked += 1
                upload = SimpleUploadedFile("letter.txt", content, "text/plain")
                with undone():
                    response = browser.client.post(
                        form.action, {**form.data(), control.name: upload}
                    )
                where = f"{name} in file {control.name!r} of {form.action} (as {member})"
                if response.status_code >= 500:
                    problems.append(f"{where}: {response.status_code}")
                elif response.status_code == 200:
                    text = content.decode("utf-8", "replace")
                    for problem in _unsafe(text_of(response), text):
                        problems.append(f"{where}: {problem}")
    assert checked, "no file field found: is the import page gone?"
    assert not problems, summary(problems)


def test_the_coach_quotes_hostile_text_escaped(world, quick):
    """The coach answers every text box with findings that quote what was typed (the
    editor's script posts it as `text`, so form discovery alone would not reach it)."""
    from django.urls import reverse

    from midway.safety.probe import Caller

    coach, problems, quoted = Caller(world.ivy), [], 0
    for name, payload in payloads.TEXT.items():
        text = f"You always {payload} and you never listen. You are so {payload} selfish."
        body = urlencode({"text": text}, encoding="utf-8", errors="surrogatepass")
        response = coach.client.post(
            reverse("coach:check"), body, content_type="application/x-www-form-urlencoded"
        )
        if response.status_code >= 500:
            problems.append(f"{name}: {response.status_code}")
            continue
        html = text_of(response)
        quoted += "never listen" in html
        problems += [f"{name}: {problem}" for problem in _unsafe(html, payload)]
    assert quoted, "the coach found nothing to quote: the test no longer reaches it"
    assert not problems


# Found and fixed here: "GET /letters/?q=%00 was a 500 on PostgreSQL" (the letter search
# passed the NUL to icontains); the search now drops it.


def test_hostile_query_strings_and_ids_never_crash_or_reflect(world, quick):
    """Every page with hostile `q`, `page`, `next`, `limit` and `offset`, and every
    object route with absurd ids: a clean answer, never a 500, nothing that runs."""
    from midway.safety.probe import Caller
    from midway.safety.routes import object_routes, page_routes

    problems = []
    for route in page_routes():
        caller = world.caller(world.ivy, api=route.is_api) if route.is_api else Caller(world.ivy)
        for name, payload in payloads.TEXT.items():
            if len(payload) > 5_000:
                continue
            query = urlencode(
                dict.fromkeys(("q", "page", "next", "limit", "offset"), payload),
                encoding="utf-8",
                errors="surrogatepass",
            )
            response = caller("get", f"{route.url()}?{query}")
            if response.status_code >= 500:
                problems.append(f"{name} in the query of {route.url()}: {response.status_code}")
            elif "html" in response.get("Content-Type", ""):
                problems += [
                    f"{name} in the query of {route.url()}: {p}"
                    for p in _unsafe(text_of(response), payload)
                ]
    for route in object_routes():
        caller = world.caller(world.ivy, api=route.is_api)
        for pk in ("0", "9" * 30, "18446744073709551616", "00000000001"):
            for url in route.urls_for(pk):
                status = caller("get", url).status_code
                if status >= 500:
                    problems.append(f"GET {url}: {status}")
    assert not problems, summary(problems)
