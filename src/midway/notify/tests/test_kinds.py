"""What a notification says, and when quiet hours hold it: plain functions."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from midway.happenings.models import Happening
from midway.notify.kinds import (
    KIND_OF,
    KINDS,
    PLAIN,
    Entry,
    compose,
    in_quiet_hours,
    quiet_hours_end,
)


def test_every_happening_has_a_kind_and_words():
    for verb in Happening.VERBS:
        assert verb in KIND_OF, verb
        assert verb in PLAIN, verb
    assert set(KINDS) >= {"letters", "questions", "things", "breaks", "repairs", "decisions"}


def test_one_item_reads_as_one_sentence_and_its_title_only_in_the_preview():
    entry = Entry("Ivy", "letter.shared", "letters.letter:1")
    message = compose([entry], {"letters.letter:1": "After the fight"})
    assert message.body == "Ivy shared a letter with you."
    assert message.preview == "Ivy shared a letter with you: “After the fight”"
    assert "After the fight" not in message.body + message.title


def test_a_burst_says_each_thing_once_and_the_latest_time():
    replies = [Entry("Ivy", "letter.replied", "letters.letter:1")] * 3
    asked = Entry("Ivy", "question.asked", "together.question:2")
    message = compose([*replies, asked], {})
    assert message.title == "Midway: 2 new things"
    assert message.body == "• Ivy replied to a letter\n• Ivy asked you a question"
    later = [
        Entry("Ivy", "break.more_time", "repair.break:1", "14:30"),
        Entry("Ivy", "break.more_time", "repair.break:1", "14:45"),
    ]
    assert compose(later, {}).body == "Ivy needs more time and will be back at 14:45."


def test_the_reminder_speaks_to_each_partner():
    to_john = compose([Entry("Ivy", "break.due", "repair.break:1", "14:30")], {})
    to_ivy = compose([Entry("", "break.due", "repair.break:1", "14:30")], {})
    assert to_john.body == "Ivy's break is up: they said they would be back at 14:30."
    assert to_ivy.body == "Your break is up: you said you would be back at 14:30."


@pytest.mark.parametrize(
    ("now", "start", "end", "quiet"),
    [
        (time(23, 0), time(22, 0), time(7, 0), True),
        (time(6, 59), time(22, 0), time(7, 0), True),
        (time(7, 0), time(22, 0), time(7, 0), False),
        (time(12, 0), time(22, 0), time(7, 0), False),
        (time(13, 0), time(12, 0), time(14, 0), True),
        (time(13, 0), None, None, False),
    ],
)
def test_quiet_hours_may_cross_midnight(now, start, end, quiet):
    assert in_quiet_hours(now, start, end) is quiet


def test_quiet_hours_end_the_next_morning():
    paris = ZoneInfo("Europe/Paris")
    late = datetime(2026, 3, 28, 23, 30, tzinfo=paris)
    assert quiet_hours_end(late, time(22, 0), time(7, 0)) == datetime(
        2026, 3, 29, 7, 0, tzinfo=paris
    )
    noon = datetime(2026, 3, 28, 12, 0, tzinfo=paris)
    assert quiet_hours_end(noon, time(22, 0), time(7, 0)) == noon
