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


@pytest.fixture
def anon_client():
    return Client()


@pytest.fixture
def founding_letter() -> str:
    path = SHARED / "examples" / "after-the-fight.txt"
    if not path.is_file():
        pytest.skip("the founding letter is not beside this checkout")
    return path.read_text(encoding="utf-8")
