"""Midway's JSON API, version 1: personal tokens only, JSON in and out, errors as JSON.

Every route takes the member from the token and reaches objects only through the
space's access helpers, so anything not the member's to see is a 404, as on the pages.
Request bodies are checked before any route sees them (`SafeJSONParser`): what the
database could not store, or what would make the parser work too hard, is a 400.
"""

import json
import logging

from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.parser import Parser
from ninja.security import HttpBearer

from midway.api.tokens import member_for_token
from midway.text.decode import unstorable
from midway.together import services as together_services

logger = logging.getLogger("midway.api")

MAX_DEPTH = 20


class BodyError(ValueError):
    """The request body cannot be used; the message says why."""


def bearer_given(request) -> bool:
    """For the page cache: a request with a token may be kept (ninja checks the token
    before the route runs; a refusal is a 401, which is never kept)."""
    return request.headers.get("Authorization", "").lower().startswith("bearer ")


class TokenAuth(HttpBearer):
    """`Authorization: Bearer <token>` with a personal token; the member becomes `request.auth`."""

    def authenticate(self, request, token):
        return member_for_token(token.strip())


def check_text(value: str, where: str) -> None:
    """Refuse text that no database can store: NUL, and halves of surrogate pairs."""
    problem = unstorable(value)
    if problem:
        raise BodyError(f"{where} contains {problem}, which cannot be saved.")


def check_tree(data) -> None:
    """Walk parsed JSON without recursion: bounded depth, storable strings everywhere."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise BodyError(f"The JSON is nested too deeply (more than {MAX_DEPTH} levels).")
        if isinstance(value, str):
            check_text(value, "A text")
        elif isinstance(value, dict):
            for key, item in value.items():
                check_text(key, "A key")
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)


def _no_constants(name: str):
    raise BodyError(f"{name} is not a number JSON allows.")


class SafeJSONParser(Parser):
    """JSON bodies, strictly: UTF-8, no NaN, no deep nesting, only storable text."""

    def parse_body(self, request):
        try:
            text = request.body.decode("utf-8")
        except UnicodeDecodeError:
            raise BodyError("The body must be JSON encoded as UTF-8.") from None
        try:
            data = json.loads(text, parse_constant=_no_constants)
        except json.JSONDecodeError as error:
            raise BodyError(
                f"The body is not valid JSON: {error.msg} at position {error.pos}."
            ) from None
        except RecursionError:
            raise BodyError(
                f"The JSON is nested too deeply (more than {MAX_DEPTH} levels)."
            ) from None
        check_tree(data)
        if not isinstance(data, dict):
            raise BodyError('The body must be a JSON object, like {"body": "..."}.')
        return data


api = NinjaAPI(
    title="Midway",
    version="1",
    description=(
        "The JSON API of a Midway instance. Authenticate with a personal token made on "
        "the settings page or with `midway token create USERNAME`: "
        "`Authorization: Bearer <token>`. Anything that is not yours to see is a 404."
    ),
    urls_namespace="api-v1",
    auth=TokenAuth(),
    parser=SafeJSONParser(),
    # Ninja's docs page loads Swagger UI from a CDN, and Midway calls nothing outside.
    docs_url=None,
)


def _error(message, status: int) -> JsonResponse:
    return JsonResponse({"detail": message}, status=status)


@api.exception_handler(HttpError)
def _http_error(request, exc):
    # Ninja turns every parser error into "Cannot parse request body"; ours say why.
    cause = exc.__cause__
    if isinstance(cause, BodyError):
        return _error(str(cause), 400)
    if isinstance(cause, RequestDataTooBig):
        return _too_big(request, cause)
    return _error(str(exc), exc.status_code)


@api.exception_handler(RequestDataTooBig)
def _too_big(request, exc):
    return _error("The request body is too large.", 413)


@api.exception_handler(BodyError)
def _body_error(request, exc):
    return _error(str(exc), 400)


@api.exception_handler(AuthenticationError)
def _unauthorised(request, exc):
    response = _error("A valid API token is needed: Authorization: Bearer <token>.", 401)
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(Http404)
def _not_found(request, exc):
    return _error("Not found.", 404)


@api.exception_handler(DjangoValidationError)
def _invalid(request, exc):
    if hasattr(exc, "message_dict"):
        return _error({field: list(msgs) for field, msgs in exc.message_dict.items()}, 400)
    return _error(" ".join(exc.messages), 400)


@api.exception_handler(together_services.NotAllowed)
def _not_allowed(request, exc):
    # As on the pages: what a member may not do to an item is a 404, never a 403.
    return _error("Not found.", 404)


@api.exception_handler(together_services.Changed)
def _changed(request, exc):
    status = exc.item.get_status_display() if hasattr(exc.item, "get_status_display") else ""
    return _error(f"This changed meanwhile; it is now {status or 'different'}.".strip(), 409)


def register_routes() -> None:
    from midway.api.routes import (
        appreciations,
        breaks,
        checkins,
        decisions,
        kit,
        letters,
        phrasebook,
        questions,
        repairs,
        things,
    )

    api.add_router("/", letters.router)
    api.add_router("/", questions.router)
    api.add_router("/", things.router)
    api.add_router("/", phrasebook.router)
    api.add_router("/", checkins.router)
    api.add_router("/", breaks.router)
    api.add_router("/", repairs.router)
    api.add_router("/", kit.router)
    api.add_router("/", decisions.router)
    api.add_router("/", appreciations.router)


register_routes()
