"""Find the tarot card the writer drew today, if the letter says so.

Every card name `deck.find_card` knows (English, "3 of coins", roman numerals, and the
Spanish, French, Italian, Portuguese and German names) is looked for in the letter, lower
case and without accents. A name is only a name: "the moon was huge", "such an Emperor",
"justice will win" are not draws. What makes it today's card is a cue:

- strong, in its sentence right before it: "card" or "tarot", or a verb of drawing
  ("pulled", "drew", "drawn", "tiré", "saqué"…) followed by nothing but small linking words
  ("Today's card is the Moon", "Card of the day: Three of Swords", "Pulled the Tower
  today"); or "card" right after it ("The Star card", "Judgement is my card today");
- weaker (a "maybe" in the review): a draw earlier in its sentence ("I drew a card this
  morning, because of course I did: Temperance", "the app gave me the 3 of swords",
  "Card of the day, because you got me into this: Queen of Swords"), or
  in the sentence before when the name opens its own ("I drew a card. It was Judgment."),
  or in the line after a name that stands alone ("the star. / that's what I pulled").

A major arcanum's name that is also an everyday word ("the sun", "strength", "the
moon") needs more: tarot words near it ("card", "deck", "app", "upright"…), a draw today
in its sentence, or a capital ("I pulled Death"); "we finally got the sun", "I drew
strength from your letter" and "I drew the curtains and the moon was there" are no card.

And a name is not today's draw, whatever the cue, when its sentence says so: another
day ("yesterday", "last week"), someone else's draw ("she pulled", "you got", "my mum
drew … for me"), a favourite, a poster, a tattoo, a likeness or an insult ("you're such a
Queen of Swords", "feels like the Tower"), a draw not made ("I didn't pull a card",
"I'll draw later"), or the name in quotes. The first name that counts with a strong cue is
the card of the day, else the first with a weaker one.

Reversed: "reversed", "inverted", "upside down", "flipped", "rx", "(r)" (or "invertida",
"à l'envers", "capovolta", "umgekehrt"…) right before the name, in the rest of its clause,
or alone in the next sentence ("Temperance. Reversed."); "not reversed" is upright.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from midway.text.deck import MAJOR, NAME_PATTERN, find_card, fold


@dataclass(frozen=True)
class CardOfTheDay:
    name: str
    reversed: bool

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "reversed": self.reversed}


# A name starts a word, or follows an elided article ("l'Étoile", "dell'Appeso").
_NAME = re.compile(rf"(?:(?<![a-z0-9'’-])|(?<=l')|(?<=l’)){NAME_PATTERN}(?![a-z0-9'’])")
_DRAW = (
    r"(?:pulled|pull|pulling|drew|draw|drawn|drawing|tire|tiree|sorti|sortie|saque|sacar"
    r"|salio|tirei|puxei|saiu|pescato|pescata|estratto|uscit[ao]|gezogen|zog|wylosowal\w*"
    r"|wyciagn\w*|flipped|turned\s+over)"
)
_LINK = (
    r"(?:is|was|of|the|day|today|today's|today’s|tonight|this|morning|evening|my|a|an|it"
    r"|and|for|me|us|daily|card|tarot|reading|spread|pulled|drew|came|up|out|again|so|le|la"
    r"|el|il|i|j'ai|ho|hoy|heute|oggi|aujourd'hui|just|finally|one|only|single|ur|your|from"
    r"|des|tages|del|giorno|du|jour|do|dia|dnia|di|de|dzis|dzisiaj|said|says|showed|gave|app|deck"
    r"|pack)"
)
# "card" in the writers' other languages, and "draw" as a noun ("le tirage du jour").
_CARD = (
    r"(?:cards?|tarot|tarocchi|karte|carta|carte|karta|tirage|tirada|estrazione|tiragem|ziehung)"
)
_CUE_BEFORE = re.compile(
    rf"\b(?:{_CARD}|{_DRAW})(?:[\s:,\-–—=(→⇒>]+{_LINK})*"
    r"[\s:,\-–—=(→⇒>]+(?:(?:reversed|inverted|upright)\s+)?$"
)
_CUE_AFTER = re.compile(r"\W{0,3}(?:(?:is|was)\s+(?:my|today'?s|today’s|the|our)\s+)?card\b")
# "Card of the day, because you got me into this: Queen of Swords": a cue, then a colon.
_CUE_COLON = re.compile(
    rf"\b(?:{_CARD}|deck|app|{_DRAW}|got|took\s+one)\b[^:]{{0,60}}:\s*(?:the\s+)?$"
)
_REVERSED = re.compile(
    r"\b(?:reversed|inverted|reverse|upside[\s-]*do(?:w|o)n|flipped|rx|invertid[ao]|al\s+reves|del\s+reves"
    r"|a\s+l'?\s*envers|renverse[e]?|capovolt[ao]|rovesciat[ao]|invertit[ao]|umgekehrt"
    r"|odwrocon\w*|de\s+cabeca\s+para\s+baixo|baligtad|sakasama|geodkuro|gyaku)(?![a-z])|\(r\)"
)
_NOT_REVERSED = re.compile(r"\b(?:not|n't|never|no)\s+(?:\w+\s+)?$")
_UPRIGHT = re.compile(r"\b(?:upright|right\s+way\s+up|the\s+right\s+way)\b")
_CLAUSE_END = re.compile(r"[.!?;\n]|\band\b|\bbut\b")


def find_card_of_the_day(text: str) -> CardOfTheDay | None:
    """The first card named with a strong cue (no traps weighed): the letter page's hint."""
    lower = fold(text)
    for match in _NAME.finditer(lower):
        start, end = match.span()
        before = re.split(r"[.!?\n]", lower[max(0, start - 60) : start])[-1]
        after = lower[end : end + 60]
        if re.match(r"\s+of\b", after):
            continue
        if not (_CUE_BEFORE.search(before) or _CUE_AFTER.match(after)):
            continue
        card = find_card(match.group())
        if card is None:  # pragma: no cover - every pattern word is a known name
            continue
        clause = _CLAUSE_END.split(after, maxsplit=1)[0]
        reversed_ = bool(
            _REVERSED.search(clause) or re.search(r"\b(?:reversed|inverted)\s+$", before)
        )
        return CardOfTheDay(card.name, reversed_)
    return None


# A card named in the same sentence as one of these is not today's draw: another day,
# someone else's reading, a favourite, a nickname or a joke, a draw not made.
_NOT_TODAY = re.compile(
    r"\b(?:yesterday|last\s+(?:night'?s|week|time|month|year|sunday|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|christmas|reading)|favou?rite"
    r"|(?<!for\s)once|used\s+to|looked\s+it\s+up|sent\s+(?:me\s+)?(?:a|that|the)\s+(?:\w+\s+){0,3}(?:picture|photo|pic)|painted\s+on|on\s+(?:her|his|the)\s+sign"
    r"|fortune\s+(?:lady|teller|woman|man)|fav|(?<!\bi\s)did\s+(?:a|her|his|the)\s+reading"
    r"|for\s+(?:herself|himself|themselves)|for\s+the\s+whole|(?:will|i'll|gonna)\s+get|for\s+me\s+last|your\s+reading"
    r"|(?:you|u)\s+(?:got|pulled|drew)(?!\s+(?:me|us)\b)|(?:she|he|they)\s+(?:\w+\s+)?(?:pulled"
    r"|drew|got|turned|picked|gave)|keeps\s+giving"
    r"|not\s+a\s+card|feels?\s+like|not\s+that\s+i|tattoo|poster|print"
    r"|mug|necklace|shirt|t-shirt|sticker|painting|framed|costume|(?:your|ur|his|her|their)\s+card"
    r"|calls?\s+(?:me|you|u)|if\s+(?:you|u|i)\s+(?:were|was)|(?:you|u|i)'d\s+be|(?:you|u|i)\s+would\s+be"
    r"|called\s+(?:me|you|u)|(?:not|never|didn'?t|did\s+not|haven'?t|have\s+not|won'?t|will"
    r"|i'll|gonna|going\s+to|about\s+to|yet\s+to|before\s+i|might|may|should|could|want\s+to"
    r"|wanna|if\s+i|would|i'd)\s+(?:\w+\s+)?"
    rf"{_DRAW}|(?:would|i'd|might|could)\s+(?:\w+\s+)?(?:get|land|end\s+up\s+with)|hoping\s+for|hope\s+(?:i|it'?s|for)|wish\s+i|fingers\s+crossed|pray\w*\s+for"
    r"|last\s+night'?s|every\s+time|always\s+(?:get|pull|draw)|(?:mum|mom|mother|dad|father"
    r"|sister|brother|friend|girlfriend|boyfriend|wife|husband|mate|neighbou?r|daughter|son|niece"
    r"|nephew|bestie|coworker|colleague|boss|therapist|aunt|nan|gran|grandma"
    r"|cousin|reader|psychic)\s+(?:\w+\s+)?(?:pulled|drew|got|turned|picked|read|do|did|does)"
    r"|(?:drew|pulled|picked|read)\s+me|(?<!\bi\s)(?:drew|pulled|picked|read|got)\s+(?:\w+\s+){0,5}for"
    r"\s+(?:me|herself|himself|themselves|her|him|them|you|u)|(?:reading|spread)\s+for\s+me"
    r"|magnet|keyring|bookmark|on\s+the\s+(?:fridge|wall)|on\s+(?:sunday|monday|tuesday|wednesday"
    r"|thursday|friday|saturday))\b"
)
# "…I got The Fool lol / he drew for everybody from his own deck": someone else drew.
_DREW_FOR_OTHERS = re.compile(
    r"\b(?:he|she|they)\s+(?:\w+\s+)?(?:drew|pulled|picked|read|did)\b[^.!?\n]{0,30}"
    r"\bfor\s+(?:me|us|everybody|everyone|all|each)\b"
)
# Said before the name, these make it someone's words: "my therapist says Death is…".
_SAYS_BEFORE = re.compile(r"\b(?:(?<!app\s)says|said|told|giving|energy|(?:she|he|they)\s+say)\b")
# Someone named drew it: "Priya pulled the Moon for me", in the letter's own capitals.
_NAMED_DRAWER = re.compile(
    r"\b(?!(?:I|Today|Also|Just|Then|So|And|Finally|This|Tarot|Card|App|Deck|Yes|Ok|Okay|Well"
    r"|Anyway|Morning|Oh|Ah|Lol|Haha)\b)[A-Z][a-z]+\s+(?:(?:at|from|in)\s+\w+\s+)?(?:(?:also|just|then|literally)\s+)?"
    r"(?:pulled|drew|got|turned|picked)\b"
)
_LIKENESS = re.compile(
    r"\b(?:like|such|what|total|absolute|real|proper|little)\s+(?:a|an|the)?\s*$"
    r"|\b(?:you|u|ur|you'?re|youre|u\s+r|you\s+are|he'?s|she'?s|i'?m|i\s+am)\s+"
    r"(?:\w+\s+){0,2}$"
)
_SENTENCE_OF = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")
_AFTER_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]+\W*(?P<next>[a-z ,-]{0,30}?)\W*(?:[.!?\n]|$)")
_DRAW_EARLIER = re.compile(
    rf"\b(?:{_DRAW}|la\s+carta|card\s+(?:this|today|of\s+the\s+day)|daily\s+card|a\s+card"
    r"|one\s+card|my\s+card"
    r"|tarot|deck|app\s+gave\s+me|took\s+one|(?:did|do)\s+(?:my|a|the)\s+(?:cards|reading"
    r"|spread))\b"
)
_WEAK_CUE = re.compile(
    r"\b(?:got|get|had|tirei|turned\s+over|app\s+gave\s+me|gave\s+me|give\s+me|gives\s+me|showed\s+me|came\s+up"
    r"(?:\s+with)?|came\s+out(?:\s+with)?)(?:\s+(?:the|a|an|me|today|this\s+morning))*\s+$"
)
# The sentence before says a card was drawn, and this one names it: "It was Judgment."
_NAMES_THE_DRAW = re.compile(
    r"^\W*(?:(?:and|so|it|this|that|which|mine|result|answer|the\s+card|i\s+got)\b[\s,:]*)*"
    r"(?:(?:is|was|'s|:)\s*)?(?:(?:the|il|la|le|el|lo|der|die|das|o|a)\s+)?$"
)
_DRAWN_BEFORE = re.compile(
    rf"\b(?:{_DRAW}|tarot|tirage|estrazione|tirada|took\s+(?:one|a\s+card)|picked\s+(?:one"
    rf"|a\s+card)"
    r"|card\s+of\s+the\s+day|daily\s+card|(?:my|today'?s)\s+card"
    r"|card\s+(?:today|this\s+morning)|\bthe\s+card\W*$)\b"
)
# After the name, in its sentence: "ace of cups today, pulled it with my coffee", "the
# Empress came up for me".
_DRAWN_LATER = re.compile(
    rf"^[^.!?\n]{{0,40}}?\b(?:(?:{_DRAW}|got)\s+(?:it|this|that)\b"
    r"|(?:from|out\s+of|on|in)\s+(?:my|the|our|your|a)\s+(?:\w+\s+){0,2}(?:deck|app|tarot))"
    r"|^\W{0,3}(?:came|showed|turned|popped)\s+up\b"
)
# "The Star (upright) this morning": a card's position names it as a card.
_POSITION_AFTER = re.compile(r"\s*[,(]?\s*(?:upright|reversed|inverted|upside[\s-]*down|rx)\b")
# A name alone on its line, then "that's what I pulled this morning".
_DRAWN_AFTER = re.compile(
    rf"^\W*(?:(?:that'?s|that\s+is|this\s+is|is|was|it'?s)\s+)?(?:what\s+|the\s+card\s+)?"
    rf"(?:i\s+|the\s+app\s+)?(?:just\s+)?(?:{_DRAW}|got)\b|^\W*(?:that'?s|it'?s)\s+(?:my"
    rf"|today'?s)\s+card"
)


def find_weighed_card(text: str) -> tuple[CardOfTheDay, float] | None:
    """The card of the day and the reader's confidence (see the module docstring)."""
    # Markup and a line break after a colon ("today's card:\nthe star") read as spaces.
    lower = fold(re.sub(r"[*_]", " ", text)).replace(":\n", ": ")
    weak_card = None
    for match in _NAME.finditer(lower):
        start, end = match.span()
        before = re.split(r"[.!?\n]", lower[max(0, start - 60) : start])[-1]
        before = re.sub(r"\bl['’]$", "", before)  # "I drew l'Étoile"
        after = lower[end : end + 60]
        if re.match(r"\s+(?:of|de|di|del|della)\b", after):
            continue  # "the tower of the church", "la torre de Pisa"
        left, right = _sentence_bounds(lower, start, end)
        strong = _CUE_BEFORE.search(before) or _CUE_AFTER.match(after)
        weak = not strong and (
            _WEAK_CUE.search(before)
            or _CUE_COLON.search(lower, left, start)
            or _DRAW_EARLIER.search(lower, left, start)
            or _named_after_a_draw(lower, left, start)
            or _drawn_next(lower, left, start, end, right)
            or _DRAWN_LATER.match(after)
            or _POSITION_AFTER.match(after)
        )
        if not (strong or weak):
            continue
        if (
            _NOT_TODAY.search(_clause_of_today(lower, left, start, end, right))
            or _DREW_FOR_OTHERS.search(lower, left, min(len(lower), right + 120))
            or _someone_says(lower, left, start)
            or re.match(r"\W*(?:card\s+)?(?:energy|vibes?)\b", after)
            or _LIKENESS.search(before)
            or _quoted(lower, start)
            or _NAMED_DRAWER.search(_original(text, lower, left, start))
        ):
            continue
        card = find_card(match.group())
        if card is None:  # pragma: no cover - every pattern word is a known name
            continue
        if card.arcana == MAJOR and not (
            _about_tarot(lower, left, right, after) or _capitalised(text, lower, left, start, end)
        ):
            continue  # "we finally got the sun", "I drew strength from your letter"
        found = CardOfTheDay(card.name, _is_reversed(lower, before, after, end))
        if strong:
            return found, 0.9
        weak_card = weak_card or (found, 0.55)
    return weak_card


_TODAY = re.compile(r"\b(?:today|this\s+morning|tonight|this\s+evening)\b")
_CLAUSE_MARK = re.compile(r"[,;]|\band\b|\bbut\b|\bwhile\b")


# Words that show a letter is talking about tarot near a name that is also an everyday
# word ("the sun", "strength", "the world").
_TAROT_NEAR = re.compile(
    rf"\b(?:{_CARD}|deck|pack|arcana|app|daily\s+(?:draw|pull)|upright|reversed|upside[\s-]+down"
    r"|rx|invertid[ao]|capovolt[ao])\b"
)
_THIS_MORNING = (
    r"(?:today|this\s+morning|tonight|this\s+evening|oggi|stamattina|hoy|esta\s+manana|heute"
    r"|aujourd'hui|ce\s+matin|hoje|esta\s+manha|dzis|rano)"
)
_DRAWN_TODAY = re.compile(
    rf"\b(?:{_DRAW}|came\s+up|showed\s+up|turned\s+up)\b.*\b{_THIS_MORNING}\b"
    rf"|\b{_THIS_MORNING}\b.*\b{_DRAW}\b"
)


def _about_tarot(lower: str, left: int, right: int, after: str) -> bool:
    """Is a major arcanum's name, which is also an everyday word, about a card here: tarot
    words within the sentence or near it, or a draw today in its sentence?"""
    if re.match(r"\s+(?:from|to\s+\w+)\b", after) and not re.match(
        r"\s+from\s+(?:my|the|your|a)\s+(?:\w+\s+)?(?:deck|pack|app)", after
    ):
        return False  # "drew strength from your letter", "the strength to go on"
    return bool(
        _TAROT_NEAR.search(lower, max(0, left - 250), min(len(lower), right + 250))
        or _DRAWN_TODAY.search(lower, left, right)
        or _REVERSED.search(lower, left, right)
    )


def _capitalised(text: str, lower: str, left: int, start: int, end: int) -> bool:
    """Is the name written as a name ("I pulled Death", "got the Sun"), not at the start
    of its sentence, where every word has a capital?"""
    if len(text) != len(lower):
        return False
    words = text[start:end].split()
    core = words[1] if len(words) > 1 and words[0].lower() in _ARTICLES else words[0]
    opens = not lower[left:start].strip(" \t-•*#>(\"'“‘")
    return core[:1].isupper() and not (opens and core is words[0])


_ARTICLES = ("the", "la", "le", "el", "il", "lo", "der", "die", "das", "o", "a")


def _clause_of_today(lower: str, left: int, start: int, end: int, right: int) -> str:
    """The name's sentence, or only its clause when the clause says today: in "I drew
    the Fool yesterday and the Magician today" the Magician is today's card."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(lower, left, start)]
    after = _CLAUSE_MARK.search(lower, end, right)
    clause = lower[marks[-1] if marks else left : after.start() if after else right]
    return clause if _TODAY.search(clause) else lower[left:right]


def _someone_says(lower: str, left: int, start: int) -> bool:
    """ "My therapist says Death is…", but not "the tarot app said Five of Cups"."""
    for said in _SAYS_BEFORE.finditer(lower, left, start):
        if not re.search(
            r"\b(?:app|tarot|deck|cards?|it)\W+(?:\w+\W+){0,2}$", lower[left : said.start()]
        ):
            return True
    return False


def _sentence_bounds(lower: str, start: int, end: int) -> tuple[int, int]:
    left = max(lower.rfind(mark, max(0, start - 300), start) for mark in ".!?\n") + 1
    right = min(
        (i for i in (lower.find(m, end, end + 300) for m in ".!?\n") if i >= 0),
        default=min(len(lower), end + 300),
    )
    return max(left, 0), right


def _named_after_a_draw(lower: str, left: int, start: int) -> bool:
    """ "I drew a card from my new deck. It was Judgment." """
    if not _NAMES_THE_DRAW.match(lower[left:start]) or left == 0:
        return False
    previous = lower.rfind("\n\n", max(0, left - 200), left - 1)
    window = lower[max(previous, left - 200, 0) : left]
    last = re.split(r"[.!?\n](?=[^.!?\n]*[.!?\n]?\s*$)", window.rstrip(" \n.!?"))[-1]
    return bool(_DRAWN_BEFORE.search(last) and not _NOT_TODAY.search(last))


def _drawn_next(lower: str, left: int, start: int, end: int, right: int) -> bool:
    """ "the star. / that's what I pulled this morning" """
    alone = not lower[left:start].strip(" \t-•*#>(").removeprefix("the").strip()
    if not alone or lower[end:right].strip(" \t,;:!") not in ("", "reversed", "upright"):
        return False
    following = lower[right + 1 : right + 80].lstrip(" \t\n.!?")
    return bool(_DRAWN_AFTER.match(following))


def _original(text: str, lower: str, left: int, start: int) -> str:
    """The letter's own words before the name, when folding kept the lengths (it nearly
    always does), else nothing: the named-drawer check needs capitals."""
    return text[left:start] if len(text) == len(lower) else ""


def _is_reversed(lower: str, before: str, after: str, end: int) -> bool:
    # "the Five of Cups, and it was upside down": the clause goes on after "and it was".
    clause = re.split(
        r"[.!?;\n]|\band\b(?!\s+(?:it\s+(?:was|is|came)|it'?s|came|was|reversed|inverted"
        r"|upside[\s-]*down)\b)",
        after,
        maxsplit=1,
    )[0]
    said = _REVERSED.search(clause)
    if said and not _NOT_REVERSED.search(clause[: said.start()]):
        return True
    if re.search(r"\b(?:reversed|inverted|upside[\s-]*down)\s+$", before):
        return True
    if _UPRIGHT.search(clause):
        return False
    # "Temperance. Reversed.": the next sentence is only the card's position.
    # "Queen of Cups. Upside down, which means…": the next sentence opens with it.
    following = _AFTER_SENTENCE.match(lower, end)
    return bool(
        following and re.match(r"\s*(?:reversed|upside[\s-]*down|rx|inverted)\b", following["next"])
    )


def _quoted(lower: str, start: int) -> bool:
    """Does a quote mark open right before the name (not the apostrophe of "l'Étoile")?"""
    elided = start > 1 and lower[start - 2].isalpha() and lower[start - 1] in "'’"
    return start > 0 and lower[start - 1] in "'\"‘“" and not elided
