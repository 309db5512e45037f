"""A member's face: the emoji they chose, or the first letter of their name in a circle.

Pure Python (the `regex` module for grapheme clusters): no query, no Django, so the
`{% face member %}` tag costs nothing per use beyond the member already loaded.
"""

from __future__ import annotations

import regex

from midway.text.emojis import find_emojis

FACE_MAX_CHARS = 32  # the longest emoji sequences in use are about ten code points
# Circles in a few calm colours (classes in midway.css); a member keeps theirs.
COLOURS = 6
_CLUSTER = regex.compile(r"\X")


class FaceError(ValueError):
    """Not a face; the message says why, in words for the person."""


def clean_face(text: str) -> str:
    """`text` as a stored face: one emoji, or "" (the initial is shown). Else FaceError."""
    text = (text or "").strip()
    if not text:
        return ""
    if len(text) > FACE_MAX_CHARS or find_emojis(text) != [text]:
        raise FaceError("A face is one emoji, like 🌻 or 🦊, or nothing for your initial.")
    return text


def initial(name: str) -> str:
    """The first letter of a name as a person sees it (one grapheme), upper case."""
    first = _CLUSTER.match((name or "").strip())
    return first.group().upper() if first else "?"


def colour(member_id: int | None) -> int:
    return (member_id or 0) % COLOURS
