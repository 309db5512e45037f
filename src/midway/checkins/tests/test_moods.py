"""A mood is one to three emoji, whole grapheme clusters (pure, no database)."""

import pytest

from midway.checkins.moods import (
    PICKER,
    MoodError,
    clean_mood,
    emoji_in,
    is_emoji,
    join_from_picker,
    split_for_picker,
)


@pytest.mark.parametrize(
    "mood",
    [
        "😊",
        "🙀⚖️📯",  # from a real letter: a variation selector inside the cluster
        "👩🏽‍❤️‍💋‍👨🏿",  # ten code points, one emoji
        "🇫🇷",  # a flag: two regional indicators
        "1️⃣",  # a keycap
        "🏴󠁧󠁢󠁥󠁮󠁧󠁿",  # a tag sequence
        "👍🏾",  # a skin tone
    ],
)
def test_whole_emoji_are_moods(mood):
    assert clean_mood(mood) == mood


def test_spaces_between_emoji_are_dropped():
    assert clean_mood(" 😊  😴 ") == "😊😴"


def test_an_empty_mood_is_allowed():
    assert clean_mood("") == ""
    assert clean_mood("   ") == ""


@pytest.mark.parametrize("text", ["happy", "ok 😊", "1", "#", "😊!", "<script>", "\u202e😊", "🏽"])
def test_anything_but_emoji_is_refused(text):
    with pytest.raises(MoodError, match="emoji only"):
        clean_mood(text)


def test_more_than_three_emoji_are_refused():
    with pytest.raises(MoodError, match="Up to 3 emoji, please: this has 4"):
        clean_mood("😊😴😢😠")


def test_five_hundred_emoji_are_refused():
    with pytest.raises(MoodError, match="this has 500"):
        clean_mood("😊" * 500)


def test_one_emoji_padded_with_hundreds_of_modifiers_is_refused():
    with pytest.raises(MoodError, match="too long"):
        clean_mood("😊" + "\ufe0f" * 100)


def test_the_picker_offers_sixteen_distinct_emoji():
    emoji = [e for e, _word in PICKER]
    assert len(emoji) == 16 == len(set(emoji))
    assert all(is_emoji(e) for e in emoji)


def test_a_mood_splits_into_picker_choices_and_typed_text_and_back():
    picked, other = split_for_picker("😴🙀😊")
    assert picked == ["😴", "😊"]
    assert other == "🙀"
    assert join_from_picker(picked, other) == "😊😴🙀"


def test_emoji_are_found_inside_a_line_of_a_letter():
    assert emoji_in("Today's card is judgement 🙀⚖️📯 and I'm medicated! 💊⚡") == "🙀⚖️📯"
