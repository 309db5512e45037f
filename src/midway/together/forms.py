"""Forms for Together: labels a person understands, errors that say what to do.

Text fields carry no HTML `maxlength`: browsers count an emoji as two and cut pasted
text silently, and nothing written in a hard moment should vanish. The server refuses
text over the limit with a message instead, keeping every word in the form.
"""

from django import forms
from django.core.exceptions import ValidationError

from midway.coach.lexicon import FEELINGS, NEEDS
from midway.together.models import ThingToTry
from midway.together.validation import (
    ANSWER_LIMIT,
    COMMENT_LIMIT,
    NOTE_LIMIT,
    PHRASE_LIMIT,
    QUESTION_LIMIT,
    THING_LIMIT,
    WORD_LIMIT,
    clean_words,
    split_own_words,
    too_long_message,
)


class LimitedText(forms.CharField):
    """A textarea with a character limit checked on the server only (see module docstring)."""

    def __init__(self, limit: int, *, rows: int = 4, required: bool = True, empty: str = "", **kw):
        self.limit = limit
        attrs = {"rows": rows}
        super().__init__(
            required=required,
            widget=forms.Textarea(attrs=attrs),
            error_messages={"required": empty or "Please write something here."},
            **kw,
        )

    def validate(self, value):
        super().validate(value)
        if value and len(value) > self.limit:
            raise ValidationError(too_long_message(self.limit, len(value)), code="max_length")


class QuestionForm(forms.Form):
    text = LimitedText(QUESTION_LIMIT, label="Your question", empty="Please write your question.")
    reveal_together = forms.BooleanField(
        required=False,
        label="We both answer, and see each other's answer only when both have answered",
    )


class AnswerForm(forms.Form):
    text = LimitedText(ANSWER_LIMIT, label="Your answer", empty="Please write your answer.")


class ThingForm(forms.Form):
    text = LimitedText(
        THING_LIMIT, rows=3, label="What would you like us to try?", empty="Please say what to try."
    )
    why = LimitedText(
        NOTE_LIMIT,
        rows=3,
        required=False,
        label="Why (optional)",
        help_text="What you hope it changes for the two of you.",
    )


class DeclineForm(forms.Form):
    note = LimitedText(
        NOTE_LIMIT,
        rows=2,
        required=False,
        label="A note (optional)",
        help_text="What doesn't fit for you, or what you could say yes to instead.",
    )


class ReviewForm(forms.Form):
    outcome = forms.ChoiceField(
        label="How did it go?",
        choices=ThingToTry.OUTCOMES,
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose keep, adjust or drop."},
    )
    note = LimitedText(
        NOTE_LIMIT,
        rows=2,
        required=False,
        label="A note (optional)",
        help_text="What worked, what you would change.",
    )


class WordsField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, words, **kw):
        super().__init__(choices=[(word, word) for word in words], required=False, **kw)


class PhrasebookForm(forms.Form):
    said = LimitedText(
        PHRASE_LIMIT,
        rows=2,
        label="What was said",
        empty="Please write the words that were said.",
    )
    not_meaning = LimitedText(PHRASE_LIMIT, rows=2, required=False, label="What it does not mean")
    meaning = LimitedText(
        PHRASE_LIMIT, rows=3, label="What it means", empty="Please write what it means."
    )
    feelings = WordsField(FEELINGS, label="Feelings")
    own_feelings = forms.CharField(
        required=False,
        label="Other feelings",
        help_text=f"In your own words, separated by commas, each under {WORD_LIMIT} characters.",
    )
    needs = WordsField(NEEDS, label="Needs")
    own_needs = forms.CharField(
        required=False,
        label="Other needs",
        help_text=f"In your own words, separated by commas, each under {WORD_LIMIT} characters.",
    )
    request = LimitedText(
        PHRASE_LIMIT,
        rows=2,
        required=False,
        label="A request",
        help_text="Something your partner could do, that they can say yes or no to.",
    )

    def clean(self):
        data = super().clean()
        for field, lexicon in (("feelings", FEELINGS), ("needs", NEEDS)):
            own = split_own_words(data.get(f"own_{field}", ""))
            try:
                data[field] = clean_words([*data.get(field, []), *own], lexicon, field=field)
            except ValidationError as error:
                self.add_error(f"own_{field}", error.message_dict[field])
        return data


class CommentForm(forms.Form):
    text = LimitedText(COMMENT_LIMIT, rows=2, label="Your message", empty="Please write a message.")


class SearchForm(forms.Form):
    q = forms.CharField(
        required=False,
        max_length=200,
        label="Look up a phrase",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "words you heard"}),
    )
