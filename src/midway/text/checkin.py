"""Find the daily check-in notes in a letter: the medication (the card: `daily_card`).

Medication. A sentence saying it was not taken wins over one saying it was, wherever they
are: "skipped / missed / forgot / didn't take / haven't taken / ran out of my meds",
"not medicated", "unmedicated", "off my meds", "no meds", "meds: no" say not taken; "took /
have taken / had / remembered my meds (medication, medicine, pills, tablets, dose)",
"I'm medicated", "<Name> is medicated", "meds: done" say taken; "I didn't skip my meds"
is a dose taken. Nothing said: None. A wrong "taken" would hide a missed dose from the
partner, so doubt goes to "not taken".
"""

from __future__ import annotations

import re

# The card of the day has its own module; its names stay importable from here.
from midway.text.daily_card import (  # noqa: F401
    CardOfTheDay,
    find_card_of_the_day,
    find_weighed_card,
)

_DOSE = r"(?:meds|medication|medications|medicine|pills?|tablets?|dose|doses)\b"
_WHOSE = r"(?:(?:my|her|his|the|today'?s|this\s+morning'?s|any|all\s+my)\s+)?"
# "had my pills ready", "took my tablets with me": the medicine was carried, not taken.
_NOT_SWALLOWED = (
    r"(?:ready|changed|refilled|adjusted|upped|increased|lowered|reviewed|checked|switched"
    r"|with\s+me|on\s+me|in\s+my|out\s+of|to\s+the|back)"
)
_NOT_TAKEN = re.compile(
    r"\bun-?medicated\b|\bnot\s+(?:yet\s+|been\s+)?medicated\b|\bno\s+(?:meds|medication)\b"
    r"|\b(?:off|not\s+on)\s+(?:of\s+)?my\s+meds\b"
    r"|\b(?:skipped|skip|missed|forgot|forgotten|ran\s+out\s+of|out\s+of|not\s+(?:yet\s+)?taken"
    r"|(?:'ve|\bhave)\s+no\s+(?:had|taken|took)|(?:did|have|has|had|could)(?:n'?t|\s+not)(?:\s+yet)?\s+(?:take|taken|had|have|eaten|eat"
    r"|drunk|drink|swallowed))\s+"
    rf"(?:to\s+take\s+)?{_WHOSE}{_DOSE}"
    rf"|\b{_DOSE}(?:\s*[:=–-]\s*(?:no\b|❌|✗)"
    r"|\s*[:=–-]?\s*(?:not\s+(?:yet\s+)?taken|skipped|missed))",
    re.IGNORECASE,
)
_TAKEN = re.compile(
    rf"\b(?:took|taken|had|drank|drunk|ate|eaten|swallowed|popped|remembered(?:\s+to\s+take)?)"
    rf"\s+{_WHOSE}{_DOSE}(?!\s+{_NOT_SWALLOWED})"
    r"|\b(?:i'?m|i\s+am)\s+(?:\w+\s+)?medicated\b"
    rf"|\b{_DOSE}\s+in(?=\s*(?:[,.!✅]|$))"  # "meds in, coffee in"
    rf"|\b{_DOSE}(?:\s*[:=–-]\s*yes\b|\s*[:=–-]?\s*(?:taken\b|done\b|✅|✔️?|☑️?|✓))",
    re.IGNORECASE,
)
# A person's name is capitalised: "the Sam is medicated", not "the cream is medicated".
_NAME_MEDICATED = re.compile(r"\b[A-Z][a-z]+\s+is\s+(?:[a-z]+\s+)?medicated\b")


# "I didn't skip my meds", "never forget my pills": a denied miss is a dose taken.
_DENIED_MISS = re.compile(
    r"\b(?:didn'?t|did\s+not|haven'?t|have\s+not|never|won'?t|not)\s+(?:\w+\s+)?(?:skip|skipped"
    r"|miss|missed|forget|forgot|forgotten)\b",
    re.IGNORECASE,
)


# "Forgot my meds yesterday but took them today": in a sentence that tells today's dose,
# a miss in a clause about another day is not today's. (Said in a sentence of its own,
# "I skipped my meds yesterday" still reads as not taken: doubt goes to "not taken".)
_SENTENCES = re.compile(r"[^.!?\n]+[.!?\n]*")
_CLAUSES = re.compile(r"([,;:]|\bbut\b)", re.IGNORECASE)
_OTHER_DAY = re.compile(
    r"\b(?:yesterday|last\s+(?:night|week|weekend|month)|the\s+other\s+day|on\s+(?:mon|tues|wednes"
    r"|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_TODAY = re.compile(r"\b(?:today|this\s+morning|tonight|this\s+evening|now)\b", re.IGNORECASE)
_MISSED = re.compile(
    r"\b(?:forgot|forgotten|skipped|missed|ran\s+out\s+of|didn'?t\s+take|did\s+not\s+take)\b",
    re.IGNORECASE,
)


def _past_misses_dropped(text: str) -> str:
    if not _OTHER_DAY.search(text):
        return text  # the common case
    return _SENTENCES.sub(lambda sentence: _today_kept(sentence.group()), text)


def _today_kept(sentence: str) -> str:
    if not (_OTHER_DAY.search(sentence) and _TODAY.search(sentence)):
        return sentence
    return "".join(
        _MISSED.sub("then", piece)
        if _OTHER_DAY.search(piece) and not _TODAY.search(piece)
        else piece
        for piece in _CLAUSES.split(sentence)
    )


def find_medication(text: str) -> bool | None:
    """True (taken), False (not taken) or None (the letter does not say)."""
    plain = _past_misses_dropped(_DENIED_MISS.sub("took", text.replace("’", "'")))
    if "med" not in plain.lower() and "pill" not in plain.lower() and "tablet" not in plain.lower():
        return None
    if _NOT_TAKEN.search(plain):
        return False
    if _TAKEN.search(plain) or _NAME_MEDICATED.search(plain):
        return True
    return None


_SENTENCE_OF = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")
_MED_WORD = (
    r"(?:meds|medication|medications|medicine|medicines|pills?|tablets?|dose|doses|remédio"
    r"|remedio|lithium|sertraline|zoloft|prozac|fluoxetine|lexapro|escitalopram|citalopram"
    r"|antidepressiv\w*|antidepresiv\w*|adderall|ritalin|concerta|vyvanse|elvanse|wellbutrin|bupropion|lamotrigine|lamictal"
    r"|venlafaxine|effexor|levothyroxine|thyroxine|insulin|metformin|antidepressants?"
    r"|warfarin|inhaler|quetiapine|seroquel|abilify|aripiprazole|gabapentin|mirtazapine"
    r"|methylphenidate|lisdexamfetamine|hydroxyzine|buspirone|trazodone|paxil|celexa|cymbalta"
    r"|xanax|klonopin|strattera|synthroid|depakote|topiramate|mood\s+stabili[sz]ers?"
    r"|antipsychotics?|birth\s+control|the\s+pill|antibiotics|prescription\s+meds|pastillas?"
    r"|medicinas?|medicamentos?|m[eé]dicaments?|medikament\w*|\w*tabletten|tabletki|leki"
    r"|traitement|comprim[eé]s|cachets|pastigli[ae]|farmac[oi]|remedios?|tablette|gamot"
    r"|(?:bp|blood\s+pressure|thyroid|heart|seizure|adhd|anxiety|malaria|hiv|arv|tb|allergy|pain)\s+"
    r"(?:drugs|meds|pills|tablets)|antihistamines?|painkillers?|paracetamol|ibuprofen|capsules?"
    r"|multivitamins?|panadol|tylenol|advil|nurofen|hrt|statins?|aspirin|eye\s+drops|levothyrox"
    r"|tabletka|χάπι|χάπια|kusuri|ila[cç]\w*|thuốc|dawa|levaxin|eltroxin|euthyrox|tabs|remedy"
    r"|pressure\s+(?:pills?|tablets?))\b"
    r"|\bmed(?=\s*(?:[:=✅✔☑✓-]|taken\b|done\b))"
    r"|(?<=\bmy\s)(?:drugs|meds?)\b"
    # Supplements count when they are the writer's: "took my iron + the other one".
    r"|(?<=\bmy\s)(?:iron|vitamins?|supplements?|b12|folic\s+acid)\b"
    # A drug named by its family's ending, read from the word's start ("propranolol").
    r"|(?<![a-z])[a-z]{3,16}?(?:olol|pril|statin|prazole|azepam|oxetine|traline)\b"
)
# Lower-case patterns on lower-cased text: IGNORECASE makes a 200 KB letter four times slower.
_MED = re.compile(rf"\b{_MED_WORD}|💊")
# Whose medication: "her pills", "mum's tablets", "your warfarin" are someone else's.
_OTHERS = re.compile(
    r"\b(?:her|his|their|your|ur|sus|su|(?<!doctor\s)(?<!dr\s)(?<!dr\.\s)(?!today|tonight|morning|yesterday)[a-z]+'s)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
_SENT_NOT = re.compile(
    r"\b(?:forgot|forget|forgotten|skipped|skip|missed|neglected|ran\s+out|run\s+out|didn'?t\s+take"
    r"|did\s+not\s+take|haven'?t\s+(?:yet\s+)?(?:taken|had|took|eat|eaten|drink|drunk)|have\s+not\s+(?:yet\s+)?"
    r"(?:taken|had|eaten|drunk)|(?:haven'?t|have\s+not|hasn'?t)\s+(?:yet\s+)?(?:touched|opened)"
    r"|still\s+(?:need|have|got)\s+to\s+take|pending|(?:will|i'll|gonna|going\s+to|shall)\s+take"
    r"\s+(?:my|the|them|it)\b|about\s+to\s+take|off\s+to\s+take"
    r"|taking\s+(?:it|them|my\s+[\w-]+)\s+(?:right\s+)?(?:after|soon|later|in\s+a)"
    r"|\btake\s+(?:it|them|my\s+[\w-]+)\s+later\b"
    r"|not\s+(?:yet\s+)?taken|not\s+yet|no\s+meds|(?:will|i'll|gonna"
    r"|going\s+to|shall)\s+(?:take|eat|have|drink|do)\s+(?:it|them|so|after|later|at|with|when"
    r"|tonight)|later\s+(?:today|on|tonight)"
    r"|untouched|still\s+(?:in|on|sitting)|sitting\s+(?:on|in|there)|olvid[oóé]"
    r"|no\s+(?:me\s+)?(?:he\s+)?tom[eé]|noch\s+nicht|nicht\s+genommen|pas\s+encore"
    r"|non\s+ancora|todav[ií]a\s+no|ainda\s+n[aã]o|jeszcze\s+nie)\b|[❌✗✘⬜☐]|\[\s\]"
)
_SENT_TAKEN = re.compile(
    r"\b(?:took|taken|had|remembered|did\s+take|did\s+(?:my|the)|done|tom[eé]|drank|drunk|ate"
    r"|eaten|swallowed|went\s+down|popped|down\s+the\s+hatch|genommen|eingenommen|pris|prise"
    r"|c'est\s+fait|fatto|pres[ao]|tomad[ao]|wzi[eę][lł]\w*|naka-?inom|uminom|ininom)\b|✅|✔|☑|✓"
    r"|\[[x✓✔]\]"
    r"|[:?=–-]\s*(?:check(?:ed)?|yes|yep|yup|ok)\b"
)


def find_weighed_medication(text: str, context: str = "") -> tuple[bool, float] | None:
    """Whether today's medication was taken, and the reader's confidence.

    The strict rules of `find_medication` are sure (0.9) when no sentence speaks of
    someone else's medication. Otherwise, or when they find nothing, each mention of a
    medicine (everyday words, common drug names, Spanish, French, German, Italian, Polish)
    that is not someone else's ("her pills", "mum's tablets", "your warfarin", "she
    took…") is read with the words around it (45 characters either side, in its sentence;
    "meds. took them" is one sentence): not taken (forgot, skipped, didn't take, not yet,
    untouched, ❌, "[ ]", "later today", "I'll take it after…") wins over taken (took, had,
    drank, ate, went down, remembered, done, ✅, "[x]", "genommen"), at 0.7; failing
    both, the nearer of the two further on in the sentence ("my tablets are lined up in
    the box you bought me, and I have not taken this morning's yet"). `context` is the whole
    letter with its quoted lines: "not yet, I'll take them later" answers a quoted "did
    you take your meds?" (0.55).
    """
    plain = _past_misses_dropped(_DENIED_MISS.sub("took", text.replace("’", "'")))
    lower = plain.lower()
    context = context.lower()
    if not _MED.search(lower) and "medicated" not in lower and not _MED.search(context):
        return None
    strict = find_medication(plain) if _mine_only(lower) else None
    if strict is not None:
        return strict, 0.9
    verdicts = []
    said = [s for s in _SENTENCE_OF.findall(lower) if s.strip()]
    mentions = 0
    for index, sentence in enumerate(said):
        if mentions > _MAX_MENTIONS:
            break
        if len(sentence) < 20 and len(sentence.split()) <= 2 and index + 1 < len(said):
            sentence = sentence.rstrip(".!? \n") + " " + said[index + 1]  # "meds. took them"
        for mention in _MED.finditer(sentence):
            mentions += 1
            if mentions > _MAX_MENTIONS:
                break
            before = sentence[max(0, mention.start() - 45) : mention.start()]
            others = _OTHERS.search(sentence, max(0, mention.start() - 60), mention.start())
            if others or _SOMEONE_ELSE.search(before):
                continue
            near = (mention.start() - 45, mention.end() + 45)
            if _near(_SENT_NOT, sentence, near):
                verdicts.append(False)
            elif _taken_at(sentence, mention) and not _near(_ONLY_PLANNED, sentence, near):
                verdicts.append(True)
            elif _near(_AFTER_MEAL, sentence, near) and not _TOOK_EARLIER.search(
                sentence, 0, mention.start()
            ):
                verdicts.append(False)  # "I'll take them after dinner"
            else:
                # Further on in the sentence ("my tablets are lined up in the box you bought
                # me, and I have not taken this morning's yet"): the nearer of the two.
                verdict = _nearer_after(sentence, mention.end())
                if verdict is not None:
                    verdicts.append(verdict)
    if False in verdicts:
        return False, 0.7
    if verdicts:
        return True, 0.7
    if _MINE_TAKEN.search(lower):
        return True, 0.55  # "Your pills are in the Tuesday slot. I took mine."
    if _MED.search(context) and _LATER.search(lower):
        # The question was quoted ("> did u take ur meds"), the answer is "not yet, later".
        return False, 0.55
    return None


# After a meal: a dose still to take, unless a "took" says otherwise ("took it after dinner",
# "I took my kusuri (medicine) after breakfast").
_TOOK_EARLIER = re.compile(r"\b(?:took|taken|had|swallowed)\b")
_AFTER_MEAL = re.compile(r"\bafter\s+(?:i\s+eat|lunch|dinner|breakfast)\b")
_MINE_TAKEN = re.compile(
    r"\bi(?:'ve|\s+have)?\s+(?:already\s+)?(?:took|taken|had)\s+mine\b|\bmine\s+i(?:'ve)?\s+(?:took|taken|had)\b"
)
_LATER = re.compile(
    r"^\W*not\s+yet\b|\b(?:i'll|i\s+will|gonna|going\s+to)\s+take\s+(?:it|them)\s+(?:later"
    r"|after|when|with|at|tonight)\b",
    re.MULTILINE,
)


# A letter says how its medication went a few times at most; past this many mentions the
# rest are not read, so "pills pills pills…" stays linear.
_MAX_MENTIONS = 200


def _near(pattern: re.Pattern, sentence: str, span: tuple[int, int]) -> bool:
    """Does a match start within `span`? (Searched a little past it, so that a word at
    the span's edge is read whole: "forgets" is not "forget".)"""
    start, end = max(0, span[0]), span[1]
    return any(m.start() <= end for m in pattern.finditer(sentence, start, end + 30))


# A dose taken, said right before the medicine ("took my morning meds", "had both my
# pills") or right after it ("meds: done", "pill ✅", "medicine eaten already", "the
# little white pill went down", "meds. took them"); a verb further away is about
# something else ("had a long talk with my doctor about my meds").
_TAKEN_BEFORE = re.compile(
    r"\b(?:took|taken|had|drank|drunk|ate|eaten|swallowed|popped|remembered(?:\s+to\s+take)?"
    r"|did|tom[eé]|wzi[eę][lł]\w*|naka-?inom|uminom|ininom|nag-?take|tek|tuk|already\s+(?:eat|drink|take))"
    r"\s+(?:[\w'-]+\s+){0,3}"
    # The second of a list: "took my eye drops and the heart tablet".
    r"(?:(?:and|&|\+|plus)\s+(?:[\w'-]+\s+){0,3})?$"
)
_TAKEN_AFTER = re.compile(
    r"^[^.!?]{0,25}?(?:\b(?:taken|done|check(?:ed)?|eaten|drunk|already|genommen|eingenommen|pris|prise"
    r"|fatto|tomad[ao]|yes|yep|went\s+down|in\s+me|(?:took|had|popped|swallowed)\s+(?:it|them|'?em|both"
    r"|all))\b|c'est\s+fait|✅|✔|☑|✓)"
)


def _taken_at(sentence: str, mention: re.Match) -> bool:
    before = sentence[max(0, mention.start() - 40) : mention.start()]
    after = sentence[mention.end() : mention.end() + 45]
    if re.match(rf"\s+{_NOT_SWALLOWED}\b", after):
        return False
    return bool(
        _TAKEN_BEFORE.search(before)
        or re.search(r"\[[x✓✔]\]\s*(?:[\w'-]+\s+){0,2}$", before)
        or _TAKEN_AFTER.match(after)
        or re.search(r"[✅✔☑]", before[-12:])
    )


def _nearer_after(sentence: str, end: int) -> bool | None:
    window = sentence[end : end + _FAR]
    missed = _SENT_NOT.search(window)
    taken = _SENT_TAKEN.search(window)
    if taken and _ONLY_PLANNED.search(window, 0, taken.start()):
        taken = None
    if missed and (taken is None or missed.start() <= taken.start()):
        return False
    return True if taken else None


# How far after a medicine a sentence may say whether it was taken.
_FAR = 110

_SOMEONE_ELSE = re.compile(
    r"\b(?:you|u|she|he|they|mum|mom|mummy|mother|dad|father|sister|brother)\s+(?:\w+\s+)?"
    r"(?:took|had|forgot|skipped|takes|has\s+taken|stopped)\b"
)
_ONLY_PLANNED = re.compile(r"\b(?:need|needs|should|must|have|has)\s+to\s+take\b")


def _mine_only(lower: str) -> bool:
    """No mention of a medicine is someone else's (then the strict rules decide)."""
    for count, mention in enumerate(_MED.finditer(lower)):
        if count >= _MAX_MENTIONS:
            break
        # Back to its sentence's start, but never more than 60 characters: a letter of
        # nothing but "pills pills…" stays linear.
        near = max(0, mention.start() - 60)
        start = max(near, *(lower.rfind(mark, near, mention.start()) for mark in ".!?\n"))
        if _OTHERS.search(lower, start, mention.start()):
            return False
    return True
