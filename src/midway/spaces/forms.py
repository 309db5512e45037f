from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.validators import UnicodeUsernameValidator

from midway.spaces.models import Member
from midway.spaces.stale import SeenField, fingerprint
from midway.spaces.usernames import TAKEN, account_name, canonical, is_taken


class CanonicalUsernameField(forms.CharField):
    """A username in its canonical form before any check runs (the validator included,
    which would refuse `e` + a combining accent that NFKC turns into `é`)."""

    def to_python(self, value):
        return canonical(super().to_python(value))


class AccountForm(forms.Form):
    """A new person: their name, a username and a password typed twice."""

    name = forms.CharField(
        label="Your name", max_length=60, help_text="What your partner calls you."
    )
    username = CanonicalUsernameField(
        max_length=40,
        validators=[UnicodeUsernameValidator()],
        help_text="For signing in. Letters, digits and @ . + - _ only; capitals do not count.",
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
        # Canonical already (the field), so `ＪＯＨＮ` is checked and kept as `john`.
        username = self.cleaned_data["username"]
        if is_taken(username):
            raise forms.ValidationError(TAKEN)
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


class SignInForm(AuthenticationForm):
    """Sign-in that finds the account whatever width or case its username is typed in."""

    def clean_username(self):
        return account_name(self.cleaned_data["username"])


class SpaceNameForm(forms.Form):
    name = forms.CharField(label="Name of your space", max_length=120)

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError("Please give your space a name.")
        return name


class DepartureForm(forms.Form):
    """Leaving or deleting: what stays with the partner, and the password to prove it."""

    keep_shared = forms.TypedChoiceField(
        label="What you wrote",
        choices=[
            ("no", "Take everything I wrote away"),
            ("yes", "Leave what I shared with my partner to them"),
        ],
        coerce=lambda value: value == "yes",
        initial="no",
        widget=forms.RadioSelect,
    )
    password = forms.CharField(
        label="Your password",
        strip=False,
        help_text="To be sure it is you.",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, has_partner: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not has_partner:
            # Alone in the space, there is nobody to leave anything to.
            del self.fields["keep_shared"]
