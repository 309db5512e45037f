"""Web security around every route: CSRF, cookies, sessions, throttling, headers.

Sessions rotating at sign-in, dying at sign-out and at a password change, and the
per-username-and-address throttle are proven in spaces/tests/test_sessions.py;
this file adds what that one does not: every route and form, hostile origins,
fixation, open redirects, enumeration, and cookies under MIDWAY_HTTPS=true.
"""

import json
import re
import subprocess
import sys

import pytest
from django.test import Client
from django.urls import reverse

from midway.conftest import PASSWORD
from midway.safety import reach
from midway.safety.discovery import discover, public_forms
from midway.safety.probe import METHODS, Caller, Callers, text_of
from midway.safety.routes import all_routes, page_routes


def _web_urls(world, callers) -> list[str]:
    """One concrete URL for every route that is not the API's."""
    urls = []
    for route in all_routes():
        if route.is_api or route.other_kwargs:
            continue
        if not route.kwargs:
            urls.append(route.url())
            continue
        label = reach.served_label(world, route, callers)
        item = next(
            (i for i in world.in_space(world.space_a) if i.model._meta.label == label), None
        )
        if item is not None:
            urls += route.urls_for(item.obj.pk)[:1]
    return urls


# CSRF -------------------------------------------------------------------------


def test_every_unsafe_request_without_a_csrf_token_is_refused(world, quick):
    """Every route, signed in or not: POST, PUT, PATCH, DELETE without the token → 403."""
    callers, wrong = Callers(world), []
    for who in (world.ivy, None):
        browser = Caller(who, enforce_csrf_checks=True)
        for url in [*_web_urls(world, callers), f"/join/{'x' * 20}/"]:
            for method in METHODS[1:]:
                status = browser(method, url).status_code
                if status != 403:
                    wrong.append(f"{method.upper()} {url} as {who or 'nobody'} → {status}")
    assert not wrong


def test_every_form_is_refused_without_its_token_or_from_another_origin(world, quick):
    forms = discover(world, Callers(world), with_text=False) + public_forms(world)
    assert len(forms) >= 10
    wrong = []
    for form, _member, browser in forms:
        data = form.data()
        tokenless = {k: v for k, v in data.items() if k != "csrfmiddlewaretoken"}
        if browser("post", form.action, tokenless).status_code != 403:
            wrong.append(f"{form.action} (from {form.page}) without a token")
        # A page on another site that got hold of a token still cannot post.
        evil = browser("post", form.action, data, HTTP_ORIGIN="https://evil.example")
        if evil.status_code != 403:
            wrong.append(
                f"{form.action} (from {form.page}) from another origin → {evil.status_code}"
            )
    assert not wrong


# Cookies and sessions ---------------------------------------------------------


def _sign_in(client, username="ivy", password=PASSWORD, **extra):
    return client.post(reverse("login"), {"username": username, "password": password}, **extra)


def test_cookies_are_http_only_and_same_site_lax(ivy):
    client = Client()
    response = _sign_in(client)
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["httponly"] and session["samesite"] == "Lax"
    assert not session["secure"]  # plain HTTP on a home network; see the HTTPS test
    csrf = client.get(reverse("home")).cookies.get("csrftoken") or client.cookies["csrftoken"]
    assert csrf["samesite"] == "Lax"


HTTPS_PROBE = """
import json, django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.test import Client
from midway.spaces.services import create_space
create_space(username="ivy", password="a long test passphrase", name="Ivy", space_name="A")
client = Client()
plain = client.get("/login/")
page = client.get("/login/", secure=True)
signed_in = client.post(
    "/login/", {"username": "ivy", "password": "a long test passphrase",
    "csrfmiddlewaretoken": page.cookies["csrftoken"].value},
    secure=True, HTTP_REFERER="https://testserver/login/",
)
def cookie(c):
    return {"secure": bool(c["secure"]), "httponly": bool(c["httponly"]), "samesite": c["samesite"]}
print(json.dumps({
    "plain_status": plain.status_code, "plain_location": plain.get("Location", ""),
    "hsts": page.get("Strict-Transport-Security", ""),
    "signed_in": signed_in.status_code,
    "session": cookie(signed_in.cookies["sessionid"]),
    "csrf": cookie(page.cookies["csrftoken"]),
}))
"""


@pytest.mark.slow
def test_behind_https_cookies_are_secure_and_http_is_redirected(tmp_path):
    from midway.spaces.tests.test_command import midway_env

    env = midway_env(tmp_path, MIDWAY_HTTPS="true", DJANGO_SETTINGS_MODULE="midway.settings")
    result = subprocess.run(
        [sys.executable, "-c", HTTPS_PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["plain_status"] == 301 and seen["plain_location"].startswith("https://")
    assert "max-age=" in seen["hsts"]
    assert seen["signed_in"] == 302
    assert seen["session"] == {"secure": True, "httponly": True, "samesite": "Lax"}
    assert seen["csrf"]["secure"] and seen["csrf"]["samesite"] == "Lax"


def test_a_session_id_chosen_before_sign_in_is_never_adopted(ivy):
    """Session fixation: a cookie planted by someone else is replaced at sign-in."""
    client = Client()
    client.cookies["sessionid"] = "planted0by0someone0else0000000000"
    _sign_in(client)
    assert client.cookies["sessionid"].value != "planted0by0someone0else0000000000"
    replay = Client()
    replay.cookies["sessionid"] = "planted0by0someone0else0000000000"
    assert replay.get(reverse("home")).status_code == 302


def test_sign_in_rotates_the_csrf_token(ivy):
    client = Client()
    client.get(reverse("login"))
    before = client.cookies["csrftoken"].value
    _sign_in(client)
    assert client.cookies["csrftoken"].value != before


def test_a_signed_out_session_cannot_write_either(ivy, world):
    client = Client()
    _sign_in(client)
    cookie = client.cookies["sessionid"].value
    client.post(reverse("logout"))
    replay = Client()
    replay.cookies["sessionid"] = cookie
    response = replay.post(reverse("letters:new"), {"title": "after sign-out", "body": "x"})
    assert response.status_code == 302 and response["Location"].startswith("/login/")
    from midway.letters.models import Letter

    assert not Letter.objects.filter(title="after sign-out").exists()


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "/\\evil.example", "https:evil.example"]
)
def test_signing_in_or_out_never_sends_anyone_to_another_site(ivy, target):
    client = Client()
    signed_in = client.post(
        reverse("login") + f"?next={target}",
        {"username": "ivy", "password": PASSWORD, "next": target},
    )
    signed_out = client.post(reverse("logout") + f"?next={target}", {"next": target})
    for response in (signed_in, signed_out):
        assert response.status_code == 302
        location = response["Location"]
        assert location.startswith("/") and not location.startswith(("//", "/\\"))


def test_revoked_api_tokens_and_changed_passwords_end_api_access(world):
    from midway.api.tokens import revoke_all

    api = world.caller(world.ivy, api=True)
    assert api("get", "/api/v1/letters").status_code == 200
    revoke_all(world.ivy)
    assert api("get", "/api/v1/letters").status_code == 401


# Throttling -------------------------------------------------------------------


def test_unknown_usernames_are_throttled_and_answered_like_known_ones(ivy, settings):
    """No way to tell which usernames exist: same answer, same lock-out."""
    wrong_password = _sign_in(Client(), "ivy", "not it", REMOTE_ADDR="10.0.0.9")
    no_such_user = _sign_in(Client(), "nobody", "not it", REMOTE_ADDR="10.0.0.9")
    assert wrong_password.status_code == no_such_user.status_code == 200

    def page(response):
        return re.sub(r'(csrfmiddlewaretoken" value=|X-CSRFToken": )"[^"]+"', "", text_of(response))

    assert page(wrong_password).replace("ivy", "nobody") == page(no_such_user)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(Client(), "nobody", "not it", REMOTE_ADDR="10.0.0.9")
    assert _sign_in(Client(), "nobody", "not it", REMOTE_ADDR="10.0.0.9").status_code == 429


def test_a_lock_out_is_for_that_username_from_that_address_only(ivy, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(Client(), "ivy", "not it", REMOTE_ADDR="10.0.0.7")
    assert _sign_in(Client(), "ivy", REMOTE_ADDR="10.0.0.7").status_code == 429
    # Ivy's phone on the mobile network still gets in.
    assert _sign_in(Client(), "ivy", REMOTE_ADDR="172.16.4.2").status_code == 302


# Headers ----------------------------------------------------------------------


def _csp(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = [w.lower() for w in words[1:]]
    return directives


def _header_problems(url, response) -> list[str]:
    problems = []
    if response.get("X-Content-Type-Options") != "nosniff":
        problems.append("no X-Content-Type-Options: nosniff")
    if "html" not in response.get("Content-Type", ""):
        return problems
    csp = _csp(response.get("Content-Security-Policy", ""))
    for directive in ("default-src", "script-src", "style-src"):
        sources = csp.get(directive, csp.get("default-src"))
        if not sources:
            problems.append(f"CSP has no {directive}")
            continue
        loose = {"'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"}
        loose &= set(sources)
        if loose:
            problems.append(f"CSP {directive} allows {sorted(loose)}")
        if any("://" in s for s in sources):
            problems.append(f"CSP {directive} allows another host")
    for directive, wanted in (
        ("object-src", "'none'"),
        ("frame-ancestors", "'none'"),
        ("base-uri", "'none'"),
    ):
        if csp.get(directive) != [wanted]:
            problems.append(f"CSP {directive} is {csp.get(directive)}, not {wanted}")
    if csp.get("form-action") != ["'self'"]:
        problems.append("CSP form-action is not 'self'")
    if response.get("X-Frame-Options") != "DENY":
        problems.append("X-Frame-Options is not DENY")
    if response.get("Referrer-Policy") not in ("same-origin", "no-referrer", "strict-origin"):
        problems.append(f"Referrer-Policy is {response.get('Referrer-Policy')}")
    if response.get("Cross-Origin-Opener-Policy") != "same-origin":
        problems.append("Cross-Origin-Opener-Policy is not same-origin")
    return problems


def test_every_page_sends_a_strict_csp_and_the_security_headers(world, quick, settings):
    callers, problems = Callers(world), {}
    ivy = Caller(world.ivy)
    answers = [(url, ivy("get", url)) for url in _web_urls(world, callers)]
    # Pages anyone sees, and the error pages: not found, CSRF failure, locked out.
    nobody = Caller()
    answers += [(url, nobody("get", url)) for url in ("/login/", "/welcome/", "/join/nope/")]
    answers.append(("404", Caller(world.ana)("get", _web_urls(world, callers)[-1])))
    answers.append(("403", Caller(enforce_csrf_checks=True)("post", "/login/")))
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        locked = Client().post("/login/", {"username": "ivy", "password": "no"})
    answers.append(("429", locked))
    answers += [
        (r.url(), world.caller(world.ivy, api=True)("get", r.url()))
        for r in page_routes()
        if r.is_api
    ]
    for url, response in answers:
        found = _header_problems(url, response)
        if found:
            problems[f"{url} ({response.status_code})"] = found
    assert not problems


def test_pages_load_nothing_from_another_host(world, quick):
    from midway.safety.htmlcheck import off_site_references

    callers, ivy, found = Callers(world), Caller(world.ivy), {}
    for url in _web_urls(world, callers):
        response = ivy("get", url)
        if "html" in response.get("Content-Type", ""):
            refs = off_site_references(text_of(response))
            if refs:
                found[url] = refs
    assert not found
