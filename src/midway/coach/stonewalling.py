"""Rules for stonewalling: leaving the conversation without a way back.

"I'm done", "whatever", "fine." alone, "leave me alone", "talk to the hand",
"I'm not discussing this", "I don't want to talk about it", "*walks away*".
The same words with a time to come back ("I need a break, I'll be back at
8") are the healthy break and are not flagged (see ``rules``).

The full list of concepts, with examples, is in ``analysis``; word lists are in
``vocabulary``.
"""

from __future__ import annotations

from midway.coach.patterns import ALONE, START, Rule, S, any_of, pattern_rule

STONEWALLING_RULES: tuple[Rule, ...] = (
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
            # Done talking to someone else: "I'm done talking to the bank, they've sorted it."
            r"\bdone\s+(?:talking|arguing|dealing)\s+(?:to|with)\s+(?:the|my|a|his|her|our|them|him)\b",
            r"\bwith\s+myself\b",
        ),
    ),
    pattern_rule(
        S,
        "shutdown",
        any_of(
            r"(?:^\W*|[,.;]\s*)(?:oh\s+|ugh,?\s+|fine,?\s+|yeah,?\s+|ok,?\s+|okay,?\s+|k+,?\s+)?whatever\s*"
            r"(?:[.!\u2026]+|$|[,;-]|\s+you\s+say|\s+dude|\s+man|\s+then|\s+I\s+don't\s+care)",
            START + r"(?:fine|k|kk|fine\s+then|sure\s+whatever|ok\s+fine)" + ALONE,
            START + r"(?:fine[,.]\s+)?do\s+(?:whatever|what)\s+you\s+(?:want|like|please)"
            r"(?:" + ALONE + r"|,\s+I'm\s+not)",
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
            r"\bwe're\s+not\s+(?:doing|talking\s+about|discussing|having)\s+(?:this|that|it)\b",
            r"\bI'm\s+(?:muting|blocking|ignoring)\s+(?:you|this|your)\b",
            r"\bI'm\s+not\s+(?:answering|responding\s+to|replying\s+to|dignifying|going\s+to\s+"
            r"(?:answer|respond|reply|dignify))\b",
            r"\bI\s+won't\s+dignify\b",
            START + r"(?:bye|later|goodbye)\.$",
            r"\bI\s+can't\s+(?:deal\s+with|handle|be\s+around|look\s+at)\s+(?:you|this|it)\s+"
            r"(?:right\s+now|now|anymore|any\s+more|tonight)\b",
            r"\bdon't\s+(?:text|call|message|contact|touch)\s+me\b"
            r"(?!\s+(?:while|when|during|until|before|after|at)\b)",
            r"\bwhatever\s+floats\s+your\s+boat\b",
            START + r"(?:just\s+)?leave\s+it\s+alone" + ALONE,
            START + r"(?:really\s+)?don't\s+want\s+to\s+(?:talk|discuss|hear\s+it|argue)\b",
            START + r"(?:forget\s+it|never\s*mind|fine|whatever)[,.]?\s+I'll\s+do\s+it\s+myself\b",
            START + r"(?:I'm\s+)?not\s+interested" + ALONE,
            r"\bdon't\s+(?:even\s+)?start\b(?![^.?!]*\bI\s+(?:already|said|did|told))",
            r"\bdon't\s+wait\s+up\b",
            START + r"(?:that's\s+)?enough" + ALONE,
            START + r"(?:there's\s+)?nothing\s+(?:more\s+)?to\s+(?:discuss|talk\s+about|say)\b",
            r"\*[^*]{0,40}?\b(?:walks|leaves|ignores|ignoring|doesn't\s+(?:reply|answer|respond)|"
            r"silence|silent|stares|hangs\s+up|slams|turns\s+away|goes\s+quiet|headphones|"
            r"left\s+on\s+read)\b[^*]{0,40}\*",
            r"\bI\s+don't\s+want\s+to\s+(?:talk|discuss|hear|argue|deal)\b(?:\s+(?:about|with))?"
            r"(?:\s+(?:it|this|that|you|anymore|any\s+more|now|right\s+now))*" + ALONE,
            r"\bthere's\s+nothing\s+(?:more\s+)?to\s+(?:talk\s+about|discuss|say)\b",
            r"\bI(?:'ve|\s+have)\s+(?:got\s+)?nothing\s+(?:more\s+|else\s+|left\s+)?to\s+say\b",
            START
            + r"(?:this\s+)?(?:conversation|discussion|subject)(?:'s|\s+is)?\s+(?:over|closed|done)"
            + ALONE,
            r"\bforget\s+I\s+(?:said|asked|mentioned)\s+(?:anything|it)\b",
            START + r"(?:just\s+|oh\s+)?don't\s+bother" + ALONE,
            r"\bwhat's\s+the\s+point" + ALONE,
            r"\bdon't\s+(?:talk|speak)\s+to\s+me\b",
            r"\bstop\s+talking\s+to\s+me\b",
            r"\bI'm\s+not\s+(?:talking|speaking)\s+to\s+you\b",
            r"\bI'm\s+not\s+listening\b",
            r"\bla\s+la\s+la\b",
            r"\bI\s+can't\s+do\s+this\s+(?:anymore|any\s+more|right\s+now|now|again)\b",
            r"\bthere's\s+no\s+point\s+(?:in\s+)?(?:talking|discussing|trying|arguing)\b",
            r"\bthis\s+is\s+pointless\b",
            r"\bcan\s+we\s+just\s+not\b",
            r"\bI'm\s+not\s+in\s+the\s+mood\s+(?:to\s+talk|for\s+this)\b",
            r"\bleave\s+me\s+be\b",
            START + r"(?:I'm\s+)?not\s+listening" + ALONE,
            START + r"(?:this|it|we're|we\s+are)(?:'s|\s+is)?\s+over" + ALONE,
            r"\btalk\s+to\s+you\s+never\b",
            START
            + r"(?:forget\s+it,?\s+|fine,?\s+|whatever,?\s+|ok,?\s+)?I'm\s+going\s+to\s+(?:bed|sleep)"
            r"(?:" + ALONE + r"|,?\s+(?:don't|do\s+not)\s+(?:wake|follow|bother|disturb))",
            START + r"not\s+now,?\s+not\s+ever\b",
            START + r"drop\s+it,?\s+(?:seriously|now|please|ok|already)\b",
            r"\bI'm\s+not\s+going\s+to\s+(?:argue|fight|do\s+this)\b",
            r"\bI\s+refuse\s+to\s+(?:discuss|talk|argue|engage|have\s+this)\b",
            r"\bI\s+won't\s+(?:talk|discuss|argue)\b",
            START + r"save\s+(?:it|your\s+breath)\b(?!\s+for)",
            START + r"(?:just\s+)?stop\s+talking\b",
            r"\bI'm\s+hanging\s+up\b(?!\s+(?:the|my|your|a|some|our|his|her)\b)",
            r"\bI'm\s+(?:switching|turning)\s+(?:my\s+phone|it)\s+off\b",
            r"\bdon't\s+(?:come\s+after|bother)\s+me\b",
            START + r"(?:just\s+)?(?:go|leave|get\s+out)(?:\s+of\s+(?:my|the|this)\s+\w+)?" + ALONE,
            r"\bI'm\s+not\s+listening\s+to\b",
            START + r"(?:bye|goodbye)(?:\s+then)?[.!]*$",
            START + r"(?:whatevs|meh|k\.|done|nope|over\s+it|move\s+on|not\s+today|"
            r"enough\s+already|okay,?\s+done|ok,?\s+done)\.*$",
            r"\bI'm\s+(?:finished|through)\s+(?:talking|with\s+(?:this|you))\b",
            r"\b(?:subject|topic|conversation|discussion)(?:'s|\s+is)?\s+(?:closed|finished|over)\b",
            r"\bthat's\s+the\s+end\s+of\s+(?:it|that)\b",
            r"\bI(?:'ve|\s+have)\s+said\s+all\s+I\b|\bI\s+said\s+what\s+I\s+said\b",
            r"\bI'm\s+not\s+explaining\s+(?:myself|this|it)\b",
            START + r"no\s+comment" + ALONE,
            r"\bnot\s+another\s+word\b",
            r"\bI'm\s+(?:walking\s+away|shutting\s+down)\b",
            r"\bI\s+can't\s+with\s+you\b",
            r"\bI\s+give\s+up\b(?!\s+(?:sugar|smoking|drinking|coffee|meat|on\s+\w+ing|"
            r"on\s+(?:the|this|that|my)\s+(?!(?:conversation|relationship|marriage|talk|argument)\b)\w+))",
            r"\btalk\s+to\s+someone\s+who\s+cares\b",
            r"\bdon't\s+wait\s+for\s+me\b",
            r"\bI've\s+heard\s+enough\b",
            r"\b(?:pointless|no\s+use)\s+talking\s+to\s+you\b|\bso\s+why\s+talk\b",
            r"\bI'm\s+so\s+over\s+(?:this|it|you)\b",
            START + r"can\s+we\s+just\s+drop\s+it\b",
            r"\bI'm\s+out,?\s+(?:bye|done|later)\b",
            r"\bI'm\s+not\s+(?:doing|having)\s+this\b",
            # Going silent or out of reach: "I'm putting my headphones on", "I'm going quiet now".
            r"\bI'm\s+(?:putting\s+(?:my\s+)?headphones\s+on|going\s+(?:quiet|silent|dark)|tuning\s+(?:you\s+)?out)\b",
            r"\b(?:you\s+can\s+)?talk\s+to\s+the\s+wall\b",
            r"[,.;]\s*I'm\s+(?:finished|done)\W*$",
            r"\bwe're\s+done\s+here\b",
            r"\buntil\s+then,?\s+(?:nothing|silence|I'm\s+not\s+\w+ing)\b|\bI'm\s+not\s+listening\s+(?:till|until)\b",
            r"\bI\s+have\s+nothing\s+(?:else|more)\s+to\s+(?:add|say)\b",
            r"\bdon't\s+@\s*me\b",
            r"\bwhen\s+I\s+feel\s+like\s+it\b",
            START + r"(?:mm+|don't)[.!]*$",
            r"\bI\s+don't\s+know\s+when\s+I'll\s+be\s+back\b",
            r"\bwaste\s+of\s+(?:my\s+)?breath\b",
            r"\b(?:checked\s+out\s+of|leaving|ending|finished\s+with|through\s+with)\s+(?:this|the)\s+"
            r"(?:conversation|discussion)\b",
            r"\bwhatever\s+helps\s+you\s+sleep\b",
            # Sending them elsewhere or away for good.
            r"\b(?:go\s+)?talk\s+to\s+(?:someone|somebody)\s+else\b",
            r"\bI'm\s+(?:switching|turning)\s+(?:off\s+)?my\s+phone(?:\s+off)?\b",
            START + r"(?:think|believe|say|feel)\s+(?:whatever|what)\s+you\s+(?:want|like)\b",
            START + r"(?:end\s+of|just\s+no)" + ALONE,
            r"\bstop\s+(?:texting|messaging|calling|ringing)\s+me\b",
            r"\bhave\s+it\s+your\s+(?:own\s+)?way\b",
            START
            + r"(?:I\s+)?can't\s+be\s+bothered(?:\s+with\s+(?:this|you|it|any\s+of\s+(?:this|it)))?"
            + ALONE,
            r"\bdon't\s+expect\s+me\s+(?:home|back)\b|\bI'm\s+not\s+coming\s+(?:home|back)\b",
            r"\byou\s+won't\s+hear\s+from\s+me\b",
            r"\bdon't\s+bother\s+(?:replying|answering|calling|texting|coming\s+after\s+me|trying|apologi[sz]ing|"
            r"explaining)\b",
            r"\bdon't\s+(?:come\s+(?:looking\s+for|after)|look\s+for)\s+me\b",
            r"\bI\s+won't\s+be\s+(?:replying|answering|responding|discussing|talking)\b|"
            r"\bI\s+won't\s+(?:reply|answer|respond)\b",
            r"\b(?:this|this\s+conversation|this\s+discussion|talking\s+to\s+you|arguing|this\s+argument)\s+"
            r"(?:is|'s)\s+(?:pointless|useless|going\s+nowhere|a\s+waste\s+of\s+time)\b",
            r"[*(\[]\s*(?:silence|no\s+(?:answer|reply|response)|walks\s+(?:away|out|off)|"
            r"leaves(?:\s+the\s+room)?|slams\s+(?:the\s+)?door|turns\s+away|ignores(?:\s+you)?|"
            r"puts\s+headphones\s+on|says\s+nothing|silent)\s*[*)\]]",
        ),
    ),
)
