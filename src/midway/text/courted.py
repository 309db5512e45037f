"""What a phrasebook meaning says the writer lacked: pure, no Django.

`lacked_in(meaning)` finds the phrases that say what was missing, in the first
person and now: "I don't feel (very) courted / wanted / chosen / seen / …",
"I feel taken for granted / invisible / unwanted / …", "I miss being …",
"I need more …". It returns each phrase, from its "I" to its end
("It means I feel taken for granted and even though…" → "I feel taken for granted."),
joined, and whether one says "taken for granted"; or None when nothing is found.
"""

import re

_LACK = re.compile(
    r"\bi\s+(?:don't|do\s+not|no\s+longer|never)\s+feel\s+(?:very\s+|so\s+|really\s+|that\s+)?"
    r"(?:courted|wanted|chosen|desired|seen|heard|loved|special|appreciated|valued|cherished"
    r"|pursued|prioriti[sz]ed|important)\b"
    r"|\bi\s+feel\s+(?:so\s+|really\s+|very\s+)?(?:taken\s+for\s+granted|invisible|unwanted"
    r"|unseen|unappreciated|neglected|overlooked|like\s+an\s+afterthought)\b"
    r"|\bi\s+miss\s+(?:being\s+\w+(?:\s+by\s+you)?|it\s+when\s+you\s+[^.!?,;]{1,60}|our\s+\w+(?:\s+\w+)?)"
    r"|\bi\s+need\s+more\s+[^.!?,;]{1,60}",
    re.IGNORECASE,
)
_TAKEN = re.compile(r"taken\s+for\s+granted", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
MAX_LENGTH = 300


def lacked_in(meaning: str) -> tuple[str, bool] | None:
    found = []
    for sentence in _SENTENCE.findall(meaning.replace("’", "'")):
        match = _LACK.search(sentence)
        if match:
            phrase = sentence[match.start() : match.end()].strip().rstrip(",;:")
            found.append(phrase[0].upper() + phrase[1:] + ".")
    if not found:
        return None
    text = " ".join(found)
    if len(text) > MAX_LENGTH:
        text = text[: MAX_LENGTH - 1].rstrip() + "…"
    return text, bool(_TAKEN.search(text))
