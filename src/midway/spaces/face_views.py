"""Choosing my face: an emoji, or my initial. Shown on Settings and on a page of its own."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from midway.spaces.access import member_required
from midway.spaces.face_forms import SUGGESTIONS, FaceForm
from midway.spaces.models import Member


@member_required
@require_http_methods(["GET", "POST"])
def face(request):
    member = request.member
    if request.method == "GET":
        form = FaceForm(initial={"face": member.face})
        return render(request, "spaces/face.html", {"face_form": form, "suggestions": SUGGESTIONS})
    data = request.POST.copy()
    if "use_initial" in data:
        data["face"] = ""
    form = FaceForm(data)
    if not form.is_valid():
        context = {"face_form": form, "suggestions": SUGGESTIONS}
        return render(request, "spaces/face.html", context, status=400)
    # Only this one field: a save elsewhere in Settings is never undone by it.
    Member.objects.filter(pk=member.pk).update(face=form.cleaned_data["face"])
    messages.success(
        request,
        "Your face is saved." if form.cleaned_data["face"] else "Your initial is your face.",
    )
    return redirect("face" if request.POST.get("next") == "face" else "settings")
