"""Rendered pages kept for the browser that asked, until anything they show is written.

A page a partner opens again (home after a reply, the questions after answering one)
is mostly the same bytes as last time. `cached_page` keeps a member's rendered page in
this process's memory under a key made of everything the page depends on:

- the data version (`midway.spaces.changes`): any write to Midway's tables, by anyone,
  in any process, raises it, so a page read before a write is never served after it;
- who asks and from which browser: the user, the session, the CSRF cookie (the page's
  forms carry a token of it) and the cookie of areas seen (the navigation's dots);
- what was asked: host, scheme, path and query, and htmx's request headers;
- the time, in slices of `PAGE_CACHE_SECONDS` (30 s): relative times, the day's card,
  a break's return and a five-minute take-back window move on their own.

What is never kept: anything but a 200 to a GET, a response that sets a cookie, a
request with messages waiting to be shown, pages larger than `MAX_BYTES`, and every
anonymous request. The session and the user are still read on every request (a
signed-out browser's key would otherwise outlive its session); a hit skips the
view, its queries and its templates.
"""

import hashlib
import time
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse

from midway.spaces.changes import data_version

MAX_BYTES = 256 * 1024
# Headers a response gets from the middleware on its way out, not from the view.
_OUTER_HEADERS = {"vary", "content-length"}


def _store():
    return caches["pages"]


def _has_messages(request) -> bool:
    if CookieStorage.cookie_name in request.COOKIES:
        return True
    session = getattr(request, "session", None)
    return session is not None and "_messages" in session


def browser(request) -> list[str] | None:
    """Who asks, for a page: the user and this browser's session and cookies; None for
    an anonymous request, or one with messages waiting to be shown."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or _has_messages(request):
        return None
    return [
        str(user.pk),
        request.session.session_key or "",
        request.COOKIES.get(settings.CSRF_COOKIE_NAME, ""),
        request.COOKIES.get("midway_seen", ""),
    ]


def page_key(request, identity) -> str | None:
    """The cache key of this request's answer, or None when it must not be cached."""
    if request.method != "GET" or not settings.PAGE_CACHE_SECONDS:
        return None
    who = identity(request)
    if who is None:
        return None
    parts = [
        str(data_version()),
        str(int(time.time() // settings.PAGE_CACHE_SECONDS)),
        *who,
        request.scheme,
        request.get_host(),
        request.get_full_path(),
    ]
    parts += [
        f"{name}={value}"
        for name, value in sorted(request.META.items())
        if name.startswith("HTTP_HX_")
    ]
    return "page:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _keepable(response) -> bool:
    return (
        response.status_code == 200
        and getattr(response, "is_rendered", True)
        and not response.streaming
        and not response.cookies
        and len(response.content) <= MAX_BYTES
    )


def _frozen(response) -> tuple:
    headers = [(k, v) for k, v in response.items() if k.lower() not in _OUTER_HEADERS]
    return (response.content, headers)


def _thawed(frozen: tuple) -> HttpResponse:
    content, headers = frozen
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    return response


def cached(identity=browser):
    """Serve the answer from memory when nothing it shows has changed. `identity`
    gives the key's parts that say who asks (None: do not cache this request)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            key = page_key(request, identity)
            if key is None:
                return view(request, *args, **kwargs)
            store = _store()
            frozen = store.get(key)
            if frozen is not None:
                return _thawed(frozen)
            response = view(request, *args, **kwargs)
            if _keepable(response):
                store.set(key, _frozen(response), settings.PAGE_CACHE_SECONDS)
            return response

        return wrapper

    return decorator


cached_page = cached()


def clear() -> None:
    _store().clear()
