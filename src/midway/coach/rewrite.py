"""Gentler ways to say a flagged sentence, built from the sentence itself.

- Criticism becomes a gentle start-up, "I feel … when … I need …". When the
  sentence is about a familiar topic (listening, chores, lateness, being put
  second…) the topic gives the feeling, the moment and the need; otherwise
  the moment is the sentence with its absolutes taken out ("you never call"
  → "when you don't call") and the need is left for the writer ("…").
- Contempt becomes a plain statement of the hurt (sarcasm is unwrapped:
  "Oh great, you're late again" → "I'm frustrated that you're late again"),
  with room for an appreciation.
- Defensiveness becomes taking one's part: "Part of this is mine: …", keeping
  the writer's own explanation if they gave one.
- Stonewalling becomes a break with a time to come back: "I'm flooded. I need
  a break; I'll come back at …" (a real time when the caller passes ``now``).

``…`` marks what only the writer can fill in.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from midway.coach.patterns import C, D, P

BREAK_MINUTES = 20  # long enough for the body to settle after flooding

_I = re.IGNORECASE
TOPICS: tuple[tuple[re.Pattern[str], str, str, str], ...] = tuple(
    (re.compile(pattern, _I), feeling, moment, need)
    for pattern, feeling, moment, need in (
        (
            r"\binterrupt",
            "unheard",
            "I'm cut off before I finish",
            "to finish my thought before you answer",
        ),
        (
            r"\blisten|\bhear(?:ing)?\s+me\b|\bignor|\bphone\b|\bscreen|\btune\s+out",
            "unheard",
            "I'm talking and it seems you're elsewhere",
            "a few minutes of your full attention",
        ),
        (
            r"\bhelp|\bchores?\b|\bdishes|\bclean|\blaundry|\bhouse(?:work|hold)?\b|\btidy|\bmess\b"
            r"|\bsocks|\btowels?\b|\bbins?\b|\bcook|\blazy|\blaziness|\bslob\b",
            "worn out",
            "the housework lands on me",
            "us to share it; could we split it this week?",
        ),
        (
            r"\blate\b|\bon\s+time\b|\bwait(?:ing)?\b",
            "anxious",
            "you're later than we said and I don't hear from you",
            "a quick text when you're running late",
        ),
        (
            r"\btext|\bcall(?:ed)?\b|\brepl(?:y|ied)|\banswer",
            "worried",
            "I don't hear from you",
            "a short message so I know you're OK",
        ),
        (
            r"\bcontrol|\bbossy|\bdecide|\bdemanding|\bwithout\s+(?:ask|tell|me\b)",
            "boxed in",
            "decisions get made without me",
            "a say in what we do",
        ),
        (
            r"\bselfish|\byourself\b|\babout\s+you\b|\bself-?cent|\bself-?absorbed|\bcare\b"
            r"|\bentitled|\bungrateful|\binconsiderate|\bthoughtless|\binsensitive",
            "hurt",
            "my needs seem to come second",
            "to know my needs matter to you too",
        ),
        (
            r"\bforg[eo]t|\bremember|\bbirthday|\banniversary",
            "sad",
            "something that matters to me slips by",
            "to feel that what matters to me matters to you",
        ),
        (
            r"\bdates?\b|\bdate\s+night|\bromantic|\beffort|\bmake\s+me\s+want|\bcourt",
            "lonely",
            "I'm the one reaching for time together",
            "to feel wanted; could you plan the next one?",
        ),
        (
            r"\bcancel|\bplans?\s+(?:change|fall)|\bchange(?:d|s)?\s+(?:the\s+|our\s+)?plans?",
            "disappointed",
            "plans change at the last minute",
            "to be asked before plans change",
        ),
        (
            r"\bmoney|\bspen[dt]|\bpay|\bcheap|\bstingy",
            "anxious",
            "money is spent without us talking",
            "us to decide about money together",
        ),
        (
            r"\bask(?:ed)?\s+(?:me\s+)?(?:about|how)",
            "unseen",
            "my day goes by without a question",
            "you to ask how I am",
        ),
        (
            r"\btouch|\bhug|\bkiss|\baffection|\bsex|\bcold\b|\bdistant|\bunavailable",
            "lonely",
            "we're close by but it feels far",
            "closeness",
        ),
        (
            r"\bstubborn|\bright\b|\bimpossible|\bdifficult",
            "stuck",
            "we can't find a middle",
            "us to meet in the middle",
        ),
        (
            r"\brude|\bmean\b|\bcruel|\btemper|\byell|\bshout|\battitude|\btone\b|\bheartless",
            "hurt",
            "voices get raised",
            "us to speak softly, even when we're upset",
        ),
        (
            r"\bjealous|\bpossessive|\bclingy|\bneedy",
            "hemmed in",
            "I'm asked to account for where I am",
            "to feel trusted",
        ),
        (
            r"\bnegativ|\bcomplain|\bnag|\bmoody|\bjudg",
            "weighed down",
            "most of what I hear is what's wrong",
            "to hear what's going right too",
        ),
        (
            r"\blies\b|\blying\b|\bliar\b|\bdishonest|\bexcuses|\bmanipulat",
            "confused",
            "what I'm told doesn't match what happens",
            "honesty, even when it's hard",
        ),
        (
            r"\bflaky|\bunreliable|\bpromise|\bsaid\s+you\s+would",
            "let down",
            "what we agreed doesn't happen",
            "to be able to count on what we agree",
        ),
        (
            r"\bwork(?:ing|aholic)?\b",
            "lonely",
            "work fills our evenings",
            "some time that's just ours",
        ),
    )
)

_ABSOLUTES = (
    (r"^\W*(?:ugh|honestly|seriously|god|jeez|oh|and|so)\b,?\s*", ""),
    (r"^\W*why\s+do(?:es)?\s+(you|I)\s+(?:always|constantly)\s+", r"\1 "),
    (r"^\W*why\s+(?:can't|won't|don't|couldn't)\s+(you|I)\s+(?:ever|just|even)\s+", r"\1 don't "),
    (r"^\W*why\s+(?:are|were)\s+you\s+(?:always|never)\s+", "you're "),
    (r"^\W*every\s+(?:single\s+)?time\s+(.*?),\s*", r"\1 and "),
    (r"\b(?:can|could)\s+never\b", "can't"),
    (r"\b(?:will|would)\s+never\b", "won't"),
    (r"\b(are|were|'re|is|was)\s+never\b", r"\1 not"),
    (
        r"\bnever\s+(?:once\s+|ever\s+)?(\w+ed|said|told|came|did|made|took|gave|thought|knew)\b",
        r"haven't \1",
    ),
    (r"\b(?:never\s+ever|never\s+once|never|don't\s+ever|do\s+not\s+ever)\b", "don't"),
    (
        r"\s*\b(?:always|constantly|forever|all\s+the\s+time|every\s+(?:single\s+)?time|as\s+usual"
        r"|like\s+always|just|even|literally|again|stupid|damn|bloody|fucking|freaking)\b",
        "",
    ),
)
_ABSOLUTES_RE = [(re.compile(p, _I), r) for p, r in _ABSOLUTES]
_IRREGULAR = {
    "said": "said",
    "told": "told",
    "came": "come",
    "did": "done",
    "made": "made",
    "took": "taken",
    "gave": "given",
    "thought": "thought",
    "knew": "known",
}


def plain_moment(sentence: str) -> str:
    """The sentence as a moment, without absolutes: "you never call" → "you don't call"."""
    moment = sentence.strip()
    for pattern, replacement in _ABSOLUTES_RE:
        moment = pattern.sub(replacement, moment)
    moment = re.sub(r"haven't (\w+)", lambda m: "haven't " + _IRREGULAR.get(m[1], m[1]), moment)
    moment = re.sub(r"\s+", " ", moment).strip(" \t.!?,;:-\u2026\"'")
    if re.match(r"(?:you|I)\b", moment, _I):
        moment = moment[0].lower() + moment[1:] if moment[:1] == "Y" else moment
        return moment
    return ""


def _need_phrase(need: str) -> str:
    if need.startswith("being "):
        return "to feel " + need.removeprefix("being ")
    return need


def _sentences(*parts: str) -> str:
    """Join parts into sentences, adding a full stop only where one is missing."""
    done = [p if p.endswith((".", "?", "!", "\u2026")) else p + "." for p in parts]
    return " ".join(done)


def criticism(sentence: str, family: str, needs: list[str]) -> str:
    topic = next((t for t in TOPICS if t[0].search(sentence)), None)
    # Only a concrete complaint can be reused as the moment; a label can't.
    own = plain_moment(sentence) if family in ("absolute", "complaint") else ""
    if topic is not None:
        _, feeling, moment, need = topic
        if re.match(r"I\b", own):
            moment = own  # "I always have to remind you" already says what happens to me
    else:
        feeling, moment = "hurt", own or "\u2026"
        need = _need_phrase(needs[0]) if needs else "\u2026"
    return _sentences(f"I feel {feeling} when {moment}", f"I need {need}")


_SARCASM_SHELL = re.compile(
    r"^\W*(?:(?:oh|ah|wow|well|gee|great|perfect|wonderful|fantastic|brilliant|lovely|sure|right"
    r"|yeah|of\s+course|just|thanks|thank\s+you)\b[\s,.!\u2026]*)+",
    _I,
)


def calm(words: str) -> bool:
    """Whether a rewording that keeps the sentence's words is free of blame itself ("I'm
    frustrated that you're late" is; "… that you're a real genius", the sneer under the
    sarcasm, is not)."""
    from midway.coach.rules import judge  # rules weigh sentences; rewriting comes after

    return judge(words) is None


def contempt(sentence: str, family: str) -> str:
    if family == "dismissal":
        return "I'm finding this hard to hear. Can you tell me more about what it's like for you?"
    if family == "sarcasm":
        inner = _SARCASM_SHELL.sub("", sentence).strip(" .!?\u2026")
        moment = plain_moment(inner)
        bare = re.fullmatch(r"you\s+(?:did|do|does|will|would|are|were|have|can|could)", moment, _I)
        plainly = f"I'm frustrated that {moment}."
        if moment.startswith("you") and len(moment.split()) >= 2 and not bare and calm(plainly):
            return f"{plainly} What I need is \u2026"
        return "Saying it plainly: I'm disappointed that \u2026 What I need is \u2026"
    if family in ("eyeroll", "mockery"):
        return "I'm frustrated and I don't have the words yet. Plainly: I feel \u2026 when \u2026"
    return (
        "I'm upset, and it came out as a put-down. Plainly: I'm upset about \u2026"
        " And one thing I still value in you: \u2026"
    )


_DEFENSIVE_SHELL = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|sure|ok|okay|fine|well|but|right|true|look|i\s+mean)\b[\s,.!]*)+", _I
)
_OWN_REASON = re.compile(r"\bI\s+(?:was|am|'m|had|did|just|only|tried)\b[^.?!;,]*", _I)


def defensiveness(sentence: str, family: str) -> str:
    if family == "minimise":
        return "This matters to you more than I understood. Part of this is mine: … Tell me more?"
    if family == "non-apology":
        return "I'm sorry for my part: … I can see it hurt you."
    if family == "victim":
        return "I feel criticised and it's hard to hear. And part of this is mine: …"
    reason = _OWN_REASON.search(_DEFENSIVE_SHELL.sub("", sentence.replace("\u2019", "'")))
    if reason and family in ("excuse", "counterattack", "victim"):
        why = reason.group().strip(" ,")
        why = re.sub(r"\b(?:just|only)\s+", "", why, flags=_I)
        return (
            f"Part of this is mine: … {why[0].upper()}{why[1:]}, and I see how it landed for you."
        )
    return "Part of this is mine: … What would help you right now?"


def stonewalling(now: datetime | None) -> str:
    if now is None:
        back = f"… (in about {BREAK_MINUTES} minutes)"
    else:
        back = (now + timedelta(minutes=BREAK_MINUTES)).strftime("%H:%M")
    return f"I'm flooded. I need a break; I'll come back at {back} and we'll keep talking."


def suggest(kind: str, family: str, sentence: str, needs: list[str], now: datetime | None) -> str:
    """A gentler alternative to ``sentence``, flagged as ``kind`` by a rule of ``family``."""
    if kind == C:
        return criticism(sentence, family, needs)
    if kind == P:
        return contempt(sentence, family)
    if kind == D:
        return defensiveness(sentence, family)
    return stonewalling(now)
