"""The two forms of the check-in page: how I am today, and my card of the day."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from midway.checkins.cards import grouped_choices
from midway.checkins.models import NOTE_MAX_CHARS, CheckIn
from midway.checkins.moods import MAX_EMOJI, PICKER, MoodError, clean_mood, join_from_picker
from midway.checkins.moods import split_for_picker as split_mood
from midway.checkins.services import FORM_FIELDS
from midway.spaces.stale import SeenField, fingerprint

NOT_SAYING = ("", "Not saying")
MEDICATION = {"yes": True, "no": False}


def _scale(label: str, low: str, high: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=[*[(str(n), str(n)) for n in range(1, 6)], NOT_SAYING],
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
        help_text=f"1 = {low}, 5 = {high}.",
    )


class QuickSelect(forms.Select):
    """A select written out in Python: Django renders one template per option, and the
    deck's 79 options were most of the check-in page's time."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"{}>', widget["name"], flatatt(widget["attrs"]))]
        for group, options, _index in widget["optgroups"]:
            if group:
                parts.append(format_html('<optgroup label="{}">', group))
            parts.extend(
                format_html(
                    '<option value="{}"{}>{}</option>',
                    option["value"],
                    flatatt(option["attrs"]),
                    option["label"],
                )
                for option in options
            )
            if group:
                parts.append("</optgroup>")
        parts.append("</select>")
        # Every part went through format_html (escaped) or is a literal tag.
        return mark_safe("".join(parts))


def choice_rows(field: forms.BoundField) -> list[dict]:
    """A radio or checkbox field's options for the template to write out itself (a
    template render per option, as `{{ choice.tag }}` does, cost 41 renders a page)."""
    value = field.value()
    values = value if isinstance(value, list | tuple) else [value]
    chosen = {"" if item is None else str(item) for item in values}
    return [
        {
            "value": str(key),
            "label": label,
            "id": f"{field.auto_id}_{index}",
            "checked": str(key) in chosen,
        }
        for index, (key, label) in enumerate(field.field.choices)
    ]


class ChoiceRows:
    """`form.rows.energy`: the options of one of the form's choice fields, as rows."""

    def __init__(self, form: forms.Form):
        self.form = form

    def __getitem__(self, name: str) -> list[dict]:
        return choice_rows(self.form[name])


class CheckInForm(forms.Form):
    """Everything about today except the card; every field may be left unsaid."""

    mood_pick = forms.MultipleChoiceField(
        label="Mood",
        choices=[(emoji, word) for emoji, word in PICKER],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    mood_other = forms.CharField(
        label="Or type your own emoji",
        required=False,
        strip=True,
        help_text=f"Up to {MAX_EMOJI} emoji in all.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "text"}),
    )
    medication_taken = forms.TypedChoiceField(
        label="Took my meds today",
        choices=[("yes", "Yes"), ("no", "No"), NOT_SAYING],
        coerce=MEDICATION.get,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    energy = _scale("Energy", "running on empty", "full of energy")
    safety = _scale("How safe I feel", "not safe at all", "completely safe")
    capacity = forms.ChoiceField(
        label="Room for a hard talk today",
        choices=[*CheckIn.Capacity.choices, NOT_SAYING],
        required=False,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label="A note for today",
        required=False,
        max_length=NOTE_MAX_CHARS,
        help_text=f"Anything you want your partner to know. Up to {NOTE_MAX_CHARS:,} characters.",
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    seen = SeenField()

    @property
    def rows(self) -> ChoiceRows:
        return ChoiceRows(self)

    @classmethod
    def for_checkin(cls, checkin: CheckIn | None, data=None) -> "CheckInForm":
        """The form, pre-filled from today's check-in if there is one."""
        seen = fingerprint(stored_values(checkin, FORM_FIELDS))
        if checkin is None:
            initial = {"medication_taken": "", "energy": "", "safety": "", "capacity": ""}
            return cls(data, initial={**initial, "seen": seen})
        picked, other = split_mood(checkin.mood)
        medication = {True: "yes", False: "no", None: ""}[checkin.medication_taken]
        initial = {
            "mood_pick": picked,
            "mood_other": other,
            "medication_taken": medication,
            "energy": "" if checkin.energy is None else str(checkin.energy),
            "safety": "" if checkin.safety is None else str(checkin.safety),
            "capacity": checkin.capacity,
            "note": checkin.note,
            "seen": seen,
        }
        return cls(data, initial=initial)

    def clean(self):
        data = super().clean()
        mood = join_from_picker(data.get("mood_pick") or [], data.get("mood_other") or "")
        try:
            data["mood"] = clean_mood(mood)
        except MoodError as error:
            self.add_error("mood_other", str(error))
        return data

    def checkin_fields(self) -> dict:
        """The cleaned values, named as CheckIn's fields, for `save_checkin`."""
        data = self.cleaned_data
        return {
            "mood": data["mood"],
            "medication_taken": data["medication_taken"],
            "energy": data["energy"],
            "safety": data["safety"],
            "capacity": data["capacity"],
            "note": data["note"],
        }


class CardForm(forms.Form):
    """Draw my card, or say which card I pulled from my own deck."""

    DRAW, CHOOSE = "draw", "choose"

    action = forms.ChoiceField(choices=[(DRAW, "Draw my card"), (CHOOSE, "Use this card")])
    card = forms.ChoiceField(
        label="The card I pulled",
        choices=[("", "No card today"), *grouped_choices()],
        required=False,
        widget=QuickSelect,
    )
    card_reversed = forms.BooleanField(label="Reversed (upside down)", required=False)
    seen = SeenField()

    @classmethod
    def for_checkin(cls, checkin: CheckIn | None, data=None) -> "CardForm":
        seen = fingerprint(stored_values(checkin, CARD_FIELDS))
        if checkin is None:
            return cls(data, initial={"seen": seen})
        initial = {"card": checkin.card, "card_reversed": checkin.card_reversed, "seen": seen}
        return cls(data, initial=initial)


CARD_FIELDS = ("card", "card_reversed")


def stored_values(checkin: CheckIn | None, names) -> dict:
    """What today's check-in holds now (as a new one would, when there is none)."""
    source = checkin or CheckIn()
    return {name: getattr(source, name) for name in names}
