"""Our own lists of feelings and needs, with the words that hint at each.

Written for Midway (facts about feelings and needs are common knowledge; the
lists, groupings and cue words are ours). The phrasebook offers ``FEELINGS``
and ``NEEDS`` as choices; ``suggest`` ranks them for a piece of text.

Cues are written as one string, separated by commas; each cue is:

- ``"lonel*"``: a word starting with ``lonel`` (lonely, loneliness);
- ``"alone"``: exactly that word;
- ``"taken for granted"``: those words in a row (each may end in ``*``).

A feeling's own name always counts as a cue.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Feeling:
    name: str
    met: bool  # True: how we feel when needs are met; False: when they are not
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class Need:
    name: str
    cues: tuple[str, ...] = ()


def _split(cues: str) -> tuple[str, ...]:
    return tuple(cue.strip() for cue in cues.split(",") if cue.strip())


def _f(name: str, met: bool, cues: str) -> Feeling:
    return Feeling(name, met, tuple(dict.fromkeys((name, *_split(cues)))))


def _n(name: str, cues: str) -> Need:
    return Need(name, _split(cues))


MET, NOT_MET = True, False

FEELING_LIST: tuple[Feeling, ...] = (
    # When needs are met.
    _f("calm", MET, "calm*, settled, at ease, steady"),
    _f("relieved", MET, "relie*, weight off, phew"),
    _f("grateful", MET, "thankful, thank*, lucky to have"),
    _f("tender", MET, "tender*, soft toward*"),
    _f("affectionate", MET, "affection*, cuddl*, fond"),
    _f("connected", MET, "connect*, close to you, in sync, on the same page"),
    _f("safe", MET, "safety, protected"),
    _f("secure", MET, "steady ground, sure of us"),
    _f("hopeful", MET, "hope*, optimis*, making progress, looking up"),
    _f("happy", MET, "happ*, glad, good day"),
    _f("joyful", MET, "joy*, delight*, elated, over the moon"),
    _f("playful", MET, "play*, silly, giggl*, goof*"),
    _f("excited", MET, "excit*, can't wait, thrill*, eager"),
    _f("proud", MET, "pride"),
    _f("content", MET, "satisf*, enough for me"),
    _f("peaceful", MET, "peace*, serene"),
    _f("confident", MET, "confiden*, capable, i can do"),
    _f("curious", MET, "curio*, wonder*, interested, intrigued"),
    _f("moved", MET, "touched, teary, choked up"),
    _f("loved", MET, "cherished, adored, you love me"),
    _f("wanted", MET, "desired, chosen, want me"),
    _f("understood", MET, "feel* seen, feel* heard, you get me, gets me"),
    _f("amused", MET, "amus*, laugh*, funny, lol"),
    _f("refreshed", MET, "refresh*, rested, recharged, slept well"),
    _f("energetic", MET, "energ*, alive, lively"),
    _f("trusting", MET, "trust*, rely on, count on, believe you"),
    _f("relaxed", MET, "relax*, unwound, chill"),
    _f("warm", MET, "warm*, cozy, cosy, glow*"),
    _f("inspired", MET, "inspir*, motivat*, spark*"),
    # When needs are not met.
    _f("hurt", NOT_MET, "hurt*, wound*, stung, ouch, taken for granted, cut deep"),
    _f("sad", NOT_MET, "sad*, feel* down, feel* blue, cry*, tears, unhappy"),
    _f("lonely", NOT_MET, "lonel*, alone, on my own, by myself, miss you"),
    _f("scared", NOT_MET, "scare, scary, afraid, fear*, frighten*, terrif*, unsafe, not safe"),
    _f("anxious", NOT_MET, "anxi*, nervous, on edge, panic*, dread*"),
    _f("worried", NOT_MET, "worr*, concern*, what if, haven't heard"),
    _f("angry", NOT_MET, "angr*, mad, furious, rage, livid, pissed"),
    _f("frustrated", NOT_MET, "frustrat*, fed up, again and again, keeps happening"),
    _f("irritated", NOT_MET, "irritat*, annoy*, bugs me"),
    _f("resentful", NOT_MET, "resent*, bitter*, keep score, always me, taken for granted"),
    _f("overwhelmed", NOT_MET, "overwhelm*, too much, drowning, swamped, can't cope"),
    _f("exhausted", NOT_MET, "exhaust*, tired, drained, worn out, burn* out, no energy"),
    _f("confused", NOT_MET, "confus*, don't understand, puzzled, mixed signals, feel* lost"),
    _f("disappointed", NOT_MET, "disappoint*, let down, letdown, expected more"),
    _f("discouraged", NOT_MET, "discourag*, why bother, give up, pointless, no use"),
    _f("hopeless", NOT_MET, "hopeless*, no point, never change, nothing will change"),
    _f("ashamed", NOT_MET, "asham*, shame*"),
    _f("embarrassed", NOT_MET, "embarrass*, humiliat*, mortified"),
    _f("guilty", NOT_MET, "guilt*, my fault, regret*"),
    _f("jealous", NOT_MET, "jealous*, envious, envy, left out"),
    _f("insecure", NOT_MET, "insecur*, unsure of us, not enough, doubt*"),
    _f("numb", NOT_MET, "numb*, shut down, dissociat*, blank"),
    _f("tense", NOT_MET, "tense, tension, clench*, stress*, walking on eggshells"),
    _f("helpless", NOT_MET, "helpless*, powerless, can't do anything, stuck"),
    _f("heartbroken", NOT_MET, "heartbr*, crushed, devastat*, broke my heart"),
    _f("vulnerable", NOT_MET, "vulnerab*, exposed, raw, fragile"),
    _f("torn", NOT_MET, "conflicted, part of me"),
    _f("restless", NOT_MET, "can't settle, fidget*, antsy"),
    _f("impatient", NOT_MET, "impatien*, waiting, how long"),
    _f("disconnected", NOT_MET, "disconnect*, distant, far apart, drifting, elsewhere"),
    _f("unheard", NOT_MET, "ignor*, don't listen, never listen, not listening"),
    _f("unappreciated", NOT_MET, "unappreciat*, taken for granted, thankless, unnoticed"),
    _f("rejected", NOT_MET, "reject*, pushed away, unwanted, don't want me"),
    _f("abandoned", NOT_MET, "abandon*, left behind, walked away, left me"),
    _f("flooded", NOT_MET, "flood*, can't think, shaking, heart racing"),
    _f("triggered", NOT_MET, "trigger*, activated, core wound, set off"),
)

NEED_LIST: tuple[Need, ...] = (
    _n(
        "being courted",
        "court*, woo*, pursue*, romanc*, date night, flirt*, make me want, effort, "
        "sweep me, make an effort, surprise me, chase",
    ),
    _n(
        "being wanted",
        "wanted, want me, make me want, desire*, chosen, choose me, miss me, "
        "excited to see, want to see",
    ),
    _n(
        "appreciation",
        "appreciat*, taken for granted, thank*, notice*, value*, recogni*, "
        "acknowledg*, unnoticed, unappreciat*",
    ),
    _n(
        "reciprocity",
        "reciproc*, give and take, one-sided, one sided, both ways, in return, "
        "keep giving, continuing to give, my turn, meet me, equal*, make me want, mutual",
    ),
    _n("safety", "safe*, scare, scared, scary, afraid, threat*, unsafe, protect*, yell*, shout*"),
    _n(
        "reassurance",
        "reassur*, still love, are we ok, are we okay, promise*, abandon*, "
        "will you leave, doubt*, insecur*, worried",
    ),
    _n("rest", "rest, resting, rested, tired, exhaust*, sleep*, break, drained, worn out, nap"),
    _n(
        "autonomy",
        "autonom*, my choice, my own, decide for myself, control*, freedom, free to, "
        "tell me what to, my life",
    ),
    _n(
        "to be heard",
        "listen*, hear me, unheard, interrupt*, ignor*, talking to a wall, "
        "elsewhere, on your phone",
    ),
    _n(
        "to be understood",
        "understand*, understood, explain*, get me, see where, make sense, misunderst*",
    ),
    _n(
        "closeness",
        "closeness, closer, close to you, feel* close, connect*, distant, far apart, "
        "intima*, lonel*, drift*, together",
    ),
    _n("affection", "affection*, cuddl*, kiss*, hug*, sweet, tender*, love you"),
    _n("touch", "touch*, hold me, hold hands, holding, physical, sex*"),
    _n("play", "play*, fun, laugh*, silly, games, joke*, adventure*, bored"),
    _n(
        "honesty",
        "honest*, truth*, lie, lies, lied, lying, hid*, hiding, secret*, straight with me",
    ),
    _n(
        "consistency",
        "consisten*, reliab*, unreliab*, predictab*, every time, follow through, "
        "keep your word, said you would, flak*, promis*",
    ),
    _n(
        "respect",
        "respect*, disrespect*, rude, belittl*, mock*, condescend*, talk down, "
        "eye roll*, roll your eyes",
    ),
    _n(
        "space",
        "space, room to breathe, alone time, time alone, leave me alone, smother*, "
        "breathe, suffocat*",
    ),
    _n("trust", "trust*, betray*, cheat*, suspicio*, jealous*, check my phone"),
    _n("support", "support*, help*, there for me, have my back, by my side, alone with"),
    _n(
        "shared load",
        "chores, dishes, laundry, housework, clean*, tidy, mess, do everything, "
        "share the, cook*, bins, groceries",
    ),
    _n("fairness", "fair, unfair, fairness, double standard, always me, my fault, blame*"),
    _n(
        "to matter",
        "matter*, important to you, priorit*, come second, afterthought, "
        "care about me, don't care, selfish*",
    ),
    _n("acceptance", "accept*, as i am, judg*, criticis*, not good enough, change me, fix me"),
    _n("belonging", "belong*, include*, left out, your family, your friends, welcome"),
    _n("companionship", "companion*, do things together, spend time, time together, miss you"),
    _n("clarity", "clarit*, clear, confus*, mixed signals, where we stand, what you mean, explain"),
    _n(
        "a say in decisions",
        "decid*, decision*, part of the process, ask me, consult*, "
        "without asking, without me, in the middle, conflict*, compromise*",
    ),
    _n("kindness", "kindness, unkind, be kind, cruel*, harsh, gentle, nice to me"),
    _n("gentleness", "gentl*, tone, raise* your voice, yell*, shout*, snap*, harsh*"),
    _n("patience", "patien*, rush*, hurry, slow down, give me time"),
    _n(
        "repair",
        "repair*, make up, make it right, sorry, apolog*, fix this, after a fight, "
        "after the fight, after we fight, forgiv*",
    ),
    _n("growth", "grow*, progress, learn*, better at, work on, therap*"),
    _n("celebration", "celebrat*, birthday, anniversar*, milestone, proud, congrat*"),
    _n("ease", "easy, ease, effortless, lighter, hard all the time"),
    _n("order", "organi*, schedul*, chaos, messy, clutter*, tidy"),
    _n("quiet", "quiet, silence, noise, noisy, peace and quiet"),
    _n("attention", "attention, phone, distract*, elsewhere, notice me, look at me, focus*"),
    _n("being seen", "feel* seen, see me, unseen, invisible, notice*, know me, who i am"),
    _n("comfort", "comfort*, soothe, hold me, console*, there for me"),
    _n("stability", "stable, stability, unstable, steady, routine*, grounded, up and down"),
    _n(
        "care",
        "care, cares, caring, cared, look after, take care, check on me, how i am, "
        "how my day, regulat*",
    ),
    _n("empathy", "empath*, compassion*, my side, put yourself, how i feel, my feelings, feelings"),
    _n("self-expression", "express*, say what i, my voice, speak up, words for"),
)

# Said with a negation, a feeling of the first group points to one of the second:
# "I don't feel safe" suggests scared.
OPPOSITES: dict[str, str] = {
    "calm": "anxious",
    "relieved": "worried",
    "connected": "disconnected",
    "safe": "scared",
    "secure": "insecure",
    "hopeful": "discouraged",
    "happy": "sad",
    "playful": "tense",
    "confident": "insecure",
    "loved": "hurt",
    "wanted": "rejected",
    "understood": "unheard",
    "refreshed": "exhausted",
    "trusting": "insecure",
    "relaxed": "tense",
    "peaceful": "restless",
    "content": "disappointed",
}

FEELINGS: tuple[str, ...] = tuple(feeling.name for feeling in FEELING_LIST)
FEELINGS_MET: tuple[str, ...] = tuple(f.name for f in FEELING_LIST if f.met)
FEELINGS_NOT_MET: tuple[str, ...] = tuple(f.name for f in FEELING_LIST if not f.met)
NEEDS: tuple[str, ...] = tuple(need.name for need in NEED_LIST)
