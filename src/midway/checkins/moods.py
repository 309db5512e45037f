"""A mood is one to three emoji: the picker's choices and the rule that checks them.

Pure Python (the `regex` module for grapheme clusters), no Django. An "emoji" here
is one whole grapheme cluster as a person sees it, so 👩🏽‍❤️‍💋‍👨🏿 (ten code points),
🇫🇷 (two regional indicators) and 1️⃣ (a keycap) each count as one.
"""

from __future__ import annotations

import regex

MAX_EMOJI = 3
# Enough for three of the longest emoji sequences in use (about ten code points each).
MAX_CHARS = 48

# The picker: common moods, gentle words beside each for people who read them better.
PICKER: tuple[tuple[str, str], ...] = (
    ("😊", "content"),
    ("😌", "calm"),
    ("🥰", "loving"),
    ("😄", "happy"),
    ("🤩", "excited"),
    ("🥺", "tender"),
    ("🤔", "thoughtful"),
    ("😐", "flat"),
    ("😴", "tired"),
    ("😕", "unsure"),
    ("😟", "worried"),
    ("😰", "anxious"),
    ("😢", "sad"),
    ("😭", "crying"),
    ("😠", "angry"),
    ("🤯", "overwhelmed"),
)
PICKER_EMOJI = frozenset(emoji for emoji, _word in PICKER)

# Every code point of an emoji cluster is pictographic or one of the parts that build
# emoji sequences (skin tones, ZWJ, variation selectors, keycap, tags, flags' letters).
_EMOJI_PARTS = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Component}\uFE0E\uFE0F]+")
_PICTOGRAPHIC = regex.compile(r"\p{Extended_Pictographic}")
_FLAG = regex.compile(r"\p{Regional_Indicator}{2}")
_KEYCAP = regex.compile(r"[0-9#*]\uFE0F?\u20E3")
_CLUSTER = regex.compile(r"\X")
_SPACE = regex.compile(r"\s+")


class MoodError(ValueError):
    """The text is not a mood; the message says why, in words for the person."""


def clusters(text: str) -> list[str]:
    """The grapheme clusters of `text`, whitespace dropped."""
    return _CLUSTER.findall(_SPACE.sub("", text))


def is_emoji(cluster: str) -> bool:
    """Whether one grapheme cluster is an emoji (a flag and a keycap count)."""
    if not _EMOJI_PARTS.fullmatch(cluster):
        return False
    return bool(
        _PICTOGRAPHIC.search(cluster) or _FLAG.fullmatch(cluster) or _KEYCAP.fullmatch(cluster)
    )


def clean_mood(text: str) -> str:
    """`text` as a stored mood (whitespace between emoji dropped), or MoodError.

    An empty text is an empty mood: saying nothing is allowed.
    """
    found = clusters(text)
    if not found:
        return ""
    if not all(is_emoji(cluster) for cluster in found):
        raise MoodError("A mood is emoji only, like 😊 or 😴 (up to 3).")
    if len(found) > MAX_EMOJI:
        raise MoodError(f"Up to {MAX_EMOJI} emoji, please: this has {len(found)}.")
    mood = "".join(found)
    if len(mood) > MAX_CHARS:
        raise MoodError("These emoji are too long to keep. Please choose simpler ones.")
    return mood


def emoji_in(text: str, limit: int = MAX_EMOJI) -> str:
    """The first `limit` emoji found anywhere in `text`, e.g. in a line of a letter."""
    return "".join([c for c in clusters(text) if is_emoji(c)][:limit])


def split_for_picker(mood: str) -> tuple[list[str], str]:
    """A stored mood as (the picker's emoji it holds, the rest as typed text)."""
    picked, other = [], []
    for cluster in clusters(mood):
        (picked if cluster in PICKER_EMOJI else other).append(cluster)
    return picked, "".join(other)


def join_from_picker(picked: list[str], other: str) -> str:
    """The mood made of picked emoji (in the picker's order) and typed text, unchecked."""
    in_order = [emoji for emoji, _word in PICKER if emoji in picked]
    return "".join(in_order) + other
