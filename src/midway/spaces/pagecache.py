"""Rendered pages kept for the browser that asked, until anything they show is written.

A page a partner opens again (home after a reply, the questions after answering one)
is mostly the same bytes as last time. `PageCacheMiddleware` keeps the whole response
(headers included) of the views marked with `cached_page`, in this process's memory,
under a key made of everything the page depends on:

- the data version (`midway.spaces.changes`): any write to Midway's tables, the
  sessions and the API tokens included, by anyone, in any process, raises it, so a
  page read before a write is never served after it, and signing out, a new password
  or a revoked token end every page kept for that browser;
- which browser asks: its session cookie (or the API's bearer token), its CSRF cookie
  (the page's forms carry a token of it) and its cookie of areas seen (the dots);
- what was asked: scheme, host, path and query, the Accept header and htmx's request
  headers;
- the time, in slices of `PAGE_CACHE_SECONDS` (30 s): relative times, the day's card,
  a break's return and a five-minute take-back window move on their own.

A page is only ever kept after the whole stack has answered a signed-in member with a
200, so a hit hands a browser back what it was itself shown, at most 30 seconds ago,
while nothing has changed since. Never kept: anything but a 200 to a GET, a response
that sets a cookie to a new value (Django sends the CSRF cookie again with every form,
unchanged: that is kept and sent again), a request with messages waiting, pages over `MAX_BYTES`, anyone
not signed in, and every view not marked.
"""

import hashlib
import time
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse
from django.urls import Resolver404, resolve

from midway.spaces.changes import data_version

MAX_BYTES = 256 * 1024
KEEP = "_midway_keep_page"
MARK = "midway_page"


def _store():
    return caches["pages"]


def mark(view):
    """Say that `view` answers pages that may be kept (`cached_page` does it)."""
    setattr(view, MARK, True)
    return view


def _is_page(request) -> bool:
    try:
        return getattr(resolve(request.path_info).func, MARK, False)
    except Resolver404:
        return False


def page_key(request) -> str | None:
    """The cache key of this request's answer, or None when it cannot be a kept page."""
    if request.method != "GET" or not settings.PAGE_CACHE_SECONDS:
        return None
    cookies = request.COOKIES
    session = cookies.get(settings.SESSION_COOKIE_NAME, "")
    bearer = request.META.get("HTTP_AUTHORIZATION", "")
    if not (session or bearer) or CookieStorage.cookie_name in cookies:
        return None
    if not _is_page(request):
        return None
    version = data_version()
    if version is None:
        return None
    parts = [
        str(version),
        str(int(time.time() // settings.PAGE_CACHE_SECONDS)),
        session,
        bearer,
        cookies.get(settings.CSRF_COOKIE_NAME, ""),
        cookies.get("midway_seen", ""),
        request.scheme,
        request.get_host(),
        request.get_full_path(),
        request.META.get("HTTP_ACCEPT", ""),
    ]
    parts += [
        f"{name}={value}"
        for name, value in sorted(request.META.items())
        if name.startswith("HTTP_HX_")
    ]
    return "page:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _keepable(request, response) -> bool:
    return (
        getattr(request, KEEP, False)
        and response.status_code == 200
        and not response.streaming
        and getattr(response, "is_rendered", True)
        and all(request.COOKIES.get(name) == m.value for name, m in response.cookies.items())
        and len(response.content) <= MAX_BYTES
    )


def _frozen(response) -> tuple:
    headers = [(k, v) for k, v in response.items() if k != "Content-Length"]
    return (response.content, headers, response.cookies)


def _thawed(frozen: tuple) -> HttpResponse:
    content, headers, cookies = frozen
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    response.cookies = cookies
    return response


class PageCacheMiddleware:
    """Answers from the kept pages before the rest of the stack runs; keeps the pages
    of marked views on their way out. Sits just inside the request log."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = page_key(request)
        if key is None:
            return self.get_response(request)
        store = _store()
        frozen = store.get(key)
        if frozen is not None:
            return _thawed(frozen)
        response = self.get_response(request)
        if _keepable(request, response):
            store.set(key, _frozen(response), settings.PAGE_CACHE_SECONDS)
        return response


def _signed_in_without_messages(request) -> bool:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    session = getattr(request, "session", None)
    return session is None or "_messages" not in session


def cached_page(view=None, *, who=_signed_in_without_messages):
    """Mark a view's GET answers as pages the middleware may keep. `who(request)` says
    whether this request is one to keep (by default: a signed-in user with no message
    waiting in the session)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "GET" and who(request):
                setattr(request, KEEP, True)
            return view(request, *args, **kwargs)

        return mark(wrapper)

    return decorator(view) if view is not None else decorator


def clear() -> None:
    _store().clear()
