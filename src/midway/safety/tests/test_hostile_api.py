"""Hostile text in every string field of every JSON body the API takes.

Operations and their bodies come from the API's OpenAPI schema; each string field
gets every payload (as JSON, so lone surrogates arrive as real lone surrogates):
stored exactly or refused with a JSON message, never a 500. Then the pages that
show what was stored are read as both partners, and nothing in them may run.
"""

import json
import re

import pytest

from midway.safety import openapi, payloads, reach
from midway.safety.htmlcheck import problems_in
from midway.safety.probe import Caller, Callers, text_of, undone
from midway.safety.routes import object_routes, page_routes
from midway.safety.storage import stored_exactly, stored_within
from midway.safety.tests.test_hostile_input import summary
from midway.safety.world import space_owned_models


def _put(body: dict, path: tuple, value):
    body = json.loads(json.dumps(body))
    node = body
    for key in path[:-1]:
        if isinstance(key, int):
            while len(node) <= key:
                node.append("")
        node = node[key] if not isinstance(node, dict) else node.setdefault(key, {})
    last = path[-1]
    if isinstance(node, list):
        while len(node) <= last:
            node.append("")
    node[last] = value
    return body


def _operations():
    """(method, path template) of every operation with a JSON body."""
    for path, operations in openapi.schema()["paths"].items():
        for method, operation in operations.items():
            if "requestBody" in operation:
                yield method, path


def _route_for(template: str):
    for route in object_routes():
        if "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route.route) == template:
            return route
    return None


def _target(world, callers, method, template):
    """A concrete URL and a member for whom the sample body succeeds there."""
    if "{" not in template:
        return template, world.ivy
    route = _route_for(template)
    assert route is not None, f"no route for {template}"
    label = reach.served_label(world, route, callers)
    for item in world.in_space(world.space_a):
        if item.model._meta.label != label:
            continue
        for url in route.urls_for(item.obj.pk):
            for member in (world.ivy, world.john):
                caller = callers(member, route)  # signed in outside the rollback
                with undone():
                    status = caller(method, url).status_code
                if 200 <= status < 300:
                    return url, member
    return None, None


def _json_body(value) -> bytes:
    # ensure_ascii: lone surrogates travel as \\ud800 escapes, as any JSON client sends them.
    return json.dumps(value, ensure_ascii=True).encode()


def _stored(payload: str) -> list[str]:
    if len(payload) >= 100_000:
        return stored_within(payload[:1000])
    return stored_exactly(payload)


def _model_with_id(pk):
    for model in space_owned_models():
        if model._default_manager.filter(pk=pk).exists():
            return model._meta.label
    return None


def _pages(world, callers, labels: set, ids: set) -> list[str]:
    """The page routes, and the object pages of the given models for the given ids."""
    urls = [r.url() for r in page_routes() if not r.is_api]
    for route in object_routes():
        if not route.is_api and reach.served_label(world, route, callers) in labels:
            for pk in ids:
                urls += route.urls_for(pk)
    return urls


def _check_pages(world, callers, readers, labels, ids, stored, where, problems):
    for reader in readers:
        for page in _pages(world, callers, labels, ids):
            shown = reader("get", page)
            if shown.status_code >= 500:
                problems.append(f"stored {where}: {page} → {shown.status_code}")
                continue
            if "html" not in shown.get("Content-Type", ""):
                if shown.get("X-Content-Type-Options") != "nosniff":
                    problems.append(f"stored {where}: {page} can be sniffed as HTML")
                continue
            html = text_of(shown)
            for problem in problems_in(html):
                problems.append(f"stored {where}: {page}: {problem}")
            for payload in stored:
                if "<" in payload and payload in html:
                    problems.append(f"stored {where}: {page}: unescaped {payload[:40]!r}")


def test_every_api_string_field_stores_hostile_text_exactly_or_refuses_it(world, quick):
    operations = list(_operations())
    if not operations:
        pytest.skip("this instance has no JSON API")
    callers, problems = Callers(world), []
    readers = [Caller(world.ivy), Caller(world.john)]
    for method, template in operations:
        url, member = _target(world, callers, method, template)
        if url is None:
            problems.append(
                f"{method.upper()} {template}: no object of space A takes a sample body"
            )
            continue
        api = world.caller(member, api=True)
        schema = openapi.body_schema(method, url)
        sample = openapi.sample(schema)
        fields = openapi.string_fields(schema)
        for path in fields:
            where = f"in '{'.'.join(map(str, path))}' of {method.upper()} {template}"
            with undone():
                plain = f"plain words SAFE{abs(hash((template, path))) % 10**8}"
                api(method, url, _json_body(_put(sample, path, plain)))
                storing = bool(stored_exactly(plain))
            for name, payload in payloads.TEXT.items():
                with undone():
                    response = api(method, url, _json_body(_put(sample, path, payload)))
                    status = response.status_code
                    if status >= 500:
                        problems.append(f"{name} {where}: {status}")
                        continue
                    if not response["Content-Type"].startswith("application/json"):
                        problems.append(f"{name} {where}: answered {response['Content-Type']}")
                    if status >= 400:
                        if "detail" not in response.json():
                            problems.append(f"{name} {where}: {status} without a message")
                    elif not _stored(payload) and storing:
                        problems.append(f"{name} {where}: neither stored exactly nor refused")
        # Every payload in every field at once, then every page that could show them,
        # read by both partners: nothing in them may run.
        with undone():
            stored, ids = [], {int(p) for p in re.findall(r"/(\d+)", url)}
            for path in fields:
                for payload in payloads.TEXT.values():
                    response = api(method, url, _json_body(_put(sample, path, payload)))
                    if 200 <= response.status_code < 300:
                        stored.append(payload)
                        made = response.json() if response.content else {}
                        if isinstance(made, dict) and isinstance(made.get("id"), int):
                            ids.add(made["id"])
            labels = {_model_with_id(pk) for pk in ids}
            where = f"in {method.upper()} {template}"
            _check_pages(world, callers, readers, labels, ids, stored, where, problems)
        with undone():
            body = _put(sample, fields[0], payloads.TEN_MB) if fields else {"x": payloads.TEN_MB}
            huge = api(method, url, _json_body(body))
        if huge.status_code not in (400, 413):
            problems.append(f"10 MB body to {method.upper()} {template}: {huge.status_code}")
    assert not problems, summary(problems)


MALFORMED = {
    "not JSON": b"this is not json",
    "invalid UTF-8": b'{"text": "\xff\xfe"}',
    "a list": b"[]",
    "null": b"null",
    "a huge number": b'{"text": 1e999999, "revision": 1e999999}',
    "NaN": b'{"text": NaN, "revision": NaN}',
    "deep nesting": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "wide array": b'{"feelings": [' + b'"x",' * 200_000 + b'"x"]}',
    "wrong types": b'{"text": {"$gt": ""}, "title": ["a"], "body": 5, "revision": "1"}',
    "duplicate keys": b'{"text": "a", "text": "<script>alert(1)</script>"}',
    "empty": b"",
}


def test_malformed_json_is_a_clean_refusal_everywhere(world, quick):
    """Every API operation with a body, sent bodies no client should send: 4xx with a
    JSON message (or success for what is merely odd), never a 500."""
    operations = list(_operations())
    if not operations:
        pytest.skip("this instance has no JSON API")
    callers, problems = Callers(world), []
    for method, template in operations:
        url, member = _target(world, callers, method, template)
        if url is None:
            continue
        api = world.caller(member, api=True)
        for name, body in MALFORMED.items():
            with undone():
                response = api(method, url, body)
            if response.status_code >= 500:
                problems.append(f"{name} to {method.upper()} {template}: {response.status_code}")
            elif not response["Content-Type"].startswith("application/json"):
                problems.append(f"{name} to {method.upper()} {template}: not JSON")
    assert not problems, summary(problems)
