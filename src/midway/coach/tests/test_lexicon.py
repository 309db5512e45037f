"""Our lists of feelings and needs, and ranking them for a text."""

from midway.coach import FEELINGS, NEEDS, analyse, suggest_feelings, suggest_needs
from midway.coach.lexicon import FEELING_LIST, FEELINGS_MET, FEELINGS_NOT_MET, NEED_LIST


def test_lists_are_big_enough_and_have_no_duplicates():
    assert len(FEELINGS) >= 60 and len(set(FEELINGS)) == len(FEELINGS)
    assert len(NEEDS) >= 40 and len(set(NEEDS)) == len(NEEDS)
    assert len(FEELINGS_MET) >= 20 and len(FEELINGS_NOT_MET) >= 30
    assert set(FEELINGS) == set(FEELINGS_MET) | set(FEELINGS_NOT_MET)


def test_lists_are_tuples_of_plain_lowercase_names():
    for names in (FEELINGS, NEEDS):
        assert isinstance(names, tuple)
        assert all(name == name.strip().lower() and name for name in names)


def test_every_item_has_cue_words():
    assert all(len(f.cues) >= 2 for f in FEELING_LIST)
    assert all(len(n.cues) >= 3 for n in NEED_LIST)


def test_the_needs_the_brief_names_are_offered():
    for need in (
        "being courted",
        "being wanted",
        "appreciation",
        "reciprocity",
        "safety",
        "reassurance",
        "rest",
        "autonomy",
        "to be heard",
        "closeness",
        "play",
        "honesty",
        "consistency",
        "respect",
        "space",
    ):
        assert need in NEEDS


def test_wanting_to_be_made_to_want_suggests_courtship_needs():
    needs = suggest_needs("I wish you'd make me want to come round.")
    assert {"being courted", "being wanted", "reciprocity"} <= set(needs[:4])
    explained = suggest_needs(
        "Make me want to come round. I don't feel courted; it's like I'm taken for granted."
    )
    assert {"being courted", "being wanted", "appreciation", "reciprocity"} <= set(explained[:4])


def test_feelings_are_ranked_by_evidence():
    feelings = suggest_feelings("I'm so lonely. Lonely every evening, and a bit scared.")
    assert feelings[:2] == ["lonely", "scared"]


def test_a_negated_good_feeling_points_to_its_opposite():
    feelings = suggest_feelings("I don't feel safe when voices go up.")
    assert "scared" in feelings and "safe" not in feelings


def test_a_neutral_text_gets_no_suggestions():
    assert suggest_feelings("The plumber comes at ten.") == []
    assert suggest_needs("The plumber comes at ten.") == []


def test_limit_is_respected():
    text = "tired lonely scared angry sad hurt anxious worried confused numb"
    assert len(suggest_feelings(text)) == 6
    assert len(suggest_feelings(text, limit=2)) == 2
    assert suggest_needs(text, limit=0) == []


def test_analysis_carries_feelings_and_needs():
    analysis = analyse("You never listen to me, I feel so alone.")
    assert "lonely" in analysis.feelings
    assert "to be heard" in analysis.needs
