"""The form for a member's face: one emoji, or nothing for the initial of their name."""

from django import forms

from midway.spaces.faces import FaceError, clean_face

# A few to start from; any single emoji is welcome.
SUGGESTIONS = ("🌻", "🦊", "🐢", "🌙", "🍵", "🐝", "🌊", "🍄")


class FaceForm(forms.Form):
    face = forms.CharField(
        label="Your face: one emoji",
        required=False,
        # No max_length: a long paste gets clean_face's message, which says what a face is.
        help_text="Shown beside your name. Leave it empty to show the first letter of your name.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "class": "face-input"}),
    )

    def clean_face(self):
        try:
            return clean_face(self.cleaned_data["face"])
        except FaceError as error:
            raise forms.ValidationError(str(error), code="face") from None
