from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.validators import UnicodeUsernameValidator

from midway.spaces.models import Member
from midway.spaces.stale import SeenField, fingerprint


class AccountForm(forms.Form):
    """A new person: their name, a username and a password typed twice."""

    name = forms.CharField(
        label="Your name", max_length=60, help_text="What your partner calls you."
    )
    username = forms.CharField(
        max_length=40,
        validators=[UnicodeUsernameValidator()],
        help_text="For signing in. Letters, digits and @ . + - _ only.",
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    password1 = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label="Password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError("Please tell us your name.")
        return name

    def clean_username(self):
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("That username is taken. Please choose another.")
        return username

    def clean(self):
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", "The two passwords are not the same.")
        elif first:
            user = get_user_model()(
                username=data.get("username", ""), first_name=data.get("name", "")
            )
            try:
                password_validation.validate_password(first, user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class NewSpaceForm(AccountForm):
    space_name = forms.CharField(
        label="Name of your space",
        max_length=120,
        initial="Our space",
        help_text="Only the two of you see it, for example “Ivy & John”.",
    )

    field_order = ["name", "space_name", "username", "password1", "password2"]


class MemberSettingsForm(forms.ModelForm):
    seen = SeenField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored = self.values_of(self.instance)
        self.initial["seen"] = fingerprint(self.stored)

    @classmethod
    def values_of(cls, member) -> dict:
        return {name: getattr(member, name) for name in cls._meta.fields}

    class Meta:
        model = Member
        fields = ["name", "coach_enabled"]
        labels = {"coach_enabled": "Show the coach while I write"}
        help_texts = {
            "coach_enabled": "Gentle hints about blaming words, computed on this server only."
        }
