"""In a real Chromium, John opens every page after Ivy stored hostile text everywhere:
not one script runs, not one dialog opens, not one CSP violation is reported.

A CSP violation counts as a failure too: the CSP stopping a script means the page
let it in, and the next browser (or an older one) might not stop it.
"""

from urllib.parse import quote

import pytest

from midway.conftest import sign_in
from midway.safety import payloads, reach
from midway.safety.discovery import discover
from midway.safety.probe import Caller, Callers
from midway.safety.routes import object_routes, page_routes

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

WATCH = """
window.__hits = [];
Object.defineProperty(window, "__pwned", {
  configurable: true,
  set(value) { window.__hits.push("script " + value); },
  get() { return undefined; },
});
document.addEventListener("securitypolicyviolation", (e) => {
  window.__hits.push("csp " + e.violatedDirective + " " + (e.blockedURI || "inline"));
});
"""
SCRIPTS = [p for p in payloads.TEXT.values() if "pwned" in p or "<" in p]


def _store_everywhere(world):
    """Ivy and John write the payloads into every text field of every form, for real."""
    from midway.letters import services

    letter = services.start_letter(world.ivy, title=SCRIPTS[0], body="\n\n".join(SCRIPTS))
    services.share_letter(letter)
    services.add_reply(letter, world.john, "\n".join(SCRIPTS))
    services.add_reply(letter, world.ivy, SCRIPTS[1])
    stored = 0
    for form, _member, browser in discover(world, Callers(world)):
        for index, field in enumerate(form.text_fields):
            for payload in SCRIPTS[index % 3 :: 3]:
                values = {field: payload}
                if any(name == "action" and value == "share" for name, value in form.buttons):
                    values["action"] = "share"
                response = browser("post", form.action, form.data(**values))
                stored += response.status_code < 400
    return stored


def _pages(world, reader) -> list[str]:
    """Every HTML page the reader can open that shows stored payloads: lists, and
    each object page of space A (read first with the test client, to skip the rest)."""
    callers = Callers(world)
    client = Caller(reader)
    urls = [r.url() for r in page_routes() if not r.is_api]
    for route in object_routes():
        if route.is_api:
            continue
        label = reach.served_label(world, route, callers)
        for item in world.in_space(world.space_a):
            if item.model._meta.label == label:
                urls += route.urls_for(item.obj.pk)
    pages = []
    for url in dict.fromkeys(urls):
        response = client("get", url)
        html = response.content.decode("utf-8", "replace")
        if response.status_code == 200 and "html" in response["Content-Type"] and "pwned" in html:
            pages.append(url)
    return pages


def _watch(page, reader, seen: list):
    """Count dialogs and CSP reports on this page, as `reader`."""

    def on_dialog(dialog):
        seen.append(f"dialog as {reader}: {dialog.message}")
        dialog.dismiss()

    def on_console(message):
        if "Content Security Policy" in message.text:
            seen.append(f"console as {reader}: {message.text[:160]}")

    page.context.add_init_script(WATCH)
    page.on("dialog", on_dialog)
    page.on("console", on_console)


def test_hostile_text_never_runs_in_the_partners_browser(world, new_page, quick):
    assert _store_everywhere(world) > 20
    seen: list[str] = []
    # The watch itself works: a page without our CSP runs a payload, and it is seen.
    control = new_page("/login/")
    _watch(control, "nobody", seen)
    control.goto("data:text/html," + quote(payloads.TEXT["script"] + payloads.TEXT["img onerror"]))
    control.wait_for_timeout(100)
    assert len(control.evaluate("window.__hits")) == 2 and len(seen) == 2
    seen.clear()
    for reader in (world.john, world.ivy):
        urls = _pages(world, reader)
        assert len(urls) > 10, urls
        page = new_page("/login/")
        _watch(page, reader, seen)
        sign_in(page, reader.user.username)
        for url in urls:
            page.goto(url)
            page.wait_for_timeout(30)
            hits = page.evaluate("window.__hits || []")
            seen += [f"{url} as {reader}: {hit}" for hit in hits]
    assert not seen
