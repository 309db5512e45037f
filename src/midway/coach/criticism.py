"""Rules for criticism: going after who the partner is, not what happened.

- "you always / never / constantly / keep …" and "every time …, you …",
  unless what follows is praise ("you always make me laugh", "you never
  judge me") or an appreciation frames it ("I love that you always hum");
- character labels: "you're so selfish", "your selfishness", "how selfish
  you are", "why are you so difficult";
- attacks on the whole person: "what's wrong with you", "it's all your
  fault", "how could you", "if you loved me you'd …";
- weaker complaints that a gentle frame cancels: "you don't even care",
  "why can't you just …", "I always have to …", "you forgot again".

The full list of concepts, with examples, is in ``analysis``; word lists are in
``vocabulary``.
"""

from __future__ import annotations

import re

from midway.coach.patterns import C, Rule, any_of, compile_rule_pattern, pattern_rule
from midway.coach.vocabulary import (
    CHARACTER_NOUNS,
    CRITICAL_LABELS,
    GAP,
    NEVER_PRAISE,
    POSITIVE,
    YOU_ARE,
)

_POSITIVE = compile_rule_pattern(POSITIVE)
_NEVER_PRAISE = compile_rule_pattern(NEVER_PRAISE)
_NEGATION = compile_rule_pattern(r"(?:\bnot|\bnever|n't|\bleast|\bno\s+longer)\s*$")
_ABSOLUTE = compile_rule_pattern(
    r"\b(?:you|u|ur)(?:'re|'ll|'d|'ve)?\b((?:\s+(?!and\b|i\b|me\b|too\b)[\w\u0027]+){0,2}?)\s+"
    r"(always|never|constantly|forever|keep|keeps|every\s+(?:single\s+)?time|all\s+the\s+time|as\s+usual|"
    r"like\s+always|(?:can't|don't|won't|didn't|do\s+not)\s+ever|ever)\b"
)
_EVERY_TIME_YOU = compile_rule_pattern(
    r"\b(?:every\s+(?:single\s+)?(?:weekend|day|night|morning|evening|holiday|conversation|"
    r"argument|fight|party|visit)|whenever\s+I\b[^.?!]{0,60}?,)\s+you\b"
    r"|\bevery\s+(?:single\s+)?time\s+you\b"
    r"|\bevery\s+(?:single\s+)?time\b[^.?!]{0,80}?,\s*you\b"
    r"|\bevery\s+(?:single\s+)?time\s+(?:\w+\s+){1,8}?(?<!of\s)(?<!to\s)(?<!for\s)(?<!with\s)"
    r"(?<!about\s)(?<!at\s)(?<!see\s)(?<!love\s)(?<!miss\s)(?<!hear\s)(?<!hug\s)you\s+\w+"
    r"|\byou(?:'re)?\s+(?:\w+\s+){1,10}?every\s+(?:single\s+)?time\b"
    # "The minute anything gets hard you disappear."
    r"|\b(?:the\s+(?:minute|moment|second)|as\s+soon\s+as)\b[^.?!]{0,60}?\byou\s+(?:just\s+)?(?:disappear|vanish|"
    r"run|leave|bail|go\s+quiet|shut\s+down|check\s+out|get\s+(?:angry|defensive|nasty)|storm|walk\s+(?:off|out|away)|"
    r"give\s+up|make\s+it\s+about)"
)


_APPRECIATION = compile_rule_pattern(
    r"\bI\s+(?:\w+\s+)?(?:love|adore|appreciate|like|admire|enjoy|cherish)\s+"
    r"(?:that|how|when|it\s+when|the\s+way|you)\b"
)


def _absolute(sentence: str) -> bool:
    """A second-person sentence with always/never that is not praise."""
    for match in _ABSOLUTE.finditer(sentence):
        if _APPRECIATION.search(sentence, 0, match.start() + len("you")):
            continue  # "I love that you always hum while you cook"
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


CRITICISM_RULES: tuple[Rule, ...] = (
    Rule(C, "absolute", _absolute, 1),
    pattern_rule(
        C,
        "label",
        rf"\b{YOU_ARE}{GAP}\s+(?:{CRITICAL_LABELS})\b",
        unless=rf"\bnot\s+(?:so\s+|that\s+|a\s+)?(?:{CRITICAL_LABELS})\b|\bless\s+|"
        r"\bimpossible\s+to\s+(?:stay\s+mad|resist|not\s+love|be\s+angry|dislike|buy\s+(?:presents|gifts)\s+for|"
        r"beat|keep\s+up\s+with)\b",
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
            r"\byou\s+only\s+(?:ever\s+)?(?:think|care)\s+(?:about|of)\s+(?:yourself|you|your)\b",
            r"\bhow\s+(?:could|can|dare)\s+you\b",
            r"\byou\s+can't\s+be\s+trusted\b",
            r"\b(?:can|could|will|would)\s+you\s+(?:ever|not)\s+just\b",
            r"\b(?:wrapped\s+up\s+in|full\s+of|in\s+love\s+with)\s+yourself\b",
            r"\b(?:only|just)\s+(?:think|care)s?\s+(?:of|about)\s+yourself\b",
            r"\bthink\s+only\s+(?:of|about)\s+yourself\b",
            r"\b(?<!never\sget\s)(?<!not\s)(?:sick|tired|sick\s+and\s+tired)\s+of\s+your\s+\w+",
            r"\byour\s+way\s+or\s+the\s+highway\b",
            r"\byou(?:'ve|\s+have)\s+(?:got\s+)?no\s+idea\s+how\s+to\b",
            r"\byou\s+make\s+(?:everything|it|things)\s+(?:so\s+)?(?:harder|worse|difficult|complicated)",
            r"\byou're\s+(?:so\s+|always\s+)?quick\s+to\s+(?:judge|blame|critici[sz]e|assume|anger|snap)",
            r"\bmore\s+(?:about|for)\s+(?:your\s+)?\w+(?:\s+\w+)?\s+than\s+(?:about\s+|for\s+)?(?:me|us)\b",
            r"\byour\s+(?:total\s+|complete\s+)?lack\s+of\s+\w+",
            r"\byour\s+(?:constant|endless|non-?stop|never-ending|eternal|usual)\s+\w+",
            rf"\byour\s+\w+(?:\s+\w+)?\s+(?:is|are|was|were)\s+(?:so\s+|really\s+|just\s+|completely\s+)?"
            rf"(?:{CRITICAL_LABELS}|disrespectful|unacceptable|pathetic|ridiculous)\b",
            r"\bif\s+you\s+(?:really\s+|actually\s+|truly\s+)?(?:loved|cared\s+about|respected)\s+me\b",
            r"\byou\s+have\s+no\s+(?:respect|consideration|empathy|shame|decency|self-control|manners)\b",
            r"\beverything\s+(?:is\s+)?(?:always\s+)?(?:about|about\s+what)\s+you\b",
            r"\balways\s+about\s+you\b",
            r"\bnothing\s+is\s+ever\s+(?:good\s+)?enough\s+for\s+you\b",
            r"\bthe\s+(?:problem|trouble|thing)\s+with\s+you\s+is\b",
            r"\bnot\s+(?:once|one\s+time)\s+(?:did|have|has|do)\s+you\b",
            r"\ball\s+you\s+(?:ever\s+)?(?:do|care\s+about|think\s+about|talk\s+about|want)\s+is\b",
            r"\byou\s+(?:have|'ve\s+got)\s+(?:zero|no)\s+(?:patience|respect|idea\s+(?:what|how)|"
            r"consideration|interest|time\s+for)\b",
            r"\byou\s+put\s+(?:zero|no|nothing|little)\s+(?:effort|thought|energy)\b",
            r"\byou\s+(?:act|behave)\s+(?:like|as\s+if|as\s+though)\s+(?:I'm|I\s+am|I\s+was|the\s+rules|"
            r"you're|you\s+are|nobody|no\s+one|everyone)\b",
            r"\byou\s+treat\s+(?:me|this\s+(?:house|place|flat)|the\s+(?:house|place|flat)|us|my\s+\w+)\s+"
            r"like\b",
            r"\byou\s+(?:can't|couldn't|can\s+never)\s+be\s+bothered\b",
            r"\byou\s+(?:clearly|obviously|honestly|simply)\s+(?:don't|do\s+not|can't|won't)\b",
            r"\beverything\s+(?:is\s+)?(?:a|an)\s+\w+\s+with\s+you\b",
            r"\byour\s+priorities\s+are\b",
            r"\bglued\s+to\s+(?:your|that)\s+(?:phone|screen|laptop|game|tv)\b",
            r"\bwhy\s+(?:must|does|do|has)\s+everything\s+(?:be|have\s+to\s+be|go)\b",
            r"\byour\s+(?:mother|mum|mom|dad|father|family|work|job|phone|friends|game|ex)\s+(?:always\s+)?"
            r"(?:comes?|matters?)\s+(?:first|more)\b",
            r"\b(?:like|as\s+if\s+I'm)\s+talking\s+to\s+a\s+(?:wall|brick\s+wall|child)\b",
            r"\byou\s+shut\s+me\s+(?:out|down)\b",
            r"\btoo\s+(?:proud|stubborn|selfish|lazy)\s+to\b",
            r"\byou\s+think\s+(?:you're\s+(?:always\s+)?(?:right|perfect|better)|the\s+world\s+revolves|"
            r"you\s+know\s+(?:best|better)|you\s+can\s+do\s+whatever)",
            r"\bmatters?\s+more\s+to\s+you\s+than\s+(?:I\s+do|me|us)\b",
            r"\b(?:care|cares|think|talk)\s+more\s+about\b[^.?!]{0,40}?\bthan\s+(?:about\s+)?(?:me|us)\b",
            r"\byou\s+(?:have|'ve\s+got)\s+no\s+(?:idea|clue)\s+(?:what|how\s+much)\s+I\b",
            r"\byou\s+let\s+(?:your\s+\w+|him|her|them|everyone|people)\s+walk\s+all\s+over\s+me\b",
            r"\b(?:don't|didn't|won't|never)\s+lift\s+a\s+finger\b",
            r"\byou\s+expect\s+me\s+to\s+(?:read\s+your\s+mind|do\s+everything|clean\s+up|know)\b",
            r"\byou\s+blame\s+everyone\b",
            # No trust left: "I can't count on you for anything".
            r"\bI\s+(?:can't|can\s+never|never\s+can|could\s+never)\s+(?:count|rely|depend)\s+on\s+you\b",
            # Measured against everyone else: "normal people say sorry", "anyone else would have called".
            r"\b(?:normal|decent|sane|reasonable|grown-?up)\s+(?:people|persons?|partners?|adults?|humans?|"
            r"husbands?|wives|boyfriends?|girlfriends?)\s+(?:\w+\s+){0,2}?(?:would|call|say|text|apologi[sz]e|"
            r"don't|remember|know|ask|help|listen)\b",
            r"\b(?:any|a)\s+(?:normal|decent|sane|reasonable|real)\s+(?:person|partner|adult|human|husband|wife|"
            r"boyfriend|girlfriend|man|woman)\s+would\b",
            r"\banyone\s+else\s+would\s+have\b",
            r"\bwhy\s+can't\s+you\s+be\s+(?:more\s+)?like\b",
            r"\b(?:attention\s+span|memory|manners|emotional\s+range|social\s+skills|table\s+manners|"
            r"people\s+skills)\s+of\s+an?\s+\w+",
            r"\byou\s+couldn't\s+care\s+less\b",
            r"\byou\s+(?:always\s+|constantly\s+|just\s+)?make\s+me\s+feel\s+(?:so\s+)?(?:invisible|stupid|small|"
            r"worthless|unwanted|unloved|crazy|like\s+(?:an?\s+)?(?:idiot|burden|nothing|servant|maid|child|stranger))",
            r"\balways\s+(?:some|an?|something)\b[^.?!]{0,20}?\bwith\s+you\b",
            r"\bnothing\s+(?:ever\s+)?changes\s+with\s+you\b",
            # Likened to someone you can't live with: "it's like living with a teenager".
            r"\bit's\s+like\s+(?:living|talking|dealing|being\s+married|being)\s+(?:with|to)\s+a\s+(?:teenager|"
            r"child|toddler|stranger|robot|wall|brick\s+wall|ghost|flatmate|roommate)\b",
            r"\blike\s+you\s+were\s+raised\s+(?:by|without|in)\b",
            r"\byou\s+have\s+no\s+sense\s+of\s+(?:responsibility|decency|shame|respect|loyalty)\b",
            r"\bI\s+(?:never|don't\s+ever|don't)\s+come\s+first\b",
            r"^\W*who\s+(?:just\s+|even\s+)?(?:leaves|forgets|ignores|cancels|treats)\b"
            r"[^.?!]{0,80}\?",
            r"\b(?:it's|it\s+is)\s+always\s+(?:about\s+)?your\s+\w+",
            r"\balways\s+ends?\s+up\s+(?:being\s+)?about\s+(?:you|your)\b",
            r"\byou\s+(?:make|made)\s+promises\b",
            r"\bnothing\s+(?:ever\s+)?gets\s+done\s+unless\s+I\b",
            r"\byou\s+take\s+and\s+take\b",
            r"\byou\s+(?:ignore|ignored)\s+(?:every|all|each|me|my)\b",
            r"\ba\s+(?:selfish|lazy|mean|cruel|nasty|jealous|controlling)\s+streak\b",
            r"\byou're\s+the\s+reason\s+(?:we|I|everything|nothing|this)\b",
            r"\byou\s+(?:never|don't|didn't|won't)\s+(?:pull|do)\s+your\s+(?:weight|share|part|bit)\b",
            r"\byou\s+don't\s+care\s+about\s+(?:anyone|anything|anybody)\b",
            r"\b(?:all|everything)\s+you\s+care\s+about\s+is\s+(?:yourself|you|your)\b",
            r"\byou\s+always\s+(?:have\s+to|need\s+to|want\s+to)\s+(?:have|get|be)\s+the\s+last\s+word\b",
            r"\bwho\s+(?:forgets|leaves|does|says|treats|ignores|misses)\s+(?:their|his|her)\s+own\b",
            r"\bthe\s+(?:laziest|rudest|meanest|most\s+\w+|least\s+\w+)\s+(?:person|man|woman|partner|human)\b"
            r"(?=[^.?!]{0,30}\b(?:know|met|alive|ever|world|lived))",
        ),
        unless=r"\bnot\s+(?:all\s+)?your\s+fault\b|\bnot\s+mine\b|\bhow\s+(?:could|can)\s+you\s+(?:(?:tell|know|guess)\s+"
        r"(?:I|that\s+I|it\s+was|when|what|where|who)|possibly|have\s+known|do\s+it\s+so|know\s+(?:exactly|just))\b|\bnicest\b|\bkindest\b",
    ),
    pattern_rule(
        C,
        "complaint",
        any_of(
            r"\byou\s+(?:just\s+)?(?:don't|didn't|do\s+not|did\s+not)\s+(?:even\s+)?"
            r"(?:care|listen|try|bother|notice|help|respect|appreciate|think\s+about\s+(?:me|us)|want\s+to|"
            r"know\s+me|remember|ask|look\s+at\s+me)\b",
            r"\byou\s+(?:just\s+)?do\s+(?:whatever|what)\s+you\s+(?:want|like)\b",
            r"\byou\s+can't\s+even\b",
            r"\bwhy\s+(?:can't|won't|don't|couldn't|wouldn't)\s+you\s+(?:ever|just|even)\b",
            r"\bwhy\s+would\s+you\s+(?:ever|do|say)\b",
            r"\bwhy\s+do\s+you\s+have\s+to\b",
            r"\balways\s+(?:your\s+way|about\s+you|what\s+you\s+want)\b",
            r"\byou\s+(?:walk\s+all\s+over|steamroll|talk\s+down\s+to|talk\s+over|belittle|use|"
            r"manipulate|control|guilt-?trip|gaslight|ignore|dismiss|disrespect|smother|criticise|"
            r"criticize|judge|nag|undermine|humiliate|embarrass|neglect)\s+me\b",
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
            r"\byou\s+(?:just\s+)?don't\s+think\b",
            r"\byou\s+leave\s+(?:everything|it\s+all|me\s+to)\b",
            r"\byou\s+can't\s+(?:follow|manage|do|handle|remember)\s+(?:a|one|even|the)\s+(?:simple|single|"
            r"basic|easy)\b",
            r"\byou\s+(?:always\s+)?change\s+the\s+subject\b",
            r"\byou\s+(?:keep|kept)\s+(?:secrets|things)\s+from\s+me\b",
            r"\byou\s+(?:turn|make|turned|made)\s+every\s+(?:\w+\s+)?(?:conversation|argument|evening|"
            r"dinner|holiday|weekend|time)\b",
            r"\byou\s+(?:waste|wasted|spend|spent)\s+every\s+(?:\w+\s+)?(?:weekend|evening|night|penny|day)\b",
            r"\byou\s+only\s+(?:ever\s+)?(?:\w+\s+){0,2}?when\s+you\s+(?:want|need)\b",
            r"\bthere\s+you\s+go\s+again\b",
            r"\b(?:being|I'm|I\s+am)\s+the\s+only\s+(?:adult|grown-?up)\b",
            r"\b(?:your\s+\w+|work|everything|everyone|everybody|they)\s+(?:always\s+)?comes?\s+(?:before|ahead\s+of)\s+"
            r"(?:me|us)\b",
            r"\b(?:being|I'm|I\s+am|treated\s+like)\s+your\s+(?:afterthought|second\s+choice|last\s+priority|backup|"
            r"maid|servant|doormat|nanny|personal\s+assistant|cleaner)\b",
            r"\byou\s+lie\s+(?:about|to\s+me|all\s+the\s+time|constantly|so\s+easily)",
            # "Again you forgot", "once again you've made plans without me".
            r"(?:^\W*|\bonce\s+)again,?\s+you(?:'ve|\s+have)?\s+(?!(?:made\s+me\s+(?:laugh|smile)|outdone|"
            r"nailed|saved|surprised|spoiled|spoilt)\b)\w+",
            r"\b(?:as\s+usual|as\s+always|like\s+always),?\s+you\s+(?:didn't|forgot|never|don't|won't|couldn't|"
            r"weren't|ignored|left|bailed|cancel+ed|were\s+late|are\s+late)\b",
            r"\byou\s+(?:do|did|have\s+done)\s+(?:absolutely\s+)?nothing\b(?!\s+wrong)",
            r"\byou\s+(?:just\s+)?don't\s+get\s+it,?\s+do\s+you\b|\byou\s+just\s+don't\s+get\s+it\b",
        ),
        weight=1,
        unless=r"^\W*(?:if|when|even\s+if)\b|\byou\s+don't\s+have\s+to\b",
    ),
)
