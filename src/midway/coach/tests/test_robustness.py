"""Odd, empty, foreign and very long texts."""

import time

import pytest

from midway.coach import analyse


def test_empty_and_blank_text():
    for text in ("", "   ", "\n\n\n", "\t"):
        analysis = analyse(text)
        assert analysis.findings == [] and analysis.feelings == [] and analysis.needs == []
        assert analysis.to_dict() == {"text": text, "findings": [], "feelings": [], "needs": []}


def test_only_emoji():
    assert analyse("💊⚡💡🧠🤯🐆💨").findings == []
    assert [f.kind for f in analyse("🙄🙄").findings] == ["contempt"]


def test_emoji_with_skin_tones_and_joiners_keep_spans_right():
    text = "👩🏽‍❤️‍👨🏻 ok. You never call 😒"
    (finding,) = analyse(text).findings
    assert text[finding.start : finding.end] == "You never call 😒"


def test_right_to_left_text_is_read_without_error():
    text = "אני אוהבת אותך. أنا آسف. You never listen."
    (finding,) = analyse(text).findings
    assert text[finding.start : finding.end] == "You never listen."
    assert analyse("\u202bשלום\u202c").findings == []


def test_control_characters_and_nul_do_not_break_it():
    assert analyse("a\x00b\x1b[31m red \u200b\u2028 whatever.").to_dict()["text"]


def test_analyse_refuses_non_text():
    with pytest.raises(TypeError):
        analyse(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "chunk",
    [
        "You never listen to me and I'm done. ",  # many findings
        "a" * 1000 + " ",  # long words, no punctuation
        ", " * 500,  # punctuation with nothing between
        "you you you always never whatever ",  # one huge run-on
        '"' + "x" * 99,  # an unclosed quotation
    ],
)
def test_200_kb_is_analysed_in_linear_time(chunk):
    def timed(size: int):
        text = (chunk * (size // len(chunk) + 1))[:size]
        # CPU time of this thread: other processes on a busy machine don't count.
        started = time.thread_time()
        analysis = analyse(text)
        return time.thread_time() - started, text, analysis

    quarter, _, _ = timed(50_000)
    whole, text, analysis = timed(200_000)
    # Four times the text takes about four times as long (quadratic would be sixteen);
    # the absolute bound only catches a runaway (a sentence of findings takes ~1.5 ms).
    assert whole < 6 * quarter + 1
    assert whole < 40
    for finding in analysis.findings[:50]:
        assert 0 <= finding.start < finding.end <= len(text)
