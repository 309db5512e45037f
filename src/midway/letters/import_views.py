"""Import a letter written elsewhere: paste or upload, review what was found, confirm."""

import uuid

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from midway.letters.forms import check_size
from midway.letters.importing import import_letter, proposals
from midway.spaces.access import member_required
from midway.text.decode import LetterDecodeError, decode_letter

CHECKIN_KINDS = ("card", "medication")


class ImportForm(forms.Form):
    text = forms.CharField(
        label="Paste your letter",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "dir": "auto"}),
    )
    upload = forms.FileField(
        label="…or upload a text file",
        required=False,
        help_text="A .txt or .md file, up to 200 KB. UTF-8 or UTF-16.",
    )
    title = forms.CharField(max_length=200, required=False)

    def clean_text(self):
        return check_size(self.cleaned_data["text"], settings.LETTER_MAX_BYTES, "This letter")

    def clean(self):
        data = super().clean()
        upload = data.get("upload")
        if upload:
            raw = upload.read(settings.LETTER_MAX_BYTES + 1)
            try:
                data["text"] = decode_letter(raw, limit=settings.LETTER_MAX_BYTES)
            except LetterDecodeError as error:
                self.add_error("upload", str(error))
        if not self.errors and not (data.get("text") or "").strip():
            raise forms.ValidationError("Paste a letter or choose a file to import.")
        return data


@member_required
@require_http_methods(["GET", "POST"])
def import_letter_view(request):
    if request.POST.get("step") == "confirm":
        return _confirm(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["text"]
        context = {
            "text": text,
            "title": form.cleaned_data["title"],
            "found": proposals(text),
            "client_key": uuid.uuid4(),
        }
        return render(request, "letters/import_review.html", context)
    status = 400 if form.is_bound else 200
    return render(request, "letters/import.html", {"form": form}, status=status)


def _confirm(request):
    form = ImportForm(
        {"text": request.POST.get("text", ""), "title": request.POST.get("title", "")}
    )
    if not form.is_valid():
        return render(request, "letters/import.html", {"form": form}, status=400)
    try:
        client_key = uuid.UUID(request.POST.get("client_key", ""))
    except ValueError:
        client_key = None
    picked = {kind: set(request.POST.getlist(kind)) for kind in request.POST}
    share = request.POST.get("action") == "share"

    def chosen(kind: str, index: int) -> bool:
        # A check-in is shared at once: it goes with a letter that is shared, not a draft.
        if kind in CHECKIN_KINDS and not share:
            return False
        return str(index) in picked.get(kind, ())

    def edited(kind: str, index: int, name: str) -> str | None:
        words = request.POST.get(f"{kind}-{index}-{name}")
        return None if words is None else words.strip()

    result = import_letter(
        request.member,
        form.cleaned_data["text"],
        title=form.cleaned_data["title"],
        share=share,
        chosen=chosen,
        edited=edited,
        client_key=client_key,
    )
    made = sum(result.created.values())
    where = "shared with your partner" if not result.letter.is_draft else "kept as your draft"
    messages.success(
        request, f"Imported: the letter is {where}, with {made} item{'s' if made != 1 else ''}."
    )
    for reason in result.skipped:
        messages.warning(request, f"Not made into an item (its words stay in the letter): {reason}")
    return redirect("letters:detail", result.letter.pk)
