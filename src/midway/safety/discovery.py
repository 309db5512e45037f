"""Every form of every page, found by opening each page as the space's members."""

from midway.safety import reach
from midway.safety.forms import forms_on, with_script_endpoints
from midway.safety.probe import Caller, text_of
from midway.safety.routes import object_routes, page_routes


def pages_of(world, member, callers) -> list[str]:
    """Page routes and every object page of the member's space, as paths."""
    urls = [r.url() for r in page_routes() if not r.is_api]
    for route in object_routes():
        if route.is_api:
            continue
        label = reach.served_label(world, route, callers)
        for item in world.in_space(member.space):
            if label in (None, item.model._meta.label):
                urls += route.urls_for(item.obj.pk)
    return urls


def discover(world, callers, *, members=None, with_text=True) -> list[tuple]:
    """(form, member, browser) for each distinct POST form the members meet, first
    seen first; `browser` is the member's CSRF-checking client that opened the page.

    Two forms are the same when their action (ids aside) and field names are: the
    reply form of every letter is one form.
    """
    found, seen = [], set()
    for member in members or (world.ivy, world.john):
        browser = Caller(member, enforce_csrf_checks=True)
        for url in pages_of(world, member, callers):
            response = browser("get", url)
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            for form in with_script_endpoints(forms_on(url, text_of(response))):
                if form.method != "post" or form.action == "/logout/":
                    continue
                if with_text and not form.text_fields:
                    continue
                if form.signature not in seen:
                    seen.add(form.signature)
                    found.append((form, member, browser))
    return found


def public_forms(world) -> list[tuple]:
    """The forms anyone can reach: sign in, joining a space by invite, and (when
    signing up is open, as for a host of many couples) starting a space."""
    from django.conf import settings

    from midway.conftest import PASSWORD
    from midway.spaces.models import Invite
    from midway.spaces.services import create_space

    cleo = create_space(username="cleo", password=PASSWORD, name="Cleo", space_name="Cleo's")
    _invite, token = Invite.issue(cleo)
    found = []
    urls = ["/login/", f"/join/{token}/"] + (["/welcome/"] if settings.SIGNUP == "open" else [])
    for url in urls:
        browser = Caller(enforce_csrf_checks=True)
        response = browser("get", url)
        assert response.status_code == 200, url
        for form in forms_on(url, text_of(response)):
            if form.method == "post" and form.text_fields:
                found.append((form, None, browser))
    return found
