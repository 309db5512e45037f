"""Forms of the Repair area. Text limits are checked on the server, never cut by the
browser (as in Together): nothing written in a hard moment should vanish."""

from datetime import datetime, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from midway.coach.lexicon import FEELINGS_NOT_MET
from midway.letters.models import Letter
from midway.repair import breaks
from midway.repair.models import ITEM_LIMIT, NOTE_LIMIT, TITLE_LIMIT, SafetyItem, Trigger
from midway.repair.repairs import LIMITS, STILL_NEED_LIMIT
from midway.spaces.stale import SeenField
from midway.together.forms import LimitedText, WordsField


class SafetyItemForm(forms.Form):
    kind = forms.ChoiceField(label="Where it goes on my menu", choices=SafetyItem.KINDS)
    text = LimitedText(ITEM_LIMIT, rows=2, label="In my words", empty="Please write a line.")
    seen = SeenField()


class TriggerForm(forms.Form):
    kind = forms.ChoiceField(label="What it is", choices=Trigger.KINDS)
    text = LimitedText(ITEM_LIMIT, rows=2, label="In my words", empty="Please write a line.")
    shared = forms.BooleanField(
        required=False,
        label="Share it with my partner (they see it during a break or a repair)",
    )
    seen = SeenField()


class FromAnswerForm(forms.Form):
    kind = forms.ChoiceField(choices=SafetyItem.KINDS, initial=SafetyItem.HELPS)


class _ReturnTimeForm(forms.Form):
    """Back in N minutes, or back at a clock time today (the time wins when given)."""

    least = breaks.MIN_MINUTES
    minutes = forms.IntegerField(
        label="Back in (minutes)",
        required=False,
        error_messages={"invalid": "Say how many minutes, as a whole number."},
    )
    back_at = forms.TimeField(
        label="Or back at",
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
        error_messages={"invalid": "Please give a time like 20:40."},
    )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        at = None
        if data.get("back_at") is not None:
            now = timezone.localtime()
            at = timezone.make_aware(datetime.combine(now.date(), data["back_at"]))
            if at <= now and now - at > timedelta(hours=12):
                # 00:30 typed at 23:50 means tonight, after midnight.
                at += timedelta(days=1)
        try:
            data["return_at"] = breaks.return_time(
                minutes=data.get("minutes"), at=at, least=self.least
            )
        except ValidationError as error:
            self.add_error("back_at" if at else "minutes", error.message_dict.popitem()[1])
        return data


class BreakForm(_ReturnTimeForm):
    note = forms.CharField(
        label="A line to my partner (optional)",
        required=False,
        help_text="For example: I love you, I just need to calm down.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_note(self):
        note = self.cleaned_data["note"]
        if len(note) > NOTE_LIMIT:
            raise ValidationError(f"Please keep the line under {NOTE_LIMIT} characters.")
        return note


class MoreTimeForm(_ReturnTimeForm):
    least = breaks.MORE_MIN_MINUTES
    seen = SeenField()


class RepairForm(forms.Form):
    title = forms.CharField(
        label="What happened, in a few words",
        error_messages={"required": "Please give the repair a title."},
    )
    letter = forms.ModelChoiceField(
        label="About a letter (optional)",
        queryset=Letter.objects.none(),
        required=False,
        empty_label="No letter",
    )

    def __init__(self, *args, member=None, **kwargs):
        super().__init__(*args, **kwargs)
        if member is not None:
            self.fields["letter"].queryset = (
                Letter.objects.visible_to(member)
                .filter(status=Letter.SHARED)
                .order_by("-shared_at")
            )
            self.fields["letter"].label_from_instance = lambda letter: letter.display_title

    def clean_title(self):
        title = self.cleaned_data["title"]
        if len(title) > TITLE_LIMIT:
            raise ValidationError(f"Please keep the title under {TITLE_LIMIT} characters.")
        return title


def _step(name: str, label: str, help_text: str, rows: int = 3) -> LimitedText:
    return LimitedText(LIMITS[name], rows=rows, required=False, label=label, help_text=help_text)


class AccountForm(forms.Form):
    feelings = WordsField(FEELINGS_NOT_MET, label="What I felt")
    own_feelings = _step("own_feelings", "Or in my own words", "Any words: nobody fits a list.", 2)
    saw = _step("saw", "How I saw it", "My side of what happened: my reality, not the truth.")
    past = _step(
        "past", "What it touched from my past", "An old hurt it pressed on, a trigger of mine."
    )
    my_part = _step("my_part", "My part, and what I regret", "What I did that made it worse.")
    will_do = _step("will_do", "One thing I will do next time", "Small and concrete.", 2)
    ask_next_time = _step("ask_next_time", "One thing I ask of you next time", "", 2)
    seen = SeenField()

    def account_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.fields if name != "seen"}


class RespondForm(forms.Form):
    ACCEPT, NEED = "accept", "need"
    answer = forms.ChoiceField(
        label="Your answer",
        choices=[(ACCEPT, "I accept your account and your apology"), (NEED, "I still need…")],
        widget=forms.RadioSelect,
        initial=ACCEPT,
    )
    still_need = LimitedText(
        STILL_NEED_LIMIT,
        rows=2,
        required=False,
        label="What I still need (optional when you accept)",
    )
    seen = SeenField()

    def clean(self):
        data = super().clean()
        if data.get("answer") == self.NEED and not (data.get("still_need") or "").strip():
            self.add_error("still_need", "Please say what you still need.")
        return data
