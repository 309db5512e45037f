"""Find the sentences of a letter that apologise, and those that affirm the partner.

Both look at one sentence at a time (see `blocks.sentences`) and return it as written.
Words inside double quotes are left out of the search: they report something said
("you said "I love you" like it was nothing") rather than say it now. Curly apostrophes
count as straight ones, and Markdown emphasis (* and _) is read as plain words. A sentence
found twice is kept once.

An apology is "I'm (so, really, truly …) sorry", a sentence that begins with "Sorry" (not
a question: "Sorry?" asks to repeat), "I (want to / would like to) apologise / apologize",
"my apologies", "I owe you an apology", or "forgive me". Not an apology: "not sorry" (so
"I'm not sorry", "sorry, not sorry"), "never sorry", "won't/don't apologise", and the
fixed phrases of sympathy "sorry to hear", "sorry for your loss", "feel sorry for",
"sorry for you" / "sorry about him" at the sentence's end. Other sympathy ("I'm sorry
you're sick") reads the same as an apology and is kept: the author confirms each one.

An affirmation says, now, that the writer loves, wants, chooses or values the partner:
"I (really, still, will always …) love / adore / choose / cherish / trust / appreciate /
need / want / miss you" (not "want you to", "need you to"), a sentence that begins "Love
you", "I choose us", "you are enough / loved / wanted / worth it / my person / the one …",
"you make me (feel) happy / safe / loved / seen …", "you mean everything / the world to
me", "you matter", "I'm proud of / grateful for / lucky to have / in love with you",
"I'm yours", "I'm here for you", "I'm not going anywhere", the Spanish "te quiero" / "te
amo", and "it's (always been) you" at the end of a sentence that speaks of the heart,
wanting, loving or choosing ("Whoever I picture wanting, it's always been you."). It does not
count when one of the four words before it is a negation or makes it unreal or reported:
not, never, don't, didn't, doesn't, can't, won't, if, whether, though, although, unless,
pretend, said, say, says, wish, doubt ("I'm not sure I love you", "although I'm yours,
I'm tired").
"""

from __future__ import annotations

import re

from midway.text.blocks import Block, sentences

_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")
_EMPHASIS = re.compile(r"[*_]")
_APOLOGY = re.compile(
    r"\b(?:i'm|i\s+am|im)\s+(?:(?:so|really|very|truly|deeply|genuinely|terribly|incredibly"
    r"|sincerely|just|also|still|honestly|awfully)[\s,]+)*sorry\b"
    r"|(?P<opening>^\W*(?:(?:so|very|really)\s+)?sorry\b)"
    r"|\bi\s+(?:(?:want|wanted|need|needed|would\s+like|'d\s+like)\s+to\s+)?"
    r"(?:(?:sincerely|truly|really|deeply)\s+)?apologi[sz]e\b"
    r"|\b(?:my|sincere|sincerest|deepest)\s+apologies\b|\bi\s+owe\s+you\s+an\s+apology\b"
    r"|\bforgive\s+me\b"
)
_NOT_APOLOGY = re.compile(
    r"\bnot\s+(?:\w+\s+)?sorry\b|\bnever\s+(?:\w+\s+)?(?:sorry|apologi[sz]e)"
    r"|\b(?:won't|don't|will\s+not|do\s+not|not\s+going\s+to)\s+apologi[sz]e"
    r"|\bsorry\s+to\s+hear\b|\bsorry\s+for\s+your\s+loss\b|\bfeel\s+sorry\s+for\b"
    r"|\bsorry\s+(?:for|about)\s+(?:you|him|her|them)\W*$"
)
_ADVERBS = (
    r"(?:(?:really|truly|still|do|just|so|also|deeply|fully|always|honestly|absolutely"
    r"|completely|already)[\s,]+)*"
)
_AFFIRMATION = re.compile(
    rf"\bi(?:'ll|\s+will)?\s+{_ADVERBS}"
    r"(?:love|adore|choose|cherish|trust|appreciate|treasure|miss|need|want)\s+you\b(?!\s+to\b)"
    r"|^\W*(?:love|adore|miss)\s+you\b|\bte\s+(?:quiero|amo|adoro)\b"
    r"|\bi\s+(?:choose|pick)\s+us\b(?!\s+to\b)"
    r"|\byou(?:'re|\s+are)\s+(?:(?:so|really|truly|still|always|more\s+than|absolutely|just"
    r"|very)\s+)*(?:enough|worth\s+(?:it|everything|the\s+wait|the\s+world)|loved|wanted"
    r"|cherished|my\s+(?:person|home|everything|favou?rite(?:\s+person)?|best\s+friend"
    r"|partner|love|safe\s+place|heart|world)|the\s+(?:one|love\s+of\s+my\s+life|best)"
    r"|wonderful|beautiful|amazing|precious|important\s+to\s+me"
    r"|a\s+good\s+(?:man|woman|person|partner))\b"
    r"|\byou\s+make\s+me\s+(?:feel\s+)?(?:so\s+|really\s+|very\s+)?(?:safe|happy|loved|seen"
    r"|whole|better|calm|at\s+home|strong|brave)\b"
    r"|\byou\s+mean\s+(?:so\s+much|everything|the\s+world)\s+to\s+me\b|\byou\s+matter\b"
    r"|\bi(?:'m|\s+am)\s+(?:(?:so|really|very|still|always|truly)\s+)*(?:proud\s+of\s+you"
    r"|grateful\s+for\s+you|thankful\s+for\s+you|lucky\s+to\s+have\s+you|in\s+love\s+with\s+you"
    r"|committed\s+to\s+you|here\s+for\s+you|yours\b|not\s+going\s+anywhere)"
)
_ITS_YOU = re.compile(r"\b(?:it's|it\s+is|it's\s+always\s+been|it\s+will\s+always\s+be)\s+you\W*$")
_WANTING = re.compile(r"\b(?:heart|want|wants|wanted|love|choose|chose|need|pick)\b")
_VETO = frozenset(
    {
        "not", "never", "don't", "didn't", "doesn't", "can't", "cannot", "won't", "if",
        "whether", "though", "although", "unless", "pretend", "pretending", "said", "say",
        "says", "wish", "doubt",
    }
)  # fmt: skip


def letter_sentences(blocks: list[Block]) -> list[str]:
    """Every sentence of the letter's blocks, in order: what both finders below read."""
    return [sentence for block in blocks for sentence in sentences(block.text)]


def find_apologies(said: list[str]) -> list[str]:
    return _unique(s for s in said if _is_apology(_searchable(s)))


def find_affirmations(said: list[str]) -> list[str]:
    return _unique(s for s in said if _is_affirmation(_searchable(s)))


def _searchable(sentence: str) -> str:
    text = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    return _EMPHASIS.sub(" ", text).replace("’", "'").lower()


def _is_apology(text: str) -> bool:
    if _NOT_APOLOGY.search(text):
        return False
    question = text.rstrip().endswith("?")
    return any(not (match.group("opening") and question) for match in _APOLOGY.finditer(text))


def _is_affirmation(text: str) -> bool:
    for match in _AFFIRMATION.finditer(text):
        if not _vetoed(text, match.start()):
            return True
    its_you = _ITS_YOU.search(text)
    return bool(its_you and _WANTING.search(text) and not _vetoed(text, its_you.start()))


def _vetoed(text: str, start: int) -> bool:
    words = re.findall(r"[a-z']+", text[max(0, start - 60) : start])[-4:]
    return any(word in _VETO for word in words)


def _unique(found) -> list[str]:
    seen: set[str] = set()
    kept = []
    for sentence in found:
        key = " ".join(sentence.casefold().replace("’", "'").split())
        if key not in seen:
            seen.add(key)
            kept.append(sentence)
    return kept
