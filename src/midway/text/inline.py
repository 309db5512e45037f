"""Find questions and things to try written inside paragraphs, with no heading above them.

Writers ask and propose in the flow of a letter as often as in a list: "And one question,
for real: what makes you feel most loved?", "maybe we cud try a 10 min walk after dinner".
Each sentence of a paragraph (or of a list item outside a questions or things-to-try
section) is read on its own, and is

- a thing to try when it proposes something for the two of them: "we could (try)…",
  "maybe we try…", "could / can / shall we (try, do, make…)", "what if we", "how about",
  "why don't we", "let's", "I'd like / love us to…", "I'd love it if we…", "I want us to",
  "I (would like to) propose / suggest (that we)…", "perhaps we might…"; not when it looks
  back ("we could have", "we should've", "we tried") or refuses ("we can't");
- a question for the partner when it ends with "?", speaks to the partner ("you", "u",
  "your", "ur"…) and opens, after any lead-in ("Tell me,", "I've been wondering:",
  "Like,"), with a question word or "is there / do you / would you / have you / if you";
  not when it accuses or is rhetorical (it opens with "why" or "how come", or says "how
  could you", "do you even", "seriously", "right?", "make sense?"), asks about errands
  ("did you pick up…", "are you still on for…", "can you check…", "what time…"), or is
  a request ("can you…", "could you…").

A sentence that only announces a proposal ("Can we try one thing?", "I have an idea.")
makes the next sentence of its paragraph a thing to try.

Each item comes with a confidence between 0 and 1: a question that asks about feelings,
needs, memories or wishes, or a proposal that says "try" or names a rhythm ("every
Sunday", "once a month") is likely (0.8 or more); the rest are "maybe" (below 0.6), so
the author sees them unticked.
"""

from __future__ import annotations

import re

# The lead-in before what is asked or proposed: "Tell me,", "I've been wondering: ".
_LEAD = re.compile(
    r"^.{0,120}?(?::|\s[-–—]\s|\bi\s+want\s+to\s+know\s*(?:\.\.\.|…)?"
    r"|^(?:[^,.?!]{0,40},\s*)?(?:(?:and|so|but|now|please|just|ok|okay|honestly|also)\W+){0,2}"
    r"tell\s+me\s*,"
    r"|^\W*(?:and\s+|so\s+)?i\s+(?:(?:keep|was|am|'m)\s+)?(?:wonder|wondering|curious)\s*,"
    r"|^\W*(?:so\s+)?(?:can|could|may)\s+i\s+ask\s+(?:you|u)\b[^,?:]{0,30},)\s*",
    re.IGNORECASE,
)
_OPENERS = re.compile(
    r"^(?:(?:and|so|but|also|like|ok|okay|then|or|now|honestly|seriously|srsly|really|please"
    r"|just|oh|anyway|and\s+also|genuinely|tho|though|real\s+talk|honest\s+q|serious\s+q"
    r"|random\s+q|q)\b[\s,.…:]*)*",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"^(?:what|whats|what's|wat|wot|how|when|who|whom|whose|which|where|is\s+there|are\s+there"
    r"|do\s+you|do\s+u|does|would\s+you|would\s+u|will\s+you|have\s+you|have\s+u|if\s+you"
    r"|if\s+u|if\s+we|if\s+you\s+could|are\s+you|r\s+u|is\s+it|did\s+you|did\s+u|was\s+there"
    r"|were\s+you|can\s+you\s+tell\s+me|could\s+you\s+tell\s+me|¿?\s*(?:qué|que|cómo|cuándo"
    r"|cuál|cual|dónde|quién|quien)|qu'est-ce|est-ce\s+que|quel|quelle|comment|et\s+toi"
    r"|wie|wann|welche[rs]?"
    # Chat: "u tired or not?", "you ok or not actually?"
    r"|(?:you|u)\s+(?:still\s+)?(?:ok|okay|alright|tired|angry|mad|upset|sad|hurt|scared|worried))\b",
    re.IGNORECASE,
)
_TO_PARTNER = re.compile(
    r"\b(?:you|u|your|ur|yours|yourself|ya|youre|you're|you've|you'd|you'll|us|we|our|te|tu|tú"
    r"|ti|contigo|nosotros|toi|vous|t'\w+|du|dich|dir|dein\w*|ihr|você|voce)\b",
    re.IGNORECASE,
)
_ACCUSING = re.compile(
    r"^(?:why|y|how\s+come|wtf|what\s+the)\b|\bhow\s+could\s+you\b|\b(?:do|did|can)\s+(?:you|u)\s+even\b"
    r"|\b(?:are|were|do|did|is|would|will)\s+(?:you|u)\s+(?:seriously|srsly)\b|(?:seriously|srsly)\s*\?+\W*$"
    r"|^\W*(?:seriously|srsly)\W*\?|\bwhat(?:'s|\s+is)\s+wrong\s+with\b|\bwhat\s+were\s+you\s+thinking\b"
    r"|\bwho\s+do\s+you\s+think\b|\bhow\s+dare\b|\b(?:right|ok|okay|no|yeah|huh|hm+)\s*\?+\W*$"
    r"|\bmake\s+sense\b|\bis\s+that\s+(?:right|clear|fair|ok|okay|too\s+much)\b|\bor\s+(?:nah|what)\b"
    r"|\bdo\s+(?:you|u)\s+know\s+what\s+(?:that|it)\s+(?:felt|feels|was)\s+like\b"
    r"|\bdid\s+(?:you|u)\s+(?:honestly|really|seriously|actually)\s+think\b|\b(?:what|who|why|how|where)\s+on\s+earth\b"
    r"|\bhow\s+do\s+(?:you|u)\s+think\s+(?:that|it|i)\s+(?:felt|feels|made|would)\b|^whose\s+side\b"
    r"|\bor\s+did\s+(?:you|u)\s+just\b|\bdid\s+(?:you|u)\s+think\s+i(?:'d|\s+would|\s+was\s+going\s+to)\s+just\b"
    r"|\b(?:do|did)\s+(?:you|u)\s+think\s+i(?:'m|\s+am)\s+(?:a|an|your)\s+(?:hotel|maid|servant|slave|cook"
    r"|doormat|taxi|bank|atm|robot|idiot|fool|mind\s*reader)\b|\bthemselves\b|^(?:you|u)\s+know\s+what\s+i\s+mean"
    r"|^would\s+(?:you|u)\s+be\s+(?:happy|ok|okay|alright|fine|good|up\s+for\s+it)\s+with\s+(?:that|this|it)\W*$|^do\s+we\s+(?:return|keep|buy|book|get|take|send)\b.*\bor\b"
    r"|\bis\s+it\s+really\b|\bam\s+i\s+(?:the|supposed|wrong|crazy)\b|\bwhat\s+was\s+i\s+supposed\b"
    r"|\b(?:do|did)\s+(?:you|u)\s+(?:have\s+any\s+idea|know|reali[sz]e|understand)\s+how\b"
    r"|\bhow\s+is\s+(?:that|this|it)\s+(?:fair|ok|okay|right)\b|\bwho\s+does\s+that\b"
    r"|\bare\s+(?:you|u)\s+(?:serious|kidding|joking)\b|\bwhat'?s\s+the\s+point\b|\bcan\s+you\s+imagine\b"
    r"|\bdo\s+(?:you|u)\s+think\s+i\s+(?:enjoy|like|want|wanted|love)\b|\bwhere\s+were\s+(?:you|u)\b"
    r"|\btoo\s+much\s+to\s+ask\b|\bhow\s+many\s+times\b|\bwhat\s+did\s+(?:you|u)\s+expect\b"
    r"|\bwhen\s+will\s+(?:you|u)\s+(?:ever\s+)?(?:learn|grow|stop)\b"
    r"|^who\s+are\s+(?:you|u)\s+to\b|\bhow\s+(?:do|can|could)\s+(?:you|u)\s+(?:just\s+)?(?:forget|say"
    r"|do\s+that|not)\b|\bdo\s+(?:you|u)\s+want\s+to\s+(?:burn|kill|break|ruin)\b",
    re.IGNORECASE,
)
_ALWAYS = re.compile(r"\b(?:you|u)\s+(?:always|never)\b|\b(?:always|never)\s+(?:you|u)\b", re.I)
_ERRAND = re.compile(
    r"^(?:would|will|is)\s+it\s+be\s+(?:ok|okay|alright|fine)\s+if\s+i\b"
    r"|^is\s+(?:it|that|this)\s+(?:ok|okay|alright|fine)\s+(?:for|with)\s+(?:you|u)\W*$"
    r"|^did\s+(?:you|u)\s+(?:\w+\s+)?(?:receive|received)\b"
    r"|^(?:did|have|has)\s+(?:you|u)\s+(?:\w+\s+)?(?:taken|find|found|hear\s+back|heard\s+back|pick|picked|get|got|feed|fed|call|called|book"
    r"|booked|buy|bought|pay|paid|see|seen|send|sent|take|took|check|checked|remember"
    r"|remembered|bring|brought|put|order|ordered|email|text|ring|grab|sort|finish|eat|ate)\b"
    r"|(?P<plans>^(?:are|r)\s+(?:you|u|we)\s+(?:still\s+)?(?:on|coming|free|going|around|home|back|up"
    r"|ok\s+to|okay\s+to|wanting|needing|able|driving|working|picking|doing\s+the|taking|getting|having|meeting|bringing|cooking)\b"
    r"|^(?:is|are)\s+(?:your|my|the)\s+\w+\s+(?:still\s+)?(?:coming|going|on|free|around)\b"
    r"|^who(?:'s|\s+is)\s+(?:picking|getting|doing|taking|driving|bringing|cooking|collecting|fetching)\b"
    r"|^do\s+we\s+(?:have|need)\s+(?:enough|any|more)\b|\bor\s+am\s+i\W*$|\bor\s+separately\W*$)"
    r"|^(?:can|could|would|will)\s+(?:you|u)\b(?!\s+tell\s+me|\s+(?:\w+\s+)?(?:want|like|rather|prefer"
    r"|be\s+(?:happy|ok|okay|open|willing))\b)"
    r"|\bwhat\s+time\b|\bwhen\s+(?:are|will|r)\s+(?:you|u)\s+(?:be\s+)?(?:home|back|free|done|off"
    r"|leaving|getting)\b|\bwhere\s+(?:did|do)\s+(?:you|u)\s+put\b|\bdo\s+(?:you|u)\s+want\s+me\s+to"
    r"\s+(?:get|grab|pick|book|bring|call|cook|make)\b|\b(?:tomorrow|tonight)\s*\?"
    r"|\bfor\s+(?:dinner|lunch|breakfast|tea)\b|^d(?:o|id)\s+(?:you|u)\s+want\s+me\s+to\b"
    r"|\bdo\s+(?:you|u)\s+know\s+where\b|\b(?:practical|logistics?)\s+question\b",
    re.IGNORECASE,
)
_CHORES = re.compile(
    r"\b(?:dinner|lunch|breakfast|flight|train|bus|appointment|dentist|doctor|parcel|package|keys"
    r"|bins|groceries|shopping|laundry|rent|bill|bills|tickets?|booking|table|taxi|uber|plumber"
    r"|landlord|charger|car)\b",
    re.IGNORECASE,
)
_REFLECTIVE = re.compile(
    r"\b(?:feel|feeling|felt|need|needs|want|wish|dream|remember|memory|memories|miss|love|like"
    r"|loved|safe|afraid|fear|scared|happy|happiest|proud|proudest|favou?rite|fav|hope|mean"
    r"|means|matter|think|enjoy|help|helps|childhood|growing\s+up|little|family|parents"
    r"|secret|never\s+told|look\s+like|kindest|best|most|scares?|scared|worr(?:y|ies|ied)"
    r"|excit\w*|calm|comfort\w*|miss(?:ed)?|dream\w*|wishes|lonely|alone|sad|saddest|hurt)\b",
    re.IGNORECASE,
)

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PROPOSES = re.compile(
    r"\b(?:we|us)\s+(?:could|can|should|might|may|gotta|shall|cud|coukd|cn)\s+(?:maybe\s+|perhaps\s+|also\s+"
    r"|just\s+|really\s+|start\s+to\s+|always\s+)*(?!not\b|never\b|n't|talk\s+later\b)"
    r"|\bmaybe\s+we\s+(?:try|do|start|make|have|go|take|set|pick|keep|plan|get)\b"
    r"|\b(?:could|can|shall|should|cud|coukd|cn)\s+we\s+(?:maybe\s+|please\s+|just\s+|also\s+|perhaps"
    r"\s+)*(?!talk|speak|chat|discuss|not\b|be\b|go\s+(?:home|back)|meet|get\s+(?:the|a|some)\b)"
    r"[a-z]+\b"
    r"|\bwhat\s+about\s+(?:we|us|one|trying|doing|making|setting|having|every|each|once|twice"
    r"|a\s+(?:weekly|monthly|standing|regular)|on\s+\w+days?)\b"
    r"|\bwh?at\s+if\W+(?:\w+\W+){0,8}?we\b|\bwh?at\s+if\s+when\b|\bhow\s+about\s+(?:you|u)\s+\w+"
    r"|^\W*(?:(?:and|so)\W+)?would\s+(?:you|u)\s+(?:like\s+it\s+if\s+(?:i|we)|want\s+to\s+start|be\s+up\s+for"
    r"|be\s+willing\s+to|be\s+open\s+to|consider)\b"
    # A habit asked for: "Could you tell me when you're overwhelmed instead of going quiet?"
    r"|^\W*(?:(?:and|so|also)\W+)?(?:could|can|would|will)\s+(?:you|u)\s+[^?]{0,80}\b(?:instead\s+of|whenever"
    r"|every\s+time|from\s+now\s+on)\b"
    # An agreement led by its rhythm: "Evenings, after Jeopardy, I read to you…", "Every
    # Thursday, dinner without TV", "Dishes: me on weeknights, you on weekends".
    r"|^\W*(?:(?:and|so|but|ok|also)\W+)?(?:mornings|evenings|nights|weeknights|weekends"
    rf"|every\s+{_WEEKDAY}|on\s+{_WEEKDAY}s?"
    r"|from\s+now(?:\s+on)?|from\s+today|going\s+forward|henceforth)\b[\s,:]+"
    r"(?![^.?!]*\b(?:used\s+to|back\s+then|years\s+ago|when\s+(?:we|you|i|the\s+\w+)\s+(?:were|was)\b))"
    r"(?:[\w']+\W+){0,6}?(?:we|i|you|u|me|dinner|no)\b"
    # A request for each time it happens: "When we visit your parents, could you sit by me?"
    r"|^\W*(?:(?:and|so|also)\W+)?(?:when|whenever|next\s+time|every\s+time)\b[^?,]{3,60},\s*"
    r"(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?\w+"
    # "What if, whenever your amma visits, I plan one day and you plan one day?"
    r"|\bwh?at\s+if\b(?![^?]{0,80}\b(?:never|leave|leaves|lose|die|dies|stop\s+loving|don'?t\s+come)\b)"
    r"(?=[^?]{0,160}\b(?:every|each|whenever|once\s+a|twice\s+a|a\s+week|a\s+month"
    rf"|from\s+now|instead|take\s+turns|next\s+time|{_WEEKDAY}s?\s+(?:mornings|evenings|nights)"
    rf"|{_WEEKDAY}s|mornings|evenings"
    r"|weekends)\b)"
    r"|\bhow\s+about\s+(?:we|i|a|an|one|if|trying|doing|making|setting"
    r"|having|us|this|every|each|once|twice|starting|from\s+now|on\s+\w+days?)\b|\bwhat\s+if\s+i\s+(?:just\s+)?(?:say|text|tell|give|put|make|start|take|send)\b"
    r"|\bmy\s+(?:idea|proposal|suggestion)\s+is\b"
    r"|\bi(?:'ll|\s+will|\s+must|\s+am\s+going\s+to|'m\s+going\s+to|'m\s+gonna)\s+(?:\w+\s+)?start\s+\w+ing\b"
    r"|\bwhy\s+don'?t\s+we\b|\blet'?s\s+(?!not\b|just\s+say\b|be\s+honest\b|face\s+it\b)"
    r"|\blet\s+us\s+(?!down\b|know\b|see\b|be\s+honest\b)\w+"
    r"|^\W*(?:(?:ok|okay|so|and)\W+)?new\s+(?:rule|thing|idea|plan|deal|habit)s?\b"
    r"|\b(?:i'?d|i\s+would|i)\s+(?:really\s+)?(?:like|love|want)\s+(?:it\s+if\s+)?(?:for\s+)?us\s+to\b"
    r"|\bi'?d\s+love\s+(?:it\s+)?if\s+we\b|\bi\s+would\s+love\s+(?:it\s+)?if\s+we\b"
    r"|\bi\s+(?:wanna|want\s+to)\s+(?:start|try)\b"
    r"|\bi\s+(?:would\s+like\s+to\s+|'?d\s+like\s+to\s+|want\s+to\s+)?(?:propose|suggest)\b"
    r"|\bperhaps\s+we\s+might\b|\bwe\s+might\s+(?:try|take|start)\b"
    r"|\bwhat\s+i\s+(?:should|would)\s+(?:very\s+much\s+)?like\s+is\s+for\s+us\b"
    r"|\b(?:it'?d|it\s+would|it\s+might)\s+help\s+if\s+we\b|\bwhat\s+do\s+you\s+think\s+about\s+"
    r"(?:us\s+)?\w+ing\b|^\W*(?:want|wanna|fancy)\s+(?:to\s+)?try(?:ing)?\b"
    r"|\b(?:können|sollen|wollen|könnten)\s+wir\b|\blass\s+uns\b|\bon\s+(?:essaie|pourrait|peut)\b"
    r"|\bet\s+si\s+on\b|\b(?:potremmo|proviamo|podemos|vamos\s+tentar|podíamos|podiamos)\b"
    r"|\bi\s+reckon\s+we\s+(?:should|could|can|try|start|need|might|ought)\b|\bwe\s+ought\s+to\b"
    r"|\bi\s+want\s+(?:that\s+)?we\s+(?!were|was|had|did)\w"
    # "Next long drive, we make a plan: …", "Every evening we tell each other one good thing".
    r"|^\W*(?:(?:and|so|but|maybe|ok)\W+)?(?:next\s+(?:time|\w+(?:\s+\w+)?)|every\s+\w+|each\s+\w+"
    r"|on\s+\w+days|from\s+now\s+on)\W+(?:\w+\W+){0,4}?(?:we|i)(?:'ll|\s+(?:can|will"
    r"|could|should|want\s+to|make|do|don't|won't|never|always|only"
    r"|stay|try|take|go|put|keep|each|both|sit|text|say|tell|cook|walk|check|turn|leave|discuss"
    r"|talk|send|call|ring|eat|have))\b|\bfrom\s+now\s+on\b"
    r"|^\W*(?:(?:do\s+)?(?:you|u)\s+)?(?:wanna|want\s+to|fancy)\s+(?:do|try|go|start|make|have"
    r"|\w+ing)\b.*\b(?:every|each|weekly|sundays?|saturdays?|fridays?|mondays?|nights?)\b"
    r"|\bi\s+wonder\s+if\s+we\s+could\b|\bpodr[ií]amos\b|\bintentemos\b",
    re.IGNORECASE,
)
_PAST = (
    r"(?:\w+ed|been|done|told|said|gone|left|known|seen|thought|taken|given|come|had|got|gotten"
    r"|made|shown|spoken|written|asked|went|did)"
)
_LOOKS_BACK = re.compile(
    rf"\b(?:could|should|would|might)(?:\s+not)?\s+(?:have|'ve|of)\s+(?:\w+ly\s+)?{_PAST}\b"
    r"|\b(?:could|should|would)'?ve\b"
    # Encouragement, not a proposal: "we can get through this", "we'll figure it out".
    r"|\b(?:we|us)\s+(?:can|could|will|'ll)\s+(?:\w+\s+)?(?:be\s+(?:ok|okay|fine|alright|happy)"
    r"|get\s+through|do\s+this|work\s+(?:it|this|things)\s+out|figure\s+(?:it|this|things)\s+out"
    r"|make\s+it\b|fix\s+(?:it|this)|sort\s+(?:it|this)\s+out)|\bus\s+to\s+be\b|\bwe\s+(?:can|could)\s+be\b"
    r"|\bwe\s+tried\b|\b(?:can'?t|cannot|couldn'?t|could\s+never|can\s+never)\b"
    r"|\bcan\s+we\s+(?:talk|speak|chat|discuss)\b|\bif\s+we'?re\s+doing\s+that\b"
    # A wish or a new leaf, with nothing to do: "I wish we could go back to Spain", "let's
    # move forward", "I want to start with my part".
    r"|^\W*i\s+wish\s+we\s+(?:could|were|had)\s+(?:go\s+back|be|have|still)\b"
    r"|^\W*(?:(?:and|but|honestly|sometimes)\W+)?i\s+(?:just\s+|really\s+|so\s+)?wish\s+we\b"
    r"(?!.*\b(?:every|each|from\s+now|again|whenever)\b)"
    r"|^\W*(?:\w+\W+){0,2}let'?s\s+(?:just\s+)?(?:move\s+(?:forward|on)|start\s+(?:over|again|fresh))\W*$"
    r"|\bi\s+want\s+to\s+start\s+with\s+my\s+(?:part|side|own)\b",
    re.IGNORECASE,
)
_RHYTHM = re.compile(
    r"\b(?:try|trying|tru|ritual|every|each|once|twice|weekly|monthly|nightly|daily|fortnight"
    r"|next\s+time|sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|weekends?"
    r"|mornings?|evenings?|nights?|together|signal|code\s+word|rule)\b",
    re.IGNORECASE,
)
# An errand on a list: "buy new sponge", "pay PG&E bill", "Can you send me the bill?".
ERRAND_ITEM = re.compile(
    r"\W*(?:buy|get|pick\s+up|pay|call|book|order|fix|clean|return|renew|email|ring)\b"
    r"|\W*(?:can|could|will|would)\s+(?:you|u)\s+(?:please\s+)?(?:send|get|pick|buy|bring|call|book|pay"
    r"|check|grab|take|remind|email|text)\b",
    re.IGNORECASE,
)
_ONE_OFF = re.compile(
    r"\b(?:tonight|tomorrow|this\s+(?:evening|afternoon|morning)|later\s+today|2nite|tonite)\b",
    re.I,
)
_RECURRING = re.compile(
    r"\b(?:every|each|weekly|nightly|daily|monthly|always|again|from\s+now\s+on|whenever|ritual"
    r"|habit|rule|starting)\b",
    re.IGNORECASE,
)
_ANNOUNCES = re.compile(
    r"^(?:\W*(?:so|ok|okay|and|also)\b\W*)?(?:can|could|shall)\s+we\s+try\s+(?:one|a|some)\s*thing"
    r"|^\W*(?:fancy\s+)?(?:trying|try)\s+something\b|^\W*i\s+have\s+(?:an|one|a)\s+(?:idea"
    r"|suggestion|thought|proposal)|^\W*(?:one|an|a)\s+(?:idea|suggestion|proposal)\b"
    r"|^\W*here'?s\s+(?:an?\s+)?(?:idea|thought|suggestion)\b"
    r"|^\W*i\s+(?:would|'d)\s+like\s+to\s+propose\s+(?:an?\s+)?(?:arrangement|plan|deal|idea|change)\b[^.?!]{0,60}[.!]?\W*$"
    # "Can we promise each other something?", "I would like to suggest one small habit."
    r"|^\W*(?:can|could|shall)\s+we\s+promise\s+each\s+other\s+(?:something|one\s+thing)\W*$"
    r"|^\W*i\s+(?:would|'d)\s+like\s+to\s+(?:suggest|propose)\s+(?:one|a|two|three)\s+(?:small\s+|little\s+|new\s+)?"
    r"(?:habit|thing|idea|rule|change)s?\W*$"
    # "And I want us to start something.", "I would like to propose two things."
    r"|^\W*(?:and\s+|so\s+)?i\s+(?:want|would\s+like|'d\s+like)\s+(?:us\s+)?to\s+(?:start|propose"
    r"|suggest)\s+(?:something|(?:two|three|a\s+few|some|a\s+couple\s+of)\s+(?:new\s+)?things)\W*$"
    # "Maybe we can try this.", "can we agree on one thing", "Let's make a rule."
    r"|^\W*(?:(?:so|ok|okay|and|also|actually|maybe|ah|i\s+think|lah)\W+){0,3}(?:we\s+(?:can|could|should"
    r"|might)|can\s+we|could\s+we|shall\s+we|let'?s|let\s+us|i\s+want\s+(?:that\s+)?we|i\s+want\s+us\s+to)"
    r"\s+(?:maybe\s+)?(?:try|do|agree\s+on|make|have|start)\s+(?:this|something|one\s+(?:more\s+|small\s+)?thing"
    r"|a\s+(?:new\s+|small\s+|little\s+)?(?:rule|thing|deal|sign|signal|plan|experiment))\W*$",
    re.IGNORECASE,
)

QUESTION, THING = "questions", "things_to_try"
_ANNOUNCE_HINT = re.compile(
    r"[Tt]ry|[Ii]dea|[Ss]uggest|[Tt]hought|[Pp]ropos|[Ss]tart|thing|rule|deal|sign|plan|experiment"
)
_MAY_PROPOSE = re.compile(
    r"\b(?:we|us|let|lets|let's|let’s|how|propose|suggest|reckon|podríamos|podriamos|intentemos"
    r"|know|wonder|wondering|ask|curious|tell|help|think|want|wanna|fancy|next|every|each|ought|wir|uns|on|wanna|now|idea|start|if"
    r"|mornings|evenings|nights|weeknights|weekends|henceforth"
    r"|potremmo|proviamo|podemos|vamos|podíamos|podiamos)\b"
)


# A promise kept from now on: "I'll call you every evening before your shift", "From this
# week, I will put my phone in the drawer when I come home".
_PROMISE = re.compile(
    r"\b(?:i|we)(?:'ll|\s+will|\s+shall|\s+could)\s+(?!not\b|never\b|be\s+(?:fine|ok|okay|home|back|late)\b)",
    re.I,
)
_BARE_ASK = re.compile(
    r"\W*(?:(?:and|so|ok|okay|hey|also|like|wait|be\s+honest|tell\s+me(?:\s+honestly)?|for\s+real|real\s+q\w*)\W+){0,3}"
    r"(?!when\s+(?:you|u|i)\s+(?:said|say|says)\b)"
    r"(?:what|how|when|why|where|which|do|did|does|are|is|was|were|will|would|can|could|have|has)\s+"
    r"(?:\w+\s+){0,3}?(?:you|u|we)\b",
    re.I,
)
_FROM_NOW = re.compile(
    r"\b(?:every|each)\s+(?:\w+day|day|night|evening|morning|afternoon|week|weekend|month|time|january"
    r"|year|shift)\b|\bon\s+\w+days\b|\bfrom\s+(?:now|this\s+week|tomorrow|today|next\s+week)\b|\bwhenever\b"
    r"|\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b",
    re.I,
)


def read_sentence(sentence: str) -> tuple[str, str, float] | None:
    """(kind, item, confidence) for one sentence, or None when it neither asks nor proposes."""
    if len(sentence) < 12 or (
        "?" not in sentence
        and not _MAY_PROPOSE.search(sentence.lower())
        and not _BARE_ASK.match(sentence)
    ):
        return None  # most sentences: one cheap look (and "Why?" is too short to keep)
    plain = sentence.replace("’", "'").replace("*", " ")
    body = _after_lead(plain)
    proposal = _PROPOSES.search(plain)
    if not proposal and _FROM_NOW.search(plain) and not plain.rstrip().endswith("?"):
        proposal = _PROMISE.search(plain)
    # "…one thing we can try." only announces: what is proposed needs words of its own.
    if _ONE_OFF.search(plain) and not _RECURRING.search(plain):
        proposal = None  # "let's just get pizza tonight": a plan for tonight, not a habit
    if proposal and len(plain[proposal.end() :].split()) >= 2 and not _LOOKS_BACK.search(plain):
        item = _item(sentence, plain, body)
        if len(item.split()) > 40 and len(item) == len(sentence):
            item = _proposing_clause(sentence, proposal.start())
        return THING, item, 0.85 if _RHYTHM.search(plain) else 0.55
    # A chat line that asks with no question mark: "what do you miss about us from before".
    bare = (
        not re.search(r"[?.!][\W_]*$", plain)
        and _BARE_ASK.match(plain)
        and _REFLECTIVE.search(plain)
        and len(plain.split()) >= 5
    )
    if not re.search(r"\?[\W_]*$", plain) and not bare:
        return _indirect(sentence, plain)
    if not _TO_PARTNER.search(body):
        return None
    asked = _OPENERS.sub("", body.strip(" \t\"“'*_-–—¿"))
    confidence = None
    if not _ASKS.match(asked):
        # "random q lol whats a memory of us…?": a short aside, then the question.
        late = _LATE_ASK.search(asked)
        if not late:
            return None
        body = asked = asked[late.start() :]
        confidence = 0.55
    if len(asked.split()) < (3 if _REFLECTIVE.search(asked) else 4):
        return None  # "What scares you?" asks; "How are things?" does not
    if _ACCUSING.search(asked) or (_ALWAYS.search(asked)) or _ERRAND.search(asked):
        return None
    if _CHORES.search(asked) and not _REFLECTIVE.search(asked):
        return None  # "what do you want for dinner?", "when is your flight?"
    if re.search(r"\b(?:asked|asks|asking)\s+me\b", plain[: len(plain) - len(body)], re.I):
        return None  # someone else's question, reported
    if _REPORTED.search(plain):
        return None  # "My therapist asked me 'what do you need from your partner?'"
    if confidence is None:
        confidence = 0.85 if _REFLECTIVE.search(asked) and not bare else 0.55
    return QUESTION, _item(sentence, plain, body), confidence


# A question in quotes after someone else's words of asking or saying.
_REPORTED = re.compile(
    r"(?<!\bi\s)\b(?:asked|asks|said|says|told|tells|wrote|goes)\b[^\"“‘'?]{0,40}[\"“‘'][^\"“”‘’?]{3,200}\?",
    re.IGNORECASE,
)
_LATE_ASK = re.compile(
    r"^(?:\S+\s+){1,5}?(?=(?:what|whats|what's|wat|how|when|who|which|where)\s+(?:\S+\s+){3})",
    re.IGNORECASE,
)
_INDIRECT = re.compile(
    r"\b(?:i'?d\s+(?:love|like)\s+to\s+know|i\s+(?:keep\s+|always\s+)?wonder(?:ing)?"
    r"|i\s+keep\s+thinking|i\s+(?:want|wanted)"
    r"\s+to\s+(?:know|ask(?:\s+(?:you|u))?)|i'?m\s+curious(?:\s+about)?|i\s+should\s+like\s+to\s+ask\s+you"
    r"|i\s+(?:would|'d)\s+like\s+to\s+ask\s+you|^\W*(?:so\s+|and\s+)?tell\s+me)\s*,?\s*(?:(?:when|while|after|once|if)\s+[^,]{1,60},\s*)?"
    r"(?P<asked>(?:what|which|how|when|who|where|whether)\b[^.!?]{8,240})",
    re.IGNORECASE,
)
_BECAUSE = re.compile(
    r",?\s+(?:because|'?cause|cuz|bc|since|as\s+i|so\s+that|so\s+i)\b.*$", re.IGNORECASE | re.DOTALL
)


# A phrasebook explanation proposes nothing: "When I said "later", I meant we can talk…"
# (a signal proposed can say what it will mean: "if I touch my ear it means I need a break").
_EXPLAINS = re.compile(
    r"\bi\s+(?:mean|meant|ment)\b|\bwhen\s+(?:i|you|u)\s+(?:said|say)\s*[,:]?\s*[\"“'«]"
    r"|\b(?:doesn'?t|does\s+not|didn'?t|did\s+not|not)\s+mean\b|^\W*(?:it|that)\s+means\b",
    re.IGNORECASE,
)


def _indirect(sentence: str, plain: str) -> tuple[str, str, float] | None:
    """ "I keep wondering what makes you feel …": the question inside a statement."""
    found = _INDIRECT.search(plain)
    if not found or not _TO_PARTNER.search(found["asked"]):
        return None
    asked = found["asked"]
    if _ACCUSING.search(asked) or re.match(r"(?:whether|how)\s+(?:we|i)\b", asked, re.I):
        return None
    end = found.start("asked") + len(_BECAUSE.sub("", asked))
    item = sentence[found.start("asked") : end].strip(" ,;")
    return (QUESTION, item, 0.55) if len(item.split()) >= 4 else None


def refuses(kind: str, sentence: str) -> bool:
    """Does a rule say plainly that the sentence is not of this kind? A question that
    accuses, is rhetorical or an errand; a proposal that looks back, refuses or explains
    words said. The learnt model never adds what these rules refuse."""
    plain = sentence.replace("’", "'").replace("*", " ")
    if kind == QUESTION:
        asked = _OPENERS.sub("", _after_lead(plain).strip(" \t\"“'*_-–—¿"))
        return bool(
            _ENDS_TELLING.search(plain)
            or _ACCUSING.search(asked)
            or _ALWAYS.search(asked)
            or _ERRAND.search(asked)
            or (_CHORES.search(asked) and not _REFLECTIVE.search(asked))
            or _REPORTED.search(plain)
        )
    one_off = _ONE_OFF.search(plain) and not _RECURRING.search(plain)
    errand = ERRAND_ITEM.match(plain)
    return bool(
        _LOOKS_BACK.search(plain)
        or _EXPLAINS.search(plain)
        or one_off
        or errand
        or announces(plain)
    )


# A sentence that ends in a full stop tells: writers almost never list one as a question.
_ENDS_TELLING = re.compile(r"^[^?]*[.!]\W*$")


def refuses_listed(sentence: str) -> bool:
    """A question the author listed under a heading is left out only when it is an errand
    or a jab ("are we still going on Friday?", "why do you always…?"): a listed "is there
    something you never told me?" or "do you want me to come to the appointment, or would you
    rather go alone?" is sincere."""
    asked = _OPENERS.sub("", _after_lead(sentence.replace("’", "'")).strip(" \t\"“'*_-–—¿"))
    reflective = _REFLECTIVE.search(asked)
    if _ARE_WE_OK.match(asked):
        return False
    return bool(
        # A listed "why…?" may be sincere: only its jabs count ("why do you always…?").
        (_ACCUSING.search(_WHY.sub("", asked)) and not reflective)
        or (_ALWAYS.search(asked) and asked.lower().startswith("why"))
        or ((_plans_asked(asked) or _CHORES.search(asked)) and not reflective)
    )


_WHY = re.compile(r"^(?:why|y|how\s+come)\b", re.I)
_ARE_WE_OK = re.compile(
    r"(?:are|r)\s+(?:we|you|u)\s+(?:really\s+)?(?:ok|okay|alright|good|fine)\W*$", re.I
)


def _plans_asked(asked: str) -> bool:
    return any(match.group("plans") for match in _ERRAND.finditer(asked))


def announces(sentence: str) -> bool:
    """Does the sentence only announce a proposal that the next sentence makes?"""
    # "I would like to propose an arrangement for the months you are away." runs longer.
    longest = 14 if re.search(r"propos", sentence, re.I) else 9
    if (
        len(sentence) > 100
        or not _ANNOUNCE_HINT.search(sentence)
        or len(sentence.split()) > longest
    ):
        return False
    return bool(_ANNOUNCES.search(sentence.replace("’", "'")))


def find_inline(said: tuple[str, ...]) -> list[tuple[str, str, float]]:
    """(kind, item, confidence) for each sentence of one block that asks or proposes."""
    found = []
    announced = asked = False
    for sentence in said:
        # A sentence ending with a colon introduces what follows; it is not an item.
        read = None if sentence.rstrip(" *_").endswith(":") else read_sentence(sentence)
        if read and read[0] == QUESTION and asked and not sentence.rstrip().endswith("?"):
            read = None  # "…what excites you? I want to know what you're dreaming about."
        asked = sentence.rstrip(" *_\"')”").endswith("?")
        if read and read[0] == THING and (announces(sentence) or _EXPLAINS.search(sentence)):
            read = None  # it announces the proposal, or explains words said
        if read is None and announced:
            read = (THING, sentence, 0.7)
        if read:
            found.append(read)
        announced = announces(sentence)
    return found


_CLAUSE_START = re.compile(r".*[,;:(]\s*(?:(?:and|but|so|then)\s+)?", re.DOTALL)


def _proposing_clause(sentence: str, start: int) -> str:
    """A long sentence from the clause that proposes: "Anyway I've been thinking, while …,
    and I think we could try a rule where …" gives "I think we could try a rule where …"."""
    begin = _CLAUSE_START.match(sentence, 0, start)
    return sentence[begin.end() if begin else 0 :].strip(" ,;")


def _after_lead(plain: str) -> str:
    lead = _LEAD.match(plain)
    if lead and not re.search(r"[?]", plain[: lead.end()]):
        rest = plain[lead.end() :]
        if len(rest.split()) >= 3:
            return rest
    return plain


def _item(sentence: str, plain: str, body: str) -> str:
    # The item is the sentence as written, from where its lead-in ends.
    start = len(plain) - len(body)
    return sentence[start:].strip() if start else sentence.strip()
