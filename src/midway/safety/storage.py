"""Where a value ended up: is it stored, exactly, in any text column of Midway?"""

from django.apps import apps
from django.db import models

# Columns that hold what people wrote (not hashes, tokens or logs).
APPS = ("midway",)


def _text_columns():
    for model in apps.get_models():
        if not model.__module__.startswith(APPS):
            continue
        for f in model._meta.concrete_fields:
            if isinstance(f, models.CharField | models.TextField) and not f.choices:
                yield model, f.name


def _storable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False  # no database column can hold it, so nothing holds it
    return "\x00" not in value


def stored_exactly(value: str) -> list[str]:
    """`model.field` of every row holding exactly `value`."""
    if not _storable(value):
        return []
    return [
        f"{model._meta.label}.{name}"
        for model, name in _text_columns()
        if model._default_manager.filter(**{name: value}).exists()
    ]


def stored_within(value: str) -> list[str]:
    """`model.field` of every row whose text contains `value`."""
    if not _storable(value):
        return []
    return [
        f"{model._meta.label}.{name}"
        for model, name in _text_columns()
        if model._default_manager.filter(**{f"{name}__contains": value}).exists()
    ]
