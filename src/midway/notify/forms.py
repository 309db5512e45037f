from django import forms

from midway.notify.destinations import LABEL_LIMIT, URL_LIMIT
from midway.notify.kinds import KINDS


class AddDestinationForm(forms.Form):
    url = forms.CharField(
        label="Address (an Apprise URL)",
        max_length=URL_LIMIT,
        widget=forms.TextInput(
            attrs={
                "placeholder": "ntfy://ntfy.example.org/our-topic",
                "autocomplete": "off",
                "autocapitalize": "off",
                "spellcheck": "false",
                "inputmode": "url",
            }
        ),
        help_text="For example mailto://you:app-password@example.com, ntfy://host/topic, "
        "gotify://host/token, tgram://bot-token/chat-id, or json://host/path for a webhook.",
    )
    label = forms.CharField(
        label="Name (optional)",
        max_length=LABEL_LIMIT,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "My phone’s ntfy", "autocomplete": "off"}),
    )
    previews = forms.BooleanField(
        label="Show what it says (titles of letters, questions…) in these notifications",
        required=False,
    )


class PreferencesForm(forms.Form):
    quiet_from = forms.TimeField(
        label="Quiet from",
        required=False,
        widget=forms.TimeInput(format="%H:%M", attrs={"type": "time"}),
    )
    quiet_to = forms.TimeField(
        label="until",
        required=False,
        widget=forms.TimeInput(format="%H:%M", attrs={"type": "time"}),
    )
    breaks_in_quiet = forms.BooleanField(
        label="A break, and its return, may reach me in quiet hours", required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One checkbox per kind, before the quiet hours.
        kinds = {
            f"kind_{kind}": forms.BooleanField(label=label, required=False)
            for kind, (label, _verbs, _on) in KINDS.items()
        }
        self.fields = {**kinds, **self.fields}

    def kind_fields(self):
        return [self[name] for name in self.fields if name.startswith("kind_")]

    def kinds(self) -> dict[str, bool]:
        return {kind: self.cleaned_data.get(f"kind_{kind}", False) for kind in KINDS}
