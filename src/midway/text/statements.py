"""Find the sentences of a letter that apologise, and those that affirm the partner.

Both look at one sentence at a time (see `blocks.sentences`) and return it as written.
Words inside double quotes are left out of the search: they report something said
("you said "I love you" like it was nothing") rather than say it now. Curly apostrophes
count as straight ones, and Markdown emphasis (* and _) is read as plain words. A sentence
found twice is kept once.

An apology is "I'm (so, really, truly …) sorry", a sentence that begins with "Sorry" (not
a question: "Sorry?" asks to repeat), "I (want to / would like to) apologise / apologize",
"my apologies", "I owe you an apology", or "forgive me". Not an apology: "not sorry" (so
"I'm not sorry", "sorry, not sorry"), "never sorry", "won't/don't apologise", and the
fixed phrases of sympathy "sorry to hear", "sorry for your loss", "feel sorry for",
"sorry for you" / "sorry about him" at the sentence's end. Other sympathy ("I'm sorry
you're sick") reads the same as an apology and is kept: the author confirms each one.

An affirmation says, now, that the writer loves, wants, chooses or values the partner:
"I (really, still, will always …) love / adore / choose / cherish / trust / appreciate /
need / want / miss you" (not "want you to", "need you to"), a sentence that begins "Love
you", "I choose us", "you are enough / loved / wanted / worth it / my person / the one …",
"you make me (feel) happy / safe / loved / seen …", "you mean everything / the world to
me", "you matter", "I'm proud of / grateful for / lucky to have / in love with you",
"I'm yours", "I'm here for you", "I'm not going anywhere", the Spanish "te quiero" / "te
amo", and "it's (always been) you" at the end of a sentence that speaks of the heart,
wanting, loving or choosing ("Whoever I picture wanting, it's always been you."). It does not
count when one of the four words before it is a negation or makes it unreal or reported:
not, never, don't, didn't, doesn't, can't, won't, if, whether, though, although, unless,
pretend, said, say, says, wish, doubt ("I'm not sure I love you", "although I'm yours,
I'm tired").
"""

from __future__ import annotations

import re

from midway.text.blocks import HEADING, Block, sentences

_QUOTED = re.compile(
    r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»"
    # Single quotes only right after a word of saying: 'tell him I'm sorry' is reported.
    r"|(?P<saying>\b(?:said|says|say|asked|told|wrote|texted|goes)\s)'[^\n]{1,200}?'(?!\w)"
)
_EMPHASIS = re.compile(r"[*_]")
_APOLOGY = re.compile(
    r"\b(?:i'm|i\s+am|im)\s+(?:(?:so|really|very|truly|deeply|genuinely|terribly|incredibly"
    r"|sincerely|just|also|still|honestly|awfully)[\s,]+)*sorry\b"
    r"|(?P<opening>^\W*(?:(?:eh|ok|okay|hey|oh|hon|babe|look|listen|also|and|anyway|ugh)\W+)?"
    r"(?:(?:so|very|really)\s+)?sorry\b)"
    r"|\b(?:i|mi|me)\s+(?:(?:so|very|really|truly)\s+)?sorry\b"
    r"|\bi\s+(?:(?:want|wanted|need|needed|would\s+like|'d\s+like|must|have|should)\s+(?:to\s+)?)?"
    r"(?:(?:sincerely|truly|really|deeply|also|again|just|do)\s+)?apologi[sz]e\b"
    r"|\b(?:my|sincere|sincerest|deepest)\s+apologies\b"
    r"|\bi\s+owe\s+you\s+(?:an|a)\s+(?:\w+\s+)?apology\b"
    r"|\bforgive\s+me\b"
    # "That was cowardly of me, sorry ah."
    r"|\b(?:of\s+me|i\s+was|that\s+was|it\s+was)\b[^.?!]{0,80},\s*(?:so\s+|very\s+|really\s+)?sorry"
    r"(?:\s+(?:ah|lah|la|na|love|babe|hon|my\s+love|again))?\W*$"
)
_NOT_APOLOGY = re.compile(
    r"\bnot\s+(?:\w+\s+)?sorry\b|\bnever\s+(?:\w+\s+)?(?:sorry|apologi[sz]e)"
    r"|\b(?:won't|don't|will\s+not|do\s+not|not\s+going\s+to)\s+apologi[sz]e"
    r"|\bsorry\s+to\s+hear\b|\bsorry\s+for\s+your\s+loss\b|\bfeel\s+sorry\s+for\b"
    # Someone else's apology, or a wondering: "my brother said sorry", "to see if you forgive me".
    r"|\b(?!i\b)\w+\s+(?:said|says)\s+sorry\b|\bif\s+(?:you|u)\s+(?:\w+\s+)?forgive\s+me\b"
    r"|\bsorry\s+(?:for|about)\s+(?:you|him|her|them)\W*$"
)
_ADVERBS = (
    r"(?:(?:really|truly|still|do|just|so|also|deeply|fully|always|honestly|absolutely"
    r"|completely|already)[\s,]+)*"
)
_AFFIRMATION = re.compile(
    rf"\bi(?:'ll|\s+will)?\s+{_ADVERBS}"
    r"(?:love|adore|choose|cherish|trust|appreciate|treasure|miss|need|want)\s+you\b(?!\s+to\b)"
    r"|^\W*(?:love|adore|miss)\s+you\b|\bte\s+(?:quiero|amo|adoro)\b"
    r"|\bi\s+(?:choose|pick)\s+us\b(?!\s+to\b)"
    r"|\byou(?:'re|\s+are)\s+(?:(?:so|really|truly|still|always|more\s+than|absolutely|just"
    r"|very)\s+)*(?:enough|worth\s+(?:it|everything|the\s+wait|the\s+world)|loved|wanted"
    r"|cherished|my\s+(?:person|home|everything|favou?rite(?:\s+person)?|best\s+friend"
    r"|partner|love|safe\s+place|heart|world)|the\s+(?:one|love\s+of\s+my\s+life|best)"
    r"|wonderful|beautiful|amazing|precious|important\s+to\s+me"
    r"|a\s+good\s+(?:man|woman|person|partner))\b"
    r"|\byou\s+make\s+me\s+(?:feel\s+)?(?:so\s+|really\s+|very\s+)?(?:safe|happy|loved|seen"
    r"|whole|better|calm|at\s+home|strong|brave)\b"
    r"|\byou\s+mean\s+(?:so\s+much|everything|the\s+world)\s+to\s+me\b|\byou\s+matter\b"
    r"|\bi(?:'m|\s+am)\s+(?:(?:so|really|very|still|always|truly)\s+)*(?:proud\s+of\s+you"
    r"|grateful\s+for\s+you|thankful\s+for\s+you|lucky\s+to\s+have\s+you|in\s+love\s+with\s+you"
    r"|committed\s+to\s+you|here\s+for\s+you|yours\b|not\s+going\s+anywhere)"
)
_ITS_YOU = re.compile(r"\b(?:it's|it\s+is|it's\s+always\s+been|it\s+will\s+always\s+be)\s+you\W*$")
_WANTING = re.compile(r"\b(?:heart|want|wants|wanted|love|choose|chose|need|pick)\b")
_VETO = frozenset(
    {
        "not", "never", "don't", "didn't", "doesn't", "can't", "cannot", "won't", "if",
        "whether", "though", "although", "unless", "pretend", "pretending", "said", "say",
        "says", "wish", "doubt",
    }
)  # fmt: skip


# Broader forms that carry to writers the strict forms above were not written for. A
# sentence found only by one of these is less certain (see `find_weighed_apologies`).
_APOLOGY_MORE = re.compile(
    r"\b(?:i'm|i\s+am|im)\s+(?:(?:so|really|very|truly|also|still|just)[\s,]+)*"
    r"(?:sorru|sory|soory|soryy|sorri|sowwy|srry|sry)\b|^\W*(?:so\s+)?(?:sorru|sory|soryy|soz|srry|sry)\b"
    r"|\b(?:desculpa|desculpe|perdão|perdon|perdón|lo\s+siento|entschuldigung|es\s+tut\s+mir"
    r"\s+leid|(?:je\s+suis\s+)?d[ée]sol[ée]e?|gomen(?:nasai|ne)?|sumimasen|scusa|scusami|mi\s+dispiace|pardonne[\s-]moi)\b"
    r"|\bi\s+(?:really\s+|truly\s+|deeply\s+)?regret\b|\b(?:it\s+was|that\s+was|that's|its|it's)"
    r"\s+(?:all\s+|totally\s+)?my\s+fault\b|^\W*my\s+(?:fault|bad)\b|\bperd[oó]n(?:ame|a)\b"
    r"|\bi\s+(?:want\s+to\s+|need\s+to\s+)?(?:acknowledge|admit|own)\s+(?:that\s+)?(?:i\s+was|i\s+"
    r"(?:\w+ed)\b|my\b)|\bi\s+take\s+(?:full\s+)?responsibility\b|\bi\s+was\s+(?:wrong|out\s+of"
    r"\s+order|out\s+of\s+line|a\s+(?:jerk|prat|idiot))\b|^\W*apologies\s+for\b"
    r"|\b(?:that'?s|thats|that\s+is|that\s+was|that\s+one(?:'s|\s+is|\s+was)|it'?s|its|it\s+was"
    r"|this\s+(?:is|was)|(?:that|this)\s+(?:\w+\s+)?(?:part|bit|one)(?:'s|\s+is|\s+was))"
    r"\s+(?:all\s+|totally\s+"
    r"|completely\s+|100%\s+|partly\s+|mostly\s+|largely\s+|half\s+)?on\s+me\b|\bmy\s+(?:mistake|wrong|fault)\b|\bmy\s+bad\s*(?:[.,!;)]|$)"
    r"|\b(?:that|this)\s+(?:part|one|bit)(?:'s|\s+is)\s+(?:on\s+)?mine\b|\bi\s+(?:really\s+|genuinely\s+)?"
    r"(?:should\s+not|shouldn'?t|shoudln'?t|shouldnae|shouldna|should\s+never)\s+(?:have\s+|of\s+)?\w+"
    r"|\bi\s+(?:really\s+|totally\s+)?(?:messed|screwed)\s+up\b|\bi\s+feel\s+(?:so\s+|really\s+)?"
    r"(?:terrible|awful|bad)\s+(?:about|for|that)\b|\bi\s+hurt\s+you\b"
)
# More of the same, from the writers of the later batches, kept apart: one long pattern
# with many first words is searched more slowly than two.
_APOLOGY_MORE_VOICES = re.compile(
    r"\bi\s+hate\s+(?:that|how|what)\s+i\b|(?<!means\s)(?<!meant\s)\bi(?:'m|\s+am|m)\s+(?:so\s+|really\s+|deeply\s+|truly\s+)?ashamed\b"
    r"|\b(?:i'?m|i\s+am|im)\s+not\s+proud\s+of\b|\bnot\s+(?:my\s+)?proud(?:est)?\s+moment\b"
    r"|미안|죄송|ごめん|すみません|申し訳|\b(?:patawad|pasensya|przepraszam|perdonami|maaf\w*)\b"
    r"|\b(?:mianhae|mianhaeyo|joesonghamnida|main\s+galat\s+th[ai]|es\s+tut\s+mir\s+\w+\s+leid)\b"
    r"|\b(?:fui|estuve|fue)\s+(?:muy\s+|muito\s+|tan\s+)?(?:grosso|grossa|injust[oa]|idiota"
    r"|est[uú]pid[oa]|ego[ií]sta|rud[oe]|mal[oa])\b"
    r"|\bthe\s+fault\s+(?:was|is)\s+(?:all\s+)?mine\b|\bhold\s+my\s+hands?\s+up\b"
    r"|\bi\s+(?:very\s+|damn\s+|so\s+)wrong\b|\bi\s+had\s+no\s+right\b|^\W*(?:also\s+)?not\s+ok(?:ay)?\s+(?:from|of)\s+me\b"
    r"|\bi\s+was\s+(?:really\s+|so\s+|truly\s+)?(?:terrible|awful|horrible|nasty)\s+(?:with|to)\s+(?:you|u)\b"
    r"|\bshould(?:\s+have|'ve)\s+known\s+better\b|\bshud(?:n'?t|\s+not)\s+(?:hv|have|of)\s+\w+"
    r"|\bwhat\s+i\s+(?:did|said)\s+was\s+(?:\w+\s+)?(?:wrong|cruel|unfair|mean|awful|terrible|unkind|not\s+ok(?:ay)?)\b"
    r"|\b(?:it|that)\s+was\s+(?:so\s+|really\s+)?arrogant\b|:\s*inexcusable\b|\bi\s+(?:\w+\s+)?went\s+(?:way\s+|much\s+)?too\s+far\b"
    r"|\bi\s+were\s+(?:proper\s+|well\s+|bang\s+)?(?:out\s+of\s+order|out\s+of\s+line|wrong)\b"
    r"|\b(?:that|this)\s+(?:one\s+)?(?:really\s+|totally\s+|so\s+)?not\s+(?:ok|okay|cool|fair|right)\W*$"
    r"|\bnot\s+how\s+i\s+(?:want|wanted|mean|ought)\s+to\s+(?:speak|talk|treat|be)\b|\bi\s+(?:put|took)\s+it\s+(?:all\s+)?(?:out\s+)?on"
    r"\s+(?:you|u)\b|\bi\s+made\s+(?:it|things|everything)\s+(?:\w+\s+)?(?:harder|worse)\b"
)
_NOT_APOLOGY_MORE = re.compile(
    r"\b(?:sorry|apologi[sz]e)\s+(?:that\s+)?(?:you|u|ur)(?:'re|\s+are|\s+were|\s+r|r)?\s+(?:feel|felt|think"
    r"|thought|offended|upset|took|see|saw|found|got\s+(?:upset|offended|hurt))\b"
    r"|\bsorry\s+(?:ur|you're|youre)\s+(?:upset|mad|offended|hurt)\b|\bsorry\s+if\b"
    r"|\bsorry\s*,?\s+but\b|\bsorry\s+(?:na\s+|again\s+)?(?:if\s+)?(?:this|it)(?:'s|\s+is|\s+was)\s+(?:\w+\s+)?"
    r"(?:long|scrawled|messy|rambl\w*|all\s+over)\b|\bsorry\s+(?:for\s+|about\s+)?(?:all\s+)?the\s+(?:texts|messages"
    r"|emojis?|typos?|spam|voice\s+notes?)\b|\bforgive\s+(?:me\s+)?(?:for\s+)?the\s+(?:emojis?|typos?|spelling|length"
    r"|mess|handwriting)\b|\bsorry\s+to\s+write\b|\bsorry\s+(?:for\s+)?(?:the|this|my)\s+(?:rushed|quick|short|late|hasty)\s+(?:message|reply|text|note)\b|\bsorry\s+(?:for\s+)?(?:existing|breathing|caring)\b|\bsorry\s+i\s+care\b"
    r"|\bnot\s+apologi[sz]ing\b|\bsorry\s+(?:that\s+)?(?:your|ur)\s+(?!\w+\s+(?:had\s+to|have\s+to)\b)(?:\w+\s+){1,2}"
    r"(?:feels?|felt|thinks?|thought|lost|is\s+upset)\b|\b(?:d[ée]sol[ée]e?|sorry)\s+for\s+the\s+(?:novel|book|length|saga)\b"
    r"|\bthis\s+one\s+(?:quite|very|so|too)\s+long\b"
    # "Sorry this turned into an essay.", "Sorry, I know this is a wall of text."
    r"|^\W*(?:(?:and|also|ok|oh)\W+)?sorry\W+(?:(?:i\s+know|that|if)\W+)?(?:this|it)\s+(?:\w+\s+){0,2}?"
    r"(?:into\s+)?(?:an?\s+|such\s+a\s+)?(?:essay|novel|wall\s+of\s+text|saga|book|ramble|rant|long\s+one|a\s+lot)\b"
    r"|^\W*sorry\s+(?:for|about)\s+(?:the|my|this|all\s+the)\s+(?:rant|ranting|venting|vent|monologue)\b"
    # Sorry for the message itself: "sorry for the million texts", "sorry this list is so long".
    r"|\bsorry\W+(?:(?:for|about|that|if|again|na|lah|lol|ah)\W+){0,2}(?:(?:the|this|my|all|a|so|many|million|long"
    r"|big|one|these|those|corporate|weird|dumb|silly|massive|huge|endless|is|it's|such|short|quick|writing"
    r"|sending|you|u|\d+)\W+){0,5}?(?:ramble|rambl\w*|texts|msgs|spamming|list|novel|book"
    r"|messages|format\w*|essay|novel|wall\s+of\s+text|length|typos?|spelling|grammar|handwriting|scrawl\w*"
    r"|scrappy|voice\s+notes?|emojis?|spam|all\s+caps)\b|\bsorry\s+(?:that\s+)?(?:this|the|my)\s+(?:list|letter|message"
    r"|note|email|e-mail|text)\s+(?:is|was|got|has\s+got)\s+(?:\w+\s+)?(?:long|messy)\b|\bsorry\s+(?:for\s+)?(?:this\s+is\s+)?(?:so\s+)?(?:the\s+)?(?:scrappy|scrawl)"
    r"|\bsorry\s+(?:that\s+)?my\s+english\b|\b(?:soz|sorry)\s+not\s+(?:soz|sorry)\b|\b(?:no|not)\s+saying\s+sorry\b"
    r"|\bwhen\s+i\s+apologi[sz]e\b|\bsorry\s+(?:that\s+)?(?:your|ur)\s+(?:\w+\s+){0,2}(?:was|were|is|has\s+been)\s+"
    r"(?:rubbish|bad|awful|hard|terrible|crap|shit|rough|long)\b|\bsorry\W+(?:\w+\W+){0,3}?(?:just\s+saw|only\s+just\s+saw|late\s+reply"
    r"|this\s+one\s+(?:very|so|too)\s+long)"
    r"|\bsorry\s+to\s+(?:bother|say|ask|interrupt|be\s+that)\b"
    r"|\bsorry\s+(?:again\s+)?for\s+(?:my|the|all\s+the)\s+(?:bad\s+|broken\s+|terrible\s+|many\s+)?(?:english"
    r"|spelling|grammar|typos?|mistakes|rambling|long|essay|wall|formatting|handwriting)\b"
    r"|\bnot\s+(?:my|all\s+my)\s+fault\b|\b(?:don't|do\s+not|never)\s+regret\b|\bregret\s+nothing\b"
    r"|\bwrong\s+to\s+(?:trust|believe|think|expect|count)\b|\bnothing\s+is\s+my\s+fault\b"
    r"|\b(?:why\s+)?is\s+it\s+(?:always\s+)?my\s+fault\b|\bsorry\W+(?:this|it)(?:'s|\s+is)\s+(?:so\s+)?(?:scattered|all\s+over\s+the\s+place)\b"
    r"|^\W*\(?\s*sorry\W+i\s+know\W+not\s+the\s+time\b"
    r"|\bsorry\W+(?:also\s+|again\s+)?(?:for\s+)?(?:the\s+|this\s+|my\s+)?(?:scribble|caps\s+lock|length\s+of\s+this"
    r"|typing\s+with|rushed\s+note|is\s+a\s+rushed)\b"
    # A joke: "sorry I'm so good at Mario Kart", "sorry for being so charming".
    r"|\bsorry\W+(?:that\s+)?(?:i(?:'m|\s+am)\s+(?:so|always|too)|for\s+being\s+(?:so|too))\s+(?:good|fine|right"
    r"|charming|hot|clever|smart|handsome|pretty|amazing|perfect|cute|gorgeous|funny)\b"
    r"|\b(?:you|he|she|they)(?:'re|\s+are|\s+were|\s+was|\s+said|\s+is)\s+sorry\b"
    r"|\bforgive\s+me\s+if\b|\bapologi[sz]e\s+if\b|\bapologies\s+for\s+the\s+(?:rant|length|essay)\b"
    r"|^\W*sorry\W+(?:i\s+)?can'?t\s+(?:do|make)\b|\bsorry\W+(?:practical|logistics?|random|quick)\s+q"
    r"|\bsorry\W+(?:this|it)(?:'s|\s+is|\s+got|\s+has|\s+became|\s+is\s+getting)\s+(?:gone\s+on\s+|got\s+)?"
    r"(?:so\s+|a\s+bit\s+|too\s+)?long\b|\b(?:scusa|sorry\s+for)\s+(?:il|the)\s+format|\bd[ée]sol[ée]e?\s+si\b"
)
_POSITIVE = (
    r"(?:best|kindest|bravest|calmest|steadiest|funniest|warmest|gentlest|sweetest|strongest"
    r"|smartest|most\s+\w+|brilliant|legend|amazing|wonderful|beautiful|gorgeous|incredible"
    r"|incr[ií]vel|lovely|cute|braw|lekker|class|handsome|pretty|stunning|gem|hot|adorable|kind(?!\s+of)|generous|patient|gentle|clever|funny|smart|strong|safe"
    r"|home\s+to\s+me|like\s+home"
    r"|favou?rite|fav|everything|rock|support|support\s+system|lamp|light|sunshine|treasure"
    r"|(?:good|great|hard)\s+(?:father|mother|dad|daddy|mum|mummy|mom|mommy|papa|mama|husband|wife"
    r"|friend|listener|man|woman|parent|worker|cook|teammate)|gift|blessing|good\s+to\s+me|good\s+for\s+me|only\s+person|the\s+person\s+i|really\s+kind"
    r"|so\s+kind|decision|best\s+thing|the\s+love|my\s+love|my\s+home|my\s+person|my\s+\w+\s+person"
    r"|my\s+\w+\s+human|human|my\s+(?:\w+\s+)?(?:world|friend|place|harbou?r|anchor|rock|sunshine|heart"
    r"|team(?:mate)?|peace|partner))"
)
_AFFIRMATION_MORE = re.compile(
    r"\b(?:love|luv|lov)\s+(?:you|u|ya|yu|ye|yuh)\b(?!\s+to\s+(?!bits|pieces|the\s+moon))|\bily(?:sm)?\b|\bi\s+<3\s+(?:you|u)\b"
    r"|\bi\s+(?:\w+\s+){0,2}love\s+(?:the\s+life\s+we|our\b|us\b|how\b|the\s+way\s+"
    r"(?:you|u)\b|who\s+you\b|it\s+when\s+(?:you|u)\b|being\s+with\s+you|that\s+you\b"
    r"|\w+ing\s+(?:you|u|with\s+you)\b)"
    r"|\b(?:eres|sos)\s+(?:lo\s+mejor|mi\b|el\s+amor|la\s+persona|incre[ií]ble|todo)"
    r"|\bme\s+encanta(?:s|n)?\s+(?:c[oó]mo|tu|que|estar)\b|\bte\s+admiro\b"
    r"|\bi\s+(?:really\s+)?like\s+(?:who|how)\s+you\b"
    r"|\bi\s+(?:\w+\s+){0,2}love\s+(?:your|ur)\s+(?!(?:\w+\s+)?(?:fault|attitude|excuses?|mess)\b)"
    # Superlatives and comparisons: "you are still the handsomest man", "braver than I'll ever be".
    r"|\b(?:you|u)(?:'re|re|\s+are|\s+r|r)\s+(?:\w+\s+){0,2}?(?:the\s+(?!(?:dumb|stupid|lazi|mean"
    r"|harsh|cruel|rud|cold|small|quick|fast|short|long|hard)est)\w{3,}est|(?:braver|stronger|kinder"
    r"|smarter|wiser|better|calmer|funnier|gentler|sweeter|more\s+(?:patient|generous|loving"
    r"|beautiful|\w+ful))\s+than)\b"
    r"|\b(?:du\s+bist|tu\s+es|voc[êe]\s+[ée]|tu\s+[ée]s|sei)\s+(?:mein|meine|mon|ma|mi|meu|minha"
    r"|a\s+luz|la\s+luce|il\s+mio|la\s+mia|das|der|die)\b|\btu\s+me\s+fais\s+(?:rire|sourire|du\s+bien)"
    r"|\b(?:ich\s+liebe\s+dich|ich\s+hab\s+dich\s+lieb|je\s+t'?aime|ti\s+amo|ti\s+voglio\s+bene"
    r"|aishiteru|daisuki|te\s+adoro|eu\s+te\s+amo|(?:mahal\s+na\s+)?mahal\s+kita|saranghae|kocham\s+ci[eę]"
    r"|seni\s+seviyorum|aku\s+cinta\s+(?:kamu|padamu)|ndinokuda|bahebak|bahebek|uhibbuk)\b"
    r"|我(?:很)?[爱愛]你|사랑해|愛してる|大好き"
    r"|\byour\s+\w+\s+(?:really\s+)?matters?\s+to\s+me\b"
    r"|\bi\s+(?:\w+\s+){0,2}(?:admire|respect|value|appreciate|adore|cherish|treasure)\s+"
    r"(?:you|u|your|how\s+(?:\w+\s+)?(?:you|much\s+you)|the\s+way\s+(?:you|u)|that\s+you)\b"
    r"|\bi\s+(?:feel|felt)\s+(?:\w+\s+){0,2}(?:grateful|thankful|lucky|safe|loved|seen|heard"
    r"|blessed)\b"
    r"|\b(?:you|u|yuh|ye)(?:'re|re\b|\s+are|\s+r|(?<=\bu)r\b|\s+were|\s+have\s+been|'ve\s+been|\s+looked|\s+look"
    r"|\s+is|\s+a)"
    r"\s+(?:\w+[\s,]+){0,6}?"
    rf"{_POSITIVE}\b"
    # "Your presentation was clear and your slides were beautiful."
    r"|^\W*(?:and\s+)?(?:your|ur)\s+(?!(?:mum|mom|mother|dad|father|sister|brother|family|parents"
    r"|friends?|boss|cousin|aunt|uncle|nan|gran|grandma|grandpa|son|daughter|kids?|children|mate"
    r"|\w+'s)\b)(?:\w+\s+){1,2}(?:was|were|is|are)\s+(?:(?:so|really|truly|very|just)\s+)?"
    r"(?:\w+\s+and\s+)?(?:(?:\w+\s+){0,3}(?:your|ur)\s+\w+\s+(?:was|were)\s+)?"
    rf"{_POSITIVE}\b|\b(?:your|ur)\s+\w+\s+is\s+the\s+thing\s+i\s+(?:admire|love)"
    r"|\b(?:you|u)\s+(?:make|made)\s+(?:me|everything|the\s+\w+(?:\s+\w+)?|it|life|(?:my|our)\s+\w+|even\s+\w+(?:\s+\w+)?|\w+\s+\w+days?|"
    r"tuesdays?|\w+days?)\s+(?:\w+\s+){0,2}(?:feel|less\s+scary|bearable|doable|happy|better"
    r"|easier|lighter|safe|laugh|smile|calm|softer|brighter|sweeter|warmer|fuller|fun|funny|good)\b"
    r"|\b(?:you|u)\s+(?:light\s+up|always\s+come\s+back)\b"
    r"|\b(?:you|u)\s+(?:have|'ve\s+got)\s+(?:such\s+|so\s+much\s+|a\s+|the\s+)?(?:\w+\s+)?(?:patience"
    r"|heart|kindness|best)\b"
    r"|^\W*(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?(?:for\s+(?:your|being|loving|always|the\s+way"
    r"|staying|everything|listening|choosing|supporting|caring|loving|holding|putting\s+up)|always)\b"
    r"|^\W*(?:(?:and|also|so|but)\W+)?(?:i\s+(?:want|wanted|just\s+want)\s+to\s+)?(?:thank\s+you"
    r"|thanks|thank\s+u|thx|grazie|merci|danke|gracias|obrigad[oa]|salamat)\b(?:\s+\w+){0,3}?"
    r"\s+for\s+(?!(?:saying|asking|nothing|writing|replying|getting\s+back|reading|letting\s+me"
    r"|the\s+(?:message|reply|note|letter|text|update)|your\s+(?:message|reply|note|letter|text))\b)"
    r"|\bi\s+(?:\w+\s+)?noticed\s+(?:that\s+|how\s+|too\W+that\s+)?(?:you|u)\b"
    r"|\bi(?:'m|\s+am|m|\s+was)\s+(?:\w+\s+){0,2}(?:lucky|fortunate|grateful|thankful|blessed|glad"
    r"|happy|proud)\s+(?:to\s+(?:share|have|be)|that\s+(?:you|it's\s+you|i\s+get)|of\s+(?:you|u)"
    r"|for\s+(?:you|u)|you|that\s+i\s+(?:married|met|found|chose|have))\b"
    r"|^\W*i(?:'m|\s+am|m)\s+(?:\w+\s+)?lucky\W*$|\bi(?:'m|\s+am)\s+(?:so\s+)?"
    r"lucky\s+(?:every|you)\b"
    r"|\bevery\s+day\s+i\s+choose\b|\bi(?:'d|\s+would)\s+(?:still\s+)?(?:choose|pick|marry)\s+you\b"
    r"|\b(?:you|u)\s+(?:\w+\s+){0,2}?(?:beautifully|wonderfully|brilliantly|so\s+well)\b"
    r"|\bcrazy\s+about\s+you\b|\bcouldn'?t\s+ask\s+for\s+(?:a\s+)?better\b"
    r"|\bi\s+(?:still\s+|really\s+|truly\s+)?believe\s+in\s+(?:you|us)\b|\bi(?:'?m|\s+am)\s+(?:always\s+)?on\s+your\s+side\b"
    r"|\bwe(?:'re|\s+are)\s+(?:a\s+(?:good\s+|great\s+|real\s+)?team|in\s+this\s+together)\b"
    r"|\bwe\s+make\s+a\s+(?:good|great)\s+team\b"
    r"|\byou\s+deserve\s+(?:the\s+world|everything|all\s+the)\b"
)
# More of the same, from the writers of the later batches. Kept apart: one long pattern
# with many first words is searched more slowly than two.
_AFFIRMATION_MORE_VOICES = re.compile(
    # "Yer a belter", "God did well when he gave me you", "u very steady one leh, I lucky",
    # "it means the world", "I consider myself exceptionally fortunate".
    r"\b(?:yer|ye're|ye\s+are|youse\s+are)\s+(?:\w+\s+){0,2}?(?:belter|gem|star|diamond"
    r"|legend|dote|treasure|brilliant|class|magic|the\s+best)\b"
    r"|\bgave\s+me\s+(?:you|u)\W*$|\bi\s+(?:very\s+|so\s+|damn\s+)?lucky\b"
    r"|\bi(?:'m|\s+am)\s+a\s+(?:very\s+|so\s+)?(?:lucky|blessed|fortunate)\s+(?:man|woman|guy|girl"
    r"|person|one|husband|wife)\b|\bi\s+consider\s+myself\s+(?:\w+\s+)?(?:lucky|fortunate|blessed)\b"
    r"|\b(?:it|that|this)\s+means\s+(?:so\s+much|the\s+world|everything)\b"
    r"|\b(?:you|u)\s+(?:very|so|really|damn|dead)\s+(?:steady|calm|patient|kind|good\s+to\s+me"
    r"|strong|brave|gentle|sweet|generous)\b"
    r"|\b(?:you|u)\s+were\s+(?:so\s+|really\s+|very\s+)?(?:calm|steady|patient|brave|kind|gentle"
    r"|sweet|generous|amazing|incredible|brilliant|wonderful)\b"
    r"|\b(?:voc[êe]\s+[ée]|tu\s+[ée]s|eres|sei|du\s+bist)\s+(?:[\w']+\s+){0,3}?(?:mais|m[aá]s|pi[uù]"
    r"|plus|melhor|mejor|migliore|meilleure?|beste?)\b"
    r"|\b(?:gracias|obrigad[oa]|grazie|merci|danke|salamat)\s+(?:por|pelo|pela|per|pour|f[üu]r"
    r"|sa)\b"
    r"|\bikaw\s+(?:pa\s+rin\s+|lang\s+)?ang\s+\w+\s+ko\b|\b(?:ang\s+)?swerte\s+ko\b"
    r"|\b(?:tum|aap)\s+(?:\w+\s+)?(?:meri|mera|mere)\b|\barigat[oō]u?\b"
    r"|\b(?:you|u)(?:'re|\s+are)\s+my\s+(?:whole|entire)\s+\w+|\bhappy\W+with\s+(?:you|u)\b"
    # "I married up", "the best thing that ever happened to me", thanks in other words.
    r"|\bi\s+married\s+up\b|\bbest\s+(?:thing|ting)\s+(?:that\s+|weh\s+|wat\s+|what\s+)?(?:\w+\s+)?"
    r"(?:ever|eva)\s+happen"
    r"|\b(?:alhamdulillah|thank\s+god|thank\s+goodness|thank\s+heavens?)\s+for\s+(?:you|u)\b"
    r"|^\W*(?:diolch|dzi[eę]kuj[eę]|asante|shukran|shukriya|dhanyavaad|terima\s+kasih|xie\s+xie"
    r"|gomawo|kamsahamnida|tak|takk|dank\s+je|bedankt|efharisto|spasibo|고마워|감사|ありがとう|谢谢|謝謝)"
    r"\W+(?:\w+\W+){0,3}?(?:for|po)\b"
    r"|\b(?:you|u)(?:\s+have|'ve)\s+been\s+(?:\w+\s+)?the\s+(?:\w+est|best)\b"
    r"|\bi(?:'m|\s+am)\s+a\s+(?:very\s+|so\s+)?(?:lucky|blessed|fortunate)\s+(?:\w+\s+){1,2}"
)
# Praise of what the partner is and does, in plain words: "you've been so steady", "you
# carry this house on your back and I see it", "you make coming home feel like coming home".
_NOT_PRAISE = (
    r"stubborn|selfish|mean|cold|rude|annoying|distant|busy|angry|mad|loud|late|tired|quiet"
    r"|defensive|dismissive|harsh|critical|jealous|controlling|lazy|messy|sensitive|dramatic"
    r"|difficult|negative|judg(?:e)?mental|unfair|wrong|stressed|upset|far|sure|sorry|worried"
    r"|scared|afraid|sad|fed|done|hurt|bad|weird|boring|closed|cruel|unkind|impatient|childish"
    r"|petty|sarcastic|condescending|grumpy|moody|cranky|irritable|short|sharp|blunt|overwhelmed"
    r"|exhausted|sick|ill|early|quick|fast|slow|hard|much|many|often|long|little|caught|into"
    r"|used|focused|obsessed|wrapped|absorbed|distracted|stuck|set|certain|cross|sulky"
)
_AFFIRMATION_MORE_DEEDS = re.compile(
    r"\b(?:you|u|youre|you're|ur|yuh)(?:'ve\s+been|'re)?\s+(?:(?:are|were|have\s+been|always|still|honestly"
    r"|really|re|r|looked|look|always\s+been)\s+){0,2}so\s+(?!(?:"
    + _NOT_PRAISE
    + r")\b)[a-z]{4,}\b"
    r"|\b(?:you|u)\s+(?:\w+\s+)?(?:hold|held|carry|carried|keep|kept)\s+(?:so\s+much|(?:this|the|our)\s+(?:whole\s+)?"
    r"(?:house|family|home|household|show))\b|\b(?:you|u)\s+work\s+so\s+hard\b"
    r"|^\W*(?:you|u)\b[^.?!]{3,120}\band\s+i\s+see\s+(?:it|that|you)\b|\bi\s+see\s+(?:it|everything\s+you\s+do)"
    r"\s+every\s+day\b|^\W*i\s+see\s+you\W*$"
    r"|\bi(?:'m|\s+am|m)\s+(?:\w+\s+)?(?:so\s+|really\s+|very\s+)?(?:lucky|blessed)\s+(?:too|it'?s\s+you|\w+\s+sent"
    r"|to\s+come\s+home)\b|\b(?:so\s+)?glad\s+(?:it's|it\s+is|it\s+was)\s+(?:you|u)\b"
    r"|\bi\s+thank\s+(?:the\s+)?(?:good\s+)?(?:lord|god|allah|heavens?|my\s+stars|you)\s+for\s+(?:you|your)\b"
    r"|^\W*bless\s+(?:you|u)\s+for\b|\bthank\s+(?:you|u)\s+that\s+(?:you|u)\b"
    r"|^\W*(?:thank\s+you|thanks|thank\s+u)(?:\s+(?:so\s+much|for\s+everything|again|my\s+love|love))?\W*$"
    r"|\b(?:you|u)\s+(?:still\s+|always\s+)?(?:make|made)\s+(?:[\w']+\s+){0,4}?(?:laugh|smile|worth\s+it"
    r"|feel\s+like\s+(?:home|coming\s+home)|like\s+coming\s+home|my\s+heart)\b"
    r"|\bi\s+(?:really\s+|truly\s+)?admire\s+(?:it|this|that)\b|\bin\s+awe\s+of\s+(?:you|u)\b"
    r"|^\W*(?:i'?m\s+|been\s+|i've\s+been\s+)?thinking\s+(?:about|of)\s+(?:you|u)\b"
    r"|^\W*(?:you|u)\b[^.?!]{0,80}\bmakes?\s+me\s+(?:laugh|smile)\b"
    r"|\bi\s+miss\s+(?:ur|your)\s+\w+|\bi\s+think\s+(?:of|about)\s+(?:you|u)\s+(?:all\s+the\s+time|every\s+day"
    r"|constantly)\b"
    r"|\b(?:you're|you\s+are|ur|yer)\s+(?:a|such\s+a)\s+(?:\w+\s+)?(?:marvel|star|catch|keeper|good'?un|gem|treasure"
    r"|blessing|legend|rock)\b"
)
_COLD = re.compile(
    r"\b(?:you're|you\s+are|ur|you)\s+(?:being|the\s+one\s+who|supposed)\b"
    # "you're the reason we fight" is cold; "you're the reason I come home" is not.
    r"|\b(?:you're|you\s+are|ur|you)\s+the\s+reason\b(?!\s+(?:i|we|why\s+i)\s+(?:\w+\s+){0,2}"
    r"(?:come\s+home|smile|laugh|believe|get\s+up|keep\s+going|stay|love|am\s+still|still))"
    r"|\b(?:you're|you\s+are|ur)\s+the\s+worst\b|\bmad\b(?!\s+about\s+(?:you|u|ye))"
    r"|\b(?:stubborn|selfish|annoying(?<!it's\sannoying)(?<!actually\sannoying)|rude|wrong|problem|fault|angry|hate|predictable"
    r"|impossible|ridiculous)\b|\bfeel\s+(?:so\s+)?(?:small|stupid|bad|worse|terrible)\b"
)
# How much of one sentence the finders read: a real sentence is far shorter.
MAX_SEARCHED = 2000
# A broad form must start within a sentence's first 15 words, not buried in a late clause.
_EARLY = re.compile(r"\s*(?:\S+\s+){14}")


def letter_sentences(
    blocks: list[Block], headings: bool = True, said: list[tuple[str, ...]] | None = None
) -> list[str]:
    """Every sentence of the letter's blocks, in order: what both finders below read.

    `said` is each block's sentences, when the caller has them already.
    """
    if said is None:
        said = [tuple(sentences(block.text)) for block in blocks]
    return [
        sentence
        for block, block_said in zip(blocks, said, strict=True)
        if headings or block.kind != HEADING
        for sentence in block_said
    ]


def find_apologies(said: list[str]) -> list[str]:
    return [sentence for sentence, _ in find_weighed_apologies(said)]


def find_affirmations(said: list[str]) -> list[str]:
    return [sentence for sentence, _ in find_weighed_affirmations(said)]


def find_weighed_apologies(
    said: list[str], searchable: list[str] | None = None
) -> list[tuple[str, float]]:
    """Each apology with the reader's confidence: 0.9 for the plain forms, less for others.

    `searchable` is `searchable_sentences(said)`, when the caller has it already.
    """
    searchable = searchable_sentences(said) if searchable is None else searchable
    found = []
    for sentence, text in zip(said, searchable, strict=True):
        text = text[:MAX_SEARCHED]  # a "sentence" longer than this is a run-on of junk
        if _is_title(sentence):
            continue  # "WHAT I'M SORRY FOR": a heading of the writer's own, not a sentence
        if not _MAY_APOLOGISE.search(text):
            continue  # most sentences: one cheap look
        if _NOT_APOLOGY_MORE.search(text) and not _owns_after_all(text):
            continue
        if _is_apology(text):
            found.append((_from_late_start(sentence, text, _APOLOGY.search(text)), 0.9))
        elif not _NOT_APOLOGY.search(text) and (
            more := _APOLOGY_MORE.search(text) or _APOLOGY_MORE_VOICES.search(text)
        ):
            found.append((_from_late_start(sentence, text, more), 0.7))
        elif (
            not _NOT_APOLOGY.search(text)
            # "it means I am ashamed, not that I am punishing you": a phrasebook line
            and not _MEANING.search(text)
            and (_APOLOGY_OWNS.search(text) or _APOLOGY_OWNS_WHOLE.search(text))
        ):
            found.append((sentence, 0.55))
    return _unique_weighed(found)


def find_weighed_affirmations(
    said: list[str], searchable: list[str] | None = None, sign_off: str | None = None
) -> list[tuple[str, float]]:
    """Each affirmation with the reader's confidence: 0.9 for the plain forms, less for others.

    `sign_off` is the letter's closing line (see `sign_off_line`): not an affirmation.
    """
    searchable = searchable_sentences(said) if searchable is None else searchable
    closing = _words_of(sign_off) if sign_off else None
    found = []
    for sentence, text in zip(said, searchable, strict=True):
        text = text[:MAX_SEARCHED]  # a "sentence" longer than this is a run-on of junk
        if _is_title(sentence):
            continue  # "WHAT I'M SORRY FOR": a heading of the writer's own, not a sentence
        if (text.rstrip().endswith("?") and not _TAG.search(text)) or _EXPLAINS.search(text):
            continue
        if closing and _words_of(sentence)[: len(closing)] == closing:
            continue
        if _SARCASM.search(text):
            continue
        if _LOVE_BUT.search(text):
            continue  # "I love you but you never listen": a complaint, softened
        if _is_affirmation(text):
            found.append((sentence, 0.9))
            continue
        if not _MAY_AFFIRM.search(text):
            continue
        # A broad form counts only near the start, so only the start is searched: a huge
        # sentence costs no more than a short one.
        early = _EARLY.match(text)
        cutoff = min(early.end() if early else len(text), 2000)
        for match in _warm_forms(text, cutoff + 200):
            if match.start() > cutoff:
                break
            warm_only = _CONCESSIVE.sub(_spaces, _SELF_BLAME.sub(_spaces, text))
            cold = _COLD.search(warm_only, match.start(), match.start() + 300)
            # "you were never there to support me": a denial inside the warm form itself.
            denied = _DENIED.search(match.group())
            if not cold and not denied and not _vetoed(text, match.start()):
                item = _from_late_start(sentence, text, match)
                found.append((item, 0.7 if _ADDRESSED.search(text) else 0.55))
                break
    return _unique_weighed(found)


def _warm_forms(text: str, end: int):
    """The broad warm forms in `text` up to `end`, the older patterns' first."""
    yield from _AFFIRMATION_MORE.finditer(text, 0, end)
    yield from _AFFIRMATION_MORE_VOICES.finditer(text, 0, end)
    yield from _AFFIRMATION_MORE_DEEDS.finditer(text, 0, end)


_SIGNATURE = re.compile(r"[-—–~\s]*\S+(?:\s+\S+){0,2}")
_CLOSING = re.compile(
    r"\W*(?:lots\s+of\s+|all\s+my\s+|with\s+)?(?:love|luv|lov|ily|xx|hugs|te\s+quiero|te\s+amo)\b",
    re.IGNORECASE,
)


def sign_off_line(body: str) -> str | None:
    """The letter's closing line ("Love you," / "luv u, see u at 6" / "Love u to the moon")
    when a signature of at most three words follows it and ends the letter, else None.

    A closing line starts with a word of love, has at most seven words and no full stop
    ("Love you, even when you're being stubborn." above a name is still said to the partner).
    """
    tail = body[-400:].rstrip().split("\n")
    lines = [line.strip() for line in tail if line.strip()][-2:]
    if len(lines) < 2 or len(lines[1]) > 30 or not _SIGNATURE.fullmatch(lines[1]):
        return None
    closing = lines[0]
    if closing.endswith(",") and len(closing.split()) <= 5:
        return closing  # "Your favourite idiot," / "Un beso enorme," above the name
    if len(closing.split()) > 7 or re.search(r"[.!?]", closing) or not _CLOSING.match(closing):
        return None
    return closing


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


# What the partner should do, or what the trouble is, is no affirmation.
_DEMANDS = re.compile(
    r"\byou\s+(?:should|shouldn't|need\s+to|have\s+to|must|ought\s+to)\b"
    r"|\bthe\s+(?:issue|problem|trouble)\s+is\b"
)


# "I was just trying to help": an excuse, unless it says sorry too.
_EXCUSE = re.compile(r"^\W*i\s+was\s+(?:just|only|simply|merely)\s+\w+ing\b(?!.*\bsorry\b)")


# A sentence that opens on the writer's own act ("Considering I was poking your wound as
# hard as I could, you…") is about that act first, whatever praise follows.
_OWN_ACT_FIRST = re.compile(
    r"^\W*(?:considering|given|despite|in\s+spite\s+of)\s+(?:(?:that|how|the\s+way)\s+)?i\s+"
    r"(?:was|had|'d|did|kept|made|treated)\b"
)


# What may yet happen owns no act: "Even if I end up agreeing with you, I still want…".
_WHAT_MAY_COME = re.compile(
    r"^\W*(?:even\s+)?if\s+(?:i|we)\s+(?:\w+\s+)?(?:end\s+up|decide|agree|choose|go|stay)\b"
)


def refuses(kind: str, sentence: str) -> bool:
    """Does a rule say plainly that the sentence is no apology ("sorry if you were
    offended", "sorry this is long") or no affirmation (a question, a jab in warm words,
    a cold word near)? The learnt model never adds what these rules refuse."""
    text = _searchable(sentence)
    if kind == "apologies":
        not_one = _NOT_APOLOGY_MORE.search(text) and not _owns_after_all(text)
        asks = text.rstrip().endswith("?") and not re.search(r"sorry|forgive|apologi", text)
        return bool(
            not_one
            or asks
            or _NOT_APOLOGY.search(text)
            or _EXCUSE.search(text)
            or _WHAT_MAY_COME.search(text)
        )
    return bool(
        text.rstrip().endswith("?")
        or _OWN_ACT_FIRST.search(text)
        or _DEMANDS.search(text)
        or _EXPLAINS.search(text)
        or _SARCASM.search(text)
        or _COLD.search(text)
        or _LOVE_BUT.search(text)
    )


def searchable_sentences(said: list[str]) -> list[str]:
    """Each sentence as the finders search it (see `_searchable`)."""
    return [_searchable(sentence) for sentence in said]


_MAY_AFFIRM = re.compile(
    r"you|\bu\b|\bur|\bya\b|lov|\bily|<3|liebe|aime|amo\b|aishiteru|daisuki|adoro|admir|lucky"
    r"|fortunate|grateful|thankful|bless|glad|happy|proud|choose|thank|eres|sos\b|encanta|crazy"
    r"|bist|\btu\s|voc|\bsei\b|grazie|merci|danke|gracias|obrigad|salamat|noticed|dich|ti\s|kita"
    r"|saranghae|kocham|seni|cinta|ndinokuda|bahebak|bahebek|uhibbuk|你|사랑|愛|大好き|matter"
    r"|better|believe|side|team|together|yer\b|\bye\b|\bye're|means\s+(?:so|the|every)|ikaw"
    r"|consider\s+myself|swerte|tum\b|aap\b|yuh|awe|bless|lord|god\b|allah|\bsee\b|think|married\s+up|best\s+t|alhamdulillah|diolch|dzi|asante"
    r"|shukr|dhanyavaad|terima|xie|gomawo|kamsa|takk?\b|dank|efharisto|spasibo|고마|감사|ありがと|谢谢|謝謝"
    r"|arigat"
)


_MAY_APOLOGISE = re.compile(
    r"sor|sry|soz|apolog|regret|fault|forgive|bad\b|desculp|perd|siento|entschuldig|leid|gomen"
    r"|sumimasen|scusa|dispiace|sol[ée]|pardon|acknowledge|admit|own\b|responsib|wrong|order"
    r"|jerk|prat|idiot|line\b|messed|screwed|terrible|awful|hurt|on\s+me|mistake|should"
    r"|\b(?:cool|wasnt|isnt|shoulders|ashamed|unreasonable|thoughtless|inconsiderate|impolite|shameful"
    r"|numpty|pig|doos|fool|donkey|goat|finest|childish"
    r"|mean|cheap|unfair|fair|ok|okay|cruel|low|childish|petty|unkind|rude|cowardly|selfish"
    r"|belt|nice|kind|patient|harsh|snappy|sharp|jealous|dismissive|defensive|dick|goblin|grump"
    r"|brat|muppet|eejit|mine|condescending|disrespectful|stupid|horrible|nasty|dumb|being|bein"
    r"|owning|excuses?|deserve|lied|shouldnae|shouldna|worse|harder|mianhae\w*|joesong\w*"
    r"|galat|tut|fui|estuve|fue|blow|interrupted|snapped|yelled|shouted|ignored|dismissed|blamed"
    r"|grumpy|dickhead|pain|nightmare|arse|ass|tosser|git)\b"
    # Common words, only in the shapes the forms above need.
    r"|\bi\s+(?:hate|knew|know)\b|\b(?:not|n't)\s+right\b|\bhands?\s+up\b|\bon\s+(?:you|u)\b"
    r"|미안|죄송|ごめん|すみません|申し訳"
    r"|patawad|pasensya|przepraszam|perdonami|maaf|over-?react|acceptable|no\s+call\s+for"
    r"|\bno\s+right\b|\btoo\s+far\b|\bnot\s+how\s+i\b|\bi\s+were\b|\bstubborn|\barrogant|\binexcusable"
    r"|\bknown\s+better|\bshud|\bwhat\s+i\s+(?:did|said)\b|\bi\s+was\s+(?:\w+\s+)?too\b"
)
# Owning a wrong in plain words, without "sorry": "that was cheap", "I was short with you".
# Writers count these as apologies about three times in four: a "maybe".
_APOLOGY_OWNS = re.compile(
    r"\b(?:that|it|this)\s+(?:was|is|wasn't|was\s+not)\s+(?:\w+\s+){0,2}(?:mean|cheap|unfair"
    r"|not\s+fair|not\s+ok(?:ay)?|not\s+acceptable|unacceptable|shameful|impolite|thoughtless|cruel|wrong|low|childish|petty|unkind|rude|cowardly|selfish"
    r"|out\s+of\s+line|below\s+the\s+belt|not\s+nice|not\s+kind)\b"
    r"|\bi\s+(?:also\s+)?was\s+not\s+(?:nice|kind|fair|patient)\b|\bthat\s+was\s+me\s+bein[g']?"
    # "and I own that", "I am owning it", "no excuses", "you didn't deserve that", "I lied"
    r"|\bi(?:'m|\s+am)?\s+own(?:ing)?\s+(?:that|it|this)\b"
    r"|\b(?:not\s+going\s+to|won't|will\s+not|not\s+gonna)\s+make\s+(?:any\s+)?excuses\b"
    r"|\b(?:you|who)\s+(?:didn't|did\s+not)\s+deserve\s+(?:that|it|this|any\s+of)\b"
    r"|\bi\s+hate\s+that\s+i\b|\bi\s+lied\b|\bit\s+(?:was|wasn't|was\s+not)\s+mine\s+to\b"
    r"|\b(?:that's|thats|that\s+is)\s+not\s+(?:fair|okay|ok|right|kind|acceptable|cool)\b"
    r"|^\W*not\s+(?:fair|kind|cool|okay|ok|nice|my\s+finest)\b(?:\s+of\s+me|\s+hour)?|\b(?:that|it|this)\s+(?:wasnt|isnt)\s+(?:ok|okay|fair|kind|cool|right)\b"
    r"|(?<!what\s)\bi\s+(?:did|done)\s+(?:\w+\s+)?wrong\b|\bon\s+my\s+shoulders\b|\bi(?:'m|\s+am)\s+(?:\w+\s+){0,2}ashamed\s+of(?:\s+(?:myself|it|that|this|what|how|my)\b|\W*$)"
    r"|\bforgive\s+(?:an?|this|your)\s+(?:\w+\s+)?(?:fool|idiot)\b"
    r"|\bi\s+(?:very|damn|so|too)\s+(?:wrong|unreasonable|rude|stubborn|harsh|mean|unfair|grumpy)\b"
    r"|^\W*(?:not\s+)?\w+ing\b[^.?!]{0,80}?\bwas\s+(?:so\s+|really\s+|very\s+)?(?:thoughtless|childish|inconsiderate"
    r"|impolite|unkind|unfair|selfish|cruel|petty|rude|mean|wrong)\b"
    r"(?!\s+(?:of|for)\s+(?:you|u|your|her|him|them)\b|\s+(?:to|for|on)\s+(?:me|us|our)\b)"
    r"|\bi\s+(?:totally\s+|really\s+|completely\s+)?over-?reacted\b|^\W*(?:(?:and|but|also|really)\s+)?should(?:n'?t|\s+not|\s+never)\s+(?:have|'ve)\s+\w+"
    r"|\b(?:that|this)\s+(?:one\s+)?(?:was\s+)?(?:a\s+)?(?:real\s+)?cheap\s+shot\b"
    r"|(?<!when\s)(?<!because\s)(?<!since\s)\bi\s+was\s+(?:\w+\s+)?too\s+(?:harsh|direct|blunt|hard\s+on|sharp|critical|quick\s+to|cold"
    r"|loud|proud|stubborn|rough|much|strict|bossy|pushy|controlling|impatient)\b"
    r"|\bi\s+knew\s+(?:that|it)\s+when\s+i\s+(?:said|did)\b"
    r"|\b(?:that|this|which|it)\s+(?:\w+\s+){0,2}(?:wasn't|was\s+not|is\s+not)\s+(?:fair|okay|ok"
    r"|right|kind)\b(?!\s+(?:of|for)\s+(?:you|u|your|her|him|them)\b|\s+(?:to|for|on)\s+(?:me|us|our)\b)"
    r"|\bi\s+(?:should(?:\s+have|'ve|\s+of)|shoulda)\s+(?!known\b|been\s+told\b)\w+"
    r"|\bwas\s+a\s+low\s+blow\b|\bno\s+call\s+for\s+(?:it|that)\b"
    r"|\b(?:that|this|it)(?:\s+was|'s|\s+is)\s+(?:so\s+|really\s+|very\s+)?(?:condescending|dismissive"
    r"|disrespectful|hurtful|a\s+(?:dick|low|cheap|mean|nasty|stupid)\s+(?:move|blow|shot|thing))\b"
    r"|\b(?:a|such\s+a)\s+(?:stupid|horrible|awful|terrible|mean|cruel|nasty|cheap|dumb|hurtful)"
    r"\s+thing\s+to\s+(?:say|do)\b"
    r"|(?<!when\s)(?<!because\s)\bi(?:\s+was|\s+have\s+been|'ve\s+been|\s+been)\s+(?:\w+\s+){0,2}(?:rude|harsh|mean|unfair|unkind|snappy"
    r"|sharp|selfish|jealous|unreasonable|thoughtless|inconsiderate|childish|petty|impolite|stubborn"
    r"|dismissive|defensive|stupid|grumpy|horrible|awful|a\s+(?:right\s+|real\s+|total\s+|wee\s+"
    r"|complete\s+|proper\s+)?(?:dick|dickhead|jerk|idiot|prat|goblin|grump|brat|muppet|eejit|pain"
    r"|nightmare|arse|ass|tosser|git|numpty|pig|doos|fool|donkey|goat|drongo|dag|plonker|wally|muppet|clown|cow))\b"
)
# The same, said of the whole sentence: "I was a disaster, I know.", "…, no excuses". Kept
# apart: an alternative that starts with "^" or "," would slow every search of the one above.
_APOLOGY_OWNS_WHOLE = re.compile(
    r"^\W*(?:i|this|that)\s+was\s+[^.?!]{1,60}?\b(?:and\s+)?i\s+know\W*$|\bi\b[^.?!]*,\s*no\s+excuses?\W*$"
)
# A phrasebook explanation ("It means I love you", "= I miss you") reports a meaning.
_EXPLAINS = re.compile(
    r"^\W*(?:i|it|that)\s+(?:just\s+)?(?:mean|meant|means)\b|="
    # "…I didn't mean that you are stupid, I mean you are my person."
    r"|\b(?:didn'?t|don'?t|did\s+not|do\s+not)\s+mean\b[^.!?]{0,200}\bi\s+(?:mean|meant)\b"
)
# Warm words turned into a jab: "you're the best at making me feel small".
_SARCASM = re.compile(
    r"\bbest\s+at\s+making\s+me\b|\bmake\s+me\s+feel\s+(?:so\s+)?(?:small|stupid)\b"
)
# A statement with a tag question: "You is a good man, you hear?", "You're lekker, you know that?"
_TAG = re.compile(
    r",\s*(?:you\s+hear(?:\s+me)?|you\s+know(?:\s+that)?|right|ok|okay|yeah|na|no|eh|hey|innit|yes)\s*\?+\W*$"
)
_LOVE_BUT = re.compile(
    r"\blove\s+(?:you|u)\W*\s+but\s+(?:you|u|ur|your)\b"
    # "I love ye dearly but Radio Scotland at six in the morning has got to stop."
    r"|\blove\s+(?:you|u|ye|ya)(?:\s+(?:dearly|to\s+bits|lots|so\s+much))?\W*but\b(?!\s+(?:more|also|even|most|mostly|above|i\s+also|i\s+like))"
)
# What words meant, explained: "when I go quiet it means I am ashamed", "= I'm ashamed".
_MEANING = re.compile(
    r"\b(?:it|that|this)\s+means\b|\bi\s+(?:meant|mean)\s+(?:that\s+)?i\b|=|\b(?:didn't|did\s+not|don't)\s+mean\b"
)
# "even when I was being impossible": the writer blaming themselves is no cold word.
# "even when you're mad at me": warmth despite, not a cold word.
_CONCESSIVE = re.compile(r"\beven\s+(?:when|if|though|while)\b[^.!?]{0,200}")
_SELF_BLAME = re.compile(
    r"\bi(?:'m|\s+am|\s+was|\s+get|\s+got)\s+(?:being\s+)?(?:so\s+|really\s+|too\s+)?\w+"
)


def _is_title(sentence: str) -> bool:
    """ "WHAT I'M SORRY FOR", "MY PART:", "[Sorry part]", "=== SORRY ===": a heading of the
    writer's own, in capitals or in brackets."""
    return bool(
        len(sentence) < 40
        and ((sentence.isupper() and _TITLE.match(sentence)) or _BRACKETED_TITLE.match(sentence))
    )


_BRACKETED_TITLE = re.compile(r"\W*[\[=#<(]+\s*\w+(?:\s+\w+){0,3}\s*[\]=#>)]+\W*$")


_TITLE = re.compile(r"\W*(?:WHAT|WHY|HOW|THINGS|MY|OUR|THE|PART|ON|ABOUT|\d)\b|.*:\W*$")


def _spaces(match: re.Match) -> str:
    return " " * len(match.group())


_DENIED = re.compile(r"\b(?:not|never|no\s+longer)\b|n't\b")
_ADDRESSED = re.compile(r"(?:you|u|ur|your|ya|us|our)")


_RUN_ON_STOP = re.compile(r"[,.;:!?()]")


def _from_late_start(sentence: str, text: str, match: re.Match | None) -> str:
    """A run-on sentence with no punctuation (a voice note, a chat) from where the
    apology or affirmation starts: "…and I know I did the thing where … I'm sorry I
    turned it into a scorecard" gives "I'm sorry I turned it into a scorecard"."""
    if match is None or len(text) != len(sentence) or len(sentence.split()) < 40:
        return sentence
    before = text[: match.start()]
    if len(before.split()) < 12 or _RUN_ON_STOP.search(before):
        return sentence
    return sentence[match.start() :].strip()


def _owns_after_all(text: str) -> bool:
    """ "I'm sorry if I was harsh. Actually, I'm sorry I called her selfish" still apologises."""
    return bool(
        re.search(r"[.:;!]\s*(?:\w+\s+){0,6}i'?m\s+(?:so\s+|really\s+)?sorry\s+(?:i|for)\b", text)
    )


def _blanked(quoted: re.Match) -> str:
    saying = quoted["saying"] or ""
    return saying + " " * (len(quoted.group()) - len(saying))


def _searchable(sentence: str) -> str:
    text = _QUOTED.sub(_blanked, sentence)
    return _EMPHASIS.sub(" ", text).replace("’", "'").lower()


def _is_apology(text: str) -> bool:
    if _NOT_APOLOGY.search(text):
        return False
    question = text.rstrip().endswith("?")
    return any(not (match.group("opening") and question) for match in _APOLOGY.finditer(text))


def _is_affirmation(text: str) -> bool:
    for match in _AFFIRMATION.finditer(text):
        if not _vetoed(text, match.start()):
            return True
    its_you = _ITS_YOU.search(text)
    return bool(its_you and _WANTING.search(text) and not _vetoed(text, its_you.start()))


def _vetoed(text: str, start: int) -> bool:
    words = re.findall(r"[a-z']+", text[max(0, start - 60) : start])[-4:]
    return any(word in _VETO for word in words)


def _unique_weighed(found: list[tuple[str, float]]) -> list[tuple[str, float]]:
    seen: set[str] = set()
    kept = []
    for sentence, confidence in found:
        key = " ".join(sentence.casefold().replace("’", "'").split())
        if key not in seen:
            seen.add(key)
            kept.append((sentence, confidence))
    return kept


def _unique(found) -> list[str]:
    seen: set[str] = set()
    kept = []
    for sentence in found:
        key = " ".join(sentence.casefold().replace("’", "'").split())
        if key not in seen:
            seen.add(key)
            kept.append(sentence)
    return kept
