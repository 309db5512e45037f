"""`midway demo` gives each couple a decided, a postponed (this week) and an open decision,
appreciations and courted items, in words of our own."""

import inspect
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from midway.appreciations import demo as appreciations_demo
from midway.appreciations.models import Appreciation, CourtedItem, CourtedMark
from midway.decisions import demo as decisions_demo
from midway.decisions.models import Decision
from midway.exchange.demo import build_demo
from midway.spaces.models import Space

pytestmark = pytest.mark.django_db


def test_each_couple_gets_every_state(db):
    build_demo(years=1)
    week = timezone.localdate() + timedelta(days=7)
    for space in Space.objects.all():
        states = set(Decision.objects.filter(space=space).values_list("status", flat=True))
        assert states == {"open", "decided", "postponed"}
        postponed = Decision.objects.get(space=space, status="postponed")
        assert timezone.localdate() < postponed.postponed_to <= week
        assert Appreciation.objects.filter(space=space, favourite_at__isnull=False).exists()
        assert CourtedMark.objects.filter(item__space=space).exists()
        assert CourtedItem.objects.filter(space=space).count() >= 5


def test_home_page_shows_the_postponed_day_with_its_calendar_file(db, client):
    build_demo(years=1)
    client.force_login(get_user_model().objects.get(username="john"))
    body = client.get("/").content.decode()
    postponed = Decision.objects.get(space__name="Ivy & John", status="postponed")
    assert f"/decide/{postponed.pk}/calendar.ics" in body


def test_demo_words_are_our_own(founding_letter):
    def words(text):
        return re.findall(r"[\w']+", text.casefold())

    letter = " " + " ".join(words(founding_letter)) + " "
    for module in (decisions_demo, appreciations_demo):
        found = words(" ".join(re.findall(r'"([^"]+)"', inspect.getsource(module))))
        for start in range(len(found) - 4):
            run = " ".join(found[start : start + 5])
            assert f" {run} " not in letter, run


def test_markdown_export_keeps_needs_options_marks_and_outcome(db, tmp_path):
    from midway.exchange.markdown import export_markdown
    from midway.spaces.models import Member

    build_demo(years=1)
    export_markdown(tmp_path / "john", member=Member.objects.get(user__username="john"))
    text = (tmp_path / "john" / "ivy-john" / "decisions.md").read_text()
    assert "Decided together on" in text and "Left for" in text
    assert "needs** (4/5)" in text and "Ivy: works" in text
    # Ivy's need on the open decision is hers until John writes his: not in John's export.
    assert "someone to walk with" not in text
    notes = (tmp_path / "john" / "ivy-john" / "appreciations.md").read_text()
    assert "★" in notes and "did this" in notes
    assert "Still finding the words" in notes  # John's own draft is in his export
    export_markdown(tmp_path / "ivy", member=Member.objects.get(user__username="ivy"))
    assert (
        "Still finding the words"
        not in (tmp_path / "ivy" / "ivy-john" / "appreciations.md").read_text()
    )
