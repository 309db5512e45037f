"""Forms of Decide together; limits are checked again by the services."""

from django import forms

from midway.decisions.models import Mark
from midway.decisions.services import NEED_LIMIT, OPTION_LIMIT, TITLE_LIMIT
from midway.spaces.stale import SeenField
from midway.together.forms import LimitedText


class DecisionForm(forms.Form):
    title = LimitedText(
        TITLE_LIMIT,
        rows=2,
        label="What do we need to decide?",
        empty="Please say what there is to decide.",
        help_text="For example: tonight, do I go home or stay?",
    )
    decide_by = forms.DateTimeField(
        required=False,
        label="Decide by (optional)",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        error_messages={"invalid": "Please give a date and a time, or leave it empty."},
    )


class NeedForm(forms.Form):
    need = LimitedText(NEED_LIMIT, rows=3, label="What I need", empty="Please write what you need.")
    weight = forms.TypedChoiceField(
        label="How much it matters to me",
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how much it matters, from 1 to 5."},
    )
    can_give = LimitedText(NEED_LIMIT, rows=3, required=False, label="What I could give (optional)")
    # What the page showed of my need: a save from another device's older page is refused.
    seen = SeenField()


class OptionForm(forms.Form):
    text = LimitedText(OPTION_LIMIT, rows=2, label="An option", empty="Please write the option.")


class RoundForm(forms.Form):
    """What every action on an open decision carries: the round the page was made in."""

    round = forms.IntegerField(min_value=1, max_value=2**31 - 1, required=False)


class MarkForm(RoundForm):
    verdict = forms.ChoiceField(choices=Mark.VERDICTS)


class AnotherDayForm(RoundForm):
    day = forms.DateField(
        label="Leave it for",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": "Choose a day.", "invalid": "Please give a date."},
    )
