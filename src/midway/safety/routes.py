"""Every URL route of Midway, found by walking the resolver, and what each one is.

A route is *public by design* (listed below with the reason), an *object route*
(it takes object ids) or a *page route* (no arguments). Anything else, for example
a route with a `<str:token>` argument nobody has thought about, must be handled
explicitly in the tests, which fail on it until then.
"""

import itertools
import re
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

# Route names (with namespace) that anyone may reach without signing in, and why.
PUBLIC_BY_DESIGN = {
    "login": "the sign-in page",
    "logout": "signing out must work whether or not the session is still valid",
    "welcome": "the first visitor creates the first space (closed afterwards)",
    "join": "the partner's single-use invite link (the token is the secret)",
    "manifest": "the web app manifest: names and icons only",
    "notify:service_worker": "the service worker script: code that shows push messages, no data",
    "notify:phones": "the guide to reaching Midway from a phone: the same text as docs/phones.md",
    "api/v1/": "the API's root: a JSON 404 for everyone, nothing behind it",
    "api/<rest>": "any other path under /api/: a JSON 404 for everyone",
}
# API routes that describe the API itself and hold no data.
PUBLIC_PATTERNS = [
    re.compile(r"openapi", re.I),
    re.compile(r"(^|:)docs?$", re.I),
    re.compile(r"schema", re.I),
]

API_PREFIX = "api/"
ID_NAME = re.compile(r"(^|_)(pk|id)$")
# Arguments that are not ids but name one of a few fixed things: every value is tried.
SAMPLE_VALUES = {
    "kind": ("heart", "thanks", "need-time"),
}


@dataclass(frozen=True)
class Route:
    route: str  # e.g. "letters/<int:pk>/edit/"
    name: str  # "letters:edit"; the route string when a pattern has no name
    kwargs: tuple[str, ...]  # argument names in the order they appear
    id_kwargs: tuple[str, ...]  # the arguments that take object ids
    default_args: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_api(self) -> bool:
        return self.route.startswith(API_PREFIX)

    @property
    def is_public(self) -> bool:
        return self.name in PUBLIC_BY_DESIGN or any(p.search(self.name) for p in PUBLIC_PATTERNS)

    @property
    def other_kwargs(self) -> tuple[str, ...]:
        """Arguments that are neither ids nor in SAMPLE_VALUES: they need explicit tests."""
        return tuple(k for k in self.kwargs if k not in self.id_kwargs and k not in SAMPLE_VALUES)

    def urls_for(self, pk) -> list[str]:
        """This route's paths for object id `pk`, one per sample of its other arguments."""
        names = [k for k in self.kwargs if k in SAMPLE_VALUES]
        combos = itertools.product(*(SAMPLE_VALUES[k] for k in names))
        return [
            self.url(**{k: pk for k in self.id_kwargs}, **dict(zip(names, combo, strict=True)))
            for combo in combos
        ]

    def url(self, **values) -> str:
        """The concrete path with each `<converter:name>` replaced by its value."""

        def fill(match):
            return str(values[match.group(2)])

        return "/" + ARGUMENT.sub(fill, self.route)

    def __str__(self):
        return f"/{self.route} ({self.name})"


ARGUMENT = re.compile(r"<(?:(\w+):)?(\w+)>")


def _argument_names(route: str) -> list[tuple[str, str]]:
    return [(m.group(1) or "str", m.group(2)) for m in ARGUMENT.finditer(route)]


def _walk(patterns, prefix: str, namespace: str):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if not isinstance(pattern.pattern, RoutePattern) and str(pattern.pattern) not in (
                "",
                "^",
            ):
                raise AssertionError(
                    f"regex include {prefix}{pattern.pattern!s}: teach safety/routes.py about it"
                )
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            text = "" if str(pattern.pattern) == "^" else str(pattern.pattern)
            yield from _walk(pattern.url_patterns, prefix + text, inner)
        elif isinstance(pattern, URLPattern):
            route = prefix + str(pattern.pattern)
            if not isinstance(pattern.pattern, RoutePattern):
                route = _regex_to_route(route)
            name = pattern.name and (f"{namespace}:{pattern.name}" if namespace else pattern.name)
            arguments = _argument_names(route)
            yield Route(
                route=route,
                name=name or route,
                kwargs=tuple(n for _c, n in arguments),
                id_kwargs=tuple(n for c, n in arguments if c == "int" or ID_NAME.search(n)),
                default_args=dict(pattern.default_args),
            )


def _regex_to_route(route: str) -> str:
    """A regex pattern as a route: each named group becomes a `<name>` argument."""
    plain = re.sub(r"\(\?P<(\w+)>[^()]*\)", r"<\1>", route)
    plain = plain.replace("^", "").replace("$", "").replace("\\", "")
    if re.search(r"[()\[\]*+?{}|]", plain):
        raise AssertionError(f"regex route {route!r}: teach safety/routes.py about it")
    return plain


def all_routes() -> list[Route]:
    """Every route once: an API path with several methods is one route."""
    seen, routes = set(), []
    for route in _walk(get_resolver().url_patterns, "", ""):
        if route.route not in seen:
            seen.add(route.route)
            routes.append(route)
    return routes


def object_routes() -> list[Route]:
    """Routes that take one object id (and perhaps sample-valued arguments)."""
    return [
        r for r in all_routes() if len(r.id_kwargs) == 1 and not r.other_kwargs and not r.is_public
    ]


def page_routes() -> list[Route]:
    """Routes without arguments that are not public: every one needs a member."""
    return [r for r in all_routes() if not r.kwargs and not r.is_public]
