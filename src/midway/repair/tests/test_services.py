"""The rules of Repair, without HTTP: breaks, accounts and their reveal, the kit."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from midway.letters.services import share_letter, start_letter
from midway.repair import breaks, kit, repairs
from midway.repair.models import Break, Repair, RepairAccount, SafetyItem, Trigger
from midway.together import services as together
from midway.together.models import ThingToTry
from midway.together.services import NotAllowed

pytestmark = pytest.mark.django_db


def soon(minutes=30):
    return timezone.now() + timedelta(minutes=minutes)


# Breaks ----------------------------------------------------------------------------


def test_a_break_lasts_thirty_minutes_by_default():
    now = timezone.now()
    assert breaks.return_time(now=now) == now + timedelta(minutes=30)


@pytest.mark.parametrize(
    ("minutes", "says"),
    [(-5, "already passed"), (0, "already passed"), (10, "at least 20"), (60 * 24 * 365, "a day")],
)
def test_a_return_time_too_soon_past_or_far_is_refused_with_a_reason(minutes, says):
    with pytest.raises(ValidationError) as error:
        breaks.return_time(minutes=minutes)
    assert says in " ".join(error.value.messages)


def test_a_naive_or_past_moment_is_refused():
    with pytest.raises(ValidationError):
        breaks.return_time(at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(ValidationError):
        breaks.return_time(at=timezone.now().replace(tzinfo=None) + timedelta(hours=1))


def test_one_running_break_per_member(ivy):
    first = breaks.take_break(ivy, return_at=soon(), note="Back soon")
    with pytest.raises(breaks.BreakRunning) as error:
        breaks.take_break(ivy, return_at=soon(40))
    assert error.value.running == first
    assert Break.objects.count() == 1


def test_both_partners_can_be_on_a_break_at_once(ivy, john):
    breaks.take_break(ivy, return_at=soon())
    breaks.take_break(john, return_at=soon())
    assert len(breaks.running_breaks(ivy)) == 2
    assert breaks.running_breaks(ivy)[0].author == ivy


def test_coming_back_twice_is_harmless_and_keeps_the_first_time(ivy):
    taken = breaks.take_break(ivy, return_at=soon())
    first = breaks.come_back(ivy, taken)
    again = breaks.come_back(ivy, taken)
    assert again.back_at == first.back_at is not None
    breaks.take_break(ivy, return_at=soon())  # a new break after coming back is fine


def test_more_time_moves_the_return_and_counts(ivy):
    taken = breaks.take_break(ivy, return_at=soon())
    later = soon(70)
    moved = breaks.more_time(ivy, taken, return_at=later)
    assert (moved.return_at, moved.first_return_at, moved.extensions) == (
        later,
        taken.first_return_at,
        1,
    )


def test_more_time_on_a_finished_break_is_refused(ivy):
    taken = breaks.take_break(ivy, return_at=soon())
    breaks.come_back(ivy, taken)
    with pytest.raises(breaks.BreakOver):
        breaks.more_time(ivy, taken, return_at=soon(60))


def test_only_the_taker_ends_or_extends_a_break(ivy, john):
    taken = breaks.take_break(ivy, return_at=soon())
    with pytest.raises(NotAllowed):
        breaks.come_back(john, taken)
    with pytest.raises(NotAllowed):
        breaks.more_time(john, taken, return_at=soon(60))
    assert Break.objects.get().is_running


def test_a_break_whose_time_has_come_is_due_until_the_taker_answers(ivy):
    taken = breaks.take_break(ivy, return_at=soon())
    Break.objects.filter(pk=taken.pk).update(return_at=timezone.now() - timedelta(minutes=1))
    taken.refresh_from_db()
    assert taken.is_due and taken.is_running
    assert breaks.version_of([taken]).endswith(".1")


# Repairs -------------------------------------------------------------------------------


def test_opening_makes_an_empty_account_for_each_partner(repair, ivy, john):
    assert sorted(a.author_id for a in repair.accounts.all()) == sorted([ivy.pk, john.pk])


def test_both_opening_about_the_same_letter_get_one_repair(ivy, john):
    letter = share_letter(start_letter(ivy, title="After", body="words"))
    first, created = repairs.open_repair(ivy, "Saturday", letter=letter)
    second, created_again = repairs.open_repair(john, "Our Saturday fight", letter=letter)
    assert (first, created, created_again) == (second, True, False)
    same_title, _ = repairs.open_repair(john, "saturday")
    assert same_title == first
    assert Repair.objects.count() == 1


def test_a_draft_letter_cannot_be_linked(ivy):
    draft = start_letter(ivy, title="not yet", body="words")
    with pytest.raises(ValidationError):
        repairs.open_repair(ivy, "Saturday", letter=draft)


def test_a_repair_needs_a_partner(db):
    from midway.conftest import PASSWORD
    from midway.spaces.services import create_space

    solo = create_space(username="solo", password=PASSWORD, name="Solo", space_name="S")
    with pytest.raises(ValidationError):
        repairs.open_repair(solo, "alone")


def test_partner_cannot_see_unfinished_account(half_written, ivy, john):
    shown_to_ivy = RepairAccount.objects.visible_to(ivy).filter(repair=half_written)
    assert [a.author_id for a in shown_to_ivy] == [ivy.pk]
    shown_to_john = RepairAccount.objects.visible_to(john).filter(repair=half_written)
    assert [a.author_id for a in shown_to_john] == [john.pk]


def test_both_accounts_are_revealed_when_both_finish(half_written, ivy, john):
    repairs.finish_account(john, half_written)
    half_written.refresh_from_db()
    assert half_written.is_revealed
    assert RepairAccount.objects.visible_to(ivy).filter(repair=half_written).count() == 2


def test_a_finished_account_no_longer_changes(half_written, ivy):
    with pytest.raises(repairs.Finished):
        repairs.save_account(ivy, half_written, saw="rewritten after the fact")
    assert RepairAccount.objects.get(author=ivy).saw == "IVY-SIDE-MARKER"


def test_an_empty_account_cannot_be_finished(repair, ivy):
    with pytest.raises(ValidationError):
        repairs.finish_account(ivy, repair)


def test_account_text_is_kept_exactly_and_bounded(repair, ivy):
    words = "‏אני מצטער‎ 🙀 <script>x</script>"
    assert repairs.save_account(ivy, repair, saw=words).saw == words
    with pytest.raises(ValidationError):
        repairs.save_account(ivy, repair, saw="x" * 5001)
    with pytest.raises(ValidationError):
        repairs.save_account(ivy, repair, my_part="a\x00b")
    saved = repairs.save_account(ivy, repair, feelings=["HURT", "a word of my own"])
    assert saved.feelings == ["hurt", "a word of my own"]


def test_closed_when_both_accept(half_written, ivy, john):
    repairs.finish_account(john, half_written)
    with pytest.raises(ValidationError):
        repairs.respond(ivy, half_written, accept=False)  # what I still need: say it
    repairs.respond(ivy, half_written, accept=False, still_need="A hug first")
    assert repairs.waiting_for(ivy).count() == 0
    repairs.respond(john, half_written, accept=True)
    assert Repair.objects.get().closed_at is None
    closed = repairs.respond(ivy, half_written, accept=True)
    assert closed.closed_at is not None
    with pytest.raises(repairs.Finished):
        repairs.respond(john, half_written, accept=True)


def test_answering_before_the_reveal_is_refused(half_written, ivy):
    with pytest.raises(repairs.Finished):
        repairs.respond(ivy, half_written, accept=True)


def test_next_time_ask_becomes_one_thing_to_try_once(half_written, ivy, john):
    account = RepairAccount.objects.get(author=ivy)
    with pytest.raises(ValidationError):
        repairs.try_next_time(ivy, half_written, account)  # not before the reveal
    repairs.finish_account(john, half_written)
    thing, created = repairs.try_next_time(john, half_written, account)
    again, created_again = repairs.try_next_time(ivy, half_written, account)
    assert (thing, created, created_again) == (again, True, False)
    assert thing.text == "Ask me first" and thing.author == john
    assert thing.status == ThingToTry.PROPOSED
    together.agree_to_thing(ivy, thing)


def test_waiting_for_me_lists_unwritten_and_unanswered_repairs(half_written, ivy, john):
    assert list(repairs.waiting_for(john)) == [half_written]
    assert list(repairs.waiting_for(ivy)) == []
    repairs.finish_account(john, half_written)
    assert list(repairs.waiting_for(ivy)) == [half_written]


def test_an_outsider_cannot_write_in_a_repair(half_written, ana):
    with pytest.raises(NotAllowed):
        repairs.save_account(ana, half_written, saw="mine now")
    with pytest.raises(NotAllowed):
        repairs.finish_account(ana, half_written)


# The kit ----------------------------------------------------------------------------------


def test_private_triggers_are_the_authors_alone(ivy, john):
    kit.add_trigger(ivy, "raised voices", shared=True)
    kit.add_trigger(ivy, "an old wound", kind=Trigger.WOUND)
    assert [t.text for t in Trigger.objects.visible_to(john)] == ["raised voices"]
    assert Trigger.objects.visible_to(ivy).count() == 2


def test_the_partner_reads_the_menu_but_cannot_change_it(ivy, john):
    item = kit.add_safety_item(ivy, "A walk together")
    assert list(SafetyItem.objects.visible_to(john)) == [item]
    with pytest.raises(NotAllowed):
        kit.change_safety_item(john, item, "something else", SafetyItem.HELPS)
    with pytest.raises(NotAllowed):
        kit.remove_safety_item(john, item)


def test_a_double_submit_adds_one_menu_line(ivy):
    kit.add_safety_item(ivy, "Tea")
    kit.add_safety_item(ivy, "Tea")
    assert SafetyItem.objects.count() == 1


def test_an_unknown_kind_is_refused(ivy):
    with pytest.raises(ValidationError):
        kit.add_safety_item(ivy, "Tea", kind="<script>")


def test_my_answer_becomes_a_menu_line_once(ivy, john):
    question = together.ask_question(john, "What makes you feel safe after a fight?")
    answer = together.answer_question(ivy, question, "Holding hands while we talk")
    item, created = kit.add_answer_to_menu(ivy, answer)
    again, created_again = kit.add_answer_to_menu(ivy, answer)
    assert (item, created, created_again) == (again, True, False)
    assert item.text == "Holding hands while we talk" and item.author == ivy
    with pytest.raises(NotAllowed):
        kit.add_answer_to_menu(john, answer)  # not his answer
