"""Rules for contempt: speaking to the partner from above.

Insults and mock titles ("you're pathetic", "you idiot", "whatever, genius"),
disgust ("you make me sick", "I hate you"), sarcasm ("oh great, late again",
"yeah right", "real mature", "thanks for nothing"), mockery ("boo hoo",
"*scoffs*"), an eye-roll aimed at the partner (🙄 in a sentence that says
"you", or alone; "*rolls eyes*") and belittling their feelings ("you're
being dramatic", "calm down", "who cares").

The full list of concepts, with examples, is in ``analysis``; word lists are in
``vocabulary``.
"""

from __future__ import annotations

import re

from midway.coach.patterns import (
    ALONE,
    START,
    YOU,
    P,
    Rule,
    any_of,
    compile_rule_pattern,
    pattern_rule,
)
from midway.coach.vocabulary import (
    CRITICAL_LABELS,
    DISMISSALS,
    GAP,
    INSULTS,
    MOCK_TITLES,
    VOCATIVE_INSULTS,
    YOU_ARE,
)

_EMOJI_SCORN = re.compile("[\U0001f644\U0001f612\U0001f921\U0001f595\U0001f485\U0001f971]")
_EMOJI_FACEPALM = re.compile("\U0001f926")
_EYE_ROLL = compile_rule_pattern(
    r"\b(?:rolls?|rolling|rolled)\s+(?:my\s+|his\s+|her\s+|their\s+)?eyes\b|\beye-?\s*rolls?\b"
)


_HERE_WE_GO = compile_rule_pattern(r"\bhere\s+we\s+go\b")


def _scornful_gesture(sentence: str) -> bool:
    """An eye-roll (emoji or written) aimed at the partner, or standing alone."""
    words = re.sub(r"\W|_", "", _EMOJI_SCORN.sub("", sentence))
    aimed = (
        YOU.search(sentence) is not None or not words or _HERE_WE_GO.search(sentence) is not None
    )
    if _EMOJI_SCORN.search(sentence) and aimed:
        return True
    if _EMOJI_FACEPALM.search(sentence) and YOU.search(sentence):
        return True
    written = _EYE_ROLL.search(sentence) is not None
    return written and (aimed or "*" in sentence or "(" in sentence)


SARCASTIC_PRAISE = r"great|perfect|wonderful|fantastic|brilliant|lovely|terrific|awesome"
# "Your cooking is SO amazing, truly.": praise shouted, then insisted on. Case matters here.
_SHOUTED_PRAISE = re.compile(
    r"\b(?:SO|SOOO*|REALLY|VERY)\s+(?:[a-z]+\s+)?(?:amazing|great|perfect|helpful|wonderful|fantastic|"
    r"brilliant|thoughtful|considerate|mature|smart|clever|useful|nice)\b,?\s+(?:truly|really|honestly|"
    r"as\s+always|as\s+usual|thanks)\b"
)


def _shouted_praise(sentence: str) -> bool:
    return _SHOUTED_PRAISE.search(sentence) is not None


CONTEMPT_RULES: tuple[Rule, ...] = (
    pattern_rule(
        P,
        "insult",
        any_of(
            rf"\b{YOU_ARE}{GAP}(?:\s+(?:{CRITICAL_LABELS}))?\s+(?:{INSULTS})\b"
            r"(?![-\s]*(?:proof|friendly|steps?|photos?))",
            rf"\byou\s+(?:(?:absolute|stupid|fucking|complete|total|little|utter|big|spoiled|spoilt)\s+)*"
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
            r"\b(?:embarrassed|ashamed)\s+(?:to\s+be\s+seen\s+with|of|by)\s+you\b",
            r"\byou\s+(?:think\s+you\s+)?know\s+(?:everything|it\s+all|best)\b",
            r"\b(?:I\s+forgot|excuse\s+me,?|sorry,?)\s+you(?:'re|\s+are)\s+(?:perfect|always\s+right|"
            r"never\s+wrong|so\s+much\s+better)\b",
            r"\bno\s+wonder\s+(?:no\s*one|nobody|your|you)\b",
            r"\bwhat\s+did\s+I\s+(?:ever\s+)?see\s+in\s+you\b",
            r"\b(?:who|no\s*one|nobody)\s+(?:else\s+)?(?:would|could)\s+(?:ever\s+)?"
            r"(?:want|love|put\s+up\s+with|stand)\s+you\b",
            r"\byou\s+should\s+be\s+ashamed\b",
            r"(?:^\W*|[,.;!]\s*|\b(?:just|please|you\s+need\s+to|you\s+should|time\s+to|have\s+to|will\s+you|"
            r"can\s+you|to|oh)\s+)grow\s+(?:the\s+\w+\s+)?(?:up|a\s+spine|a\s+pair)\b"
            r"(?!\s+(?:in|with|together|near|so|fast)|\s*\?)",
            r"\bget\s+(?:a\s+life|over\s+yourself|a\s+grip(?!\s+on))\b",
            r"\bman\s+up\b",
            r"\bshut\s+(?:up|your\s+mouth|it)\b(?!\s*\?)",
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
            rf"\bI\s+(?:married|live\s+with|am\s+dating|fell\s+for|chose)\s+(?:an?\s+|such\s+an?\s+)?"
            rf"(?:\w+\s+)?(?:{INSULTS})\b",
            rf"\b{YOU_ARE}{GAP}\s+\w+(?:\s+and|,)\s+(?:\w+\s+){{0,3}}?(?:{INSULTS})\b",
            r"\bsick\s+of\s+you\b",
            r"\b(?:dumber|stupider|more\s+stupid|more\s+useless|more\s+pathetic|lazier|uglier)\s+than\b",
            r"\bI\s+(?:\w+\s+)?hate\s+you\b",
            r"\bI\s+(?:\w+\s+)?don't\s+care\s+(?:what|how)\s+you\s+(?:think|say|feel|want)\b",
            r"\byou\s+(?:act|behave|sound|look)\s+like\s+(?:a|an)\s+(?:child|baby|idiot|toddler|"
            r"teenager|lunatic|maniac|crazy\s+person|spoiled\s+brat|brat|moron|clown)\b",
            r"\bforget\s+your\s+(?:own\s+)?head\b",
            r"\b(?:who|nobody|no\s+one)\s+asked\s+you\b",
            START + r"(?:oh,?\s+)?(?:give\s+me\s+a\s+break|get\s+real|get\s+a\s+clue|duh)" + ALONE,
            r"\bspare\s+me\s+the\b",
            r"\bwhat\s+an?\s+(?:pathetic|stupid|dumb|sad|useless|lame|idiotic|ridiculous|waste)\b",
            r"\b(?:dumbest|stupidest|most\s+(?:stupid|pathetic|ridiculous|idiotic|useless))\s+"
            r"(?:thing|idea|excuse|person|comment)\b",
            r"\b(?:only|even)\s+an?\s+(?:idiot|moron|child|toddler|teenager|five-year-old|monkey|dog)\s+"
            r"(?:would|could|can|knows)\b",
            r"\bmy\s+(?:grandmother|gran|granny|nan|nana|grandma|dog|cat|little\s+\w+)\s+(?:could|can|would)\b"
            r"[^.?!]{0,40}?\b(?:than\s+you|better)\b",
            r"\buse\s+your\s+(?:brain|head)\b",
            # Worse than a child, a pet or a plant: "I've seen smarter houseplants".
            r"\b(?:smarter|brighter|cleverer|better\s+manners|more\s+(?:sense|manners|maturity|brains))\b"
            r"[^.?!]{0,30}?\b(?:house\s*plants?|plants?|toddlers?|children|kids|dogs?|rocks?|potatoes|goldfish|"
            r"monkeys?|five-year-olds?|teenagers?)\b",
            r"\b(?:house\s*plants?|toddlers?|children|kids|dogs?|rocks?|potatoes|goldfish|monkeys?|five-year-olds?|"
            r"teenagers?)\s+(?:with|have|has)\s+(?:better|more)\b",
            r"\beven\s+(?:my|a|the|our|your)\s+(?:[\w-]+\s+){0,3}?(?:nephew|niece|kid|child|son|daughter|toddler|"
            r"dog|cat|grandma|gran|nan|granny|baby|hamster)\s+(?:understands|knows|gets|can|could|would|manages|does)"
            r"\b(?:\s+(?:this|that|it)\W*$|[^.?!]{0,40}?\bthan\s+you\b)",
            # Explaining down to them: "do I need to spell it out?", "should I draw you a picture?".
            r"\bspell\s+it\s+out\s+for\s+you\b|\bdraw\s+you\s+a\s+(?:picture|diagram|map)\b|"
            r"\b(?:do|should|shall|must)\s+I\s+(?:need\s+to\s+|have\s+to\s+)?(?:spell\s+it\s+out|say\s+it\s+slower)\b",
            r"\bare\s+you\s+(?:even\s+)?capable\s+of\b|\bhow\s+do\s+you\s+(?:even\s+)?function\b",
            r"\b(?:someone|somebody|a\s+man|a\s+woman|a\s+person)\s+(?:this|so)\s+(?:dim|thick|dense|stupid|dumb|"
            r"clueless|useless|pathetic)\b",
            r"\bisn't\s+your\s+strong\s+(?:suit|point)\b",
            r"\bwhy\s+would\s+(?:anyone|anybody)\s+(?:listen\s+to|want|love|trust|believe|marry)\s+you\b",
            r"\blook\s+at\s+the\s+state\s+of\s+you\b",
            r"\bmakes?\s+my\s+skin\s+crawl\b",
            rf"\bwhat\s+an?\s+(?:{VOCATIVE_INSULTS})\b",
            r"\bI\s+forgot,?\s+(?:I\s+was\s+(?:talking|speaking)\s+to|you're)\s+(?:an?\s+|the\s+)?(?:genius|expert|"
            r"einstein|professor|perfect|always\s+right|never\s+wrong)\b",
            r"\bwhat\s+is\s+your\s+(?:IQ|problem\s+with\s+basic)\b|\byour\s+IQ\b",
            r"\bdid\s+you\s+(?:even\s+)?(?:finish|go\s+to|pass)\s+(?:school|primary)\b",
            r"\bare\s+you\s+(?:really\s+|actually\s+|seriously\s+|honestly\s+)?(?:this|that|so)?\s*"
            r"(?:stupid|dense|thick|dumb|slow|clueless|useless)\b",
            r"\b(?:embarrassed|ashamed)\s+to\s+be\s+(?:married\s+to|with|seen\s+with|related\s+to)\s+you\b",
            r"\b(?:who|no\s*one|nobody)\s+(?:\w+\s+)?(?:else\s+)?(?:would|could)\s+(?:even\s+|ever\s+)?"
            r"(?:want|love|put\s+up\s+with|stand|marry)\s+you\b",
            r"\blucky\s+(?:anyone|someone|anybody|I)\s+(?:puts?\s+up\s+with|loves?|wants?|stays?\s+with)\s+you\b",
            r"\b(?:nobody|no\s+one)\s+asked\s+(?:for\s+)?(?:you|your)\b",
            r"\bsick\s+of\s+(?:\w+ing\s+(?:at\s+)?)?you\b",
            r"\bhow\s+(?:stupid|dumb|dense|thick|useless|pathetic|clueless)\s+(?:you|can|are|is)\b",
            r"\byou\s+(?:wouldn't|won't|would\s+never|couldn't|can't|could\s+never)\s+(?:even\s+)?"
            r"(?:understand|get\s+it|grasp)\b",
            r"\b(?:use|using)\s+small(?:er)?\s+words\b",
            r"\btoo\s+(?:complicated|complex|hard|difficult)\s+for\s+you\b",
            r"\bworry\s+your\s+(?:pretty\s+|little\s+)+head\b",
            r"\bnot\s+(?:smart|clever|bright|intelligent)\s+enough\b",
            r"\bgo\s+(?:cry|run|whine|complain|crying|running)\s+(?:back\s+)?to\s+(?:your\s+)?(?:mother|mom|mum|"
            r"mommy|mummy|dad|daddy|friends|mates)\b",
            r"\bcouldn't\s+organi[sz]e\s+a\b",
            r"\beven\s+(?:the|a|my|our)\s+\w+\s+(?:knows?|could|can|would|does)\b[^.?!]{0,30}?\bthan\s+you\b",
            r"\byou\s+(?:wouldn't|won't|couldn't)\s+last\s+(?:a|an|one|five|ten)\b",
            r"\b(?:worship(?:ping)?|kiss(?:ing)?)\s+the\s+ground\b",
            r"\b(?:did|have)\s+you\s+(?:break|broken|chip|chipped)\s+a\s+nail\b",
            r"\bdo\s+you\s+(?:ever|even)\s+(?:use|have)\s+(?:your\s+|a\s+)?(?:brain|head|sense)\b",
            START + r"talk\s+about\s+(?:useless|pathetic|lazy|clueless|dumb|stupid)\b",
            START
            + r"(?:wow|unbelievable|incredible)[.!,]*\s*(?:just\s+wow|you\s+(?:actually|really))\b",
            r"(?:\U0001f602|\U0001f923|\blol\b|\blmao\b|\bhaha\w*)[^.?!]{0,10}\byou\s+(?:really|actually|"
            r"seriously|honestly)\s+(?:thought|think|believed?)\b",
        ),
    ),
    # Contempt in polite or formal dress (before sarcasm: it wins a tie, and stands alone): praise or patience that means its opposite
    # ("how refreshing to see you help for once", "for someone of your talents",
    # "whatever helps you sleep at night", "was I supposed to be impressed?").
    pattern_rule(
        P,
        "polite",
        any_of(
            r"\b(?:how|so|nice|lovely|refreshing|kind|good|sweet|generous|thanks?|thank\s+you)\b"
            r"[^.?!]{0,40}?\byou\b[^.?!]{0,50}?\bfor\s+once\b(?!\s+in\s+my\b)",
            r"\b(?:someone|somebody|a\s+person|people)\s+(?:of|with)\s+your\s+(?:obvious\s+|considerable\s+)?"
            r"(?:abilities|talents?|intelligence|calibre|caliber|brains|skills?|standards|intellect)\b",
            r"\bwhatever\s+(?:helps|lets)\s+you\s+sleep\s+at\s+night\b",
            r"\b(?:is|are|was|were|seems?|seemed)\s+(?:clearly\s+|apparently\s+|obviously\s+|just\s+)?"
            r"(?:way\s+|far\s+|completely\s+)?beyond\s+you\b",
            r"\byour\s+(?:little|latest|usual)\s+(?:tantrums?|outbursts?|moods?|games?|dramas?|episodes?|"
            r"hissy\s+fits?|sulks?|performances?|meltdowns?|lectures?|speeches?)\b",
            r"\b(?:was|am|were)\s+I\s+(?:supposed|meant|expected)\s+to\s+be\s+(?:impressed|grateful|thankful|"
            r"flattered|amazed|touched)\b",
            r"\b(?:notice|noticed|noticing|remember|remembered|acknowledge)\s+(?:that\s+)?I\s+exist\b",
            r"\b(?:expected|expect|expecting)\s+(?:nothing|no\s+less|no\s+more|nothing\s+(?:more|less|else))\s+"
            r"(?:from|of)\s+you\b|\bimply\s+I\s+expected\s+(?:better|more|something)\b",
            r"\bhow\s+(?:clueless|useless|selfish|lazy|stupid|dense|thick|thoughtless|careless|helpless)\s+"
            r"(?:a\s+(?:person|man|woman|grown\s+\w+)|one\s+person|someone|anyone)\s+can\s+be\b",
            r"^\W*I\s+(?:just\s+)?(?:love|adore)\s+(?:how|the\s+way)\s+you\s+(?:think|seem\s+to\s+think|"
            r"somehow|play\s+the|act\s+like|pretend|can\s+find\s+(?:the\s+)?time)\b",
            r"\b(?:busy|packed|hectic)\s+schedule\s+of\s+(?:doing\s+)?nothing\b",
            r"\b(?:only|just)\s+took\s+(?:you\s+)?(?:\w+\s+)?(?:years|months|weeks|decades)\b",
            r"\btook\s+you\s+long\s+enough\b",
            r"\bdone\s+us\s+(?:all\s+)?(?:a|such\s+a)\s+(?:great|huge|big|massive)\s+favou?r\b",
            r"^\W*(?:well,?\s+)?good\s+for\s+you[,.!]+\s+(?:you\s+)?(?:\w+\s+){0,2}?(?:finally|actually|only\s+took)\b",
            r"\bgracing\s+(?:us|me)\s+with\b",
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
            r"\byeah,?\s+right\b(?!\s+(?:after|before|now|away|there|here|back|behind|next|on|in|at|then|"
            r"around|outside|by)|,?\s+(?:I'll|I\s+will|we'll|let's|like\s+I'd|as\s+if\s+I'd))",
            START + r"as\s+if\b",
            START + r"(?:oh,?\s+)?(?:sure|right|yeah|of\s+course|su+re|ri+ght),?\s+you\s+"
            r"(?:did|do|will|are|were|would|have|can|didn't|don't|won't)" + ALONE,
            START + r"(?:right|sure|oh\s+sure|yeah),?\s+because\s+(?:you|your|i|that)\b",
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
            r"\b(?:alert|call|tell)\s+the\s+(?:press|media|newspapers|papers)\b|\bstop\s+the\s+presses\b",
            r"\bbless\s+your\s+(?:little\s+)?heart\b",
            r"\b(?:real|how)\s+(?:classy|helpful|smooth|charming|original|clever|considerate|"
            r"thoughtful|nice|adult|grown-up)" + ALONE,
            START + r"(?:gee|gosh|hmm+|wow|golly|huh),?\s+I\s+wonder\s+why\b",
            START
            + r"a+w+,?\s+(?:is|did|does)\s+(?:the\s+)?(?:baby|little|widdle|poor|princess|prince)",
            r"\b(?:is|did|does)\s+the\s+(?:baby|little\s+\w+|princess|prince)\s+(?:need|want|feel|"
            r"tired|upset|sad|have)",
            r"\bcould\s+you\s+be\s+(?:any\s+)?more\s+(?!(?:adorable|lovely|perfect|wonderful|kind|sweet|"
            r"beautiful|handsome|gorgeous|cute|amazing|thoughtful|generous|patient)\b)\w+",
            r"\bcould\s+you\s+be\s+any\s+(?!(?:sweeter|cuter|lovelier|kinder|better|more)\b)\w+",
            r"\b(?:should|shall)\s+(?:I|we)\s+throw\s+(?:you\s+)?a\s+(?:party|parade)\b",
            r"\b(?:has|have)\s+spoken\W*$",
            START + r"(?:go\s+)?cry\s+about\s+it\b",
            # Talking to them as to a baby: "did someone get their feelings hurt?".
            r"\b(?:did|does|is|has)\s+(?:someone|somebody|little\s+\w+|poor\s+baby|the\s+baby)\s+"
            r"(?:get|got|need|have|feel|having)\b(?![^.?!]*\b(?:hug|cuddle|snack|coffee|tea|cake|kiss|nap)\b)",
            r"\b(?:mummy|mommy)\s+(?:thinks|says|told)\b",
            START
            + r"o+h+,?\s+(?:scary|I'm\s+(?:so\s+)?scared)\b|\bI'm\s+shaking\s+in\s+my\b|,\s*I'm\s+shaking\W*$",
            START
            + r"(?:bless|aw+),?\s+(?:you\s+tried|at\s+least\s+you\s+tried|you\s+really\s+tried)\b",
            r"\bI'm\s+(?:riveted|enthralled|fascinated)\W*$|\bkeep\s+talking,?\s+(?:it's|this\s+is)\s+"
            r"(?:hilarious|fascinating|riveting|great)\b",
            r"\b(?:your|his|her)\s+(?:very|oh\s+so|super|terribly|incredibly)\s+important\s+\w+",
            r"\bthanks?\s+(?:you\s+)?(?:a\s+lot|a\s+bunch|so\s+much|loads)\b[^.?!]{0,40}?\b(?:ruin|embarrass|"
            r"wreck|spoil|humiliat|forgetting|ignoring|making\s+me|leaving\s+me|nothing|mess)",
            START
            + r"(?:wow,?\s+|oh,?\s+)?so\s+(?:perfect|helpful|thoughtful|considerate|mature|grown[-\s]up),?\s+"
            r"as\s+(?:always|usual)\b",
            r"\bhow\s+(?:very\s+)?(?:brave|grown[-\s]up|mature|adult|noble|big)\s+of\s+you\b",
            r"\bhow\s+very\s+\w+\s+of\s+you\b",
            START + r"bravo\b[^!]*$",
            r"\bway\s+to\s+(?:ruin|wreck|spoil|kill|embarrass|mess\s+up|make\s+(?:it|everything))\b",
            START + r"(?:real|very)\s+(?:smooth|clever|helpful|nice|mature)\b",
            START
            + r"(?:oh,?\s+|wow,?\s+)?(?:great|nice|good|brilliant|fantastic|wonderful|perfect|super|lovely|well\s+done)"
            r"(?:\s+(?:job|work|going|one))?[,.!]+\s+(?:you(?:'ve)?\s+)?(?:\w+\s+){0,2}?(?:broke|broken|"
            r"ruined|forgot|lost|outdone\s+yourself|locked|spilled|burnt|burned|wrecked|missed|again|"
            r"managed\s+to)\b",
            START + r"(?:aren't|weren't)\s+you\s+(?:just\s+)?(?:a\s+(?:delight|treat|joy|ray)|"
            r"clever|special|precious)\b(?:\s+\w+){0,3}[.!\u2026]*$",
            START
            + r"(?:yeah|oh|wow|right)[,!]?\s+you're\s+(?:a\s+real|such\s+a|quite\s+the)\s+(?:catch|prize|"
            r"gem|treat|charmer|winner|delight)\b",
            r"\bcongrat\w*\s+on\b[^.?!]{0,40}?\b(?:bare\s+minimum|finally|actually|managing)\b",
            r"\bbare\s+minimum\b[^.?!]{0,20}?(?:medal|applause|congrat|gold\s+star|parade)",
            r"\b(?:his|her|your)\s+(?:majesty|highness|lordship|ladyship|royal\s+highness)\b",
            r"\bthe\s+(?:prince|princess|king|queen)\s+(?:finally|has\s+(?:finally\s+)?(?:woken|arrived|decided)|"
            r"decided|graces|deigns)\b",
            START
            + r"(?:ha+\w*\s*,?\s*)?(?:yeah|sure|right|oh|uh-huh|ok)[,!]?\s+(?:sure,?\s+|right,?\s+)?you\s+"
            r"(?:were|was|are|did|had|have)\s+(?:\w+\s+)?\"",
            START + r"give\s+me\s+a\s+break,?\s+you\b",
            START + r"(?:wow|oh|well),?\s+what\s+an?\s+\w+" + ALONE,
            START + r"(?:ha\w*[!,.]?\s+)?you\?\s+\w+\?",
            START
            + r"(?:cute|adorable|sweet|funny|hilarious|amazing|precious)\s+(?:that|how)\s+you\s+"
            r"(?:think|thought|believe|actually|really)",
            START + r"(?:oh,?\s+)?look,?\s+(?:who|he|she|it|you)\s+(?:finally|decided|'s\s+\w+ing)",
            r"\bgo\s+on,?\s+cry\b|\bit's\s+(?:all\s+)?what\s+you're\s+good\s+at\b",
            r"\b(?:is|was)\s+your\s+brain\b|\bdo\s+you\s+(?:even\s+)?have\s+a\s+brain\b",
            r"\b(?:need|want)s?\s+(?:his|her|your)\s+(?:mummy|mommy|mama|daddy|dummy|bottle|blankie|nappy)\b",
            r"\bspare\s+me\s+your\b",
            r"\b(?:your|you)\s+(?:\w+\s+)?(?:are|is)\s+the\s+only\s+(?:ones?|thing|person)\s+that\s+(?:count|counts|"
            r"matter|matters)\b",
            START
            + r"(?:that's|how|so|aw+)\s+(?:cute|adorable|sweet|precious),?\s+(?:that\s+|how\s+)?you\s+(?:think|"
            r"thought|believe|actually|really)\b",
            r"\bthe\s+point\s+of\s+you\b|\bwhat\s+(?:good|use)\s+are\s+you\b",
            START + r"not[.!]+$",
            r"\bfinally\s+(?:speaks|decided\s+to\s+(?:show|join|help)|deigns|graces|showed\s+up)",
            r"\b(?:slow\s+clap|round\s+of\s+applause|standing\s+ovation|gold\s+star)\b",
            r"\bor\s+is\s+that\s+too\s+(?:hard|much|difficult)\b|\btoo\s+(?:hard|difficult)\s+for\s+you\b",
            START
            + r"(?:aren't|weren't)\s+you\s+(?:just\s+)?(?:clever|smart|special|a\s+genius|funny|"
            r"brilliant|precious|a\s+delight|the\s+expert)[.!\u2026]*$",
            START + r"(?:wow|oh|well),?\s+what\s+an?\s+(?:hero|saint|gentleman|catch|prize|winner|"
            r"legend|champ|star|treat|genius|sweetheart)\b",
            START + r"(?:yeah|sure|right|oh|uh-huh|ok)[,!]?\s+(?:sure,?\s+|right,?\s+)?you\s+"
            r"(?:were|was|are|did|had|have)\s+(?:\w+\s+)?\"",
            r"\blike\s+that's\s+(?:ever\s+)?(?:going\s+to|gonna)\s+happen\b",
            r"\bthat'll\s+be\s+the\s+day\b",
            r"\bwhen\s+pigs\s+fly\b",
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
            r"(?:perfect|know-it-all|innocent|always[-\s]right)\b",
            START + r"(?:nice|great)\s+(?:going|one|work)\s*[.\u2026]+$",
            START + r"way\s+to\s+go[.\u2026]+$",
            START + rf"(?:{SARCASTIC_PRAISE})[,.!\u2026]+\s+(?:just|really|absolutely)?\s*"
            rf"(?:{SARCASTIC_PRAISE})" + ALONE,
            rf",\s*just\s+(?:{SARCASTIC_PRAISE}|what\s+I\s+needed)" + ALONE,
            rf"(?:,|^|\bthanks|\bjob|\bone|\bgoing|\btry|\bwork|\bmove|\bdone|\bplan|\bok|\bokay|\bsure|\blol|"
            rf"\byeah)\s*"
            rf"(?:{MOCK_TITLES})\b(?!\s+(?:idea|move|plan|solution|work|stroke|suggestion))",
        ),
        unless=any_of(
            r"\bthank\s+you\s+so\s+much\b",
            r"\bsure,?\s+(?:I|we|let's|no\s+problem|that)\b",
            r"\bof\s+course,?\s+(?:I|we|love|darling|sweetheart|babe)\b",
            r"\bmust\s+be\s+nice\s+to\s+(?:finally\s+)?(?:rest|relax|be\s+home)\b.*!",
            r"^\W*(?:oh|ah|wow|well|gee)[,!]?\s+\w+\b.*\b(?:thank|love|appreciate)",
            r"^\W*(?:oh\s+)?please,?\s+(?:let\s+me|come|be|don't|stay|take)\b",
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
    Rule(P, "sarcasm", _shouted_praise),
    # "Get over it" brushes their feelings off, but an excuse beside it is the stronger sign.
    pattern_rule(P, "dismissal", r"\bget\s+over\s+it\b", weight=1),
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
            r"\bdon't\s+be\s+(?:so\s+)?(?!silly,?\s+(?:you're\s+(?:never|not)|of\s+course|it's|you\s+could))"
            r"(?:ridiculous|stupid|dramatic|silly|childish|absurd|"
            r"pathetic|such\s+an?\s+\w+|a\s+baby|an\s+idiot|hysterical|paranoid)\b",
            rf"\byou\s+sound\s+(?:so\s+)?(?:{DISMISSALS}|ridiculous|stupid)\b",
            r"\bit's\s+all\s+in\s+your\s+head\b",
            r"\byou're\s+imagining\s+(?:things|it)\b",
        ),
    ),
)
