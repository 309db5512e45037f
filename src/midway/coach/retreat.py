"""Rules for the two horsemen that retreat: defensiveness and stonewalling.

Defensiveness pushes the complaint away: denial ("it's not my fault", "I
didn't do anything wrong", "that's not true"), counter-attack ("you started
it", "well, you …", "yes, but …", "what about when you …"), excuses ("I was
just joking", "how was I supposed to know"), minimising ("it's not a big
deal", "you're overreacting"), playing the victim ("I can't do anything
right") and apologies that aren't ("sorry you feel that way").

Stonewalling leaves the conversation without a way back: "I'm done",
"whatever", "fine." alone, "leave me alone", "talk to the hand", "I'm not
discussing this", "I don't want to talk about it", "*walks away*". The same
words with a time to come back ("I need a break, I'll be back at 8") are the
healthy break, and are not flagged (see ``rules``).
"""

from __future__ import annotations

from midway.coach.patterns import ALONE, START, D, Rule, S, any_of, pattern_rule

RETREAT_RULES: tuple[Rule, ...] = (
    # Defensiveness: pushing the complaint away.
    pattern_rule(
        D,
        "denial",
        any_of(
            r"\bnot\s+my\s+fault\b",
            r"\b(?:wasn't|isn't|ain't)\s+my\s+fault\b",
            r"\bhow\s+is\s+(?:that|this|it)\s+my\s+fault\b",
            r"\bI\s+(?:didn't|did\s+not|haven't|have\s+not|never)\s+(?:do|done|did)\s+anything"
            r"(?:\s+wrong)?" + ALONE,
            r"\bI\s+(?:didn't|did\s+not|haven't)\s+(?:do|done)\s+anything\s+wrong\b",
            r"\bI\s+did\s+nothing\s+wrong\b",
            r"\bthat's\s+not\s+(?:true|fair)\s*(?:[,;!.\u2026-]|$)",
            r"\bthat's\s+not\s+(?:what\s+happened|what\s+I\s+said|what\s+I\s+meant)\b",
            r"\bit\s+(?:wasn't|was\s+not)\s+me\b",
            r"\bit's\s+not\s+like\s+I\b",
            r"\bdon't\s+(?:put|pin)\s+(?:this|that|it)\s+on\s+me\b",
            START + r"not\s+true\b",
            r"\bI\s+never\s+said\s+that\b",
            r"\bI\s+didn't\s+say\s+that\b",
            r"\bthat's\s+a\s+lie\b",
            r"\bdon't\s+blame\s+(?:me|this\s+on\s+me|it\s+on\s+me)\b",
            r"\bstop\s+blaming\s+me\b",
            r"\bwhy\s+are\s+you\s+blaming\s+me\b",
            r"\bwhy\s+is\s+(?:it|everything)\s+always\s+my\s+fault\b",
            r"\bso\s+(?:now\s+)?it's\s+(?:all\s+)?my\s+fault\b",
            r"\bI'm\s+(?:always\s+)?the\s+bad\s+guy\b",
            r"\bI'm\s+not\s+(?:being\s+)?(?:defensive|yelling|shouting|the\s+problem|the\s+bad\s+guy)",
            r"\bI'm\s+not\s+the\s+one\s+(?:who|that)\b",
            r"\bnot\s+my\s+problem\b",
            r"\bthat's\s+your\s+problem\b",
            r"\bI'm\s+not\s+(?:going\s+to\s+)?apologi[sz](?:e|ing)\b",
            r"\bI\s+won't\s+apologi[sz]e\b",
            START
            + r"(?:sure|yeah|right|ok|okay|fine|go\s+ahead|of\s+course),?\s+blame\s+(?:me|it\s+on\s+me)",
            r"\b(?:don't|stop)\s+twist(?:ing)?\s+my\s+words\b",
            r"\byou're\s+(?:twisting\s+my\s+words|putting\s+words\s+in\s+my\s+mouth)\b",
            r"\bthat's\s+not\s+how\s+it\s+(?:went|happened)\b",
            r"\bI\s+never\s+did\s+(?:that|this|it|anything\s+like)\b",
        ),
    ),
    pattern_rule(
        D,
        "counterattack",
        any_of(
            r"\byou\s+started\s+(?:it|this|that|all\s+this|the\s+(?:fight|argument|whole))\b",
            r"\byou(?:'re|\s+are|\s+were)\s+the\s+one\s+(?:who|that)\s+(?:started|did|said|forgot|"
            r"left|yelled|wanted|picked|brought|was|is|never|always|can't|didn't)\b",
            START + r"(?:well|but)\s+what\s+about\s+(?:you|when\s+you|the\s+time|your)\b",
            START + r"what\s+about\s+(?:when\s+you|the\s+time\s+you|all\s+the\s+times?\s+you|"
            r"you\s+and\s+your)\b",
            r"\bat\s+least\s+I\s+(?:don't|didn't|never|am\s+not|'m\s+not|do|did|try|tried|remember|"
            r"remembered|pay|paid|work|help|helped|bother|showed\s+up|show\s+up)\b",
            r"\bthat's\s+rich\s+coming\s+from\s+you\b",
            r"\blook\s+who's\s+talking\b",
            r"\byou're\s+one\s+to\s+talk\b",
            r"\byou\s+(?:never|didn't|did\s+not|never\s+once)\s+(?:told|tell|said|say|mentioned|"
            r"mention)\s+(?:me|that|so|it|anything)\b",
            r"\byou\s+made\s+me\s+(?:do|say|act|react|yell|snap|lose|angry|this|that|so\s+angry)\b",
            r"\byou\s+do\s+it\s+too\b",
            r"\bso\s+do\s+you\b",
        ),
    ),
    pattern_rule(
        D,
        "counterattack",
        START
        + r"well,?\s+(?:you|maybe\s+you|maybe\s+if\s+you|if\s+you|you'd|you've|I\s+wouldn't|what\s+about|"
        r"excuse\s+me)\b(?!\s+(?:could|might|can|may|look|deserve|know\s+what|are\s+right|'re\s+right))",
        weight=1,
        unless=r"\bthank",
    ),
    pattern_rule(
        D,
        "counterattack",
        any_of(
            START + r"(?:yes|yeah|yep|sure|ok|okay|fine|right|true),?\s+but\b",
            START + r"I\s+did\s+(?:call|text|try|ask|tell\s+you|say|do\s+it|clean|pay|check)\b",
            r"\bif\s+you\s+(?:hadn't|had\s+not|didn't|weren't|wouldn't)\b[^.?!]{0,60}?"
            r"\bI\s+(?:would|wouldn't|'d)\b",
            START + r"but\s+I\s+(?:did|was|do|didn't|had|already|just|never|told|said|tried)\b",
            START + r"but\s+I(?:'m|\s+am)\b",
        ),
        weight=1,
        unless=r"\b(?:can|could)\s+we\b|\blet's\b|\bmaybe\s+we\b|\bwould\s+you\b|\blove\s+you\b"
        r"|\bI\s+(?:feel|need|hear)\b",
    ),
    pattern_rule(
        D,
        "excuse",
        any_of(
            START + r"I\s+was\s+(?:just|only)\s+(?:joking|kidding|trying|saying|asking|"
            r"being\s+honest|teasing|helping)",
            r"\bI\s+was\s+(?:going|gonna|about)\s+to\b[^.?!]{0,40}?\b(?:it|that|them|this)\b"
            r"[^.?!]{0,30}?(?:later|before\s+you|until\s+you|but\s+you|when\s+you|tomorrow|anyway|!)",
            r"\bhow\s+(?:was|am)\s+I\s+supposed\s+to\s+(?:know|remember|guess)\b",
            r"\bI\s+had\s+no\s+choice\b",
            START + r"I\s+was\s+(?:just\s+)?(?:busy|tired|working|at\s+work|exhausted|stressed|"
            r"doing\s+my\s+best)\s*(?:,\s*(?:ok|okay|alright)\b|!)",
            r"\beveryone\s+does\s+(?:it|that)\b",
            r"\bit\s+was\s+(?:just|only)\s+a\s+joke\b",
            r"\bcan't\s+you\s+take\s+a\s+joke\b",
        ),
    ),
    pattern_rule(
        D,
        "minimise",
        any_of(
            r"\b(?:it's|it\s+was|that's|that\s+was)\s+not\s+(?:that\s+|such\s+)?(?:a\s+|that\s+)?"
            r"big\s+(?:of\s+a\s+)?deal\b",
            r"\b(?:it's|it\s+was)\s+no\s+big\s+deal\b",
            r"\bwhy\s+is\s+(?:this|it|that)\s+such\s+a\s+big\s+deal\b",
            r"\byou're\s+making\s+(?:such\s+)?a\s+(?:big\s+deal|mountain|fuss|scene)\b",
            r"\byou're\s+(?:totally\s+|completely\s+|way\s+|just\s+)?overreacting\b",
            r"\byou\s+always\s+overreact\b",
            r"\byou're\s+blowing\s+(?:this|it|everything)\s+(?:way\s+)?out\s+of\s+proportion\b",
        ),
        unless=any_of(
            r"\bdon't\s+worry\b",
            r"\bno\s+big\s+deal,?\s+(?:I'll|we\s+can|let's)",
            r"\bam\s+I\s+overreacting\b",
            r"\bbig\s+deal\s+to\s+me\b",
            r"\bbut\s+I\s+(?:know|see|understand|get)\b",
        ),
    ),
    pattern_rule(
        D,
        "victim",
        any_of(
            r"\bI\s+can't\s+do\s+anything\s+right\b",
            r"\bI\s+can't\s+do\s+everything\b",
            r"\bnothing\s+I\s+do\s+is\s+(?:ever\s+)?(?:good\s+)?enough\b",
            r"\bwhatever\s+I\s+do\s+(?:it's|is)\s+(?:never|not)\s+enough\b",
            r"\bI\s+do\s+(?:everything|so\s+much|all\s+of\s+it)\s+(?:around\s+here|for\s+you|"
            r"in\s+this\s+house|for\s+this\s+family)\b",
            r"\bafter\s+(?:everything|all)\s+I(?:'ve)?\s+(?:do|did|done|have\s+done)\s+for\s+you\b",
            r"\bdo\s+you\s+(?:even\s+)?know\s+how\s+hard\s+I\s+work\b",
            r"\bI\s+work\s+(?:all\s+day|so\s+hard)\b",
        ),
    ),
    pattern_rule(
        D,
        "non-apology",
        any_of(
            r"\bsorry\s+(?:that\s+)?you\s+feel\s+(?:that\s+way|like\s+that)\b",
            r"\bsorry\s+if\s+you\s+(?:were|got|feel|felt)\s+(?:offended|hurt|upset)\b",
            r"\bI\s+(?:already\s+)?(?:said|told\s+you)\s+(?:I(?:'m|\s+was|\s+am)\s+)?sorry\b",
            r"\bI\s+already\s+apologi[sz]ed\b",
            r"\bhow\s+many\s+times\s+do\s+I\s+have\s+to\s+(?:say|apologi[sz]e)\b",
        ),
    ),
    # Stonewalling: leaving the conversation without a way back.
    pattern_rule(
        S,
        "shutdown",
        any_of(
            r"\bI'm\s+(?:so\s+)?done(?:" + ALONE + r"|\s*[,;-]\s*(?!want|ready|what|do\s+you|"
            r"shall|let's|are)|\s+(?:talking|here|arguing|discussing|fighting|trying|explaining|"
            r"listening))",
            r"\bI'm\s+(?:so\s+)?done\s+with\s+(?:this|you|us|it\s+all|all\s+of\s+this)"
            r"(?:\s+(?:nonsense|shit|crap|bullshit|crap))?" + ALONE,
            r"\bdone\s+with\s+(?:this|the|our|you\s+and\s+your)\s+(?:conversation|discussion|"
            r"argument|relationship|fight|marriage|drama)\b",
            r"\bwe're\s+done(?:\s+here|\s+talking)?" + ALONE,
            r"\b(?:this|the)\s+conversation(?:'s|\s+is)\s+over\b",
            r"\bend\s+of\s+(?:discussion|story|conversation)\b",
            START + r"I'm\s+out" + ALONE,
            START
            + r"(?:ok(?:ay)?,?\s+|fine,?\s+)?I'm\s+(?:leaving|going|out\s+of\s+here|outta\s+here)"
            + ALONE,
            START + r"(?:just\s+)?stop" + ALONE,
            START + r"can\s+you\s+not" + ALONE,
            r"\bI'm\s+(?:so\s+)?(?:tired|sick)\s+of\s+(?:explaining|repeating|having\s+this\s+"
            r"(?:conversation|argument)|this\s+conversation|talking\s+to\s+you)\b",
        ),
        unless=any_of(
            r"\bdone\s+with\s+(?:the|my|work|dinner|it\s+now|that\s+book)\b",
            r"\bdone\s+(?:eating|cooking|cleaning|working|showering)\b",
        ),
    ),
    pattern_rule(
        S,
        "shutdown",
        any_of(
            r"(?:^\W*|[,.;]\s*)(?:oh\s+|ugh,?\s+|fine,?\s+|yeah,?\s+|ok,?\s+|okay,?\s+)?whatever\s*"
            r"(?:[.!\u2026]+|$|[,;-]|\s+you\s+say|\s+dude|\s+man|\s+then|\s+I\s+don't\s+care)",
            START + r"(?:fine|k|kk|fine\s+then|sure\s+whatever|ok\s+fine)" + ALONE,
            START + r"(?:fine[,.]\s+)?do\s+(?:whatever|what)\s+you\s+want" + ALONE,
            r"\bI\s+don't\s+care(?:\s+anymore|\s+any\s+more)?" + ALONE,
            START + r"(?:just\s+)?(?:forget\s+it|never\s*mind|drop\s+it|not\s+now|nothing)" + ALONE,
            START + r"(?:forget\s+it|never\s*mind|drop\s+it)[,.;]\s*(?:it\s+)?(?:doesn't\s+matter|"
            r"whatever|not\s+worth\s+it|I\s+don't\s+care)",
            START + r"(?:it\s+)?doesn't\s+matter(?:\s+anymore)?" + ALONE,
            r"\bdrop\s+it" + ALONE,
        ),
        unless=r"\bwhatever\s+(?:you|works|makes|happens|is|we)\b(?!\s+say\b)(?!\s+want\W*$)",
    ),
    pattern_rule(
        S,
        "shutdown",
        any_of(
            r"\bleave\s+me\s+alone\b",
            START + r"(?:just\s+)?leave\s+it" + ALONE,
            r"\bdon't\s+follow\s+me\b",
            START + r"(?:just\s+)?go\s+away\b",
            r"\btalk\s+to\s+the\s+hand\b",
            r"(?:\bI'm\s+|^\W*)not\s+(?:discussing|talking\s+about|doing|having|getting\s+into|"
            r"going\s+to\s+(?:talk|discuss|argue))(?:\s+about)?\s+(?:this|that|it)\b",
            r"\bwe're\s+not\s+doing\s+this\b",
            r"\bI\s+don't\s+want\s+to\s+(?:talk|discuss|hear|argue|deal)\b(?:\s+(?:about|with))?"
            r"(?:\s+(?:it|this|that|you|anymore|any\s+more|now|right\s+now))*" + ALONE,
            r"\bthere's\s+nothing\s+(?:more\s+)?to\s+(?:talk\s+about|discuss|say)\b",
            r"\bI\s+have\s+nothing\s+(?:more\s+|else\s+)?to\s+say\b",
            r"\bdon't\s+talk\s+to\s+me\b",
            r"\bstop\s+talking\s+to\s+me\b",
            r"\bI'm\s+not\s+(?:talking|speaking)\s+to\s+you\b",
            r"\bI'm\s+not\s+listening\b",
            r"\bla\s+la\s+la\b",
            r"\bI\s+can't\s+do\s+this\s+(?:anymore|any\s+more|right\s+now|now|again)\b",
            r"\bthere's\s+no\s+point\s+(?:in\s+)?(?:talking|discussing|trying|arguing)\b",
            r"\bthis\s+is\s+pointless\b",
            r"\bcan\s+we\s+just\s+not\b",
            r"\bI'm\s+not\s+in\s+the\s+mood\s+(?:to\s+talk|for\s+this)\b",
            r"[*(\[]\s*(?:silence|no\s+(?:answer|reply|response)|walks\s+(?:away|out|off)|"
            r"leaves(?:\s+the\s+room)?|slams\s+(?:the\s+)?door|turns\s+away|ignores(?:\s+you)?|"
            r"puts\s+headphones\s+on|says\s+nothing|silent)\s*[*)\]]",
        ),
    ),
)
