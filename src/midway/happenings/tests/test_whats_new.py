"""What's new on the home page: what the partner did, never what the reader may not see."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from midway.checkins.services import record_checkin
from midway.happenings.models import Happening
from midway.happenings.services import whats_new
from midway.letters import services as letters
from midway.together import services as together

pytestmark = pytest.mark.django_db


def lines(member):
    return [(line.words, line.title) for line in whats_new(member, member.partner, look=False)]


def test_a_reply_reaches_the_authors_home(ivy, john, ivy_client):
    letter = letters.share_letter(letters.start_letter(ivy, title="After the fight", body="Hi"))
    letters.add_reply(letter, john, "Thank you for this.")
    page = ivy_client.get(reverse("home")).content.decode()
    assert "What's new" in page
    assert "John replied to" in page and "After the fight" in page
    assert f'href="/letters/{letter.pk}/#replies"' in page


def test_what_the_partner_did_shows_newest_first(ivy, john):
    question = together.ask_question(ivy, "What makes you feel safe after a fight?")
    together.answer_question(john, question, "A hug, then time.")
    record_checkin(john, mood="🙂", note="Long day, better now")
    thing = together.propose_thing(john, "A walk after dinner")
    together.agree_to_thing(ivy, thing)
    assert lines(ivy) == [
        ("proposed to try", "A walk after dinner"),
        ("checked in 🙂", "Long day, better now"),
        ("answered", "What makes you feel safe after a fight?"),
    ]
    record_checkin(ivy, mood="🙂")  # no words: the home page's "Today" shows it already
    assert lines(john) == [
        ("said yes to trying", "A walk after dinner"),
        ("asked", "What makes you feel safe after a fight?"),
    ]


def test_a_draft_and_what_came_from_it_stay_hidden_until_shared(ivy, john):
    draft = letters.start_letter(john, title="Not yet", body="Thinking")
    together.ask_question(john, "Hidden question?", source_letter=draft)
    assert lines(ivy) == []
    letters.share_letter(draft)
    assert lines(ivy) == [("shared a letter", "Not yet"), ("asked", "Hidden question?")]
    letters.take_back(draft)
    assert lines(ivy) == []


def test_nothing_from_another_space_ever_shows(ivy, john, ana):
    letter = letters.share_letter(letters.start_letter(ana, title="Ana's", body="x"))
    # Even a happening that names another space's item is read through the access helpers.
    Happening.objects.create(
        space=ivy.space,
        actor=john,
        verb="letter.shared",
        target_model="letters.letter",
        target_id=letter.pk,
    )
    assert lines(ivy) == []


def test_my_own_doings_are_not_news_to_me(ivy, john):
    letters.share_letter(letters.start_letter(ivy, title="Mine", body="x"))
    assert lines(ivy) == []


def test_new_until_looked_at(ivy, john):
    together.ask_question(john, "First?")
    assert [line.new for line in whats_new(ivy, john)] == [True]
    assert [line.new for line in whats_new(ivy, john)] == [False]
    together.ask_question(john, "Second?")
    assert [line.new for line in whats_new(ivy, john)] == [True, False]


def test_doing_it_again_moves_it_up_instead_of_repeating(ivy, john):
    letter = letters.share_letter(letters.start_letter(ivy, title="One", body="x"))
    letters.add_reply(letter, john, "first")
    together.ask_question(john, "In between?")
    letters.add_reply(letter, john, "second")
    assert lines(ivy) == [("replied to", "One"), ("asked", "In between?")]


def _a_bit_of_everything(ivy, john, n):
    for number in range(n):
        letter = letters.share_letter(letters.start_letter(ivy, title=f"L{number}", body="x"))
        letters.add_reply(letter, john, f"reply {number}")
        letters.add_reaction(letter, john, "heart")
        question = together.ask_question(ivy, f"Question {number}?")
        together.answer_question(john, question, "yes")
        thing = together.propose_thing(john, f"Thing {number}")
        together.agree_to_thing(ivy, thing)
        together.add_phrasebook_entry(john, said=f"said {number}", meaning="meant")
    record_checkin(john, mood="🙂", note="fine")


def test_home_queries_do_not_grow_with_the_happenings(ivy, john, ivy_client):
    _a_bit_of_everything(ivy, john, 1)
    ivy_client.get(reverse("home"))
    with CaptureQueriesContext(connection) as few:
        ivy_client.get(reverse("home"))
    _a_bit_of_everything(ivy, john, 25)
    with CaptureQueriesContext(connection) as many:
        ivy_client.get(reverse("home"))
    # One query per kind of item on the page at most, whatever the number of items.
    assert len(many) <= len(few)


def test_looking_again_when_nothing_is_newer_writes_nothing(ivy, john, ivy_client):
    together.ask_question(john, "First?")
    ivy_client.get(reverse("home"))  # the first look is written
    with CaptureQueriesContext(connection) as queries:
        assert ivy_client.get(reverse("home")).status_code == 200
    writes = [
        q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))
    ]
    assert writes == []
    # Still read as seen, and what comes later is still new.
    assert [line.new for line in whats_new(ivy, john)] == [False]
    together.ask_question(john, "Second?")
    assert [line.new for line in whats_new(ivy, john)] == [True, False]
    assert [line.new for line in whats_new(ivy, john)] == [False, False]
