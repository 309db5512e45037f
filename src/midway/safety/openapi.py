"""Valid JSON bodies for every API operation, made from the API's own OpenAPI schema.

The schema is public by design (`/api/v1/openapi.json`); reading it means a new API
operation gets valid bodies here (and hostile ones in the input tests) untouched.
"""

import re
import uuid
from datetime import date, datetime
from functools import cache

from django.test import Client
from django.urls import NoReverseMatch, reverse

STRING_SAMPLE = "a gentle sample"


@cache
def schema() -> dict:
    for name in ("api-v1:openapi-json",):
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        response = Client().get(url)
        if response.status_code == 200:
            return response.json()
    return {"paths": {}, "components": {"schemas": {}}}


@cache
def _templates() -> list[tuple[re.Pattern, str]]:
    found = []
    for path in schema()["paths"]:
        pieces = re.split(r"\{[^}]+\}", path)
        pattern = "[^/]+".join(re.escape(piece) for piece in pieces)
        found.append((re.compile(f"^{pattern}$"), path))
    # Literal paths first: /checkins/today before /checkins/{checkin_id}.
    return sorted(found, key=lambda pair: pair[1].count("{"))


def operation(method: str, url: str) -> dict | None:
    """The OpenAPI operation behind `method url`, if the API has one."""
    path = url.split("?")[0]
    for pattern, template in _templates():
        if pattern.match(path) and method.lower() in schema()["paths"][template]:
            return schema()["paths"][template][method.lower()]
    return None


def body_schema(method: str, url: str) -> dict | None:
    op = operation(method, url)
    if not op or "requestBody" not in op:
        return None
    content = op["requestBody"]["content"]
    return resolve(next(iter(content.values()))["schema"])


def resolve(node: dict) -> dict:
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = schema()["components"]["schemas"][name]
    return node


def sample(node: dict):
    """A small value that the schema accepts."""
    node = resolve(node)
    if "default" in node:
        return node["default"]
    if "enum" in node:
        return node["enum"][0]
    if "const" in node:
        return node["const"]
    for key in ("anyOf", "oneOf"):
        if key in node:
            options = [o for o in node[key] if resolve(o).get("type") != "null"]
            return sample(options[0]) if options else None
    if "allOf" in node:
        merged: dict = {}
        for part in node["allOf"]:
            value = sample(part)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = node.get("type")
    if kind == "object" or "properties" in node:
        return {name: sample(prop) for name, prop in node.get("properties", {}).items()}
    if kind == "array":
        return [sample(node["items"])] * node.get("minItems", 0)
    if kind == "integer":
        return max(node.get("minimum", 1), 1) if node.get("maximum", 1) >= 1 else node["maximum"]
    if kind == "number":
        return node.get("minimum", 1)
    if kind == "boolean":
        return False
    if kind == "string":
        fmt = node.get("format")
        if fmt == "date":
            return date.today().isoformat()
        if fmt == "date-time":
            return datetime.now().isoformat()
        if fmt == "uuid":
            return str(uuid.uuid4())
        return STRING_SAMPLE[: node.get("maxLength", 100)]
    return None


def body_for(method: str, url: str):
    """A valid JSON body for this operation, or None when it takes none."""
    node = body_schema(method, url)
    return None if node is None else sample(node)


def string_fields(node: dict, prefix=()) -> list[tuple]:
    """Paths (tuples of keys) to every string field of a body schema, nested ones too."""
    node = resolve(node)
    found = []
    for name, prop in node.get("properties", {}).items():
        prop = resolve(prop)
        options = [resolve(o) for o in prop.get("anyOf", prop.get("oneOf", [prop]))]
        if any(
            o.get("type") == "string" and "enum" not in o and "format" not in o for o in options
        ):
            found.append((*prefix, name))
        elif any(o.get("type") == "object" or "properties" in o for o in options):
            inner = next(o for o in options if o.get("type") == "object" or "properties" in o)
            found += string_fields(inner, (*prefix, name))
        elif any(o.get("type") == "array" for o in options):
            items = resolve(next(o for o in options if o.get("type") == "array")["items"])
            if items.get("type") == "string" and "enum" not in items:
                found.append((*prefix, name, 0))
    return found
