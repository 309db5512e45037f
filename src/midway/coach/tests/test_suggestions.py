"""The gentler alternative offered for each kind of finding."""

from datetime import datetime

from midway.coach import Finding, analyse


def suggestion(text: str, **kwargs) -> str:
    (finding,) = analyse(text, **kwargs).findings
    return finding.suggestion


def test_criticism_becomes_i_feel_when_i_need():
    assert suggestion("You never listen to me") == (
        "I feel unheard when I'm talking and it seems you're elsewhere. "
        "I need a few minutes of your full attention."
    )


def test_criticism_keeps_the_moment_without_the_absolute():
    text = suggestion("You never take my side when your sister starts.")
    assert text.startswith("I feel hurt when you don't take my side when your sister starts.")
    assert "I need" in text


def test_a_character_label_is_not_repeated_in_the_suggestion():
    text = suggestion("Honestly I get triggered by your selfishness.")
    assert "selfish" not in text
    assert text.startswith("I feel ") and " when " in text and "I need " in text


def test_contempt_becomes_a_plain_statement_or_an_appreciation():
    assert suggestion("Oh great, you're late again.").startswith("I'm frustrated that you're late")
    insult = suggestion("You're pathetic")
    assert "Plainly" in insult and "value in you" in insult
    assert "genius" not in suggestion("Whatever, genius")


def test_defensiveness_becomes_taking_ones_part():
    assert suggestion("It's not my fault, you started it").startswith("Part of this is mine: ")


def test_defensiveness_keeps_the_writers_own_explanation():
    text = suggestion("Yes, but I was tired.")
    assert text.startswith("Part of this is mine: ") and "I was tired" in text


def test_stonewalling_becomes_a_break_with_a_time_to_come_back():
    for text in (
        "I'm done talking",
        "Whatever.",
        "Leave me alone",
        "I don't want to talk about it",
    ):
        assert suggestion(text).startswith("I'm flooded. I need a break; I'll come back at ")


def test_stonewalling_names_a_real_time_when_given_now():
    now = datetime(2025, 3, 1, 20, 20)
    assert "come back at 20:40" in suggestion("I'm done.", now=now)


def test_every_finding_has_a_short_kind_reason():
    analysis = analyse("You never call. You're an idiot. Not my fault. Whatever.")
    assert [f.kind for f in analysis.findings] == [
        "criticism",
        "contempt",
        "defensiveness",
        "stonewalling",
    ]
    for finding in analysis.findings:
        assert isinstance(finding, Finding)
        assert 20 < len(finding.why) < 140
        assert finding.suggestion


def test_the_explanation_kept_is_only_the_writers_own_part():
    text = suggestion("I did call, you just didn't pick up.")
    assert text == "Part of this is mine: … I did call, and I see how it landed for you."


def test_the_coach_never_flags_its_own_suggestions():
    from pathlib import Path

    from midway.coach.evaluation import load

    labelled = load(Path(__file__).parent / "labelled.tsv")
    horsemen = [e.sentence for e in labelled if e.label != "gentle"][:400]
    flagged = [
        f.suggestion
        for sentence in horsemen
        for f in analyse(sentence).findings
        if analyse(f.suggestion).findings
    ]
    assert not flagged, flagged[:5]
