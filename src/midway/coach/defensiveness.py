"""Rules for defensiveness: pushing the complaint away instead of hearing it.

Denial ("it's not my fault", "I didn't do anything wrong", "that's not
true"), counter-attack ("you started it", "well, you …", "yes, but …", "what
about when you …", "at least I …"), excuses ("I was just joking", "how was I
supposed to know"), minimising ("it's not a big deal", "you're
overreacting"), playing the victim ("I can't do anything right") and
apologies that aren't ("sorry you feel that way").

The full list of concepts, with examples, is in ``analysis``; word lists are in
``vocabulary``.
"""

from __future__ import annotations

import re

from midway.coach.patterns import ALONE, START, D, Rule, any_of, pattern_rule

_AND_THEN = re.compile(r"\b(?:and|but|so)\s+then\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|my|me)\b")


def _run_of_excuses(sentence: str) -> bool:
    """A long chain of what happened to me: "…and then the lifts broke, and then the train…"."""
    return len(_AND_THEN.findall(sentence)) >= 3 and _FIRST_PERSON.search(sentence) is not None


DEFENSIVENESS_RULES: tuple[Rule, ...] = (
    pattern_rule(
        D,
        "denial",
        any_of(
            r"\bnot\s+my\s+fault\b",
            r"\b(?:wasn't|isn't|ain't|hardly)\s+my\s+fault\b",
            r"\beverything(?:'s|\s+is)\s+(?:always\s+)?my\s+fault\b",
            r"\b(?:hardly|not)\s+a\s+crime\b",
            START + r"that\s+(?:never|didn't)\s+happen(?:ed)?\b",
            r"\bthat's\s+(?:just\s+)?your\s+(?:version|side|interpretation|take)\b",
            r"\b(?:wasn't|was\s+not|isn't)\s+(?:even\s+)?my\s+idea\b",
            r"\b(?:making|make|made)\s+me\s+(?:out\s+to\s+be|look\s+like|sound\s+like)\b",
            # Always the one blamed: "why am I always the one in trouble?".
            r"\bwhy\s+am\s+I\s+always\s+the\s+one\s+(?:in\s+trouble|getting\s+(?:blamed|told\s+off|shouted\s+at)|"
            r"to\s+blame)\b",
            r"\balways\s+(?:me|I)\s+(?:who\s+)?(?:has\s+to\s+|have\s+to\s+)?(?:apologi[sz]es?|gets?\s+blamed|"
            r"in\s+trouble|the\s+one\s+to\s+blame)\b",
            r"\bhow\s+is\s+(?:that|this|it)\s+my\s+fault\b",
            r"\bI\s+(?:didn't|did\s+not|haven't|have\s+not|never)\s+(?:do|done|did)\s+anything"
            r"(?:\s+wrong)?(?:" + ALONE + r"|\s*[,;!-])",
            r"\bI\s+never\s+(?:agreed|promised|asked|told\s+you)\s+(?:to\s+)?(?:that|this|it|anything)\b",
            r"\bdon't\s+make\s+(?:this|it)\s+(?:about\s+me|my\s+fault)\b",
            r"\bthis\s+(?:isn't|is\s+not)\s+(?:about\s+me|on\s+me)\b",
            r"\bI\s+wasn't\s+even\s+(?:there|home|involved|around)\b",
            r"\b(?:why\s+are\s+you|stop|you're|quit)\s+(?:always\s+|constantly\s+)?(?:attacking|blaming|accusing|picking\s+on|"
            r"getting\s+at|having\s+a\s+go\s+at|twisting)\s+(?:me|everything)\b",
            r"\byou\s+(?:always\s+)?blame\s+me\b",
            r"\bwhy\s+are\s+you\s+(?:bringing|dragging)\s+(?:it|this|that)\s+up\b",
            r"\bthat\s+was\s+(?:ages|years|months|weeks)\s+ago\b",
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
            r"\bnot\s+my\s+(?:problem|job|responsibility|business|call)\b",
            r"\bnot\s+how\s+I\s+(?:remember|see|saw)\s+it\b",
            r"\bso\s+(?:now\s+)?(?:it's|this\s+is|everything\s+is)\s+(?:all\s+)?(?:on\s+me|my\s+fault)",
            r"\bit's\s+not\s+a\s+crime\b",
            r"\bI\s+did\s+(?:what|everything|exactly\s+what)\s+you\s+(?:asked|said|wanted)",
            r"\bI(?:'ve|\s+have)?\s+already\s+(?:explained|told\s+you|said\s+(?:this|that)|answered)",
            r"\bthat's\s+your\s+problem\b",
            r"\bI'm\s+not\s+(?:going\s+to\s+)?apologi[sz](?:e|ing)\b",
            r"\bI\s+won't\s+apologi[sz]e\b",
            START
            + r"(?:sure|yeah|right|ok|okay|fine|go\s+ahead|of\s+course),?\s+blame\s+(?:me|it\s+on\s+me)",
            r"\b(?:don't|stop)\s+twist(?:ing)?\s+my\s+words\b",
            r"\byou're\s+(?:twisting\s+my\s+words|putting\s+words\s+in\s+my\s+mouth)\b",
            r"\bthat's\s+not\s+how\s+it\s+(?:went|happened)\b",
            r"\bI\s+never\s+did\s+(?:that|this|it|anything\s+like)\b",
            r"\b(?:that's|that\s+is|that\s+isn't|that\s+wasn't|it's|it\s+isn't)\s+(?:not\s+)?"
            r"(?:what|how)\s+(?:happened|it\s+happened|I\s+said|it\s+was)\b",
            r"\bI\s+(?:didn't|never|did\s+not)\s+say\s+(?:that|it|anything\s+like)\b",
            r"\b(?:that's|that\s+is|it's)\s+(?:completely\s+|totally\s+|simply\s+|just\s+)?"
            r"(?:untrue|a\s+lie|not\s+fair|so\s+unfair|unfair|rubbish|nonsense)\b",
            r"\byou're\s+(?:remembering|getting)\s+it\s+(?:all\s+)?wrong\b",
            r"\b(?:don't|stop)\s+(?:blame|blaming)\s+(?:me|this\s+on\s+me|it\s+on\s+me)\b",
            r"\bdon't\s+(?:put|pin|make)\s+(?:this|it|that)\s+(?:on\s+me|my\s+fault)\b",
            r"\bwhy\s+(?:is|does)\s+(?:this|it|everything)\s+(?:suddenly\s+|always\s+)?(?:on\s+me|my\s+fault|"
            r"about\s+me)\b",
            r"\bwhy\s+am\s+I\s+(?:always\s+)?the\s+(?:bad\s+guy|villain|one\s+to\s+blame)\b",
            r"\bso\s+(?:now\s+)?I'm\s+the\s+(?:bad\s+guy|villain|problem)\b",
            r"\bso\s+now\s+it's\s+my\s+fault\b",
            r"\bit\s+wasn't\s+me\b",
            r"\b(?:don't|stop)\s+(?:turn|turning|twist|twisting)\s+(?:this|it|that)\s+(?:around|back)\b",
            r"\bI\s+don't\s+(?:have\s+to|need\s+to)\s+(?:explain|justify)\s+myself\b",
            r"\bI\s+don't\s+owe\s+you\s+(?:an?\s+)?(?:explanation|apology|anything)\b",
            r"\bI\s+did\s+my\s+(?:part|best|bit|share)\b",
            r"\bI(?:'ve|\s+have)\s+(?:done\s+nothing|not\s+done\s+anything)\s+wrong\b",
            r"\bI\s+haven't\s+done\s+anything\s+wrong\b",
            r"\bnot\s+my\s+(?:job|responsibility|problem)\b",
            r"\bsince\s+when\s+is\s+(?:that|this|it)\s+my\s+(?:job|responsibility|problem)\b",
            r"\bdon't\s+look\s+at\s+me\b",
            r"\bI\s+didn't\s+touch\b",
            r"\bblame\s+your\s+\w+,?\s+not\s+me\b",
            r"\bI(?:'ve|\s+have)\s+(?:got\s+)?nothing\s+to\s+apologi[sz]e\s+for\b",
            r"\bwhy\s+(?:do|should)\s+I\s+(?:have\s+to\s+)?apologi[sz]e\b",
            r"\bI\s+don't\s+see\s+(?:what|why)\s+(?:the\s+)?(?:problem|issue|big\s+deal)\b",
            r"\b(?:everybody|everyone)(?:'s|\s+is|\s+gets|\s+makes|\s+forgets|\s+does|\s+has)\b[^.?!]{0,25}\bsometimes\b",
            r"\bso\s+don't\s+(?:even|start)\b",
            r"\b(?:always\s+)?looking\s+for\s+(?:a\s+fight|an\s+argument|something\s+to\s+(?:complain|moan|criticise|"
            r"criticize)|reasons?\s+to\s+(?:complain|fight|be\s+angry))\b",
            r"\bwhy\s+are\s+you\s+making\s+(?:this|it)\s+(?:about\s+me|my\s+fault)\b",
            r"\bI\s+can't\s+be\s+blamed\b",
            r"\bI\s+was\s+never\s+told\b",
            r"\b(?:nobody|no\s+one)\s+(?:told|asked|reminded|warned)\s+me\b",
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
            START + r"(?:and\s+|so\s+)?what\s+about\s+(?:when\s+you|the\s+time\s+you|"
            r"all\s+the\s+times?\s+you|you\s+and\s+your|(?:\w+\s+){1,3}?(?:when|where)\s+you)\b",
            r"\bat\s+least\s+I(?:'m\s+not|\s+am\s+not|\s+(?:don't|didn't|never|do|did|try|tried|"
            r"remember|remembered|pay|paid|work|help|helped|bother|showed\s+up|show\s+up|come|came|"
            r"call|called|text|listen|care|clean|cook|make|made|put|get|got|admit|apologi[sz]e))\b",
            r"\bthat's\s+rich\s+coming\s+from\s+you\b",
            START + r"that's\s+rich" + ALONE,
            r"\bit's\s+not\s+like\s+you(?:'re|\s+are|\s+\w+)",
            START + r"(?:like|as\s+if)\s+you(?:'ve|\s+have)?\s+never\b",
            r"\byou're\s+not\s+(?:exactly\s+|so\s+|that\s+)?(?:innocent|perfect|blameless|a\s+saint)",
            r"\bI\b[^.?!]{0,40}?\btoo,?\s+you\s+know\b",
            r"\bI\s+only\s+(?:said|did)\s+(?:it|that|this)\s+because\s+you\b",
            r"\bbecause\s+you\s+(?:pushed|provoked|pushed\s+me|made\s+me|kept|started)\b",
            r"\b(?:neither|nor)\s+are\s+you\b|\bnot\s+perfect\s+either\b",
            r"\bI\s+was\s+(?:going|gonna|about)\s+to\b[^.?!]{0,40}?\bbut\s+you\b",
            r"\bsorry\s+for\s+(?:breathing|existing|living|trying|caring|being\s+alive)\b",
            r"\bstop\s+(?:nagging|going\s+on\s+about\s+it|bringing\s+(?:it|that)\s+up|making\s+a\s+fuss)\b",
            r"\bI\s+said\s+I'd\s+do\s+it\b",
            START
            + r"I\s+(?:was|didn't|did|had|have|'ve|wasn't|forgot|tried|said|am|'m)\b[^?]{0,60}?,\s*"
            r"(?:ok|okay|alright)\s*[?!]",
            r"\beveryone\s+(?:does\s+(?:it|that)|forgets)\b",
            r"\blook\s+who's\s+talking\b",
            r"\byou're\s+one\s+to\s+talk\b",
            r"\byou\s+(?:never|didn't|did\s+not|never\s+once)\s+(?:told|tell|said|say|mentioned|"
            r"mention)\s+(?:me|that|so|it|anything)\b",
            r"\byou\s+made\s+me\s+(?:do|say|act|react|yell|snap|lose|angry|this|that|so\s+angry)\b",
            r"\byou\s+do\s+it\s+too\b",
            r"\bso\s+do\s+you\b",
            r"\byou\s+did\s+it\s+first\b",
            r"\bdon't\s+act\s+like\s+you\b|\b(?:like|as\s+if)\s+you(?:'ve|\s+have)?\s+never\s+(?:done|said|"
            r"forgotten|been|made)\b",
            # "I told you I'd be late, you just weren't listening."
            r"\bI\s+(?:did\s+tell|told)\s+you\b[^.?!]{0,40}?,\s*you\s+(?:just\s+)?(?:weren't|didn't|never|don't)\b",
            # "I wouldn't have been late if you'd told me the right time."
            r"\bI\s+(?:would(?:n't)?|could(?:n't)?)\s+have\b[^.?!]{0,50}?\bif\s+you(?:'d|\s+had)\b",
            r"\bif\s+you(?:'d|\s+had)\s+(?:told|reminded|asked|said|let|given|warned)\b[^.?!]{0,50}?"
            r"\bI\s+(?:would|wouldn't|could|'d)\b",
            r"\byou(?:'re|\s+are|\s+were)\s+the\s+one\s+(?:who|that)\b(?!.*\b(?:love|laugh|smile|home|"
            r"happy|want|safe|best|favourite|makes?\s+me\s+feel))",
            r"\bI'm\s+not\s+the\s+(?:one\s+(?:who|with|that)|problem|bad\s+guy|villain)\b",
            r"\byou\s+do\s+(?:the\s+)?(?:exact\s+)?same\s+thing\b",
            r"\byou\s+do\s+it\s+(?:all\s+the\s+time|constantly|too)\b",
            r"\b(?:don't|stop)\s+(?:lecturing|lecture|attacking|attack|criticising|criticizing|picking\s+on|"
            r"having\s+a\s+go\s+at)\s+me\b",
            r"\bwhy\s+are\s+you\s+(?:attacking|blaming|lecturing|picking\s+on)\s+me\b",
            r"\byou're\s+no\s+(?:angel|saint|better)\b",
            START + r"(?:like|as\s+if)\s+you're\s+(?:any\s+)?(?:better|perfect|a\s+saint)\b",
            START + r"says\s+(?:you|the\s+(?:person|man|woman|guy|one)\s+who)\b",
            START
            + r"(?:oh,?\s+)?(?:and|like)\s+you're\s+(?:perfect|so\s+perfect|innocent|a\s+saint)\b",
            r"\byou\s+knew\s+(?:I'd|I\s+would|I\s+was|what\s+I\s+was\s+like)\b",
            r"\bwhatever\s+I\s+do,?\s+you\b",
            r"\bI\s+(?:can\s+never|can't|never)\s+win\s+with\s+you\b",
            r"\bnothing\s+I\s+do\s+(?:makes|is|will)\b",
            r"\bI\s+try\s+so\s+hard\b",
            r"\bmaybe\s+if\s+you(?:'d|\s+had|\s+would|\s+were|\s+did|\s+weren't|\s+didn't)\b",
            START + r"if\s+you(?:'d|\s+had)\s+(?:reminded|told|asked|said|warned)\b",
            START + r"but\s+you\s+(?:said|told|asked|wanted|agreed)\b",
            r"\byou\s+told\s+me\s+(?:not\s+)?to\b",
            r"\bI\s+only\s+did\s+what\s+you\s+(?:asked|said|told|wanted)\b",
            r"\bI'm\s+allowed\s+to\b",
            r"\bexcuse\s+me\s+for\s+(?:having|being|wanting|needing|trying|breathing)\b",
            r"\bsorry\s+(?:for\s+not\s+being|I'm\s+not)\s+(?:perfect|a\s+mind\s*reader|good\s+enough)\b",
            r"\bso\s+I'm\s+(?:just\s+)?supposed\s+to\b",
            r"\byou're\s+being\s+(?:unfair|so\s+unfair|ridiculous\s+about\s+this)\b",
        ),
    ),
    pattern_rule(
        D,
        "counterattack",
        START
        + r"well,?\s+(?:you|maybe\s+you|maybe\s+if\s+you|if\s+you|you'd|you've|I\s+wouldn't|what\s+about|"
        r"excuse\s+me)\b(?!\s+(?:could|might|can|may|look|deserve|know\s+what|are\s+right|'re\s+right|"
        r"were\s+right|made\s+it|did\s+(?:it|great|well|good)))",
        weight=1,
        unless=r"\bthank|\bthe\s+best\b",
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
        unless=r"\b(?:can|could)\s+we\b|\blet's\b|\blet\s+me\b|\bonly\s+if\b|\bmaybe\s+we\b|\bwould\s+you\b|\blove\s+you\b"
        r"|\bI\s+(?:feel|need|hear)\b",
    ),
    pattern_rule(
        D,
        "counterattack",
        any_of(
            r"\byou\s+(?:should|could)(?:'ve|\s+have)\s+(?:reminded|told|asked|warned|said|mentioned)\b",
            r"\b(?:nobody|no\s+one)\s+(?:said|mentioned)\b",
        ),
        weight=1,
        unless=r"\bI\s+(?:feel|need|wish)\b|\b(?:can|could)\s+we\b",
    ),
    pattern_rule(
        D,
        "excuse",
        any_of(
            START + r"I\s+was\s+(?:just|only)\s+(?:joking|kidding|trying|saying|asking|"
            r"being\s+honest|teasing|helping)",
            r"\bI\s+was\s+(?:going|gonna|about)\s+to\b[^.?!]{0,40}?\b(?:it|that|them|this)\b"
            r"[^.?!]{0,30}?(?:later|before\s+you|until\s+you|but\s+you|when\s+you|tomorrow|anyway|!)",
            r"\bhow\s+(?:was|am|were|is)\s+I\s+(?:supposed|meant|expected)\s+to\s+"
            r"(?:know|remember|guess|tell|see)\b",
            r"\bwhat\s+(?:was|am|else\s+was)\s+I\s+(?:supposed|meant|expected)\s+to\s+do\b",
            r"\bI'm\s+doing\s+(?:my\s+best|everything\s+I\s+can|the\s+best\s+I\s+can)(?:\s+here)?\s*"
            r"(?:,\s*(?:ok|okay|alright)\b|!)",
            r"\byou're\s+(?:totally\s+|completely\s+|just\s+|way\s+)?(?:exaggerating|making\s+(?:this|it|"
            r"that|things)\s+up)\b",
            r"\bI\s+had\s+no\s+choice\b",
            START + r"I\s+was\s+(?:just\s+)?(?:busy|tired|working|at\s+work|exhausted|stressed|"
            r"doing\s+my\s+best)\s*(?:,\s*(?:ok|okay|alright)\b|!)",
            r"\beveryone\s+does\s+(?:it|that)\b",
            r"\bit\s+was\s+(?:just|only)\s+a\s+joke\b",
            r"\bcan't\s+you\s+take\s+a\s+joke\b",
            r"\bhow\s+(?:could|would|should|was|am)\s+I\s+(?:have\s+)?(?:known|know|guessed|remembered|meant)\b",
            r"\bwhat\s+(?:was|am|else\s+was|were)\s+I\s+(?:supposed|meant|expected)\s+to\b",
            r"\bwhat\s+do\s+you\s+want\s+from\s+me\b",
            r"\bwhat\s+did\s+you\s+expect\b",
            r"\bI\s+(?:can't|cannot)\s+read\s+your\s+mind\b|\bI'm\s+not\s+a\s+mind\s*reader\b",
            r"\b(?:I\s+)?didn't\s+(?:do|mean)\s+(?:it|that)\s+on\s+purpose\b|\bit's\s+not\s+like\s+I\b",
            START + r"it\s+was\s+an\s+accident\b",
            r"\banyone\s+would\s+have\s+done\b|\beverybody\s+(?:forgets|does)\b",
            r"\blighten\s+up\b",
            r"\bit\s+was\s+a\s+joke\b",
            r"\bI'm\s+(?:trying|doing\s+my\s+best)\s+here\b",
            r"\bI'm\s+only\s+human\b",
            r"\beveryone\s+else\s+(?:was\s+fine|thought\s+it\s+was|liked\s+it|laughed|loved\s+it|didn't\s+mind|"
            r"gets?\s+it|seemed\s+fine)\b",
            r"\btake\s+it\s+or\s+leave\s+it\b|\bthat's\s+(?:just\s+)?(?:how|who)\s+I\s+am\b",
            r"\b(?:not\s+going\s+to|won't|refuse\s+to|not\s+gonna)\s+(?:feel\s+(?:bad|guilty|sorry)|"
            r"apologi[sz]e)\s+(?:for|about)\b",
            START + r"I\s+was\s+(?:just\s+|only\s+)?(?:kidding|joking)\b",
            START + r"I\s+was\s+(?:just|only)\s+being\s+\w+",
            r"\bI\s+said\s+I(?:'d|\s+would|'ll)\s+do\s+it\b",
            r"\bI\s+was\s+going\s+to\s+(?:tell|do|call|fix|say|get)\b[^.?!]{0,20}?,\s*I\s+just\b",
            r"\bI\s+would\s+have\s+(?:called|texted|come|done\s+it|told\s+you)\s+if\b",
            r"\bI\s+was\s+busy,?\s+not\b",
            r"\bI'm\s+trying\s+my\s+best\b[^.?!]*!",
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
            r"\byou're\s+(?:just\s+|totally\s+|completely\s+)?(?:over\w+ing|reading\s+(?:way\s+)?"
            r"(?:too\s+much\s+)?into|taking\s+(?:it|this|that)\s+(?:the\s+wrong\s+way|too\s+personally|"
            r"personally|wrong)|misreading|misunderstanding)",
            r"\byou\s+always\s+overreact\b",
            r"\byou're\s+blowing\s+(?:this|it|everything)\s+(?:way\s+)?out\s+of\s+proportion\b",
            START
            + r"it\s+was\s+(?:only\s+|just\s+)?(?:one|once|a\s+single)\s*(?:time|comment|drink|"
            r"mistake|joke|thing)?\s*[!.]*$",
            r"\b(?:it|that|I)\s+was\s+(?:only|just)\s+(?:\d+|one|two|five|ten|fifteen|twenty|a\s+few|a\s+couple)"
            r"\s+(?:minutes?|quid|pounds|dollars|euros|bucks|times?|drinks?)\b",
            r"\bit's\s+(?:just|only)\s+(?:a|some|a\s+few)\s+\w+[^.?!]{0,20}?,\s*(?:why|relax|chill)\b",
            r"\bit's\s+(?:hardly|not)\s+the\s+end\s+of\s+the\s+world\b",
            r"\bit's\s+not\s+that\s+(?:deep|serious|important)\b",
            r"\bmaking\s+a\s+(?:big\s+|huge\s+)?(?:thing|deal|drama|fuss|mountain|scene)\s+(?:out\s+)?of\s+"
            r"(?:nothing|this|it|a\s+\w+)\b",
            r"\byou\s+(?:always\s+)?take\s+(?:things|everything|it)\s+(?:wrong|the\s+wrong\s+way|so\s+personally|"
            r"personally)\b",
            # Waving it off at the end: "I only had two drinks, relax."
            r"[,.]\s*(?:relax|chill(?:\s+out)?)\W*$",
            r"\bwhat's\s+the\s+big\s+deal\b",
            r"\byou're\s+reading\s+(?:way\s+)?(?:too\s+much\s+)?into\s+(?:it|this|that)\b",
            r"\byou\s+(?:took|take|are\s+taking)\s+it\s+(?:the\s+wrong\s+way|wrong|too\s+personally)\b",
            r"\byou\s+misunderstood\b",
            r"\byou're\s+making\s+it\s+(?:sound|look|seem)\s+(?:worse|bigger|like)\b",
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
            r"\b(?:whatever|everything|anything)\s+I\s+(?:do|say)\s+is\s+(?:wrong|never\s+enough|"
            r"not\s+enough|a\s+problem)\b",
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
            r"\bsorry\s+(?:that\s+|if\s+)?you\s+(?:\w+\s+){0,2}?(?:that\s+way|like\s+that|"
            r"the\s+wrong\s+way|personally)\b",
            r"\bsorry\s+if\s+you\s+(?:were|got|feel|felt)\s+(?:offended|hurt|upset)\b",
            r"\bI\s+(?:already\s+)?(?:said|told\s+you)\s+(?:I(?:'m|\s+was|\s+am)\s+)?sorry\b",
            r"\bI\s+already\s+apologi[sz]ed\b",
            r"\bhow\s+many\s+times\s+do\s+I\s+have\s+to\s+(?:say|apologi[sz]e)\b",
            r"\bsorry\b[^.?!]{0,20}?\b(?:happy|satisfied)\s+now\b",
            r"\bsorry\s+if\s+(?:that|it|you|this)\b[^.?!]*?,?\s*but\s+I\b",
        ),
    ),
    # Counter-blame and excuses in formal dress, and a long run of excuses:
    # "Kindly do not accuse me", "I was merely following your instructions",
    # "the meeting ran over, and then the lifts broke, and then the train…".
    pattern_rule(
        D,
        "denial",
        any_of(
            r"\b(?:do\s+not|don't|please\s+don't|kindly\s+(?:do\s+not|don't))\s+accuse\s+me\b",
            r"\bI\s+(?:have|'ve)\s+done\s+(?:everything|all\s+I\s+(?:can|could))\s+(?:\w+\s+){0,2}?"
            r"(?:from|on)\s+my\s+(?:side|end|part)\b",
        ),
    ),
    pattern_rule(
        D,
        "excuse",
        any_of(
            r"\bI\s+was\s+(?:merely|simply|only|just)\s+(?:following|doing)\s+(?:the|your|what\s+you)\b",
            r"\bnot\s+(?:really\s+|exactly\s+|as\s+if\s+)?like\s+I\s+(?:\w+\s+){1,3}?on\s+purpose\b",
        ),
    ),
    Rule(D, "excuse", _run_of_excuses),
)
