"""Schemathesis fuzzes every operation of the OpenAPI document with a real token: no 5xx, ever.

Bounded (a few dozen examples per operation) so the whole run stays well under two
minutes on two cores; the examples are random, so each run tries new inputs.
"""

import json

import pytest

schemathesis = pytest.importorskip("schemathesis")
from django.core import signals  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.db import close_old_connections  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from midway.api.api import api  # noqa: E402
from midway.api.tokens import create_token  # noqa: E402

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def _schema():
    # The document as the app builds it (no request needed to collect the tests);
    # requests then go through Django's WSGI handler, in the test's transaction.
    loaded = schemathesis.openapi.from_dict(json.loads(json.dumps(api.get_openapi_schema())))
    loaded.app = get_wsgi_application()
    return loaded


schema = _schema()


@pytest.fixture
def token(world, ivy):
    return create_token(ivy, "fuzz")[1]


@pytest.fixture
def same_connection():
    """Keep the test's database connection open across requests, as Django's test client does.

    Through the plain WSGI handler every request would close "old" connections, and on
    PostgreSQL that is the connection holding the test's transaction.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=False,
)
def test_api_never_answers_with_a_server_error(case, token, same_connection):
    response = case.call(headers={"Authorization": f"Bearer {token}"})
    case.validate_response(response, checks=[not_a_server_error])
