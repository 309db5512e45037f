"""What the coach flags, and the gentle look-alikes it must leave alone."""

import pytest

from midway.coach import analyse


def kinds(text: str) -> list[str]:
    return [finding.kind for finding in analyse(text).findings]


@pytest.mark.parametrize(
    "sentence",
    [
        "I always love it when you make coffee",
        "I never want to lose you",
        "I'm done with the dishes, want to walk?",
        "You're right, that's on me",
        "You never fail to make me laugh",
        "You always know what to say",
        "Whatever you decide is fine with me",
        "I feel hurt when you're late; I need a text",
        "What helps you feel safe when we argue?",
        "Do you always work late on Fridays?",
        "Are you coming to the party tonight?",
        "You never judge me, and I love that.",
        "It's not your fault the train was late.",
        "I need a break; I'll come back at 8 and we'll keep talking.",
        "I'm crazy about you.",
        "Whatever happens, I'm on your side.",
        "I'm going to bed, love you, let's talk in the morning.",
        "I'm out of milk, can you grab some on the way home?",
        "The kids grow up so fast.",
        "Get a grip on the ladder, it's wobbly.",
        "Could you be any sweeter?",
        "I was only trying to help, but I see it made things harder; I'm sorry.",
        "Your stubbornness got us up that mountain, thank goodness.",
        "Leave me alone for an hour so I can finish this, then I'm yours.",
        "Thanks a lot for picking up the kids, you saved me.",
        "Typical Monday, the train was late again.",
        "This weather is pathetic.",
        "",
    ],
)
def test_gentle_look_alikes_are_not_flagged(sentence):
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("You never listen to me", "criticism"),
        ("You're so selfish.", "criticism"),
        ("Honestly I get triggered by your selfishness.", "criticism"),
        ("What's wrong with you?", "criticism"),
        ("You're pathetic", "contempt"),
        ("Whatever, genius", "contempt"),
        ("Oh great, you're late again.", "contempt"),
        ("Yeah right.", "contempt"),
        ("You're being dramatic.", "contempt"),
        ("🙄", "contempt"),
        ("*rolls eyes*", "contempt"),
        ("It's not my fault, you started it", "defensiveness"),
        ("I didn't do anything wrong!", "defensiveness"),
        ("Well, you never told me.", "defensiveness"),
        ("Yes, but you were late first.", "defensiveness"),
        ("That's not true, you're exaggerating.", "defensiveness"),
        ("I'm done talking", "stonewalling"),
        ("Whatever.", "stonewalling"),
        ("Leave me alone", "stonewalling"),
        ("I don't want to talk about it", "stonewalling"),
        ("Talk to the hand.", "stonewalling"),
        ("I'm not discussing this.", "stonewalling"),
        ("Fine.", "stonewalling"),
        ("You're a terrible listener and you know it.", "criticism"),
        ("Not once did you ask how my mother was doing.", "criticism"),
        ("You treat this house like a hotel.", "criticism"),
        ("Could you be any slower?", "contempt"),
        ("Thanks a lot, you've ruined the whole day.", "contempt"),
        ("Use your brain for once.", "contempt"),
        ("You're the one who forgot the tickets, not me.", "defensiveness"),
        ("Don't blame me for your bad mood.", "defensiveness"),
        ("How could I have known you were waiting?", "defensiveness"),
        ("Conversation's over.", "stonewalling"),
        ("Talk to you never.", "stonewalling"),
        ("Forget it, I'm going to bed.", "stonewalling"),
    ],
)
def test_horsemen_are_flagged_with_their_kind(sentence, kind):
    assert kinds(sentence) == [kind]


def test_a_gentle_frame_does_not_excuse_a_label():
    assert kinds("I feel hurt when you're so selfish.") == ["criticism"]
    assert kinds("I love you, but you're so selfish.") == ["criticism"]


def test_warmth_does_not_excuse_sarcasm_or_an_insult():
    assert kinds("Thanks a lot for embarrassing me in front of my boss.") == ["contempt"]
    assert kinds("I love how you're such an idiot about this.") == ["contempt"]


def test_a_gentle_frame_cancels_an_absolute():
    assert kinds("I feel lonely when you always work late; could we keep Fridays free?") == []


def test_reported_speech_inside_quotes_is_not_flagged():
    assert kinds('When you said "whatever" I felt dismissed.') == []
    assert kinds('He said "leave me alone!" and walked out.') == []


def test_a_sentence_that_is_only_a_quotation_is_read_as_it_is():
    assert kinds("\u201cYou never listen.\u201d") == ["criticism"]


def test_an_eye_roll_at_the_traffic_is_not_aimed_at_anyone():
    assert kinds("Ugh, traffic on the ring road again 🙄, I'll be ten minutes late.") == []
    assert kinds("You're home already? 🙄") == ["contempt"]


def test_each_sentence_is_judged_on_its_own():
    text = "I love you. You never listen though. Whatever."
    assert kinds(text) == ["criticism", "stonewalling"]


def test_missing_apostrophes_are_understood():
    assert kinds("its not my fault") == ["defensiveness"]
    assert kinds("youre so lazy") == ["criticism"]
    assert kinds("i dont want to talk about it") == ["stonewalling"]


def test_a_break_with_a_time_to_come_back_is_not_stonewalling():
    assert kinds("Leave me alone for twenty minutes, I'll be back at nine.") == []
    assert kinds("I can't do this right now, can we talk after dinner?") == []


def test_long_forms_are_understood_like_contractions():
    assert kinds("It is not my fault.") == ["defensiveness"]
    assert kinds("You are exaggerating.") == ["defensiveness"]
    assert kinds("I am done talking.") == ["stonewalling"]
    assert kinds("I do not want to talk about it.") == ["stonewalling"]
