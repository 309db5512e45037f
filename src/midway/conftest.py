"""Fixtures every feature reuses: Ivy and John share a space, Ana lives in another.

`ivy_client`, `john_client` and `ana_client` are signed in; `anon_client` is not.
Every view gets its "the outsider gets 404" test cheaply from these.
"""

from pathlib import Path

import pytest
from django.test import Client

from midway.spaces.models import Invite, Member
from midway.spaces.services import create_space, join_space

PASSWORD = "a long test passphrase"
SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Argon2 is deliberately slow; tests that check hashing ask for it explicitly.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Budgets, throttles and rendered pages live in caches: no test inherits another's.
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


def make_couple(first: str, second: str, space_name: str) -> tuple[Member, Member]:
    one = create_space(username=first, password=PASSWORD, name=first.title(), space_name=space_name)
    _invite, token = Invite.issue(one)
    two = join_space(token=token, username=second, password=PASSWORD, name=second.title())
    return one, two


@pytest.fixture
def couple(db):
    return make_couple("ivy", "john", "Ivy & John")


@pytest.fixture
def ivy(couple):
    return couple[0]


@pytest.fixture
def john(couple):
    return couple[1]


@pytest.fixture
def ana(db):
    return make_couple("ana", "ben", "Ana & Ben")[0]


def _client_for(member: Member) -> Client:
    client = Client()
    client.force_login(member.user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def ivy_client(ivy):
    return _client_for(ivy)


@pytest.fixture
def john_client(john):
    return _client_for(john)


@pytest.fixture
def ana_client(ana):
    return _client_for(ana)


def _api_for(member: Member):
    from midway.api.tests.conftest import client_for

    return client_for(member)


@pytest.fixture
def ivy_api(ivy):
    """Ivy's JSON API client with a token of her own (every area's API tests use these)."""
    return _api_for(ivy)


@pytest.fixture
def john_api(john):
    return _api_for(john)


@pytest.fixture
def ana_api(ana):
    return _api_for(ana)


@pytest.fixture
def anon_client():
    return Client()


@pytest.fixture
def founding_letter() -> str:
    path = SHARED / "examples" / "after-the-fight.txt"
    if not path.is_file():
        pytest.skip("the founding letter is not beside this checkout")
    return path.read_text(encoding="utf-8")


CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; never a downloaded browser."""
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium")
    import os

    # Playwright's sync API runs an event loop in this thread; the ORM calls that
    # tests make around it are still plain synchronous calls.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield launched
        launched.close()


# What a phone shows (an iPhone 12 to 15): Midway is used on phones first.
PHONE = {"width": 390, "height": 844}

# Reports the page's width when something on it is wider than the screen.
TOO_WIDE = """() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width + 1) return "";
  const culprit = Array.from(document.querySelectorAll("body *")).find((element) => {
    const box = element.getBoundingClientRect();
    return box.right > width + 1 && element.children.length === 0;
  });
  const where = culprit ? `${culprit.tagName.toLowerCase()}.${culprit.className}: ${culprit.textContent.slice(0, 40)}` : "?";
  return `${document.documentElement.scrollWidth}px wide (${where})`;
}"""


@pytest.fixture
def new_page(browser, live_server):
    """Open pages in separate browser contexts (one per partner), closed afterwards.

    Each context is a phone; every page it loads is checked for anything wider than
    the screen (a page that scrolls sideways on a phone), and the test fails if one was.
    """
    contexts, too_wide = [], []

    def check_width(page):
        try:
            width = page.evaluate(TOO_WIDE)
        except Exception:
            return
        if width and page.viewport_size and page.viewport_size["width"] <= PHONE["width"]:
            too_wide.append(f"{page.url} is {width} on a {page.viewport_size['width']}px screen")

    def open_page(path: str = "/"):
        context = browser.new_context(base_url=live_server.url, viewport=PHONE)
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.on("load", lambda: check_width(page))
        page.goto(path)
        return page

    yield open_page
    for context in contexts:
        for page in context.pages:
            check_width(page)
        context.close()
    assert not too_wide, too_wide


def phone(new_page, username: str):
    """A partner signed in on their phone, and the console errors it logs (a CSP
    violation or an htmx error shows up there)."""
    page = new_page("/login/")
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.set_viewport_size(PHONE)
    sign_in(page, username)
    return page, problems


def sign_in(page, username: str, password: str = PASSWORD):
    page.goto("/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/")
