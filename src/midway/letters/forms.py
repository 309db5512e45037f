from django import forms
from django.conf import settings

from midway.letters.models import Reaction


def check_size(text: str, limit: int, what: str) -> str:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise forms.ValidationError(
            f"{what} is too long: {size // 1000:,} KB, and the limit is {limit // 1000:,} KB. "
            "Nothing was lost: split it into two letters, or shorten it."
        )
    return text


class LetterForm(forms.Form):
    title = forms.CharField(max_length=200, required=False, strip=False)
    body = forms.CharField(
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "dir": "auto", "spellcheck": "true"}),
    )
    revision = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
    client_key = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def clean_title(self):
        return self.cleaned_data["title"].strip()

    def clean_body(self):
        return check_size(self.cleaned_data["body"], settings.LETTER_MAX_BYTES, "This letter")


class ReplyForm(forms.Form):
    body = forms.CharField(
        label="Your reply",
        strip=True,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        error_messages={"required": "Write something first."},
    )

    def clean_body(self):
        return check_size(self.cleaned_data["body"], settings.LETTER_MAX_BYTES, "This reply")


class ReactionForm(forms.Form):
    kind = forms.ChoiceField(choices=Reaction.KINDS)
    # What the button asks for: "1" to add the reaction, "0" to take it back.
    on = forms.TypedChoiceField(choices=[("1", "on"), ("0", "off")], coerce=lambda v: v == "1")
