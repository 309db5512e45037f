"""Appreciations: write and send, keep the ones received as favourites, see them all."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import F
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from midway.appreciations import services
from midway.appreciations.forms import AppreciationForm
from midway.appreciations.models import Appreciation
from midway.spaces.access import member_required, visible_set
from midway.together.views.common import add_service_errors, on_visible, them


def _page(request, form=None, status=200):
    member = request.member
    shown = visible_set(member, Appreciation).select_related("author")
    context = {
        "form": form or AppreciationForm(),
        "them": them(member),
        "drafts": shown.filter(author=member, sent_at__isnull=True),
        # Favourites first, then the newest.
        "received": shown.exclude(author=member).order_by(
            F("favourite_at").desc(nulls_last=True), "-sent_at", "-id"
        ),
        "sent": shown.filter(author=member, sent_at__isnull=False).order_by("-sent_at", "-id"),
    }
    return render(request, "appreciations/list.html", context, status=status)


@member_required
@require_GET
def appreciation_list(request):
    response = _page(request)
    # Reading the page is seeing them: they are no longer new on the home page.
    services.mark_all_seen(request.member)
    return response


@member_required
@require_POST
def write(request):
    form = AppreciationForm(request.POST)
    if not form.is_valid():
        return _page(request, form, status=400)
    send = request.POST.get("action") != "draft"
    try:
        services.write_appreciation(request.member, form.cleaned_data["text"], send=send)
    except ValidationError as error:
        add_service_errors(form, error)
        return _page(request, form, status=400)
    messages.success(request, f"Sent to {them(request.member)}." if send else "Kept as a draft.")
    return redirect("appreciations:index")


def _back(request):
    target = request.POST.get("next", "")
    return redirect("home" if target == "home" else "appreciations:index")


@on_visible(Appreciation)
def send(request, appreciation):
    services.send_appreciation(request.member, appreciation)
    messages.success(request, f"Sent to {them(request.member)}.")
    return _back(request)


@on_visible(Appreciation)
def delete(request, appreciation):
    try:
        services.delete_draft(request.member, appreciation)
    except ValidationError as error:
        messages.warning(request, " ".join(error.messages))
    return _back(request)


@on_visible(Appreciation)
def favourite(request, appreciation):
    keep = request.POST.get("keep", "1") != "0"
    services.keep_as_favourite(request.member, appreciation, keep)
    messages.success(request, "Kept as a favourite." if keep else "No longer a favourite.")
    return _back(request)


@on_visible(Appreciation)
def seen(request, appreciation):
    services.mark_seen(request.member, appreciation)
    return _back(request)
