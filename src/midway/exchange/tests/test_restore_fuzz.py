"""Restore under a fuzzer: any mutation of a valid file is restored or refused, never a traceback."""

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from midway.exchange.restore import NotEmpty, restore
from midway.exchange.tests.conftest import nothing_written, wipe
from midway.exchange.validate import ExportFileError

pytestmark = pytest.mark.django_db

# Values a forged file might put anywhere: wrong types, edge numbers, hostile text.
TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            "   ",
            "demo",
            "ＪＯＨＮ",
            "jose\u0301",
            "<script>alert(1)</script>",
            "\u202eevil",
            "a\x00b",
            "2026-02-30",
            "2026-01-31T20:15:00",
            "0001-01-01T00:00:00+14:00",
            "9999-12-31T23:59:59-14:00",
            "draft",
            "shared",
            "heart",
            "md5$salt$0",
            "!",
            "x" * 6_000,
        ]
    ),
)
NUMBER = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, 1, 2, 3, -1, 2**31, 2**63 - 1, 2**63]),
    st.floats(allow_nan=False, allow_infinity=False),
)
LEAF = st.one_of(st.none(), st.booleans(), NUMBER, TEXT)
VALUE = st.recursive(
    LEAF,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def places(data, path=()):
    """Every (container, key) of the file, the top object's included."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield (path, key)
            yield from places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield (path, index)
            yield from places(value, (*path, index))


def container(data, path):
    for key in path:
        data = data[key]
    return data


def mutate(data, draw) -> dict:
    """One to three edits: replace a value, drop a key, add a key, or copy a sibling."""
    data = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 3))):
        spots = list(places(data))
        if not spots:
            break
        action = draw(st.sampled_from(["replace", "retext", "renumber", "drop", "add", "copy"]))
        # Half of the edits aim at a value of the same type, which gets past the type
        # checks to the limits and rules behind them.
        same_type = {"retext": str, "renumber": int}.get(action)
        if same_type:
            spots = [s for s in spots if type(container(data, s[0])[s[1]]) is same_type] or spots
        path, key = draw(st.sampled_from(spots))
        parent = container(data, path)
        if action == "retext":
            parent[key] = draw(TEXT)
        elif action == "renumber":
            parent[key] = draw(st.integers(min_value=-(2**70), max_value=2**70) | NUMBER)
        elif action == "replace":
            parent[key] = draw(VALUE)
        elif action == "drop":
            del parent[key]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["id", "author", "body", "is_superuser", "zz"]))] = draw(
                VALUE
            )
        elif action == "copy" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
    return data


def encode(data) -> bytes:
    try:
        return json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except ValueError:  # an integer too long for Python to write: the file says so itself
        return b'{"n": ' + b"9" * 5_000 + b"}"


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.data())
def test_a_mutated_export_is_restored_or_refused_never_a_traceback(small, data):
    mutated = mutate(small, data.draw)
    try:
        restore(encode(mutated))
    except (ExportFileError, NotEmpty) as refusal:
        assert "\n" not in str(refusal)
        assert nothing_written()
    else:
        # Some edits keep a valid file (a changed title); empty the instance for the next.
        wipe()
