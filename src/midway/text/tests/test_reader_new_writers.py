"""Forms that writers the reader never saw used (issue 14), and the learnt sentence model.

Every letter here is read without the learnt model (`RULES_ONLY`) unless the test is
about the model: these are the rules' own forms.
"""

import pytest

from midway.text.blocks import sentences, without_chat_stamps
from midway.text.inline import read_sentence, refuses
from midway.text.reader import read_letter
from midway.text.sentence_model import (
    MAX_WEIGHED,
    SentenceModel,
    features,
    stored_model,
)
from midway.text.statements import (
    find_affirmations,
    find_apologies,
    sign_off_line,
)
from midway.text.statements import (
    refuses as refuses_statement,
)

RULES_ONLY = SentenceModel({})


def read(text: str) -> dict:
    return read_letter(text, model=RULES_ONLY).to_dict()


# Cutting: chat, stamps, emoji, nested lists, checklists.


def test_an_emoji_ends_a_chat_sentence_when_a_new_one_opens():
    said = list(sentences("im sorry 😔 it wasnt even abt the dishes. i text u a 🌙 when i need"))
    assert said == ["im sorry 😔", "it wasnt even abt the dishes.", "i text u a 🌙 when i need"]


def test_chat_typed_one_message_a_line_reads_a_sentence_a_line():
    text = (
        "ok i've been staring at this for ages\n"
        "i'm sorry i left the party without telling you\n"
        "that was really not ok\n"
        "i love you in the ordinary way\n"
        "and the impossible way"
    )
    assert list(sentences(text)) == [
        "ok i've been staring at this for ages",
        "i'm sorry i left the party without telling you",
        "that was really not ok",
        "i love you in the ordinary way and the impossible way",
    ]


def test_pasted_chat_stamps_are_taken_off():
    text = "[21:14] did you buy bread?\n12/03/24, 21:05 - Tendai: ok look i'm sorry\n[22:15] Wei Ling: ok"
    assert without_chat_stamps(text) == "did you buy bread?\nok look i'm sorry\nok"


def test_a_list_item_titling_an_indented_list_makes_a_section():
    letter = "1) Proposals\n   a. We each write a list, then swap\n   b. We visit together first\n2) Other\n   a. The weather was nice"
    assert read(letter)["things_to_try"] == [
        "We each write a list, then swap",
        "We visit together first",
    ]


def test_lines_under_a_heading_are_one_item_each_unless_one_stops_mid_sentence():
    letter = "ideas:\na shared calendar that pings both of us\nrebooking the dinner and\ndoing all the planning"
    assert read(letter)["things_to_try"] == [
        "a shared calendar that pings both of us",
        "rebooking the dinner and doing all the planning",
    ]


def test_checklist_marks_and_bracketed_asides():
    letter = "Things to try:\n✅ a walk after dinner\n⬜ phones in the drawer\n- (you pick first, obviously)"
    assert read(letter)["things_to_try"] == ["a walk after dinner", "phones in the drawer"]


def test_a_listed_errand_is_no_question_even_under_questions():
    letter = (
        "Questions:\n- What is your happiest memory?\n- did you already pay the electricity bill?"
    )
    assert read(letter)["questions"] == ["What is your happiest memory?"]


def test_rules_for_fighting_fair_is_a_section_but_heres_me_trying_is_not():
    rules = "Rules for fighting fair (draft 1, by me, please edit)\n\n- No yelling after 10pm"
    assert read(rules)["things_to_try"] == ["No yelling after 10pm"]
    trying = "Grand, so. Here's me trying.\n\n• I was an eejit at the match."
    assert read(trying)["things_to_try"] == []


# Proposals and questions inside paragraphs.


@pytest.mark.parametrize(
    "sentence",
    [
        "Firstly, I think we ought to agree a quiet signal for when one of us is unkind.",
        "I want we try cooking dumplings together on Sunday.",
        "Next long drive, we make a plan: you drive the first half, I drive the second.",
        "What if when we fight we don't go to sleep before we at least hug?",
        "So my idea is we make a rule, no big discussions after eleven.",
        "I'll start doing the Monday grocery run so you get that evening back.",
        "From now on, disagreements about chores get parked until the weekend.",
        "maybe we can make one small sign, if i touch my ear it means i need a break",
    ],
)
def test_proposals_new_writers_made(sentence):
    assert read_sentence(sentence)[0] == "things_to_try"


@pytest.mark.parametrize(
    "sentence",
    [
        "I reckon we both went a bit feral over the caravan thing.",
        'One thing I want to clear: when I said "whatever" I was not telling you to go.',
    ],
)
def test_not_proposals(sentence):
    read = read_sentence(sentence)
    assert read is None or read[0] != "things_to_try"


def test_a_long_sentence_proposes_from_the_clause_that_proposes():
    sentence = (
        "Anyway I've been thinking, while I was lying awake at 3am listening to your brother "
        "snore through the wall, about what would actually help, and I think we could try a "
        "rule where nobody says yes to a guest without a pause, even if it's your brother, "
        "even if it's my mum, because honestly my mum would be worse."
    )
    assert read_sentence(sentence)[1].startswith("I think we could try a rule")


@pytest.mark.parametrize(
    "sentence,asked",
    [
        ("I wonder, do you feel like it's our flat yet?", "do you feel like it's our flat yet?"),
        ("can i ask u smth for real tho, what do u need from me?", "what do u need from me?"),
        ("What scares you?", "What scares you?"),
        ("Would you like that, or would you rather we found something new?", None),
    ],
)
def test_questions_new_writers_asked(sentence, asked):
    read = read_sentence(sentence)
    assert read[0] == "questions"
    assert read[1] == (asked or sentence)


def test_offers_and_follow_ups_are_not_questions():
    assert read_sentence("like do u want me to just say bad day and go shower first?") is None
    letter = "What excites you most about the day? I want to know what you're dreaming about."
    assert read(letter)["questions"] == ["What excites you most about the day?"]


# Apologies and affirmations.


@pytest.mark.parametrize(
    "sentence",
    [
        'I also apologise for saying "typical" under my breath.',
        "That one's on me.",
        "this is my wrong, no excuse",
        "i shoudl have told u about the money. I shouldn't have made that joke.",
        "Je suis désolée d'avoir claqué la porte, that was childish of me.",
    ],
)
def test_apologies_new_writers_made(sentence):
    assert find_apologies([sentence]) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "so forgive me if this sounds a bit rehearsed.",
        "Sorry this has gone on so long, I've a lot in my head.",
        "You said « je suis désolé, j'ai exagéré » and I accept.",
        "Your sister said 'tell him I'm sorry about the bridge night', so consider it told.",
    ],
)
def test_not_apologies(sentence):
    assert find_apologies([sentence]) == []


def test_a_run_on_voice_note_is_cut_where_the_apology_starts():
    sentence = (
        "last night when you said I never listen I got really defensive and I know I did the "
        "thing where I started listing everything I do around the house and that wasn't what "
        "you were saying at all I'm sorry I turned it into a scorecard"
    )
    assert find_apologies([sentence]) == ["I'm sorry I turned it into a scorecard"]


@pytest.mark.parametrize(
    "sentence",
    [
        "you are the softest place i know",
        "You are still the handsomest man in any room.",
        "You're braver than I'll ever be.",
        "You are a very good father and I say it not enough.",
        "I love your patience with my strange English.",
        "I admire how generous you are.",
        "You make our home feel like a home.",
        "Du bist mein Lieblingsmensch.",
        "Thank you for coming with me to the clinic today.",
        "I noticed you fixed the porch light without me asking.",
    ],
)
def test_affirmations_new_writers_made(sentence):
    assert find_affirmations([sentence]) == [sentence]


def test_thanks_for_writing_back_is_courtesy():
    assert find_affirmations(["Thanks for writing back."]) == []


@pytest.mark.parametrize(
    "ending,closing",
    [
        ("Love you,\nAnanya", "Love you,"),
        ("luv u, see u at 6\n-j", "luv u, see u at 6"),
        ("Your favourite idiot,\nPete", "Your favourite idiot,"),
        ("Love you, even when you're being stubborn.\nN", None),
        ("ok. water. sofa.\nlove you", None),
    ],
)
def test_the_sign_off_line(ending, closing):
    assert sign_off_line("Hi,\n\nA letter.\n\n" + ending) == closing


def test_a_sign_off_is_no_affirmation():
    assert read("I miss you.\n\nLove you,\nAnanya")["affirmations"] == ["I miss you."]


# The learnt sentence model.


def test_features_are_the_words_pairs_and_shape():
    marks = features('I\'m sorry I said "fine"?', ["item"])
    assert {"bias", "item", "w:i'm", "w:sorry", "b:i'm_sorry", "f:i'm", "ends:?"} <= set(marks)
    assert "w:fine" not in marks  # quoted words are reported, not said


def test_the_model_adds_a_sure_sentence_the_rules_left_and_never_a_refused_one():
    model = SentenceModel(
        {"apologies": {"w:guts": 5.0}, "questions": {"w:guts": 5.0}},
        add_at={"apologies": 0.5, "questions": 0.5},
    )
    said = [("That took guts, and I had none.", []), ("Why do you never have any guts?", [])]
    weighed = model.weigh_all(said, {"apologies": [], "questions": []})
    assert weighed["apologies"] == [("That took guts, and I had none.", 0.65)]
    # An accusing question is refused by the rules, however sure the model.
    assert ("Why do you never have any guts?", 0.65) not in weighed["questions"]


def test_a_sentence_a_rule_gave_one_kind_is_not_added_to_its_exclusive_kind():
    model = SentenceModel({"things_to_try": {"bias": 5.0}}, add_at={"things_to_try": 0.5})
    said = [("Can we walk on Sundays?", [])]
    found = {"questions": [("Can we walk on Sundays?", 0.95)], "things_to_try": []}
    weighed = model.weigh_all(said, found, exclusive=(("questions", "things_to_try"),))
    assert weighed["things_to_try"] == []


def test_the_model_weighs_a_bounded_number_of_sentences():
    model = SentenceModel({"apologies": {"bias": 5.0}}, add_at={"apologies": 0.5})
    said = [(f"Sentence number {i} here.", []) for i in range(MAX_WEIGHED + 50)]
    assert len(model.weigh_all(said, {"apologies": []})["apologies"]) == MAX_WEIGHED


def test_the_stored_model_is_learnt_for_every_kind():
    model = stored_model()
    assert set(model.weights) == {"questions", "things_to_try", "apologies", "affirmations"}
    assert 0.0 < model.add_at["apologies"] < 1.0


def test_without_a_model_the_reader_reads_by_its_rules_alone():
    letter = "I'm sorry about Sunday. I was cold to you."
    assert read(letter)["apologies"] == ["I'm sorry about Sunday."]


def test_refusals_the_model_obeys():
    assert refuses("questions", "Do you have any idea how that felt?")
    assert refuses("things_to_try", "We could have left earlier.")
    assert refuses_statement("apologies", "I was just trying to help.")
    assert refuses_statement("affirmations", "The issue is that you should be enough.")
    assert not refuses_statement("apologies", "That was cowardly of me.")


@pytest.mark.parametrize(
    "sentence",
    [
        "I brought up your ex, which was a low blow, my bad.",
        "You had a reason and I didn't let you say it, that part's mine.",
        "It was a stupid thing to say and I take it back.",
    ],
)
def test_owning_a_wrong_without_sorry(sentence):
    assert find_apologies([sentence]) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "I apologise if my tone came across wrong.",
        "Apologies for the rant.",
        "Sorry, can't do Thursday.",
    ],
)
def test_more_non_apologies(sentence):
    assert find_apologies([sentence]) == []


@pytest.mark.parametrize("sentence", ["Mahal na mahal kita.", "Ich hab dich lieb.", "我很愛你."])
def test_i_love_you_in_other_languages(sentence):
    assert find_affirmations([sentence]) == [sentence]


def test_a_plan_for_tonight_is_no_thing_to_try_but_a_habit_is():
    assert read_sentence("let's just get pizza tonight and not talk about it") is None
    assert read_sentence("let's walk every evening, starting tonight")[0] == "things_to_try"


def test_errands_on_a_list_are_no_items():
    letter = (
        "THINGS I WANT US TO TRY\n[ ] mate together on Sunday mornings\n[ ] buy new sponge\n\n"
        "QUESTIONS FOR YOU\n[ ] What makes you feel loved?\n[ ] Can you send me the electricity bill?"
    )
    parts = read(letter)
    assert parts["things_to_try"] == ["mate together on Sunday mornings"]
    assert parts["questions"] == ["What makes you feel loved?"]
