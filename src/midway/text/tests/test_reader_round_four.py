"""Forms met in the fourth round's fresh batches (benchmarks/README.md, "Round four"):
wishes, errands and quoted questions that are no items; proposals asked in more ways;
faults owned in more Englishes; filler; medicines listed two at a time; phrasebook
denials at the end, in a table's third column and in Scots; the card reversed "at that";
and the marks the lexicon gives the sentence model."""

import pytest

from midway.text.checkin import find_weighed_medication
from midway.text.daily_card import find_weighed_card
from midway.text.inline import read_sentence, refuses
from midway.text.lexicon import marks
from midway.text.reader import read_letter
from midway.text.sentence_model import SentenceModel
from midway.text.statements import find_apologies
from midway.text.statements import refuses as refuses_warmth


def rules_only(text: str):
    return read_letter(text, model=SentenceModel({}))


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish we could just have one normal weekend.",  # a wish, nothing to do
        "Did you want me to grab more ice on the way home?",
        "did you ever hear back from the vet about Biscuit's tooth?",
        "Are you still okay to do pickup Friday?",
        "would it be ok if I went to Mara's on Saturday?",
        "Have you taken your vitamin D?",
        "My therapist asked me 'what do you need from your partner?'",
        "Who are you to say this, after the whole month you spent on your phone?",
        "how do you forget something like that???",
        "Did you honestly think I would not notice?",
        "Harold, what on earth are you playing at?",
        "Did your phone die or did you just not feel like telling me?",
        "How do you think that felt?",
        "Whose side are you on?",
        "Do we return the wardrobe or keep it?",
        "Do you know what that felt like?",
        "Can we promise each other something?",  # announces; the proposal comes next
        "I would like to suggest one small habit.",
        "What if every time I think about it you never come back?",  # a fear
        "Every Friday when the children were small, you put on a record and we danced.",
        "Do you think I am a hotel?",
        "Did you think I'd just hitchhike home?",
        "Do you think the plates wash themselves at night?",
        "Would you be happy with that?",  # a yes asked for the writer's own proposal
        "You know what I mean?",
        "And who on earth taught you to load a dishwasher like that?",
        "I would like to propose an arrangement for the months you are away.",
        "Are you still wanting the lift to Glasgow on Friday?",
        "Is it okay for you?",
        "Did you receive the money I sent through Palawan?",
    ],
)
def test_no_question_and_no_proposal(sentence):
    parts = rules_only(sentence)
    assert parts.questions == () and parts.things_to_try == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish we could go for a walk every Sunday again.",
        "Also, what about one Sunday a month just with your family and one just with mine?",
        "What if, whenever your amma visits, I plan one day and you plan one day?",
        "What if you ride along with me on Sunday mornings and tell me honestly how I'm doing?",
        "wat if we tell each other first before telling family anything big?",
        "When we visit your parents, could you sit next to me, not across the table?",
        "Next time I go quiet, could you just sit with me?",
        "Would you like it if I tell you in the morning what my day looks like?",
        "Would you want to start doing Saturday breakfasts at the diner again?",
        "And how about you tell me first when your family asks for help?",
        # An agreement led by its rhythm.
        "Evenings, after Jeopardy, I read to you from whatever book you pick.",
        "Mornings, you put the aids in before your porridge, and I stop answering for you.",
        "Every Thursday, dinner without TV.",
        "from now on we do NOT discuss your brother before 10 am",
        "Also, how about one evening a week where we go for a walk to the lake, no phones?",
        "Would you be willing to sit with me on Sunday afternoons and go through the week?",
        "Could you tell me when you're getting overwhelmed instead of going quiet?",
    ],
)
def test_proposals_asked_in_more_ways(sentence):
    assert rules_only(sentence).things_to_try == (sentence,)


@pytest.mark.parametrize(
    "sentence",
    [
        "srsly tho, do you sleep better when it's cold?",
        "Also, genuinely, do you get a wee thrill out of winding me up?",
        "u tired or not?",
        "you ok or not actually?",
    ],
)
def test_sincere_questions_in_chat(sentence):
    assert read_sentence(sentence)[0] == "questions"


def test_a_proposal_listed_under_questions_is_a_thing_to_try():
    letter = (
        "## Questions for you\n"
        "- what do you need from me when I go quiet?\n"
        '- how about we do a monthly "state of us" talk, first of the month, with cake?\n'
        "- Can we try again on Saturday?\n"
    )
    parts = rules_only(letter)
    assert parts.things_to_try == (
        'how about we do a monthly "state of us" talk, first of the month, with cake?',
    )
    assert parts.questions == (
        "what do you need from me when I go quiet?",
        "Can we try again on Saturday?",  # may ask a yes to one plan: stays as listed
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "First, I must apologize for Saturday.",
        "I have to apologise, I was harsh.",
        "i hate that i did that",
        "I did not mean it, and I am ashamed.",
        "I also ignored your calls for a whole day, which I'm not proud of.",
        "Should not have read your phone.",
        "that one cheap shot",
        "I were out of order, love, proper out of order.",
        "I had no right, even if I was feeling insecure.",
        "But this time I think I went too far.",
        "that one really not ok",
        "ok i've been a total drongo",
        "That is not how I want to speak to you, ever.",
        "I was too strict with you about the kitchen.",
        "Also not ok from me.",
        "Yesterday I was really terrible with you.",
        "i was lowkey a jerk at the concert ngl",
        "sorry about the servo thing, i was a total cow to you",
        "After thirty-nine years I should have known better than to start on money at ten.",
        "i shud not hv walked out of ur cousin's engagement like tht",
        "What I did was wrong, there is no excuse.",
        "It was arrogant.",
        "the graduation dinner thing: inexcusable.",
        "I was stubborn and it cost us.",
    ],
)
def test_faults_owned(sentence):
    assert find_apologies([sentence]) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorry for writing you a novel.",
        "sorry for the short msgs, on a job",
        "Sorry this is such a scrawl.",
        "sorry this is a list, I think in lists",
        "sorry for spamming ah",
        "Sorry, this became long.",
        "Sorry this turned into an essay.",
        "Sorry, I know this is a wall of text.",
        "Sorry, this is a lot.",
        "Sorry for the rant.",
        "Sorry this is so scattered.",
        "(sorry, I know, not the time)",
        "my horoscope app says mercury is in retrograde so technically nothing is my fault",
        "why is it always my fault when your sister cancels??",
        "Sorry for the scribble, pen's dying.",
        "sorry caps lock",
        "Sorry also for the length of this mail, I know you are in office.",
        "Also sorry I'm so good at Mario Kart, that must be very hard for you.",
        "sorry for being so charming at the party",
        "[Sorry part]",
        "I was kind of a mess that week",  # how the writer was, not an act judged
        "=== SORRY ===",
        "I apologise that you took it so badly what I said about your mother.",
        "i will pull a tarot card later to see if you forgive me lol",
        "Also, my brother said sorry to you on the phone, he told me.",
        # A phrasebook explanation reports a meaning; it owns nothing.
        "When I go quiet for days, it means I am ashamed, not that I am punishing you.",
    ],
)
def test_no_apology(sentence):
    assert find_apologies([sentence]) == []


def test_sorry_for_a_real_thing_stays_an_apology():
    assert find_apologies(["I'm sorry I threw the book at you."]) != []
    assert find_apologies(["I'm sorry I forgot the shopping list."]) != []


@pytest.mark.parametrize(
    ("kind", "sentence", "refused"),
    [
        ("affirmations", "you're the reason i come home", False),
        ("affirmations", "also ur so pretty it's actually annoying", False),
        ("affirmations", "You're the reason we fight.", True),
        ("affirmations", "I love ye dearly but Radio Scotland at six has got to stop", True),
        ("affirmations", "I love you, but I'm tired of being the only adult here.", True),
        ("affirmations", "I love you but more than that I like you.", False),
        ("affirmations", "I don't mean that you are stupid, I mean you are my person.", True),
        # What may yet happen owns no act.
        (
            "apologies",
            "Even if I end up agreeing with you, that sucks, and I still want a say.",
            True,
        ),
        # About the writer's own act first, whatever praise follows.
        ("affirmations", "Considering I was poking your wound, you showed you are safe.", True),
    ],
)
def test_what_the_model_may_add_as_warmth(kind, sentence, refused):
    assert refuses_warmth(kind, sentence) is refused


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        ("When I ask what my heart wants in this situation, it's you.", True),  # tells
        ("what do you miss most about us", False),  # a chat line asks without a mark
    ],
)
def test_the_model_adds_no_question_that_ends_in_a_full_stop(sentence, refused):
    assert refuses("questions", sentence) is refused


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("I took my eye drops and the heart tablet this morning, so no need to remind me.", True),
        ("I took my statin this morning.", True),
        ("I have taken the BP tablet and the sugar tablet after breakfast.", True),
        ("Also, I took my statin and the baby aspirin at midnight.", True),
        ("I have once again neglected my evening tablet, and shall remedy it directly.", False),
        ("I took the dog out and my tablets are still on the counter.", False),
        ("I took my Levothyrox, so at least my thyroid is calm.", True),
        ("Doctor Sen's new tablets are making me sleepy; I took them at lunch.", True),
        ("i haven't eat my med", False),
        ("I eat medicine already na, don't worry.", True),
        ("Also I took my kusuri (medicine) after breakfast, so no worries.", True),
        ("I will take my pills after dinner.", False),
    ],
)
def test_medication_listed_two_at_a_time(text, taken):
    assert find_weighed_medication(text)[0] is taken


@pytest.mark.parametrize(
    ("letter", "said", "not_meaning", "meaning"),
    [
        (
            '• "heaps busy" → means leave me for an hour and I\'ll come back, '
            "doesn't mean go away forever",
            "heaps busy",
            "go away forever",
            "leave me for an hour and I'll come back",
        ),
        ('when i said "leave it" i meant hold me not leave me', "leave it", "leave me", "hold me"),
        (
            "When I said 'I'm away out' I didnae mean I was leaving you, I meant I needed a "
            "walk round the block before I said something worse.",
            "I'm away out",
            "I was leaving you",
            "I needed a walk round the block before I said something worse.",
        ),
        (
            "| what I said | what I meant | what I didn't mean |\n|---|---|---|\n"
            "| I'm fine | I need you to sit with me for a bit | I want to be left alone |\n",
            "I'm fine",
            "I want to be left alone",
            "I need you to sit with me for a bit",
        ),
        # A helping verb before "not" keeps the meaning whole.
        ('When I said "later" I meant I was not ready yet.', "later", "", "I was not ready yet"),
    ],
)
def test_phrasebook_denials(letter, said, not_meaning, meaning):
    entry = read_letter(letter).phrasebook[0]
    assert (entry.said, entry.not_meaning, entry.meaning) == (said, not_meaning, meaning)


@pytest.mark.parametrize(
    ("text", "card"),
    [
        (
            "I drew a card from your old deck this morning. The Hanged Man, and upside down "
            "at that.",
            ("The Hanged Man", True),
        ),
        (
            "First, the card: I did the reading this morning and got the Hanged Man upside down.",
            ("The Hanged Man", True),
        ),
        ("today's tarocchi: Three of Cups. friendship!!", ("Three of Cups", False)),
        ("Jono's girlfriend pulled the death card at her tarot thing lol", None),
        ("The fortune teller did the reading and gave me the Tower.", None),
    ],
)
def test_card_of_the_day(text, card):
    found = find_weighed_card(text)
    assert (found and (found[0].name, found[0].reversed)) == card


def words(sentence: str) -> list[str]:
    return sentence.split()


def test_lexicon_marks_praise_said_to_you_and_faults_owned():
    praise = marks(words("you built it and it is the sturdiest thing we own"))
    assert {"x:praise", "x:praise&you", "x:you&did"} <= set(praise)
    fault = marks(words("i was cowardly and i know it"))
    assert {"x:fault", "x:fault&i", "x:fault&i_only"} <= set(fault)
    assert marks(words("the bus was late")) == []


@pytest.mark.parametrize(
    ("sentence", "warm"),
    [
        ("your sister is very clever, I admit", False),  # praise of someone else
        ("Aiyah, your mum's laksa is still the best in KL.", False),
        ("Your presentation was clear and your slides were beautiful.", True),
    ],
)
def test_praise_of_the_partner_not_of_their_family(sentence, warm):
    assert bool(rules_only(sentence).affirmations) is warm
