"""The settings page's Notifications section: destinations, tests, kinds, quiet hours;
this device's Web Push subscription; the service worker; the guide to phones."""

import json
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from midway.notify import destinations
from midway.notify.channels import hidden
from midway.notify.forms import AddDestinationForm, PreferencesForm
from midway.notify.models import Destination
from midway.spaces.access import member_required
from midway.spaces.links import public_link

BACK = "/settings/#notifications"
GUIDE = Path(settings.BASE_DIR).parents[1] / "docs" / "phones.md"


def _errors(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return " ".join(m for ms in error.message_dict.values() for m in ms)
    return " ".join(error.messages)


def _name(destination: Destination) -> str:
    return destination.label or (
        "this phone" if destination.kind == Destination.PUSH else hidden(destination.url)
    )


@member_required
@require_POST
def add(request):
    form = AddDestinationForm(request.POST)
    if not form.is_valid():
        # The typed address may hold a password: kept in the session, not in a URL.
        request.session["notify_typed"] = {
            "url": request.POST.get("url", "")[: destinations.URL_LIMIT],
            "label": request.POST.get("label", "")[: destinations.LABEL_LIMIT],
            "errors": [e for errs in form.errors.values() for e in errs],
        }
        return redirect(BACK)
    data = form.cleaned_data
    try:
        added = destinations.add_apprise(
            request.member,
            data["url"],
            label=data["label"],
            previews=data["previews"],
            base_url=(public_link(request, "/") or "").rstrip("/"),
        )
    except destinations.AlreadyThere as there:
        messages.info(request, f"{_name(there.destination)} is already on your list.")
        return redirect(BACK)
    except ValidationError as error:
        request.session["notify_typed"] = {
            "url": data["url"],
            "label": data["label"],
            "errors": [_errors(error)],
        }
        return redirect(BACK)
    messages.success(request, f"Added {_name(added)}. Send it a test to see that it arrives.")
    return redirect(BACK)


def _own(request, pk) -> Destination:
    destination = destinations.mine(request.member, pk)
    if destination is None:
        raise Http404
    return destination


@member_required
@require_POST
def test(request, pk):
    destination = _own(request, pk)
    outcome = destinations.send_test(destination)
    if outcome.ok:
        messages.success(
            request,
            f"Test sent to {_name(destination)}: it arrived at the service, which accepted it. "
            "Look on your phone.",
        )
    elif outcome.gone:
        messages.error(
            request, f"{_name(destination)} has ended its subscription, so it is removed."
        )
    else:
        messages.error(
            request, f"The test did not arrive at {_name(destination)}: {outcome.reason}"
        )
    return redirect(BACK)


@member_required
@require_POST
def remove(request, pk):
    destination = _own(request, pk)
    destinations.remove(destination)
    messages.success(request, f"Removed {_name(destination)}.")
    return redirect(BACK)


@member_required
@require_POST
def previews(request, pk):
    destination = _own(request, pk)
    on = request.POST.get("previews") == "on"
    destinations.set_previews(destination, on)
    messages.success(
        request,
        f"{_name(destination)} now shows what it is about."
        if on
        else f"{_name(destination)} now says only who and what kind.",
    )
    return redirect(BACK)


@member_required
@require_POST
def save_preferences(request):
    form = PreferencesForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Quiet hours need times such as 22:00 and 07:30.")
        return redirect(BACK)
    try:
        destinations.save_preferences(
            request.member,
            kinds=form.kinds(),
            quiet_from=form.cleaned_data["quiet_from"],
            quiet_to=form.cleaned_data["quiet_to"],
            breaks_in_quiet=form.cleaned_data["breaks_in_quiet"],
        )
    except ValidationError as error:
        messages.error(request, _errors(error))
        return redirect(BACK)
    messages.success(request, "Your notification choices are saved.")
    return redirect(BACK)


@member_required
@require_POST
def subscribe(request):
    """This device's push subscription, as the browser's PushSubscription.toJSON()."""
    if len(request.body) > 10_000:
        return JsonResponse({"error": "That is too much for a subscription."}, status=400)
    try:
        data = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return JsonResponse({"error": "That is not a subscription."}, status=400)
    if not isinstance(data, dict):
        return JsonResponse({"error": "That is not a subscription."}, status=400)
    try:
        destinations.add_push(
            request.member,
            data.get("endpoint") if isinstance(data.get("endpoint"), str) else "",
            data.get("keys") or {},
            label=str(data.get("label") or "")[:80],
            base_url=(public_link(request, "/") or "").rstrip("/"),
        )
    except ValidationError as error:
        return JsonResponse({"error": _errors(error)}, status=400)
    messages.success(request, "Notifications are on for this device.")
    return JsonResponse({"ok": True})


@require_GET
def service_worker(request):
    # Served from the root so its scope covers every page of Midway.
    response = render(request, "notify/sw.js", content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def phones_guide(request):
    from markdown_it import MarkdownIt

    try:
        text = GUIDE.read_text(encoding="utf-8")
    except OSError:
        return HttpResponse(
            "The guide is docs/phones.md in Midway's source.", content_type="text/plain", status=404
        )
    html = MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
    return render(request, "notify/phones.html", {"guide": html})
