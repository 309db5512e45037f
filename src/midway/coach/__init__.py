"""The coach: a local, explainable reader for hard conversations.

Pure Python, no Django, no network, no model download: it flags the four horsemen
(criticism, contempt, defensiveness, stonewalling) sentence by sentence with a
gentler way to say each, and suggests feelings and needs from our own lists.
Its small word model is trained here, from our own sentences, and ships as
plain numbers in ``data/wordmodel.json``.
How it decides is written out in ``midway.coach.analysis``.
"""

from importlib import import_module

# Read lazily: the rules compile hundreds of patterns (about 0.3 s), and the pages that
# only need the lists of feelings and needs should not wait for them at start-up.
_HOMES = {
    "Analysis": "analysis",
    "Finding": "analysis",
    "analyse": "analysis",
    "coach_main": "cli",
    "FEELINGS": "lexicon",
    "NEEDS": "lexicon",
    "KINDS": "rules",
    "suggest_feelings": "suggest",
    "suggest_needs": "suggest",
}


def __getattr__(name):
    if name in _HOMES:
        return getattr(import_module(f"midway.coach.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'midway.coach' has no attribute {name!r}")


__all__ = [
    "FEELINGS",
    "KINDS",
    "NEEDS",
    "Analysis",
    "Finding",
    "analyse",
    "coach_main",
    "suggest_feelings",
    "suggest_needs",
]
