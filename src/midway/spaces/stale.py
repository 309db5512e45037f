"""Saves from a stale page are refused, never applied silently.

Letters carry a revision number. Smaller things (today's check-in, the card of the
day, a member's settings) carry instead a fingerprint of what the page showed, in
a hidden `seen` field. When the page is saved, the fingerprint of what is stored
now must match; if it does not, another tab, device or partner changed it since,
and the person sees the newer values with their own words still in the form, and
saves again knowingly. A double submit is not a conflict: when what arrives is
already what is stored, the save goes ahead as a no-op.
"""

import hashlib
import json
from collections.abc import Mapping

from django import forms

STALE_MESSAGE = (
    "This changed on another device or tab since you opened the page. "
    "Your answers are still below; check them and save again to keep them."
)


def fingerprint(values: Mapping) -> str:
    encoded = json.dumps(dict(values), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()[:32]


class SeenField(forms.CharField):
    """The hidden fingerprint of what the page showed."""

    def __init__(self, **kwargs):
        super().__init__(required=False, widget=forms.HiddenInput, **kwargs)


def refuse_if_stale(form: forms.Form, current: Mapping, wanted: Mapping | None) -> bool:
    """After `form.is_valid()`: True (with an error on the form) when the page was stale.

    `current` is what is stored now; `wanted` is what this save would store.
    """
    seen = form.cleaned_data.get("seen")
    if not seen or seen == fingerprint(current) or wanted == dict(current):
        return False
    form.add_error(None, STALE_MESSAGE)
    # The next save from this form is a knowing one: it has seen the newer values.
    form.data = form.data.copy()
    form.data["seen"] = fingerprint(current)
    return True
