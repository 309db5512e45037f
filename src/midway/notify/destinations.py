"""A member's destinations and preferences: adding, testing, removing, choosing kinds."""

from datetime import time
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from midway.notify import channels
from midway.notify.guard import guarding
from midway.notify.kinds import KINDS
from midway.notify.models import Destination, Preferences
from midway.notify.outbox import note_outcome, send
from midway.spaces.models import Member

URL_LIMIT = 2000
LABEL_LIMIT = 80
# Enough for every phone, tablet and service a person uses; a fixed amount of work.
MAX_DESTINATIONS = 12


class AlreadyThere(Exception):
    def __init__(self, destination: Destination):
        super().__init__("this destination is already there")
        self.destination = destination


def _room(member: Member) -> None:
    if Destination.objects.filter(member=member).count() >= MAX_DESTINATIONS:
        raise ValidationError(
            {"url": f"You have {MAX_DESTINATIONS} destinations already: remove one first."}
        )


def check_apprise_url(url: str) -> str:
    url = (url or "").strip()
    if not url:
        raise ValidationError(
            {"url": "Paste the address of a service, e.g. ntfy://ntfy.sh/your-topic."}
        )
    if len(url) > URL_LIMIT:
        raise ValidationError(
            {"url": f"That address is too long ({URL_LIMIT} characters at most)."}
        )
    if any(ord(c) < 32 for c in url):
        raise ValidationError({"url": "An address is one line, without tabs or line breaks."})
    if channels.apprise_plugin(url) is None:
        raise ValidationError(
            {
                "url": "Apprise does not know this kind of address. It starts with the "
                "service's name, such as mailto://, ntfy://, gotify://, matrix://, "
                "tgram:// or json:// for a webhook."
            }
        )
    return url


def add_apprise(
    member: Member, url: str, *, label: str = "", previews: bool = False, base_url: str = ""
) -> Destination:
    url = check_apprise_url(url)
    label = " ".join((label or "").split())[:LABEL_LIMIT]
    return _add(
        member,
        kind=Destination.APPRISE,
        url=url,
        label=label,
        previews=previews,
        base_url=base_url,
    )


def add_push(
    member: Member, endpoint: str, keys: dict, *, label: str = "", base_url: str = ""
) -> Destination:
    endpoint = (endpoint or "").strip()
    parts = urlsplit(endpoint)
    plain_http_ok = not guarding()
    if (
        len(endpoint) > URL_LIMIT
        or not parts.hostname
        or parts.scheme not in (("https", "http") if plain_http_ok else ("https",))
    ):
        raise ValidationError({"endpoint": "This browser gave no usable push address."})
    if not isinstance(keys, dict) or not all(
        isinstance(keys.get(name), str) and 8 <= len(keys[name]) <= 200
        for name in ("p256dh", "auth")
    ):
        raise ValidationError({"keys": "This browser gave no usable push keys."})
    keys = {"p256dh": keys["p256dh"], "auth": keys["auth"]}
    label = " ".join((label or "This phone").split())[:LABEL_LIMIT]
    try:
        return _add(
            member,
            kind=Destination.PUSH,
            url=endpoint,
            keys=keys,
            label=label,
            previews=False,
            base_url=base_url,
        )
    except AlreadyThere as there:
        # The same device again (a new tab, a second tap): keep its newest keys.
        Destination.objects.filter(pk=there.destination.pk).update(keys=keys)
        return Destination.objects.get(pk=there.destination.pk)


def _add(member: Member, **fields) -> Destination:
    existing = Destination.objects.filter(member=member, url=fields["url"]).first()
    if existing is not None:
        raise AlreadyThere(existing)
    _room(member)
    try:
        with transaction.atomic():
            return Destination.objects.create(member=member, **fields)
    except IntegrityError:
        raise AlreadyThere(Destination.objects.get(member=member, url=fields["url"])) from None


def mine(member: Member, pk) -> Destination | None:
    """One of the member's own destinations (nobody else's: not even the partner's)."""
    return Destination.objects.filter(member=member, pk=pk).first()


def remove(destination: Destination) -> None:
    Destination.objects.filter(pk=destination.pk).delete()


def set_previews(destination: Destination, on: bool) -> None:
    Destination.objects.filter(pk=destination.pk).update(previews=on)


def send_test(destination: Destination) -> channels.Outcome:
    """A test notification now, in this request, with its honest result (the timeout
    bounds how long it can take)."""
    outcome = send(
        destination,
        "Midway: a test",
        "If you read this, Midway's notifications reach you here.",
        "/settings/#notifications",
        "midway-test",
    )
    note_outcome(destination, outcome)
    return outcome


def save_preferences(
    member: Member,
    *,
    kinds: dict[str, bool],
    quiet_from: time | None,
    quiet_to: time | None,
    breaks_in_quiet: bool,
) -> Preferences:
    if (quiet_from is None) != (quiet_to is None):
        raise ValidationError({"quiet_to": "Give quiet hours both a start and an end, or neither."})
    if quiet_from is not None and quiet_from == quiet_to:
        raise ValidationError({"quiet_to": "Quiet hours end at another time than they start."})
    chosen = {kind: bool(kinds.get(kind, False)) for kind in KINDS}
    prefs, _ = Preferences.objects.update_or_create(
        member=member,
        defaults={
            "kinds": chosen,
            "quiet_from": quiet_from,
            "quiet_to": quiet_to,
            "breaks_in_quiet": breaks_in_quiet,
        },
    )
    return prefs
