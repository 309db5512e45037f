"""Words that carry a judgement, grouped by what they judge, as marks for the sentence
model. Pure Python, no Django.

The model weighs words one by one, so a word it never met in the training batches
("sturdiest", "harbour", "dog act") counts for nothing. These groups let what it learnt
of one word of a group carry to the others: a sentence that praises and is said to
"you" is likely warm whatever the words of praise; a sentence that judges an act badly
and is said by "I" is likely an apology. The lists are ours, written for this reader.

`marks(words)` gives the marks of a sentence's lower-cased words.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Praise, admiration, tenderness and gratitude: words a writer uses to lift the partner.
PRAISE = _words(
    """
    amazing wonderful brilliant beautiful gorgeous lovely incredible marvellous marvelous
    fantastic awesome superb stunning magnificent extraordinary remarkable glorious
    splendid fabulous terrific excellent outstanding phenomenal unreal magic magical
    perfect perfectly beautifully wonderfully brilliantly gracefully bravely patiently
    kind kinder kindest kindness brave braver bravest bravery strong stronger strongest
    strength sweet sweeter sweetest gentle gentler gentlest calm calmer calmest steady
    steadier steadiest warm warmer warmest warmth smart smarter smartest wise wiser
    wisest wisdom funny funnier funniest clever cleverest talented gifted capable
    generous generosity thoughtful thoughtfulness caring patient patience tender
    tenderness loyal loyalty faithful devoted selfless sturdy sturdiest solid solidest
    best better finest greatest good lucky luckiest blessed blessing fortunate grateful
    gratitude thankful thanks thank thankyou thx ty appreciate appreciated appreciation
    admire admired admiration adore adored adoring cherish cherished treasure treasured
    love loved loving lovingly luv ily ilysm beloved darling dearest precious
    legend genius angel hero heroine queen king star gem rock champion champ saint
    harbour harbor anchor shelter roof lighthouse sunshine light miracle gift prize
    catch keeper diamond belter marvel wonder superhero superwoman superman boss
    inspiring inspired inspiration moved touched proud pride honoured honored privilege
    deserve deserved owe indebted debt bless grace graceful handsome pretty beautiful
    cute adorable hot fit sexy favourite favorite fave fav happiest happier happy glad
    joy joyful delight delighted chuffed thrilled stoked rapt safe home homes alive
    masterpiece michelin sturdiest bravest coolest nicest loveliest prettiest cutest
    """
)

# Words that judge an act as wrong, unkind or badly done: in a sentence about "I",
# usually the writer owning a fault; about "you", usually a complaint.
FAULT = _words(
    """
    wrong wrongly unfair unfairly unkind unkindly mean meanly cruel cruelly rude rudely
    harsh harshly selfish selfishly thoughtless careless carelessly cowardly coward
    cheap low lousy shabby shabbily shameful ashamed shame embarrassed embarrassing
    disgraceful inexcusable unacceptable uncalled petty childish stupid dumb idiot
    idiotic fool foolish badly bad worse worst awful terrible horrible poorly poor
    fault faults blame blamed mistake mistakes messed screwed stuffed botched blew
    failed fail failing regret regrets regretted remorse sorry sry soz apologise
    apologize apologised apologized apology apologies forgive forgiveness pardon
    shouldn't shouldnt should've shouldve shoulda overreacted overreact snapped
    granted dismissive defensive nasty ugly out line uncool jerk jerky ass arse prat
    dick dickish dog bastard cow twat git eejit numpty muppet wally
    """
)

YOU = _words("you u your ur yours yourself ye yer ya yu youre you're you've you'd you'll")
ME = _words("i i'm im me my mine myself i've ive i'd id i'll ill")
# Past deeds: "you built", "you stayed", "I hung up". Regular pasts end in -ed.
DID = _words(
    """
    built made found took kept held brought gave stood drove ran taught fought caught
    bought sat came went did got put let left sent spent told said thought knew saw
    hung hit broke wrote read won shut threw swore slept woke
    """
)
_SKIP = _words("just always still even really also never once then already actually")

NOT = _words("not never no nothing nobody none cannot can't cant don't dont won't wont")


def marks(words: list[str]) -> list[str]:
    """The marks of one sentence's words (lower-cased, straight apostrophes)."""
    praise = sum(word in PRAISE for word in words)
    fault = sum(word in FAULT for word in words)
    to_you = any(word in YOU for word in words)
    by_me = any(word in ME for word in words)
    denied = any(word in NOT or word.endswith("n't") for word in words)
    found = [f"x:{who}&did" for who in sorted(_doers(words))]
    for name, count in (("praise", praise), ("fault", fault)):
        if not count:
            continue
        found.append(f"x:{name}")
        found.append(f"x:{name}:{min(count, 3)}")
        if to_you:
            found.append(f"x:{name}&you")
        if by_me:
            found.append(f"x:{name}&i")
        if to_you and not by_me:
            found.append(f"x:{name}&you_only")
        if by_me and not to_you:
            found.append(f"x:{name}&i_only")
        if denied:
            found.append(f"x:{name}&not")
    if praise and not fault:
        found.append("x:praise_only")
    if fault and not praise:
        found.append("x:fault_only")
    return found


def _doers(words: list[str]) -> set[str]:
    """Who did something in the past in the sentence: "you", "i" or both."""
    doers = set()
    for index, word in enumerate(words[:-1]):
        who = "you" if word in ("you", "u", "ye") else "i" if word == "i" else None
        if who is None:
            continue
        following = [w for w in words[index + 1 : index + 4] if w not in _SKIP][:1]
        if following and (following[0] in DID or following[0].endswith("ed")):
            doers.add(who)
    return doers
