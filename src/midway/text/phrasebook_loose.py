"""The looser phrasebook forms, read where the strict ones (`phrasebook`) found nothing
for a phrase: a denial then a meaning, a meaning then ", not …", "=" and arrows, and a
phrase without quotes after "when I say". `phrasebook.find_weighed_entries` says which
forms are tried in which order.
"""

from __future__ import annotations

import re

from midway.text.phrasebook_entry import QUOTE, PhrasebookEntry, explained, spaces

# Quotes read per paragraph at most: a hostile 200 KB text stays linear and quick.
_LOOSE_QUOTES = 100
_SAYING = re.compile(
    r"\b(?:said|say|says|saying|wrote|write|told\s+(?:you|u|me)|tell\s+(?:you|u)|texted|text"
    r"|yelled|shouted|by|call|called|dije|digo|dices|dijiste)\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
_DENIAL = re.compile(
    r"(?:\b(?:i|it|that|this|you|u)\s+(?:did|do|does|was|is|were|am)(?:n'?t|\s+not)\s+"
    r"(?!know\b|think\b|understand\b|remember\b|mean\s+to\b)(?:mean(?:t|s)?\s+|meaning\s+)?"
    r"|\b(?:it|that|this|i)\s+(?:not|no)\s+mean(?:s|t|ing)?\s+"
    r"|\b(?:i|you|u)\s+heard\s+(?:that\s+)?"
    r"|\b(?:you|u)\s+(?:thought|think|took\s+it\s+as|understood|heard\s+it\s+as)\s+"
    r"(?:that\s+)?(?:i\s+(?:meant|mean|was\s+saying)\s+)?"
    r"|\bit\s+is\s+not\s+that\s+|\bit'?s\s+not\s+that\s+|\bi\s+took\s+it\s+as\s+"
    r"|\b(?:it|that)\s+never\s+means?\s+"
    r"|\bno\s+(?:quer[ií]a\s+decir|significa|quiere\s+decir)\s+(?:que\s+)?)",
    re.IGNORECASE,
)
_MEANING = re.compile(
    r"(?:(?<=[,.;:—–-])\s*|\s+)(?:(?:but|rather|instead|and)\s*,?\s+)?(?:(?:i|it|you|u|this|that)"
    r"\s+(?:\w+ly\s+|just\s+|only\s+|really\s+|actually\s+)?(?:mean|meant|ment|means)\b"
    r"|it\s+is\s+that|it'?s\s+that|what\s+i\s+(?:\w+ly\s+|just\s+)?(?:mean|meant)\s+(?:is|was)"
    r"|(?:it|this|that)\s+(?:is\s+)?meaning|(?<=[,.;]\s)it\s+mean"
    r"|(?:i\s+)?understood\s+that\s+you\s+meant|(?<=,)\s*but\s+(?:only|rather)\s+that"
    r"|(?:that|it)\s+was\s+me\s+saying|i\s+was\s+(?:just\s+|really\s+)?(?:saying|trying\s+to\s+say)"
    r"|what\s+i\s+was\s+trying\s+to\s+say\s+(?:is|was)"
    r"|(?:it\s+|you\s+explained\s+it\s+|)just\s+means"
    r"|(?<!no\s)(?:significa|quiere\s+decir))[\s:,]*",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(
    r",\s*(?:but\s+)?(?:it|that|this)\s+(?:does|did)(?:n'?t|\s+not)\s+mean\s+(?:that\s+)?"
    r"|,\s*(?:and\s+)?(?:it|that|this)\s+(?:never|doesn'?t)\s+means?\s+"
    r"|,\s*(?:and\s+|but\s+)?(?:not|no)\s*(?:=\s*)?(?:that\s+)?|\s+not\s+(?=[\"“'])"
    r"|\s*\(\s*not\s*:?\s+(?=[^)]+\)\s*$)",
    re.IGNORECASE,
)
_EQUALS = re.compile(r"\s*(?:\([^)\n]{0,30}\)\s*)?(?:=|→|->|=>|⇒)\s*")
# "X" means Z, not Y: an explanation without a denial first, less sure.
_MEANS = re.compile(
    r"\s*,?\s*(?:[-–—]\s*)?(?:(?:just|only|really|actually|usually|always)\s+)?(?:means|meant)\s+"
    r"(?:that\s+)?",
    re.IGNORECASE,
)
_UNQUOTED = re.compile(
    r"\bwhen\s+(?:i|you|u)\s+(?:say|said|text|texted|go|went)\s+(?P<said>(?!['‘«]|(?:this|that|it"
    r"|so)\b(?!'))[^,.!?\n\"“”]{2,40}?)"
    r"\s*,?\s*(?=(?:i|it|you|u|that)\s+(?:do|does|did)(?:n'?t|\s+not)\s+mean)",
    re.IGNORECASE,
)
# "tum dekh lo", I don't mean …: a denial right after the quote, whatever came before.
_DENIES_AT_ONCE = re.compile(
    r"\s*,?\s*(?:[-–—]\s*)?(?:i|it|that|this)\s+(?:do|does|did)(?:n'?t|\s+not)\s+mean\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?…\n]|$")


def loose_explanations(text: str) -> list[PhrasebookEntry]:
    # Same length as `text`: markup and curly apostrophes read as plain, positions kept.
    plain = text.replace("*", " ").replace("’", "'")
    quotes = [
        (m.start(), m.end(), next(g for g in m.groups() if g))
        for m in _QUOTED_PHRASE.finditer(plain)
    ]
    quotes += [(m.start("said"), m.end("said"), m["said"]) for m in _UNQUOTED.finditer(plain)]
    entries = []
    for start, end, said in sorted(quotes)[:_LOOSE_QUOTES]:
        said = said.strip().rstrip(",. ")
        equals = _EQUALS.match(plain, end)
        not_then = _NOT_THEN_EQUALS.match(plain, end)
        means = _MEANS.match(plain, end)
        if not_then:  # "X" / not = Y / = Z, a line each
            entry = PhrasebookEntry(spaces(said), spaces(not_then["not"]), spaces(not_then["mean"]))
        elif equals:
            entry = equals_entry(text, said, equals.end())
        elif means:
            entry = equals_entry(text, said, means.end())
            entry = entry if entry and entry.not_meaning else None  # "X" means Z, not Y
        elif _MEAN_BY.search(plain, max(0, start - 30), start) and _IS.match(plain, end):
            entry = equals_entry(text, said, _IS.match(plain, end).end())  # what I mean by "X" is Z
        elif (
            _SAYING.search(plain, max(0, start - 80), start)
            or _DENIES_NEXT.match(plain, end)
            or _DENIES_AT_ONCE.match(plain, end)
        ):
            entry = _denial_entry(text, plain, said, end)
        else:
            entry = None
        if entry:
            entries.append(entry)
    return entries


_QUOTED_PHRASE = re.compile(QUOTE)
_MEAN_BY = re.compile(r"\bwhat\s+i\s+(?:really\s+|actually\s+)?mean(?:t)?\s+by\s+$", re.IGNORECASE)
_IS = re.compile(r"\s*,?\s*(?:is|was)\s+(?:that\s+)?", re.IGNORECASE)
# "X" is my most dangerous phrase. It does not mean …: the next sentence denies at once.
_DENIES_NEXT = re.compile(
    r"[^.!?\n]{0,80}[.!?]\s+(?:it|that)\s+(?:does|did)(?:n'?t|\s+not)\s+mean\b", re.IGNORECASE
)


_LINE_OR_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
_NOT_LINE = re.compile(r"[ \t]*\n[ \t]*not\s*=\s*(?P<not>[^\n]+)")
_NOT_THEN_EQUALS = re.compile(r"\s*\n?[ \t]*not\s*=\s*(?P<not>[^\n]+)\n[ \t]*=\s*(?P<mean>[^\n]+)")


def equals_entry(text: str, said: str, start: int) -> PhrasebookEntry | None:
    stop = _LINE_OR_SENTENCE_END.search(text, start, start + 400)
    rest = text[start : stop.start() if stop else min(len(text), start + 400)].strip()
    below = _NOT_LINE.match(text, stop.start()) if stop and stop.group() == "\n" else None
    if below and rest:  # "X" = Z, then "not = Y" on the next line
        return PhrasebookEntry(spaces(said), spaces(below["not"]), spaces(rest))
    denied = re.match(
        r"(?:i'?m\s+|it'?s\s+|i\s+am\s+)?not\s+(?P<not>[^,;]+)[,;]\s*"
        r"(?P<mean>(?:i|i'm|i\s+am|it|it's|just|only|we|that)\b.*)",
        rest,
        re.I,
    )
    if denied:
        return PhrasebookEntry(spaces(said), spaces(denied["not"]), spaces(denied["mean"]))
    rest = _MEANS_FIRST.sub("", rest)  # "'Niente' = means something"
    # '"I'm tired" (what I say) → "I need a hug" (what I mean)'
    rest = re.sub(r"\s*\((?!\s*not\b)[^)]{0,30}\)\s*$", "", rest).strip('"“”')
    parts = _NOT_AFTER.split(rest, maxsplit=1)
    if len(parts) == 2 and parts[0].strip():
        not_meaning = spaces(parts[1]).removesuffix(")").strip()
        return PhrasebookEntry(spaces(said), not_meaning, spaces(parts[0]))
    if not rest:
        return None
    # "= Z. Not 'Y'." / "= Z. That's it. It never means Y.": the denial a sentence on.
    after = text[stop.end() : stop.end() + 200] if stop and stop.group() != "\n" else ""
    denied = _DENIED_NEXT.match(after)
    not_meaning = spaces(denied["not"]).strip("\"'“”‘’«» ") if denied else ""
    return PhrasebookEntry(spaces(said), not_meaning, spaces(rest))


_MEANS_FIRST = re.compile(r"^(?:(?:it|this)\s+)?(?:means|meant)\s+(?:that\s+)?", re.IGNORECASE)
_DENIED_NEXT = re.compile(
    r"(?:\s*[^.!?\n]{1,15}[.!?])?\s*(?:not|never|(?:it|that|this)\s+(?:never|doesn'?t|does\s+not"
    r"|did\s+not|didn'?t)\s+(?:means?|meant))\s+(?P<not>[^.!?\n]{1,120})",
    re.IGNORECASE,
)


def _denial_entry(text: str, plain: str, said: str, end: int) -> PhrasebookEntry | None:
    window_end = min(len(plain), end + 400)
    denials = list(_DENIAL.finditer(plain, end, window_end))
    # "you thought I meant no. I did not mean no. I meant…": a meaning inside a denial is
    # what was heard, not what was meant.
    meaning = next(
        (
            m
            for m in _MEANING.finditer(plain, end, window_end)
            if not any(d.start() <= m.start() < d.end() for d in denials)
        ),
        None,
    )
    if meaning is None:
        return None
    between = plain[end : meaning.start()]
    if re.search(r"\b(?:if|whether|maybe|perhaps)\s*$", between, re.I):
        return None  # "I don't know if it meant…": a guess, not an explanation
    # The last denial that says "mean" ("you thought I meant no. I did not mean no."),
    # else the first ("you heard that I don't care").
    before = [d for d in denials if d.end() <= meaning.start()]
    saying_mean = [d for d in before if re.search(r"mean", d.group(), re.I)]
    denial = saying_mean[-1] if saying_mean else (before[0] if before else None)
    # The meaning comes in the same sentence or the next, or the one after when an
    # explicit denial ("I did not mean that…") comes between.
    allowed = 2 if denial and re.search(r"mean", denial.group(), re.I) else 1
    if len(re.findall(r"[.!?…](?=\s)", between)) > allowed:
        return None
    meant_words = explained(text, meaning.end(), min(len(text), meaning.end() + 600))
    if denial:
        not_meaning = text[denial.end() : meaning.start()]
        # "I heard that you wanted to leave. I know now it meant …": its own sentence.
        not_meaning = re.split(r"[.!?…]\s", not_meaning, maxsplit=1)[0]
        # "I took it as you didn't care, but I know now you meant …"
        not_meaning = re.split(
            r",\s+(?:but|and|so)\s+(?:i|you|we)\b", not_meaning, maxsplit=1, flags=re.I
        )[0]
    else:
        # "By "X" I meant Z, not Y.": the denial, if any, follows the meaning.
        first = _CLAUSE_END.search(meant_words)
        sentence = meant_words[: first.start()] if first else meant_words
        parts = _NOT_AFTER.split(sentence, maxsplit=1)
        if len(parts) == 2:
            meant_words, not_meaning = parts[0], parts[1]
        elif re.search(r"\bnot\b|n't\b", between, re.I):
            not_meaning = ""
        else:
            return None
    not_meaning = re.sub(r"^that\s+(?=\S)", "", spaces(not_meaning).strip(" ,;:—–-"), flags=re.I)
    not_meaning = re.sub(r"[\s,;:—–-]*(?:but|and)?$", "", not_meaning, flags=re.I).strip(" .")
    if not_meaning.lower() in ("that", "it", "this"):
        not_meaning = ""
    meaning_text = re.sub(
        r"^(?:is|was)\s+(?:that\s+)?", "", spaces(meant_words).strip(), flags=re.I
    )
    return PhrasebookEntry(spaces(said), not_meaning, meaning_text) if meaning_text else None
