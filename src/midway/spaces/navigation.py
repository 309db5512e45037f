"""The site's areas: which one a page belongs to, and where the partner did something new.

An area's dot means: the partner did something there (a happening) since this member
last opened that area on this device, or, for an area not opened yet on this device,
since they last looked at the home page's "What's new". It costs two small queries a
page, made at most once per request and only by pages that show the navigation.
"""

from datetime import datetime

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

SESSION_KEY = "midway_seen_areas"
# Enough rows to find every area's newest happening on any real day; a fixed bound.
RECENT_ROWS = 200


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


def _seen_in_session(session) -> dict[str, datetime]:
    seen = {}
    for area, stamp in (session.get(SESSION_KEY) or {}).items():
        try:
            seen[area] = datetime.fromisoformat(stamp)
        except (TypeError, ValueError):
            continue
    return seen


def unread_areas(request, member, current: str) -> set[str]:
    """The areas to mark with a dot on this page; opening an area clears its dot.
    Two small queries, once per request."""
    from midway.happenings.models import Happening, LastLook

    cached = getattr(request, "_midway_unread", None)
    if cached is not None:
        return cached
    session = getattr(request, "session", None)
    seen = _seen_in_session(session) if session is not None else {}
    look = LastLook.objects.filter(member_id=member.pk).values_list("at", flat=True).first()
    baseline = max(look, member.joined_at) if look else member.joined_at
    floor = min([baseline, *seen.values()])
    rows = list(
        Happening.objects.filter(space_id=member.space_id, at__gt=floor)
        .exclude(actor_id=member.pk)
        .values_list("verb", "at")[:RECENT_ROWS]
    )
    news = areas_with_news(rows, seen, baseline)
    # Home needs no note: its "What's new" moves the last look itself.
    if (
        current not in ("", "home")
        and session is not None
        and (current in news or current not in seen)
    ):
        # Being here is seeing it: note the time, only when that changes what a dot says
        # (so most pages write nothing to the session).
        stamps = dict(session.get(SESSION_KEY) or {})
        stamps[current] = timezone.now().isoformat()
        session[SESSION_KEY] = stamps
    news.discard(current)
    request._midway_unread = news
    return news
