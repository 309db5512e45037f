"""Findings point at exactly the sentence they are about."""

from hypothesis import given, settings
from hypothesis import strategies as st

from midway.coach import analyse
from midway.coach.text import MAX_SENTENCE, sentence_spans


def flagged(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyse(text).findings]


def test_span_is_the_flagged_sentence():
    text = "Thanks for dinner. You never listen to me! Can we talk later?"
    assert flagged(text) == ["You never listen to me!"]


def test_span_trims_spaces_and_keeps_closing_quote():
    text = '  She wrote:\n   "You always do this."   \nOk.'
    assert flagged(text) == ['"You always do this."']


def test_span_is_correct_after_emoji_and_curly_apostrophes():
    text = "🙀⚖️📯 Morning! It\u2019s not my fault, you started it. 💊"
    (span,) = flagged(text)
    assert span == "It\u2019s not my fault, you started it."


def test_each_line_is_its_own_sentence():
    text = "Things to try:\n1. Whatever.\n2. You never call"
    assert flagged(text) == ["Whatever.", "You never call"]


def test_list_numbers_and_abbreviations_do_not_split_sentences():
    spans = sentence_spans("1. Going out, e.g. to the park. Then home.")
    assert len(spans) == 2


def test_punctuation_inside_quotes_does_not_split():
    text = '"Leave me alone!" he said, and left.'
    assert sentence_spans(text) == [(0, len(text))]


def test_run_on_text_is_cut_into_short_pieces():
    text = "and then you said something, " * 200
    spans = sentence_spans(text)
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"'\u2019,;🙄é\u05d0")), max_size=300))
def test_spans_are_ordered_trimmed_and_inside_the_text(text):
    last_end = 0
    for start, end in sentence_spans(text):
        assert last_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        last_end = end


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_text_can_be_analysed_and_spans_match(text):
    spans = sentence_spans(text)
    for finding in analyse(text).findings:
        assert (finding.start, finding.end) in spans
