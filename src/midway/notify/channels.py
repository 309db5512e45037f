"""Sending one message to one destination: through Apprise, or as a Web Push message.

Each send answers with an Outcome a person can read ("Sent", or why not: "connection
refused", "the service answered 500", "timed out after 10 seconds"), and always
within the configured timeout, so a dead destination costs the worker seconds, never
the member's request.
"""

import json
import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

from midway.notify.guard import outside_only

log = logging.getLogger("midway.notify")

REASON_LIMIT = 480


@dataclass(frozen=True)
class Outcome:
    ok: bool
    reason: str = ""
    # The push service says the subscription no longer exists (the app was removed).
    gone: bool = False


def _clean(text: str) -> str:
    text = " ".join(str(text).split())
    return text[:REASON_LIMIT]


def apprise_plugin(url: str):
    """Apprise's handler for `url`, or None when Apprise does not know the address."""
    import apprise

    # No icons: with them, Apprise hands the service an image address on the internet
    # to fetch, and nothing of Midway's should make anything call out.
    asset = apprise.AppriseAsset(image_url_mask="", image_url_logo="", image_path_mask="")
    try:
        return apprise.Apprise.instantiate(url.strip(), asset=asset, suppress_exceptions=True)
    except Exception:  # a malformed address must read as "unknown", not as a crash
        return None


def hidden(url: str) -> str:
    """The address with its passwords and tokens hidden, for showing in Settings."""
    plugin = apprise_plugin(url)
    if plugin is None:
        return url.split("?", 1)[0][:80]
    shown = plugin.url(privacy=True)
    return shown.split("?", 1)[0]


def send_apprise(url: str, title: str, body: str) -> Outcome:
    import apprise

    plugin = apprise_plugin(url)
    if plugin is None:
        return Outcome(False, "Apprise does not know this kind of address.")
    timeout = float(settings.NOTIFY_TIMEOUT)
    plugin.socket_connect_timeout = timeout
    plugin.socket_read_timeout = timeout
    # DEBUG: the cause of a failure (the socket's error) is logged at that level. The
    # capture stays here: it also holds the message, which no log may keep.
    capture = apprise.LogCapture(level=logging.DEBUG, fmt="%(levelname)s|%(message)s")
    with outside_only() as refused, capture as captured:
        try:
            ok = plugin.notify(body=body, title=title)
        except Exception as error:  # a plugin's bug must not stop the worker
            ok = False
            log.warning("Apprise failed: %s", error)
        said = captured.getvalue() if hasattr(captured, "getvalue") else ""
    if ok:
        return Outcome(True)
    why = refused() or _reason_from_log(said) or "The service did not accept it."
    return Outcome(False, _clean(why))


def _reason_from_log(said: str) -> str:
    pairs = [line.split("|", 1) for line in said.splitlines() if "|" in line]
    warnings = [text for level, text in pairs if level in ("WARNING", "ERROR")]
    causes = [
        text
        for level, text in pairs
        if level == "DEBUG" and text.startswith(("Socket Exception", "Response Details"))
    ]
    plain = _plain_error(" ".join(causes + warnings))
    return plain or " ".join(warnings[:2])


def send_push(endpoint: str, keys: dict, payload: dict) -> Outcome:
    from pywebpush import WebPushException, webpush
    from requests import RequestException

    from midway.notify import vapid

    sub = "mailto:midway@" + (urlsplit(settings.PUBLIC_URL).hostname or "localhost")
    with outside_only() as refused:
        try:
            webpush(
                subscription_info={"endpoint": endpoint, "keys": keys},
                data=json.dumps(payload),
                vapid_private_key=vapid.keys(),
                vapid_claims={"sub": sub},
                timeout=float(settings.NOTIFY_TIMEOUT),
                ttl=60 * 60 * 24,
            )
        except WebPushException as error:
            status = error.response.status_code if error.response is not None else None
            if status in (404, 410):
                return Outcome(False, "This device's subscription has ended.", gone=True)
            if status is not None:
                return Outcome(False, f"The push service answered {status}.")
            return Outcome(False, _clean(refused() or _plain_error(error) or str(error)))
        except (RequestException, OSError, ValueError) as error:
            return Outcome(False, _clean(refused() or _plain_error(error) or str(error)))
    return Outcome(True)


def _plain_error(error) -> str:
    """A sentence for a person from a library's error text ("" when none fits)."""
    text = str(error)
    lowered = text.lower()
    if "timed out" in lowered or "timeout" in lowered:
        return f"No answer within {settings.NOTIFY_TIMEOUT} seconds."
    if "refused" in lowered:
        return "The connection was refused: nothing listens at that address."
    if any(
        words in lowered
        for words in ("name or service not known", "failed to resolve", "nodename nor servname")
    ):
        return "That host name was not found."
    if "certificate" in lowered or "ssl" in lowered:
        return "The service's HTTPS certificate was not accepted."
    if "authentication" in lowered or "error=401" in lowered or "error=403" in lowered:
        return "The service refused the user name, password or token."
    status = re.search(r"error=(\d{3})", text)
    if status:
        return f"The service answered {status.group(1)}, not OK."
    return ""
