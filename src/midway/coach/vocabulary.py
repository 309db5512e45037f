"""Word lists the coach's rules are built from.

Kept apart from the rules so that adding a word ("stingy", "muppet") never
means touching a pattern. Every entry is a regex fragment; ``'`` in a
pattern may be missing from the text ("dont"), see ``rules._re``.
"""

from __future__ import annotations

# "you're", "you are", "you were" … the ways of saying what someone *is*.
YOU_ARE = (
    r"(?:you're|you\s+(?:really\s+|truly\s+|honestly\s+|seriously\s+|actually\s+|literally\s+|"
    r"clearly\s+|just\s+)?(?:are|were)|you've\s+been|ur|u\s+r|you\s+can\s+be|you\s+get\s+so|"
    # "your such a child": the common misspelling, only before a label's usual lead-in.
    r"your(?=\s+(?:such|so|a|an|being)\s))"
)

# Words that may sit between "you're" and a label: "you're being so selfish".
GAP = (
    r"(?:\s+(?:being|acting|so|such|a|an|really|very|just|too|most|the|totally|completely|"
    r"incredibly|unbelievably|honestly|literally|always|kind\s+of|sort\s+of|pretty|extremely|"
    r"super|bit|little|fucking|fuckin|freaking|damn|bloody|seriously|genuinely|truly|utterly|"
    r"absolutely|absolute|utter|biggest|real|total|complete|massive|huge|like|insanely|ridiculously|still|now|"
    r"officially|clearly|sometimes|often|walking|emotionally|bit\s+of\s+a)){0,4}"
)

# Names for who someone is, rather than what they did (criticism).
CRITICAL_LABELS = (
    r"selfish|lazy|inconsiderate|thoughtless|careless|irresponsible|stubborn|cold|controlling|"
    r"needy|clingy|insensitive|rude|mean|cruel|unreliable|arrogant|manipulative|ungrateful|"
    r"self-?cent(?:er|re)d|self-?absorbed|entitled|petty|flaky|slob|jealous|possessive|"
    r"negative|difficult|impossible|unfair|dishonest|liar|heartless|distant|toxic|"
    r"narcissist(?:ic)?|passive-?aggressive|condescending|judg(?:e)?mental|hypocrit(?:e|ical)|"
    r"nag|control\s+freak|uncaring|unsupportive|demanding|moody|bossy|spoil(?:ed|t)|annoying|"
    r"exhausting|nightmare|mess|disaster|cheap|stingy|obsessed|flake|flakey|useless\s+at|terrible\s+at|"
    r"incapable|hopeless\s+(?:at|with)|emotionally\s+unavailable|workaholic|snob|unbearable|worst|pain|disrespectful|"
    r"tactless|grump|grumpy|pushover|hoarder|harsh|impatient|sloppy|unromantic|immature|vain|greedy|"
    r"sneaky|secretive|two-?faced|fake|oblivious|forgetful|unreasonable|aggressive|hostile|nasty|"
    r"bitter|sulky|whiny|tight-?fisted|bully|hypocrite|lazy\s+\w+|know-?it-?all|martyr|"
    r"(?:terrible|awful|lousy|horrible|rubbish|crap|shit|bad|hopeless)\s+(?:listener|driver|partner|"
    r"husband|wife|boyfriend|girlfriend|cook|father|mother|dad|mum|mom|communicator|liar|friend|host)|"
    r"laziest|rudest|meanest|coldest|most\s+(?:selfish|inconsiderate|stubborn|difficult|annoying|"
    r"thoughtless|careless|unreliable|arrogant|insensitive|negative|controlling)|least\s+(?:romantic|"
    r"helpful|reliable|considerate|thoughtful|supportive|patient)"
)

# The same, as nouns: "your selfishness", "your excuses".
CHARACTER_NOUNS = (
    r"selfishness|laziness|stubbornness|arrogance|negativity|neediness|jealousy|coldness|"
    r"carelessness|immaturity|temper|attitude|excuses|nagging|whining|moodiness|lies|lying|"
    r"bullshit|crap|insecurit(?:y|ies)|control\s+issues|issues|self-?pity|sulking|tantrums?|"
    r"hypocrisy|indifference|passive\s+aggression|rudeness|meanness|cruelty|entitlement|lateness|"
    r"disrespect|moods|mood\s+swings|drinking|laziness|sarcasm|silent\s+treatment"
)

# Names that speak from above (contempt). Words that belittle feelings rather than
# the person ("dramatic", "too sensitive") are in DISMISSALS.
INSULTS = (
    r"idiot|moron|pathetic|stupid|dumb|loser|joke|disgusting|worthless|useless|clown|fool|"
    r"imbecile|dumbass|ridiculous|embarrassing|embarrassment|disgrace|spineless|brat|psycho|"
    r"nuts|child|childish|baby|piece\s+of\s+(?:work|shit)|waste\s+of\s+space|trash|garbage|freak|weirdo|"
    r"deranged|pitiful|jerk|asshole|bitch|bastard|prick|coward|dick|twat|"
    r"muppet|cow|pig|laughingstock|lost\s+cause|walking\s+(?:disaster|joke|mess|cliche)|revolting|gross|"
    r"wimp|dense|clueless|brainless|gormless|disgrace|absurd|sad\s+little\s+\w+|little\s+princess|"
    r"waste\s+of\s+(?:my\s+)?(?:time|space|oxygen|air)|idiotic|dimwit|halfwit|numpty|pillock|dim|"
    r"thick(?!\s+as\b)|hopeless(?!\s+(?:at|with|romantic))"
)

# Calling their feelings too much (contempt, family "dismissal").
DISMISSALS = (
    r"dramatic|hysterical|paranoid|(?:way\s+)?too\s+sensitive|oversensitive|hypersensitive|"
    r"crazy(?!\s+(?:about|for|good|talented|smart))|insane|delusional|a\s+drama\s+queen|"
    r"unhinged|mental|irrational|(?:way\s+|so\s+)?too\s+emotional|so\s+sensitive|drama\s+queen|"
    r"overdramatic|melodramatic|touchy"
)

# Said to someone's face, these are names: "you idiot".
VOCATIVE_INSULTS = (
    r"idiot|moron|loser|clown|fool|imbecile|dumbass|jerk|asshole|bitch|bastard|prick|coward|"
    r"psycho|freak|muppet|twat|dick|cow|pig|baby|child|brat|crybaby|drama\s+queen"
)

# Mock titles: "whatever, genius".
MOCK_TITLES = (
    r"genius|einstein|sherlock|smartass|smart\s*guy|smarty\s*pants|captain\s+obvious|hotshot|"
    r"mr\.?\s+know-it-all|know-it-all|your\s+(?:majesty|highness|royal\s+highness)"
)

# After "you always …" these make it praise: "you always make me laugh".
POSITIVE = (
    r"\b(?:love|adore|appreciate|enjoy|amaze|impress|inspire|delight|make\s+me\s+(?:laugh|smile|"
    r"happy|feel\s+(?:good|better|special|safe|loved|seen|heard|wanted|welcome|beautiful))|know\s+(?:how|what|when|where|just|exactly)|remember|support|show\s+up|"
    r"have\s+my\s+back|got\s+my\s+back|get\s+me|understand|find\s+(?:a\s+way|time)|"
    r"put\s+me\s+first|take\s+care|look\s+out|cheer|believe\s+in|encourage|there\s+for|kind|"
    r"sweet|thoughtful|patient|generous|supportive|lovely|wonderful|gentle|calm|honest|funny|"
    r"warm|caring|helpful|on\s+my\s+side|beautiful|handsome|gorgeous|amazing|brilliant|great|"
    r"good\s+(?:to|with|at)|welcome|proud|fun|smell|look\s+(?:good|great|amazing|lovely|nice)|"
    r"light\s+up|surprise\s+me|save\s+me|comfort|listen|hold\s+me|hug|laugh|try\s+your\s+best|"
    r"mean\s+well|come\s+through|make\s+time|ask\s+(?:about|how)|pick\s+me\s+up|right\s+about|"
    r"so\s+good|the\s+best|my\s+favou?rite|win\s+at|bring\s+me|thank|safe|cute|smile|happy|glad|melt|"
    r"my\s+heart|makes?\s+my\s+day|brighten|warms?|feel\s+like\s+home|feel\s+(?:special|safe|"
    r"welcome|loved|better|good|easy|lighter)|there\s+when|by\s+my\s+side|on\s+time|up\s+for|ready\s+to|"
    r"nicely|so\s+well|beautifully|the\s+(?:good|best)\s+in|makes?\s+me\s+(?:laugh|smile|happy)|"
    r"feel\s+like\s+home|think\s+(?:of|about)\s+"
    r"you|miss\s+you)"
)

# After "you never …" these make it praise: "you never judge me".
NEVER_PRAISE = (
    r"^\s*(?:once\s+|ever\s+)?(?:fail|let\s+me\s+(?:down|feel|be\s+alone|struggle|go|pay)|judge|complain|give\s+up|stop\s+(?:making|"
    r"trying|caring|surprising|loving|amazing|impressing|inspiring|delighting|supporting|helping|spoiling)|know\s*(?:[,.!]|$)|(?:make|made)\s+me\s+feel\s+(?:bad|small|stupid|silly|wrong|guilty|"
    r"ashamed|unwanted|alone|judged|dumb|embarrassed|awkward|unsafe|rushed|pressured|"
    r"like\s+an?\s+(?:burden|failure|idiot|bother|nuisance|child))|hurt|"
    r"forget|miss|raise|raised|blame|take\s+me\s+for\s+granted|doubt|ask\s+for|leave\s+me\s+out|"
    r"hold\s+(?:it|a\s+grudge)|lie|lied|cheat|yell|shout|push|rush|pressure|mock|laugh\s+at|"
    r"disappoint|bore|stop\s+me|an?\s+(?:burden|bother|nuisance|problem|trouble)|make\s+it\s+about|need\s+to\s+(?:apologi[sz]e|worry)|have\s+to\s+"
    r"(?:apologi[sz]e|worry|ask|earn|prove|hide|pretend|explain)|cease|far\s+from)"
)
