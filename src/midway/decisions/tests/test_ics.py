"""The calendar writer: escaping and folding as RFC 5545 says, read back by icalendar."""

from datetime import UTC, date, datetime

import icalendar

from midway.decisions.ics import calendar_file, escape_text, fold

STAMP = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)


def test_text_escapes_backslash_semicolon_comma_and_newlines():
    assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"


def test_short_lines_are_not_folded():
    assert fold("SUMMARY:short") == "SUMMARY:short"


def test_long_lines_fold_at_75_octets_without_cutting_a_character():
    line = "SUMMARY:" + "é🙀" * 60
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line


def test_a_hostile_title_reads_back_exactly():
    title = "Tonight,\nhome; or stay? 🙀⚖️📯 \\ <script>alert(1)</script> " + "long " * 40
    text = calendar_file(uid="u-1@midway", day=date(2026, 12, 12), summary=title, stamp=STAMP)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    calendar = icalendar.Calendar.from_ical(text)
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["SUMMARY"]) == title
    assert event["DTSTART"].dt == date(2026, 12, 12)
    assert event["DTEND"].dt == date(2026, 12, 13)
    assert str(event["UID"]) == "u-1@midway"
    assert event["DTSTAMP"].dt == STAMP


def test_control_characters_do_not_break_the_file():
    text = calendar_file(uid="u", day=date(2027, 1, 1), summary="a\x07b\x00c", stamp=STAMP)
    event = next(iter(icalendar.Calendar.from_ical(text).walk("VEVENT")))
    assert str(event["SUMMARY"]) == "a b c"
