"""Small helpers to call every route with every method and read what comes back."""

from contextlib import contextmanager

from django.db import transaction
from django.test import Client

METHODS = ("get", "post", "put", "patch", "delete")
NOT_THERE = {404, 405}
API = "/api/"


class Caller:
    """A signed-in member (or nobody) as pages or the JSON API see them.

    With a token, requests carry `Authorization: Bearer`; bodies sent to the API
    are JSON (an empty object unless given).
    """

    def __init__(self, member=None, *, token: str | None = None, **options):
        # A crash is an answer like any other here: a 500 status, not an exception.
        options.setdefault("raise_request_exception", False)
        self.client = Client(**options)
        self.token = token
        if member is not None and token is None:
            self.client.force_login(
                member.user, backend="django.contrib.auth.backends.ModelBackend"
            )

    def __call__(self, method: str, url: str, data=None, **extra):
        if self.token:
            extra.setdefault("HTTP_AUTHORIZATION", f"Bearer {self.token}")
        send = getattr(self.client, method)
        if url.startswith(API) and method in ("post", "put", "patch"):
            import json

            from midway.safety.openapi import body_for

            if data is None:
                data = body_for(method, url) or {}
            body = data if isinstance(data, str | bytes) else json.dumps(data)
            return send(url, data=body, content_type="application/json", **extra)
        if data is None:
            return send(url, **extra)
        return send(url, data, **extra)


@contextmanager
def undone():
    """Whatever a request changes inside is rolled back afterwards."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def sends_to_login(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith("/login/")


def text_of(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


class Callers:
    """Each member's browser and API caller, made once."""

    def __init__(self, world):
        self.world, self._made = world, {}

    def __call__(self, member, route):
        key = (member.pk, route.is_api)
        if key not in self._made:
            self._made[key] = self.world.caller(member, api=route.is_api)
        return self._made[key]
