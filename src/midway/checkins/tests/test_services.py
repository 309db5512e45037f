"""record_checkin and friends: what the pages and the letter importer rely on."""

import threading
from datetime import UTC, date, datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from midway.checkins.models import CheckIn
from midway.checkins.services import days_of, draw_card, record_checkin, save_checkin
from midway.letters.models import Letter
from midway.text.deck import find_card

pytestmark = pytest.mark.django_db


def test_record_checkin_creates_todays_checkin_in_the_members_space(ivy):
    checkin = record_checkin(ivy, mood="😊", medication_taken=True)
    assert checkin.day == timezone.localdate()
    assert checkin.space == ivy.space
    assert (checkin.mood, checkin.medication_taken) == ("😊", True)


def test_record_checkin_only_changes_given_fields(ivy):
    first = record_checkin(
        ivy, card="The Star", card_reversed=True, medication_taken=True, mood="😊", note="morning"
    )
    save_checkin(ivy, energy=4, safety=5, capacity="yes", mood="😊", note="morning",
                 medication_taken=True)  # fmt: skip
    again = record_checkin(ivy, mood="😴")
    assert again.pk == first.pk
    again.refresh_from_db()
    assert again.mood == "😴"
    assert (again.card, again.card_reversed) == ("The Star", True)
    assert again.medication_taken is True
    assert again.note == "morning"
    assert (again.energy, again.safety, again.capacity) == (4, 5, "yes")


def test_record_checkin_false_is_said_and_none_is_not(ivy):
    record_checkin(ivy, medication_taken=False)
    checkin = record_checkin(ivy, note="later")
    assert checkin.medication_taken is False


def test_an_empty_string_clears_a_card_a_mood_or_a_note(ivy):
    record_checkin(ivy, card="The Sun", card_reversed=True, mood="😊", note="hello")
    checkin = record_checkin(ivy, card="", mood="", note="")
    assert (checkin.card, checkin.card_reversed, checkin.mood, checkin.note) == ("", False, "", "")


def test_record_checkin_understands_card_names_as_people_write_them(ivy):
    assert record_checkin(ivy, card="judgment").card == "Judgement"
    assert record_checkin(ivy, card="3 of coins").card == "Three of Pentacles"
    assert record_checkin(ivy, card=find_card("XX")).card == "Judgement"


def test_record_checkin_refuses_what_it_cannot_keep(ivy):
    with pytest.raises(ValidationError, match="not a card"):
        record_checkin(ivy, card="The Plumber")
    with pytest.raises(ValidationError, match="emoji only"):
        record_checkin(ivy, mood="happy")
    with pytest.raises(ValidationError, match="Up to 3 emoji"):
        record_checkin(ivy, mood="💊⚡💡🧠🤯🐆💨")
    with pytest.raises(ValidationError):
        record_checkin(ivy, note="x" * 2001)
    with pytest.raises(ValidationError):
        record_checkin(ivy, note="a\x00b")
    assert not CheckIn.objects.exists()


def test_a_letter_of_the_same_space_can_be_the_source(ivy):
    letter = Letter.objects.create(space=ivy.space, author=ivy, body="Today's card is judgement")
    checkin = record_checkin(ivy, card="judgement", source_letter=letter)
    assert checkin.source_letter == letter
    letter.delete()
    checkin.refresh_from_db()
    assert checkin.source_letter is None
    assert checkin.card == "Judgement"


def test_a_letter_of_another_space_is_refused(ivy, ana):
    letter = Letter.objects.create(space=ana.space, author=ana, body="hers")
    with pytest.raises(ValidationError, match="another space"):
        record_checkin(ivy, mood="😊", source_letter=letter)


def test_the_day_is_the_instances_local_day_not_utc(ivy, settings, monkeypatch):
    settings.TIME_ZONE = "Pacific/Auckland"
    # 20:00 on the 14th in UTC is already 09:00 on the 15th in Auckland.
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 3, 14, 20, tzinfo=UTC))
    assert record_checkin(ivy, mood="😊").day == date(2026, 3, 15)


def test_a_past_day_can_be_recorded_by_the_importer(ivy):
    checkin = record_checkin(ivy, day=date(2025, 1, 2), card="The Fool")
    assert checkin.day == date(2025, 1, 2)
    assert CheckIn.objects.get().day == date(2025, 1, 2)


def test_drawing_twice_gives_the_same_card(ivy):
    first = draw_card(ivy)
    second = draw_card(ivy)
    assert first.card
    assert (first.card, first.card_reversed) == (second.card, second.card_reversed)


def test_each_partner_draws_their_own_card_stably(ivy, john, settings):
    settings.SECRET_KEY = "one instance"
    drawn = {(draw_card(ivy, day=date(2026, 1, n)).card, draw_card(john, day=date(2026, 1, n)).card)
             for n in range(1, 20)}  # fmt: skip
    assert any(mine != theirs for mine, theirs in drawn)


def test_days_pair_my_checkin_with_my_partners(ivy, john):
    record_checkin(ivy, mood="😊", day=date(2026, 1, 1))
    record_checkin(john, mood="😴", day=date(2026, 1, 1))
    record_checkin(john, mood="😢", day=date(2026, 1, 3))
    days = days_of(CheckIn.objects.all(), ivy)
    assert [d.day for d in days] == [date(2026, 1, 3), date(2026, 1, 1)]
    assert days[0].mine is None and days[0].theirs.mood == "😢"
    assert (days[1].mine.mood, days[1].theirs.mood) == ("😊", "😴")


@pytest.mark.django_db(transaction=True)
def test_two_saves_at_the_same_moment_make_one_checkin(ivy):
    if connection.vendor == "sqlite":
        # The in-memory test database shares one cache with table locks, which fail at
        # once instead of waiting; the real file database waits (busy timeout), and
        # this race runs on PostgreSQL in CI.
        pytest.skip("needs a database that queues concurrent writers")
    barrier = threading.Barrier(2)
    errors = []

    def save(**fields):
        try:
            barrier.wait()
            record_checkin(ivy, **fields)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=save, kwargs={"mood": "😊"}),
        threading.Thread(target=save, kwargs={"note": "at the same time"}),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    checkin = CheckIn.objects.get(member=ivy)
    assert (checkin.mood, checkin.note) == ("😊", "at the same time")
