import pytest

from midway.safety.world import World, spread_id_sequences


@pytest.fixture
def world(db, request):
    """Both couples and every kind of object, ids spread so that none collide."""
    spread_id_sequences()
    members = [request.getfixturevalue(name) for name in ("ivy", "john", "ana")]
    ben = members[2].partner
    return World(*members, ben).build()


@pytest.fixture
def quick(settings):
    """For tests that make thousands of requests: sessions in signed cookies (no session
    query per request) and no request log. Access rules are untouched by either."""
    import logging

    settings.SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
    logging.disable(logging.CRITICAL)
    yield
    logging.disable(logging.NOTSET)
