"""The demo: two couples, every section filled, private items private, fast, never twice."""

import re
import time
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from midway.checkins.models import CheckIn
from midway.exchange import demo_text
from midway.exchange.demo import build_demo
from midway.letters.models import Letter, LetterVersion, Reaction, Reply
from midway.spaces.access import visible_set
from midway.spaces.models import Member, Space
from midway.together.models import (
    Answer,
    PhrasebookComment,
    PhrasebookEntry,
    Question,
    ThingToTry,
)

pytestmark = pytest.mark.django_db


def test_demo_fills_every_section_for_both_couples(db):
    build_demo(years=1)
    assert sorted(Space.objects.values_list("name", flat=True)) == ["Ana & Ben", "Ivy & John"]
    for space in Space.objects.all():
        assert space.members.count() == 2
        for model in (Letter, Question, ThingToTry, PhrasebookEntry, CheckIn):
            assert model.objects.filter(space=space).exists(), model
        assert Letter.objects.filter(space=space, status="draft").exists()
        assert Letter.objects.filter(space=space, status="shared", read_at__isnull=False).exists()
        states = set(ThingToTry.objects.filter(space=space).values_list("status", flat=True))
        assert states == {status for status, _label in ThingToTry.STATUSES}
        questions = Question.objects.filter(space=space)
        assert questions.filter(completed_at__isnull=False).exists()
        assert questions.filter(completed_at__isnull=True).exists()
    for model in (Reply, Reaction, LetterVersion, Answer, PhrasebookComment):
        assert model.objects.exists(), model


def test_demo_checks_in_most_days_with_a_card_and_a_mood(db):
    build_demo(years=1)
    ivy = Member.objects.get(user__username="ivy")
    days = CheckIn.objects.filter(member=ivy)
    assert 0.75 * 366 < days.count() <= 366
    assert not days.filter(card="").exists() and not days.filter(mood="").exists()
    for checkin in CheckIn.objects.all()[:400]:
        checkin.clean_fields()  # every card is in the deck, every mood is 1-3 emoji


def test_demo_keeps_private_things_private(db):
    build_demo(years=1)
    ivy = Member.objects.get(user__username="ivy")
    john = Member.objects.get(user__username="john")
    ivys_drafts = Letter.objects.filter(author=ivy, status="draft")
    assert ivys_drafts.exists()
    assert not visible_set(john, Letter).filter(pk__in=ivys_drafts).exists()
    from_drafts = Question.objects.filter(source_letter__in=ivys_drafts)
    assert from_drafts.exists()
    assert not visible_set(john, Question).filter(pk__in=from_drafts).exists()
    hidden = Answer.objects.filter(question__space=ivy.space).exclude(
        pk__in=visible_set(john, Answer)
    )
    assert hidden.exists()  # an answer to "reveal together" that waits for the other


def test_demo_happens_in_the_past(db):
    build_demo(years=1)
    now = timezone.now()
    assert not Letter.objects.filter(created_at__gt=now).exists()
    assert not Letter.objects.filter(read_at__gt=now).exists()
    assert not ThingToTry.objects.filter(reviewed_at__gt=now).exists()
    assert not CheckIn.objects.filter(day__gt=timezone.localdate()).exists()
    first = Space.objects.order_by("created_at").first().created_at
    assert now - first < timedelta(days=367)


def test_demo_twice_changes_nothing(db, capsys):
    call_command("demo", "--password", "a demo passphrase")
    first = {model: model.objects.count() for model in (Letter, CheckIn, get_user_model())}
    call_command("demo")
    assert "already here" in capsys.readouterr().out
    assert {model: model.objects.count() for model in first} == first
    assert get_user_model().objects.get(username="ben").check_password("a demo passphrase")


def test_demo_password_defaults_to_demo(db):
    build_demo(years=1)
    assert get_user_model().objects.get(username="ivy").check_password("demo")


def test_demo_is_the_same_every_time_for_the_same_day(db):
    today = timezone.localdate()
    build_demo(years=1, today=today)
    first = list(Letter.objects.order_by("pk").values_list("title", "body", "status"))
    for model in (Space, get_user_model()):
        model.objects.all().delete()
    build_demo(years=1, today=today)
    assert list(Letter.objects.order_by("pk").values_list("title", "body", "status")) == first


@pytest.mark.slow
def test_ten_years_of_demo_take_seconds(db):
    started = time.monotonic()
    build_demo(years=10)
    assert time.monotonic() - started < 40
    assert CheckIn.objects.count() > 10_000


def _demo_sentences():
    for name in dir(demo_text):
        value = getattr(demo_text, name)
        if not name.isupper():
            continue
        items = value.values() if isinstance(value, dict) else value
        for item in items:
            yield from (item if isinstance(item, tuple) else (item,))


def test_demo_words_are_our_own(founding_letter):
    def words(text):
        return re.findall(r"[\w']+", text.casefold())

    letter = " " + " ".join(words(founding_letter)) + " "
    for sentence in _demo_sentences():
        found = words(sentence)
        for start in range(len(found) - 4):
            run = " ".join(found[start : start + 5])
            assert f" {run} " not in letter, f"{sentence!r} repeats the founding letter"
