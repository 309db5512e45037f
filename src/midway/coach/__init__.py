"""The coach: a local, explainable reader for hard conversations.

Pure Python, no Django, no network, no model download: it flags the four horsemen
(criticism, contempt, defensiveness, stonewalling) sentence by sentence with a
gentler way to say each, and suggests feelings and needs from our own lists.
Its small word model is trained here, from our own sentences, and ships as
plain numbers in ``data/wordmodel.json``.
How it decides is written out in ``midway.coach.analysis``.
"""

from midway.coach.analysis import Analysis, Finding, analyse
from midway.coach.cli import coach_main
from midway.coach.lexicon import FEELINGS, NEEDS
from midway.coach.rules import KINDS
from midway.coach.suggest import suggest_feelings, suggest_needs

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
