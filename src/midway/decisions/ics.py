"""A calendar file (RFC 5545) for a decision left for another day: pure, no Django.

One all-day VEVENT on the agreed day. Text values are escaped (backslash, semicolon,
comma, line breaks) and every content line is folded at 75 octets of UTF-8 without
cutting a character in two, as section 3.1 of the RFC asks; lines end with CRLF.
"""

from datetime import UTC, date, datetime, timedelta

LINE_OCTETS = 75
PRODID = "-//Midway//Decide together//EN"


def escape_text(value: str) -> str:
    """A TEXT value as RFC 5545 section 3.3.11 writes it."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\n", "\\n")
    # Other control characters have no escape in iCalendar; a space keeps the words apart.
    return "".join(" " if ord(ch) < 32 or ord(ch) == 127 else ch for ch in value)


def fold(line: str) -> str:
    """One content line, folded into pieces of at most 75 octets joined by CRLF + space."""
    pieces: list[str] = []
    current, size = [], 0
    limit = LINE_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            # A continuation line starts with one space, which counts towards its 75.
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def calendar_file(
    *, uid: str, day: date, summary: str, description: str = "", stamp: datetime
) -> str:
    """The whole .ics text for one all-day event on `day`."""
    stamp_utc = stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{escape_text(uid)}",
        f"DTSTAMP:{stamp_utc}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
