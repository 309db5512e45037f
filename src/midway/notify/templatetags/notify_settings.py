"""The settings page's "Notifications" section, as one inclusion tag."""

from django import template
from django.http.request import split_domain_port
from django.utils import timezone
from django.utils.timesince import timesince

from midway.notify.channels import hidden
from midway.notify.forms import AddDestinationForm, PreferencesForm
from midway.notify.kinds import KINDS
from midway.notify.models import Destination
from midway.notify.outbox import preferences

register = template.Library()


def ago(moment) -> str:
    if moment is None:
        return ""
    if (timezone.now() - moment).total_seconds() < 60:
        return "just now"
    return timesince(moment, depth=1) + " ago"


LOCAL_NAMES = {"localhost", "127.0.0.1", "[::1]", "::1"}


def push_possible(request) -> bool:
    """Browsers offer Web Push only in a secure context: HTTPS, or this very machine."""
    if request.is_secure():
        return True
    name, _port = split_domain_port(request.get_host())
    return name in LOCAL_NAMES


@register.inclusion_tag("notify/settings_section.html", takes_context=True)
def notify_settings_section(context):
    request = context["request"]
    member = context.get("member")
    if member is None:
        return {"member": None}
    typed = request.session.pop("notify_typed", None) if hasattr(request, "session") else None
    add_form = AddDestinationForm(
        initial={"url": typed["url"], "label": typed["label"]} if typed else None,
        auto_id="notify_%s",
    )
    prefs = preferences(member)
    initial = {f"kind_{kind}": prefs.wants(kind) for kind in KINDS}
    initial.update(
        quiet_from=prefs.quiet_from, quiet_to=prefs.quiet_to, breaks_in_quiet=prefs.breaks_in_quiet
    )
    mine = list(Destination.objects.filter(member=member))
    for destination in mine:
        is_push = destination.kind == Destination.PUSH
        address = "Web Push to a phone’s browser" if is_push else hidden(destination.url)
        destination.shown = destination.label or address
        destination.address = address if destination.label else ""
        destination.ok_ago = ago(destination.last_ok_at)
        destination.failed_ago = ago(destination.last_failure_at)
    # The browser has the last word (push.js): behind a proxy that does not say it
    # speaks HTTPS, the page may be secure although this request looks plain.
    from midway.notify import vapid

    possible = push_possible(request)
    key = vapid.application_server_key()
    return {
        "member": member,
        "csrf_token": context.get("csrf_token"),
        "destinations": mine,
        "add_form": add_form,
        "add_errors": typed["errors"] if typed else [],
        "prefs_form": PreferencesForm(initial=initial, auto_id="notify_%s"),
        "push_possible": possible,
        "push_key": key,
    }
