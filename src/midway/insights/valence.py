"""How a mood reads: pleasant, neutral or unpleasant, from a table of ours (data/).

A mood is one to three emoji (one grapheme cluster each). Each emoji is looked up
whole, then with its variation selectors and skin tones set aside; an emoji that is
not in the table is unknown, and so is a mood with no emoji we know. Pure Python.
"""

import json
from functools import cache, lru_cache
from importlib import resources

import regex

PLEASANT, NEUTRAL, UNPLEASANT, UNKNOWN = "pleasant", "neutral", "unpleasant", "unknown"
KINDS = (PLEASANT, NEUTRAL, UNPLEASANT, UNKNOWN)
_SCORE = {PLEASANT: 1, NEUTRAL: 0, UNPLEASANT: -1}
_DECORATION = regex.compile(r"[\uFE0E\uFE0F\U0001F3FB-\U0001F3FF]")
_CLUSTER = regex.compile(r"\X")


@cache
def table() -> dict[str, str]:
    text = resources.files("midway.insights").joinpath("data/valence.json").read_text("utf-8")
    return json.loads(text)["valence"]


def of_emoji(emoji: str) -> str:
    known = table()
    if emoji in known:
        return known[emoji]
    bare = _DECORATION.sub("", emoji)
    for candidate in (bare, bare + "\ufe0f"):
        if candidate in known:
            return known[candidate]
    return UNKNOWN


@lru_cache(maxsize=4096)  # a couple uses a few dozen moods, for years
def of_mood(mood: str) -> str | None:
    """The mood's reading, or None for no mood at all. Several emoji: the sign of their sum."""
    if not mood:
        return None
    readings = [of_emoji(cluster) for cluster in _CLUSTER.findall(mood) if cluster.strip()]
    known = [_SCORE[reading] for reading in readings if reading != UNKNOWN]
    if not known:
        return UNKNOWN
    total = sum(known)
    return PLEASANT if total > 0 else UNPLEASANT if total < 0 else NEUTRAL
