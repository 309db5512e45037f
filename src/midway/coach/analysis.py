"""Reading a draft for the four horsemen, one sentence at a time.

How the coach decides, so its answers can be predicted:

1. **Sentences.** The text is cut into sentences at ``. ! ? …`` and at every
   line break; a list marker ("1.", "-") is not part of the sentence (see
   ``text``). Each finding covers one whole sentence: ``text[start:end]`` is
   that sentence, spaces trimmed. A sentence gets at most one finding, of the
   strongest kind in it.
2. **Reported speech is not flagged.** Words inside double quotes are ignored
   when the sentence has other words too: *When you said "whatever", I froze*
   reports what was said, it doesn't say it. A sentence that is nothing but a
   quotation is read as it is.
3. **Criticism** goes after the person, not the problem: "you always / never
   / constantly / keep …", "every time / every weekend / whenever I …, you
   …", character labels from a lexicon of negative traits in second-person
   frames ("you're so selfish", "you're a terrible listener", "the laziest
   person I know", "your selfishness", "how selfish you are"), "what's wrong
   with you", "the problem with you is", "not once did you", "all you ever do
   is", "you treat me like …", "you act like …", "it's all your fault", "how
   could you", "if you loved me…", and weaker complaints ("you don't even
   care", "why can't you just …", "I always have to …", "you forgot again").
4. **Contempt** speaks from above: insults ("you're pathetic", "you idiot",
   "what a loser", "you're a waste of space"), mock titles ("whatever,
   genius", "your majesty"), disgust ("you make me sick", "I hate you",
   "embarrassed to be seen with you", "who would even want you"), put-downs
   of their mind ("use your brain", "you wouldn't understand", "even a child
   could …"), sarcasm ("oh great, late again", "could you be any slower",
   "thanks a lot for ruining it", "yeah right", "how very grown up of you",
   "SO amazing, truly"), mockery ("boo hoo", "*scoffs*"), an eye-roll aimed
   at the partner (🙄 in a sentence that says "you", or alone; "*rolls
   eyes*"), and belittling their feelings ("you're being dramatic / crazy /
   so sensitive", "calm down" alone, "who cares").
5. **Defensiveness** pushes the complaint away: denial ("it's not my fault",
   "that's not what happened", "I never said that", "don't blame me", "I did
   my part"), counter-attack ("you started it", "you're the one who …",
   "well, you …", "yes, but …", "what about when you …", "at least I …",
   "says the person who …", "you do the same thing"), excuses ("I was only
   trying to …", "how was I supposed to know", "what did you expect", "I
   can't read your mind"), minimising ("it's not a big deal", "it was one
   time", "you're overreacting", "you took it the wrong way"), playing the
   victim ("I can't do anything right", "I can never win with you") and
   apologies that aren't ("sorry you feel that way").
6. **Stonewalling** shuts the talk with no way back: "I'm done (talking)",
   "I'm not doing this", "conversation's over", "whatever." / "fine." /
   "k." alone, "leave me alone / be", "don't text me", "I have nothing to
   say", "forget it", "talk to you never", "I'm going to bed." with nothing
   after it, "I refuse to discuss this", "save it", "*walks away*".
7. **Gentle look-alikes stay quiet** (the cancelling cues are listed in
   ``rules``). Reports about someone else ("my boss always interrupts"),
   self-talk ("I'm such an idiot, I left my keys"), logistics ("don't wait
   for me, the train's delayed"), "I'm done" with plans ("I'm done, want to
   watch something?") and warm teasing ("you're ridiculous, I love it", "you
   always steal the duvet, you little thief") are not flagged. "Always" before something good ("I always love it when…",
   "you always know what to say") or after an appreciation ("I love that
   you always…"), "never" before something unkind ("you never fail to make
   me laugh", "you never judge me"), first person ("I never want to lose
   you"), "I'm done with the dishes", "you're right, that's on me",
   "whatever you decide is fine", yes/no questions ("do you always work late
   on Fridays?"), "I feel hurt when you're late; I need a text", an excuse
   that ends in an apology ("I was only trying to help, but I see it made
   things harder; I'm sorry") and a label softened by warmth ("your
   stubbornness got us up that mountain, thank goodness") are not flagged.
   A gentle frame never excuses an insult or a label: "I feel hurt when
   you're so selfish" is still criticism.
8. **A break is not stonewalling** when it says when you'll be back ("I need
   a break, I'll come back at 8"), leaves warmly ("I'm going to bed,
   goodnight sweetheart"), gives a practical reason or an invitation ("don't
   wait for me, the train's delayed", "I'm done, can you check the oven?"),
   or when the next sentence carries on with good news or plans ("I'm done!
   Dinner's ready.", "Get out! You got the job?"). Ties between kinds go
   contempt, defensiveness, criticism, stonewalling.
9. **The word model weighs every sentence.** A small word model learnt from
   about 18,000 sentences of our own, in many voices, confirms each rule's
   finding or silences it when it reads the sentence as plainly gentle, and
   flags a sentence no rule knows when it is sure (≥ 0.97, 0.94 for
   criticism) and can name the words that weighed; its reason quotes them
   (see ``rules`` and ``wordmodel``).
10. **Warmth beside a jab takes it back.** An unflagged sentence on the same
   line, next to a finding or one unflagged sentence away, that is plainly
   warm ("Love that about you.", "Thank you ❤️", "Let's build a fort.")
   cancels a label, insult, sarcasm, a curt exit, pushing back or the word
   model's own finding beside it, unless that one says "but" or "though"
   ("Classic you, bringing snacks for everyone. Love that about you." is
   not flagged; "I love you. You never listen though." and "Thanks for
   dinner. You never listen to me!" are). Contempt in polite dress ("how
   refreshing to see you help for once", "for someone of your talents",
   "whatever helps you sleep at night") is contempt.

What it does not do: it knows phrases and tens of thousands of word pairs,
not meaning. On writers it has not learnt from it finds most horsemen and
usually names the right kind, but it still flags some gentle sentences that
use blaming words warmly ("you clown, you've got flour on your nose", "You
were supposed to be selfish because you were the one hurting"), reads a bare
eye-roll as aimed at the partner ("Traffic on the ring road again 🙄"), and
misses blame phrased in ways it has never seen, or that the model reads as
ordinary ("Why do you always leave the lights on?" is let go) (figures in
``tests/test_measured.py``); it cannot see tone, and of the context it sees
only the sentences around on the same line. It leans towards quiet: on
writers it has not learnt from it lets about one horseman in five go
unflagged, so that a loving note is flagged rarely (about 2 gentle
sentences in 100).

Each finding carries a short reason (``why``) and a gentler alternative
(``suggestion``, see ``rewrite``). The analysis also ranks feelings and needs
for the whole text (see ``suggest``). Everything is local, pure Python and
linear in the length of the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from midway.coach import rewrite
from midway.coach.rules import Verdict, carries_on, judge, softened
from midway.coach.suggest import suggest_feelings, suggest_needs
from midway.coach.text import fold, mask_quotes, sentence_spans

# Short reasons, in plain and kind words, by rule family.
REASONS: dict[str, str] = {
    "absolute": "\u201cAlways\u201d and \u201cnever\u201d turn one moment into a verdict; "
    "it's easier to hear what happened, and how it felt.",
    "label": "This names who they are rather than what they did, which is hard to hear "
    "and easy to defend against.",
    "attack": "This puts the whole problem on them, which leaves little room to fix it together.",
    "complaint": "This sounds like a charge against them; your hurt and your need would reach "
    "them better.",
    "insult": "Name-calling speaks from above; it wounds more than the problem itself.",
    "disgust": "Disgust tells them they are beneath you, which is the hardest thing to come "
    "back from.",
    "sarcasm": "Sarcasm says the hurt sideways, so it lands as mockery.",
    "polite": "Politeness that means its opposite is a put-down in a nice coat: it stings, "
    "and leaves them nothing to answer.",
    "mockery": "Mocking makes them the joke instead of the problem.",
    "eyeroll": "An eye-roll says \u201cyou're beneath me\u201d without a word.",
    "dismissal": "This tells them their feelings don't count, which usually makes them louder.",
    "denial": "Pushing the blame away tells them their complaint wasn't heard.",
    "counterattack": "Answering a complaint with a complaint turns it into a contest.",
    "excuse": "An explanation first can sound like \u201cso it doesn't count\u201d.",
    "minimise": "Shrinking it tells them their hurt is too big, which hurts again.",
    "victim": "Feeling attacked is real, but this asks them to comfort you instead of being heard.",
    "non-apology": "This apologises for their feelings, not for your part.",
    "shutdown": "Shutting the talk leaves them alone with it; a break with a time to come "
    "back does the same job kindly.",
}


def _reason(verdict: Verdict) -> str:
    """The family's reason; a second-opinion finding also names the words that weighed."""
    reason = REASONS[verdict.family]
    if verdict.cues:
        words = ", ".join(f"\u201c{cue}\u201d" for cue in verdict.cues[:2])
        reason = f"{reason} (Words that weighed: {words}.)"
    return reason


@dataclass(frozen=True)
class Finding:
    """One flagged sentence: ``text[start:end]`` is the sentence."""

    kind: str  # criticism, contempt, defensiveness or stonewalling
    start: int
    end: int
    why: str
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "why": self.why,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class Analysis:
    text: str
    findings: list[Finding] = field(default_factory=list)
    feelings: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "findings": [finding.to_dict() for finding in self.findings],
            "feelings": list(self.feelings),
            "needs": list(self.needs),
        }


def _neighbours(text, spans, masked, verdicts, index) -> list[tuple[str, Verdict | None]]:
    """Unflagged sentences, up to ``NEIGHBOURHOOD`` either side of ``index`` on its line."""
    found = []
    for step in (-1, 1):
        other = index
        for _ in range(NEIGHBOURHOOD):
            if not 0 <= other + step < len(spans):
                break
            before, after = sorted((other, other + step))
            if "\n" in text[spans[before][1] : spans[after][0]]:
                break
            other += step
            if verdicts[other] is not None:
                break  # warmth beyond another flagged sentence is about that one
            found.append((masked[other], verdicts[other]))
    return found


NEIGHBOURHOOD = 2


def analyse(text: str, *, now: datetime | None = None) -> Analysis:
    """Flag the four horsemen in ``text`` and suggest feelings and needs.

    ``now``, when given, lets a stonewalling suggestion name a real time to
    come back (20 minutes later); without it the time is left as "…".
    """
    if not isinstance(text, str):
        raise TypeError(f"analyse() needs a str, not {type(text).__name__}")
    folded = fold(text)
    findings = []
    spans = list(sentence_spans(text))
    masked = [mask_quotes(folded[start:end]) for start, end in spans]
    verdicts = [judge(sentence) for sentence in masked]
    for index, (start, end) in enumerate(spans):
        sentence = folded[start:end]
        verdict = verdicts[index]
        if verdict is None:
            continue
        if index + 1 < len(spans) and carries_on(verdict, masked[index + 1], verdicts[index + 1]):
            continue
        if softened(verdict, masked[index], _neighbours(text, spans, masked, verdicts, index)):
            continue
        needs = suggest_needs(sentence, limit=1)
        suggestion = rewrite.suggest(verdict.kind, verdict.family, sentence, needs, now)
        findings.append(Finding(verdict.kind, start, end, _reason(verdict), suggestion))
    return Analysis(
        text=text,
        findings=findings,
        feelings=suggest_feelings(text),
        needs=suggest_needs(text),
    )
