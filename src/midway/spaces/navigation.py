"""The site's areas: which one a page belongs to, and where the partner did something new.

An area's dot means: the partner did something there (a happening) since this member
last opened that area on this device (kept in a signed cookie, so noting it costs no
database write), or, for an area not opened yet on this device,
since they last looked at the home page's "What's new". It costs two small
queries a page (about 1.5 ms of CPU, measured on ten years of demo data), made at most
once per request and only by pages that show the navigation.
"""

import json
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

# A page's area, from its URL namespace (or name, for the pages without one).
AREA_OF = {
    "home": "home",
    "appreciations": "home",
    "letters": "letters",
    "together": "together",
    "decisions": "together",
    "checkin": "checkin",
    "repair": "repair",
    "insights": "insights",
}

# A happening's area, from its verb's first word ("letter.shared" -> letters).
AREA_OF_VERB = {
    "letter": "letters",
    "question": "together",
    "thing": "together",
    "phrase": "together",
    "decision": "together",
    "checkin": "checkin",
    "break": "repair",
    "repair": "repair",
    "appreciation": "home",
    "courted": "home",
}

COOKIE = "midway_seen"
COOKIE_AGE = 60 * 60 * 24 * 365
# A dot says something is new lately, not that something happened years ago: the
# query looks at most this far back, so its cost stays small whatever the history.
LOOK_BACK = timedelta(days=30)


def area_of(nav: str) -> str:
    return AREA_OF.get(nav, "")


def areas_with_news(
    happenings: list[tuple[str, datetime]], seen: dict[str, datetime], baseline: datetime
) -> set[str]:
    """The areas where a happening (verb, when) came after the member last saw the area
    (or after `baseline` for an area they have not opened)."""
    news = set()
    for verb, at in happenings:
        area = AREA_OF_VERB.get(verb.split(".", 1)[0])
        if area and at > seen.get(area, baseline):
            news.add(area)
    return news


def _stamps(request) -> dict[str, str]:
    try:
        stamps = json.loads(request.get_signed_cookie(COOKIE, default="{}", salt=COOKIE))
    except ValueError:
        return {}
    return stamps if isinstance(stamps, dict) else {}


def _seen(stamps: dict) -> dict[str, datetime]:
    seen = {}
    for area, stamp in stamps.items():
        if area not in AREA_OF_VERB.values():
            continue
        try:
            seen[area] = datetime.fromisoformat(stamp)
        except (TypeError, ValueError):
            continue
    return seen


def unread_areas(request, member, current: str) -> set[str]:
    """The areas to mark with a dot on this page; opening an area clears its dot.
    Two small queries, once per request. (One query with the last look as a subquery
    was measured slower: building it cost more than the second query.)"""
    from midway.happenings.models import Happening, LastLook

    cached = getattr(request, "_midway_unread", None)
    if cached is not None:
        return cached
    stamps = _stamps(request)
    seen = _seen(stamps)
    look = LastLook.objects.filter(member_id=member.pk).values_list("at", flat=True).first()
    baseline = max(look, member.joined_at) if look else member.joined_at
    # The newest happening of each kind (a few rows), within a bounded stretch of time.
    floor = max(min([baseline, *seen.values()]), timezone.now() - LOOK_BACK)
    rows = (
        Happening.objects.filter(space_id=member.space_id, at__gt=floor)
        .exclude(actor_id=member.pk)
        .values("verb")
        .annotate(latest=Max("at"))
        .values_list("verb", "latest")
    )
    news = areas_with_news(list(rows), seen, baseline)
    if current in news:
        # Being here is seeing it; SeenAreasMiddleware puts it in the cookie.
        request._midway_seen = {**stamps, current: timezone.now().isoformat()}
    news.discard(current)
    request._midway_unread = news
    return news


class SeenAreasMiddleware:
    """Sends the cookie of when each area was last opened, when a page changed it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        stamps = getattr(request, "_midway_seen", None)
        if stamps:
            response.set_signed_cookie(
                COOKIE,
                json.dumps(stamps, separators=(",", ":")),
                salt=COOKIE,
                max_age=COOKIE_AGE,
                httponly=True,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
            )
        return response
