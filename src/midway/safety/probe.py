"""Small helpers to call every route with every method and read what comes back."""

from contextlib import contextmanager

from django.db import transaction
from django.test import Client

METHODS = ("get", "post", "put", "patch", "delete")
NOT_THERE = {404, 405}


def client_for(member, **options) -> Client:
    client = Client(**options)
    client.force_login(member.user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def call(client: Client, method: str, url: str, **extra):
    return getattr(client, method)(url, **extra)


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
