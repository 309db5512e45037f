"""Rules for the two horsemen that attack: criticism and contempt.

Criticism goes after who the partner is instead of what happened: "you
always/never …" (unless what follows is praise: "you always make me laugh",
"you never judge me"), character labels ("you're so selfish", "your
selfishness"), "what's wrong with you", "it's all your fault", and weaker
complaints ("you don't even care", "why can't you just …") that a gentle
frame cancels.

Contempt speaks from above: insults and mock titles ("you're pathetic",
"whatever, genius"), disgust ("you make me sick"), sarcasm ("oh great, late
again", "yeah right", "real mature"), mockery ("boo hoo", "*scoffs*"), an
eye-roll aimed at the partner (🙄, "*rolls eyes*") and dismissing their
feelings ("you're being dramatic", "calm down", "who cares").
"""

from __future__ import annotations

import re

from midway.coach.patterns import (
    ALONE,
    START,
    C,
    P,
    Rule,
    any_of,
    compile_rule_pattern,
    pattern_rule,
)
from midway.coach.vocabulary import (
    CHARACTER_NOUNS,
    CRITICAL_LABELS,
    DISMISSALS,
    GAP,
    INSULTS,
    MOCK_TITLES,
    NEVER_PRAISE,
    POSITIVE,
    VOCATIVE_INSULTS,
    YOU_ARE,
)

_POSITIVE = compile_rule_pattern(POSITIVE)
_NEVER_PRAISE = compile_rule_pattern(NEVER_PRAISE)
_NEGATION = compile_rule_pattern(r"\b(?:not|never|n't|least|no\s+longer)\s*$")
_ABSOLUTE = compile_rule_pattern(
    r"\b(?:you|u)(?:'re|'ll|'d|'ve)?\b((?:\s+(?!and\b|i\b|me\b|too\b)[\w\u0027]+){0,2}?)\s+"
    r"(always|never|constantly|forever|every\s+(?:single\s+)?time|all\s+the\s+time|as\s+usual|"
    r"like\s+always|(?:can't|don't|won't|didn't|do\s+not)\s+ever|ever)\b"
)
_EVERY_TIME_YOU = compile_rule_pattern(
    r"\bevery\s+(?:single\s+)?time\s+you\b"
    r"|\bevery\s+(?:single\s+)?time\b[^.?!]{0,80}?,\s*you\b"
    r"|\byou(?:'re)?\s+(?:\w+\s+){1,6}?every\s+(?:single\s+)?time\b"
)
_YOU = compile_rule_pattern(r"\byou(?:'re|r|rs|rself)?\b|\bu\b")


def _absolute(sentence: str) -> bool:
    """A second-person sentence with always/never that is not praise."""
    for match in _ABSOLUTE.finditer(sentence):
        between, word = match.group(1), match.group(2).lower()
        tail = sentence[match.end() : match.end() + 60]
        if word == "ever":
            if not re.search(r"n't|not|\bwhy\b", sentence[: match.end()], re.IGNORECASE):
                continue  # "do you ever miss the sea?"
        elif _NEGATION.search(between):
            continue  # "you don't always…" softens, it doesn't blame
        if word == "never" or "n't" in word or " not" in word:
            if _NEVER_PRAISE.search(tail):
                continue
        elif _POSITIVE.search(between + " " + tail):
            continue
        return True
    every = _EVERY_TIME_YOU.search(sentence)
    return bool(every and not _POSITIVE.search(sentence))


_EMOJI_SCORN = re.compile("[\U0001f644\U0001f612\U0001f921\U0001f595\U0001f485\U0001f971]")
_EMOJI_FACEPALM = re.compile("\U0001f926")
_EYE_ROLL = compile_rule_pattern(
    r"\b(?:rolls?|rolling|rolled)\s+(?:my\s+|his\s+|her\s+|their\s+)?eyes\b|\beye-?\s*rolls?\b"
)


def _scornful_gesture(sentence: str) -> bool:
    """An eye-roll (emoji or written) aimed at the partner, or standing alone."""
    words = re.sub(r"\W|_", "", _EMOJI_SCORN.sub("", sentence))
    aimed = _YOU.search(sentence) is not None or not words
    if _EMOJI_SCORN.search(sentence) and aimed:
        return True
    if _EMOJI_FACEPALM.search(sentence) and _YOU.search(sentence):
        return True
    written = _EYE_ROLL.search(sentence) is not None
    return written and (aimed or "*" in sentence or "(" in sentence)


SARCASTIC_PRAISE = r"great|perfect|wonderful|fantastic|brilliant|lovely|terrific|awesome"

ATTACK_RULES: tuple[Rule, ...] = (
    # Criticism: the person instead of the problem.
    Rule(C, "absolute", _absolute, 1),
    pattern_rule(
        C,
        "label",
        rf"\b{YOU_ARE}{GAP}\s+(?:{CRITICAL_LABELS})\b",
        unless=rf"\bnot\s+(?:so\s+|that\s+|a\s+)?(?:{CRITICAL_LABELS})\b|\bless\s+",
    ),
    pattern_rule(
        C,
        "label",
        rf"\bhow\s+(?:{CRITICAL_LABELS})\s+(?:you(?:'re|\s+are|\s+were|\s+can\s+be)|you've\s+been)",
        unless=r"\b(?:love|adore|admire|like|miss)\b",
    ),
    pattern_rule(
        C,
        "label",
        r"\bwhy\s+(?:are|must)\s+you\s+(?:being\s+)?(?:so\s+|always\s+|such\s+an?\s+)?"
        rf"(?:{CRITICAL_LABELS}|grumpy|defensive|touchy|loud|angry|mean|weird|rude)\b",
    ),
    pattern_rule(
        C,
        "label",
        rf"\byour(?:\s+\w+)?\s+(?:{CHARACTER_NOUNS})\b",
        unless=r"\b(?:love|adore|admire|miss)\b",
    ),
    pattern_rule(
        C,
        "attack",
        any_of(
            r"\bwhat(?:'s|\s+is|\s+the\s+hell\s+is|\s+the\s+fuck\s+is)\s+(?:\w+\s+)?wrong\s+with\s+you\b",
            r"\bwhat(?:'s|\s+is)\s+your\s+(?:\w+\s+)?problem\b",
            r"\b(?:your|the)\s+problem\s+(?:with\s+you\s+)?is\s+(?:that\s+)?you\b",
            r"\byou're\s+the\s+problem\b",
            r"\b(?:it's|this\s+is|that's|it\s+was|all)\s+(?:all\s+)?your\s+fault\b",
            r"\ball\s+because\s+of\s+you\b",
            r"\byou\s+(?:ruin(?:ed)?|wreck(?:ed)?|destroy(?:ed)?|spoil(?:ed|t)?)\s+"
            r"(?:everything|it\s+all|every|our|the\s+whole)",
            r"\byou\s+make\s+everything\s+about\s+you",
            r"\byou\s+only\s+(?:ever\s+)?(?:think|care)\s+(?:about|of)\s+(?:yourself|you)\b",
            r"\bhow\s+(?:could|can|dare)\s+you\b",
            r"\byou\s+can't\s+be\s+trusted\b",
            r"\bif\s+you\s+(?:really\s+|actually\s+|truly\s+)?(?:loved|cared\s+about|respected)\s+me\b",
            r"\byou\s+have\s+no\s+(?:respect|consideration|empathy|shame|decency|self-control|manners)\b",
            r"\beverything\s+(?:is\s+)?(?:always\s+)?(?:about|about\s+what)\s+you\b",
            r"\balways\s+about\s+you\b",
            r"\bnothing\s+is\s+ever\s+(?:good\s+)?enough\s+for\s+you\b",
        ),
        unless=r"\bnot\s+(?:all\s+)?your\s+fault\b|\bnot\s+mine\b",
    ),
    pattern_rule(
        C,
        "complaint",
        any_of(
            r"\byou\s+(?:just\s+)?(?:don't|didn't|do\s+not|did\s+not)\s+(?:even\s+)?"
            r"(?:care|listen|try|bother|notice|help|respect|appreciate|think\s+about\s+(?:me|us))\b",
            r"\byou\s+can't\s+even\b",
            r"\bwhy\s+(?:can't|won't|don't|couldn't|wouldn't)\s+you\s+(?:ever|just|even)\b",
            r"\bwhy\s+would\s+you\s+(?:ever|do|say)\b",
            r"\bwhy\s+do\s+you\s+have\s+to\b",
            r"\bwhy\s+(?:are|must)\s+you\s+(?:like\s+(?:this|that)|always|never)\b",
            r"\byou\s+only\s+(?:ever\s+)?(?:call|text|talk|come|care|show\s+up|help|listen)\b",
            r"\bwhy\s+is\s+it\s+so\s+hard\s+for\s+you\b",
            r"\bhow\s+(?:hard|difficult)\s+is\s+it\s+to\b",
            r"\bis\s+it\s+(?:too\s+much|so\s+hard)\s+to\b",
            r"\byou(?:'ve|\s+have|'re|\s+are)?\s+(?:forgot|forgotten|ignored|ignoring|missed|left|lost|broke|"
            r"ruined|cancel+ed|interrupted|interrupting|did\s+(?:it|that|this)|done\s+(?:it|that)|"
            r"doing\s+(?:it|that|this)|are\s+late|'re\s+late|late|on\s+your\s+phone|yelling|"
            r"shouting)\b[^.?!]{0,30}?\bagain\b",
            r"\bI(?:'m|\s+am)?\s+(?:always|constantly|forever)\s+(?:the\s+one|have\s+to|having\s+to|"
            r"end\s+up|left|stuck|cleaning|picking\s+up|waiting|doing\s+everything|reminding)"
            r"(?!\s+(?:\w+ing\s+)?(?:with\s+you|laughing|smiling|happy|happier|grateful))",
            r"\bI\s+never\s+get\s+(?:any|a|to)\b",
            r"\bwhy\s+(?:is\s+it\s+)?(?:do\s+)?I\s+always\s+have\s+to\b",
            r"\bI\s+have\s+to\s+do\s+everything\b",
        ),
        weight=1,
        unless=r"^\W*(?:if|when|even\s+if)\b|\byou\s+don't\s+have\s+to\b",
    ),
    # Contempt: speaking from above.
    pattern_rule(
        P,
        "insult",
        any_of(
            rf"\b{YOU_ARE}{GAP}\s+(?:{INSULTS})\b(?![-\s]*(?:proof|friendly|steps?|photos?))",
            rf"\byou\s+(?:(?:absolute|stupid|fucking|complete|total|little|utter|big)\s+)*"
            rf"(?:{VOCATIVE_INSULTS})\b",
            START + r"(?:how\s+|so\s+|just\s+|absolutely\s+|utterly\s+|you're\s+)?"
            r"(?:pathetic|ridiculous|typical|classic\s+you|disgusting|laughable|idiot|moron|loser|"
            r"unreal|grow\s+up|get\s+a\s+life|get\s+a\s+grip|get\s+over\s+yourself|shut\s+up|"
            r"oh\s+please|spare\s+me|please)" + ALONE,
            START + r"(?:unbelievable|cute|priceless|wow)\s*[.\u2026]+$",
            START + r"(?:typical|classic)\s+(?:you|him|her)\b",
            r"\bwhat\s+an?\s+(?:idiot|moron|loser|joke|baby|child|disgrace)\b",
            r"\b(?:how|so)\s+pathetic\b",
        ),
        unless=rf"\bnot\s+(?:a\s+|an\s+|being\s+)?(?:{INSULTS})\b|\bcrazy\s+about\b",
    ),
    pattern_rule(
        P,
        "disgust",
        any_of(
            r"\byou\s+(?:disgust|sicken|repulse)\s+me\b",
            r"\byou\s+make\s+me\s+(?:sick|want\s+to\s+(?:puke|throw\s+up|vomit|scream))",
            r"\bI\s+can't\s+stand\s+(?:you|the\s+sight|looking\s+at\s+you|being\s+around\s+you)\b",
            START + r"look\s+at\s+you\b(?!\s+(?:go|glow|in\s+that|all))",
            r"\b(?:embarrassed|ashamed)\s+(?:of|by)\s+you\b",
            r"\bno\s+wonder\s+(?:no\s*one|nobody|your|you)\b",
            r"\bwhat\s+did\s+I\s+(?:ever\s+)?see\s+in\s+you\b",
            r"\b(?:who|no\s*one|nobody)\s+(?:else\s+)?(?:would|could)\s+(?:ever\s+)?"
            r"(?:want|love|put\s+up\s+with|stand)\s+you\b",
            r"\byou\s+should\s+be\s+ashamed\b",
            r"\bgrow\s+(?:up|a\s+spine|a\s+pair)\b(?!\s+(?:in|with|together|near))",
            r"\bget\s+(?:a\s+life|over\s+yourself|a\s+grip)\b",
            r"\bman\s+up\b",
            r"\bshut\s+(?:up|your\s+mouth|it)\b",
            r"\bis\s+that\s+the\s+best\s+you\s+(?:can|could)\b",
            r"\bwhat\s+kind\s+of\s+(?:person|partner|man|woman|adult|grown\s+\w+|mother|father|"
            r"boyfriend|girlfriend|husband|wife|idiot)\b",
            r"\bwho\s+even\s+does\s+that\b",
            r"\byou're\s+just\s+like\s+your\s+(?:mother|father|mom|mum|dad|ex)\b",
            r"\ba\s+(?:child|toddler|five-year-old|monkey)\s+(?:could|would|can)\b",
            r"\byou\s+call\s+(?:that|this)\s+(?:an?\b|\w+ing\b)",
            r"\bare\s+you\s+(?:stupid|deaf|blind|insane|crazy|an\s+idiot|dumb|five|twelve|"
            r"a\s+child|mental|thick|dense)\b",
            r"\bdo\s+you\s+(?:even\s+)?(?:hear|listen\s+to)\s+yourself\b",
            r"\bwhat\s+are\s+you,?\s+(?:five|twelve|ten|a\s+child)\b",
            r"\byou're\s+not\s+(?:even\s+)?worth\b",
            r"\bbeneath\s+me\b",
            r"\bI\s+(?:\w+\s+)?hate\s+you\b",
            r"\bI\s+(?:\w+\s+)?don't\s+care\s+(?:what|how)\s+you\s+(?:think|say|feel|want)\b",
            r"\byou\s+(?:act|behave|sound|look)\s+like\s+(?:a|an)\s+(?:child|baby|idiot|toddler|"
            r"teenager|lunatic|maniac|crazy\s+person|spoiled\s+brat|brat|moron|clown)\b",
            r"\bforget\s+your\s+(?:own\s+)?head\b",
            r"\b(?:who|nobody|no\s+one)\s+asked\s+you\b",
            START + r"(?:oh,?\s+)?(?:give\s+me\s+a\s+break|get\s+real|get\s+a\s+clue|duh)" + ALONE,
            r"\bspare\s+me\s+the\b",
        ),
    ),
    pattern_rule(
        P,
        "sarcasm",
        any_of(
            START + rf"(?:oh|ah|wow|well|gee)[,!]?\s+(?:{SARCASTIC_PRAISE}|super|joy|yay)\b"
            r"[^.?!]*?(?:\bagain\b|\banother\b|\bnow\b|\bas\s+usual|\bof\s+course|\btypical|"
            r"\bjust\s+what|\bexactly\s+what|\bperfect\s+timing|\bmore\b|\blate\b|\bforgot|"
            r"\bbroke|\bruined|\bmess\b|\bbecause\b|\bwhatever|[.\u2026]$)",
            START + r"(?:oh|ah|well)[,!]?\s+(?:please|sure|of\s+course|really|poor\s+(?:you|baby)|"
            r"how\s+(?:nice|lovely|sweet|thoughtful|original|mature|kind|generous))\b[^?]*$",
            r"\bhow\s+(?:nice|kind|sweet|thoughtful|considerate|generous|lovely|good)\s+of\s+you\s+"
            r"to\s+(?:finally|actually|even|bother|show|join|grace|remember)",
            r"\bgrace\s+us\s+with\s+your\s+presence\b",
            r"\bfor\s+once\s+in\s+your\s+life\b",
            r"\bthanks?\s+(?:you\s+)?for\s+(?:nothing|finally)\b",
            r"\b(?:nice|kind|sweet|good|thoughtful)\s+of\s+you\s+to\s+(?:finally|actually|even|bother|"
            r"show|join|grace|remember)",
            START + r"(?:oh,?\s+)?of\s+course\s+you(?:'d|\s+would|\s+did|\s+forgot)\s+(?:say|think|"
            r"do|forget|take|side|blame|see|defend|pick|that|this)\b",
            START + r"(?:gee|wow|well|oh),?\s+thanks\s+(?:a\s+lot|a\s+bunch|so\s+much)" + ALONE,
            r"\bthanks\s+a\s+(?:lot|bunch)\s*(?:,\s*(?:really|again)|[.\u2026]+)$",
            r"\byeah,?\s+right\b",
            START + r"as\s+if\b",
            START + r"(?:oh,?\s+)?(?:sure|right|yeah|of\s+course|su+re|ri+ght),?\s+you\s+"
            r"(?:did|do|will|are|were|would|have|can|didn't|don't|won't)" + ALONE,
            START + r"(?:right|sure|oh\s+sure|yeah),?\s+because\s+(?:you|i|that)\b",
            START + r"yeah,?\s+sure[.\u2026]*$",
            r"\bkeep\s+telling\s+yourself\s+that\b",
            r"\bgood\s+luck\s+with\s+that\b",
            r"\bmust\s+be\s+nice\b",
            r"\bcry\s+me\s+a\s+river\b",
            r"\bboo+\s*-?hoo+\b",
            r"\bpoor\s+(?:little\s+)?(?:you|baby)\b",
            r"\bwa+h+\b",
            r"\bblah,?\s+blah\b",
            r"\b(?:big|huge)\s+surprise\b",
            r"\bshocker\b",
            r"\bcolou?r\s+me\s+(?:shocked|surprised)\b",
            r"\bwhat\s+else\s+is\s+new\b",
            r"\bsurprise,?\s+surprise\b",
            r"\bwhat\s+a\s+(?:shock|surprise)[.\u2026]+$",
            r"\bnice\s+try\b",
            r"\b(?:want|deserve|get)\s+a\s+(?:medal|trophy|gold\s+star|cookie|round\s+of\s+applause"
            r"|parade)\b",
            START
            + r"(?:congratulations|congrats),?\s+you\s+(?:managed|finally|actually|did\s+it)\b",
            START + r"sure,?\s+jan\b",
            r"\bpoor\s+little\s+(?:you|baby|thing|prince|princess|lamb|darling)\b",
            START + r"imagine\s+(?:being|needing|not\s+knowing|thinking)\s+(?:this|so|that)\b",
            r"\b(?:real|regular|such\s+a|absolute)\s+(?:genius|einstein|comedian|charmer|prince|"
            r"princess|treat|ray\s+of\s+sunshine)\b",
            r"\b(?:real|very|how|so)\s+mature\b(?!\s+(?:about|with|for|and))",
            START + r"(?:ha\s*ha|haha|hah)?,?\s*(?:very|real|so)\s+funny" + ALONE,
            r"\s/s\b",
            r"[(*]sarcasm[)*]",
            START + r"like\s+you\s+(?:care|would\s+know|even|ever|could|know|do)\b",
            r",\s*(?:as\s+if|like)\s+you\s+(?:care|would|know|ever|could)\b",
            r"\bbecause\s+you're\s+(?:so|such\s+an?|always\s+so)\s+(?:perfect|great|wonderful|"
            r"smart|amazing|saint|angel|innocent|reasonable)\b",
            r"\b(?:mr|mister|miss|little\s+miss|saint|st)\.?\s+"
            r"(?:perfect|know-it-all|innocent|always\s+right)\b",
            START + r"(?:nice|great)\s+(?:going|one|work)\s*[.\u2026]+$",
            START + r"way\s+to\s+go[.\u2026]+$",
            START + rf"(?:{SARCASTIC_PRAISE})[,.!\u2026]+\s+(?:just|really|absolutely)?\s*"
            rf"(?:{SARCASTIC_PRAISE})" + ALONE,
            rf",\s*just\s+(?:{SARCASTIC_PRAISE}|what\s+I\s+needed)" + ALONE,
            rf"(?:,|^|\bthanks|\bjob|\bone|\bgoing|\btry|\bwork|\bmove|\bdone|\bplan)\s*"
            rf"(?:{MOCK_TITLES})\b",
        ),
        unless=any_of(
            r"\bthank\s+you\s+so\s+much\b",
            r"\bsure,?\s+(?:I|we|let's|no\s+problem|that)\b",
            r"\bof\s+course,?\s+(?:I|we|love|darling|sweetheart|babe)\b",
            r"\bmust\s+be\s+nice\s+to\s+(?:finally\s+)?(?:rest|relax|be\s+home)\b.*!",
            r"^\W*(?:oh|ah|wow|well|gee)[,!]?\s+\w+\b.*\b(?:thank|love|appreciate)",
        ),
    ),
    pattern_rule(
        P,
        "mockery",
        any_of(
            r"\b(?:lol|lmao|haha+|ha\s+ha|rofl)\b,?\s+(?:you|like\s+you|as\s+if)\s+"
            r"(?:think|thought|really|actually|even|care|would)",
            r"\*\s*(?:scoffs?|snorts?|mocking|mocks|mimics?|sneers?)\s*\*",
            r"\bin\s+a\s+(?:whiny|baby|mocking)\s+voice\b",
            START + r"(?:pfft+|psh+|tch|ha)" + ALONE,
            START + r"(?:pfft+|psh+),?\s",
        ),
    ),
    Rule(P, "eyeroll", _scornful_gesture),
    pattern_rule(
        P,
        "dismissal",
        rf"\bhow\s+(?:{DISMISSALS})\s+you(?:'re|\s+are|\s+sound)",
        unless=r"\b(?:love|adore|like|miss)\b",
    ),
    pattern_rule(
        P,
        "dismissal",
        any_of(
            rf"\b{YOU_ARE}{GAP}\s+(?:{DISMISSALS})\b",
            r"\bstop\s+being\s+(?:so\s+)?(?:dramatic|hysterical|paranoid|sensitive|a\s+baby|childish|"
            r"a\s+drama\s+queen|ridiculous|crazy)\b",
            START + r"(?:oh,?\s+|jeez,?\s+|god,?\s+|just\s+|you\s+need\s+to\s+|will\s+you\s+|"
            r"can\s+you\s+just\s+)*(?:calm\s+down|relax|chill(?:\s+out)?|get\s+over\s+it|"
            r"who\s+cares)" + ALONE,
            r"\byou\s+need\s+to\s+(?:calm\s+down|relax|chill|get\s+over\s+it)\b",
            r"\byou\s+don't\s+get\s+to\s+(?:be|feel)\b",
            rf"\byou\s+sound\s+(?:so\s+)?(?:{DISMISSALS}|ridiculous|stupid)\b",
            r"\bit's\s+all\s+in\s+your\s+head\b",
            r"\byou're\s+imagining\s+(?:things|it)\b",
        ),
    ),
)
