"""The stream rebuilt from the items' dates says what the services recorded."""

import pytest

from midway.checkins.services import record_checkin
from midway.happenings.models import Happening
from midway.happenings.rebuild import rebuild
from midway.letters import services as letters
from midway.together import services as together

pytestmark = pytest.mark.django_db


def stream():
    return set(Happening.objects.values_list("actor_id", "verb", "target_model", "target_id"))


def test_rebuilding_gives_what_the_services_recorded(ivy, john):
    letter = letters.share_letter(letters.start_letter(ivy, title="T", body="B"))
    letters.start_letter(ivy, title="A draft stays out", body="x")
    letters.add_reply(letter, john, "one")
    letters.add_reply(letter, john, "two")
    letters.add_reaction(letter, john, "heart")
    question = together.ask_question(ivy, "Why?")
    together.answer_question(john, question, "Because.")
    thing = together.propose_thing(john, "Walk")
    together.agree_to_thing(ivy, thing)
    declined = together.propose_thing(ivy, "Run")
    together.decline_thing(john, declined)
    entry = together.add_phrasebook_entry(john, said="Whatever", meaning="I'm tired")
    together.mark_heard(ivy, entry)
    together.comment_on_entry(ivy, entry, "Thank you")
    record_checkin(john, mood="🙂")
    recorded = stream()
    Happening.objects.all().delete()
    assert rebuild(ivy.space) >= len(recorded)
    assert stream() == recorded


def test_the_demo_has_whats_new(db, client):
    from django.core.management import call_command

    from midway.spaces.models import Member

    call_command("demo", years=1, verbosity=0)
    ivy = Member.objects.get(user__username="ivy")
    client.force_login(ivy.user, backend="django.contrib.auth.backends.ModelBackend")
    page = client.get("/").content.decode()
    assert "What's new" in page and "John " in page.split("What's new")[1]


def test_breaks_and_repairs_are_in_the_stream_and_rebuilt(ivy, john):
    from datetime import timedelta

    from django.utils import timezone

    from midway.happenings.services import whats_new
    from midway.repair import breaks, repairs

    taken = breaks.take_break(john, return_at=timezone.now() + timedelta(minutes=30))
    breaks.come_back(john, taken)
    repair, _ = repairs.open_repair(john, "Last night")
    repairs.save_account(john, repair, saw="My side, private until both finish")
    repairs.finish_account(john, repair)
    lines = [(line.words, line.title) for line in whats_new(ivy, john, look=False)]
    assert ("finished their side of", "Last night") in lines
    assert ("took a break", "") in lines or any(words == "took a break" for words, _ in lines)
    assert "My side" not in repr(lines)
    recorded = stream()
    Happening.objects.all().delete()
    rebuild(ivy.space)
    assert stream() == recorded


def test_decisions_and_appreciations_are_in_the_stream_and_rebuilt(ivy, john):
    from midway.appreciations import services as appreciations
    from midway.decisions import services as decisions
    from midway.happenings.services import whats_new

    decision = decisions.open_decision(john, "Does Ivy go home tonight?")
    decisions.write_need(john, decision, need="Sleep", weight=4)
    decisions.write_need(ivy, decision, need="Company", weight=3)
    option = decisions.add_option(ivy, decision, "Stay, sleep early")
    decisions.choose_option(ivy, option)
    decisions.choose_option(john, option)  # John's choice makes it decided
    appreciations.write_appreciation(john, "You are enough for me", send=True)
    appreciations.write_appreciation(john, "A draft stays mine")
    item = appreciations.add_courted_item(ivy, "Flowers on a Tuesday", "small")
    appreciations.mark_done(john, item, day=timezone_today())
    lines = [(line.words, line.title) for line in whats_new(ivy, john, look=False)]
    assert ("sent you an appreciation:", "You are enough for me") in lines
    assert ("decided together with you:", "Does Ivy go home tonight?") in lines
    assert ("did something from your list:", "Flowers on a Tuesday") in lines
    assert "A draft stays mine" not in repr(lines)
    recorded = stream()
    Happening.objects.all().delete()
    rebuild(ivy.space)
    assert stream() == recorded


def timezone_today():
    from django.utils import timezone

    return timezone.localdate()
