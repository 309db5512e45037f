"""Forms for appreciations and the courted list; the services check the limits again."""

from django import forms
from django.utils import timezone

from midway.appreciations.models import CourtedItem
from midway.appreciations.services import APPRECIATION_LIMIT, ITEM_LIMIT, WORD_LIMIT
from midway.together.forms import LimitedText


class AppreciationForm(forms.Form):
    text = LimitedText(
        APPRECIATION_LIMIT,
        rows=3,
        label="Something you appreciate in your partner",
        empty="Please write your appreciation.",
    )


class CourtedItemForm(forms.Form):
    kind = forms.ChoiceField(choices=CourtedItem.KINDS, label="Kind")
    text = LimitedText(ITEM_LIMIT, rows=2, label="What it is", empty="Please write what it is.")


class DoneForm(forms.Form):
    day = forms.DateField(
        label="When",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Please give a date."},
    )
    word = forms.CharField(label="A word (optional)", required=False, max_length=WORD_LIMIT)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["day"].initial = timezone.localdate()
