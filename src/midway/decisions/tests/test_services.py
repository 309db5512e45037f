"""The rules of deciding together, without HTTP."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from midway.decisions import services
from midway.decisions.models import Choice, Decision, Need

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert(1)</script> & 🙀 \u202eשלום\u202c 'q'"


def tomorrow(days=1):
    return timezone.localdate() + timedelta(days=days)


def test_a_decide_by_time_in_the_past_is_refused_with_a_message(ivy):
    with pytest.raises(ValidationError) as error:
        services.open_decision(ivy, "Late", decide_by=timezone.now() - timedelta(minutes=1))
    assert "already passed" in str(error.value)


def test_a_double_submit_opens_one_decision(ivy):
    first = services.open_decision(ivy, "Same")
    assert services.open_decision(ivy, "Same") == first


def test_partner_cannot_see_my_need_until_both_wrote(decision, ivy, john):
    services.write_need(ivy, decision, need="Mine", weight=5)
    assert not Need.objects.visible_to(john).exists()
    assert Need.objects.visible_to(ivy).count() == 1
    services.write_need(john, decision, need="His", weight=2)
    assert Need.objects.visible_to(john).count() == 2
    decision.refresh_from_db()
    assert decision.revealed_at is not None


def test_weight_must_be_one_to_five(decision, ivy):
    with pytest.raises(ValidationError):
        services.write_need(ivy, decision, need="x", weight=6)


def test_options_wait_for_both_needs(decision, ivy):
    with pytest.raises(ValidationError):
        services.add_option(ivy, decision, "Stay")


def test_the_same_option_twice_is_one(revealed, ivy, john):
    first = services.add_option(ivy, revealed, "Meet in the middle")
    assert services.add_option(john, revealed, "  meet in the MIDDLE ") == first


def test_options_that_work_for_both_rise_to_the_top(revealed, ivy, john):
    home = services.add_option(ivy, revealed, "Go home")
    stay = services.add_option(john, revealed, "Stay")
    middle = services.add_option(ivy, revealed, "Go home, call at ten")
    services.mark_option(ivy, home, "works")
    services.mark_option(john, home, "no")
    services.mark_option(ivy, middle, "works")
    services.mark_option(john, middle, "works")
    services.mark_option(ivy, stay, "livable")
    ranked = services.ranked_options(list(revealed.options.prefetch_related("marks")), ivy)
    assert [o.pk for o in ranked] == [middle.pk, stay.pk, home.pk]
    assert ranked[0].works_for_both and ranked[2].refused


def test_one_choice_alone_decides_nothing(revealed, ivy, john):
    stay = services.add_option(ivy, revealed, "Stay")
    result = services.choose_option(ivy, stay)
    assert result.status == Decision.OPEN
    # Ivy's choice is Ivy's: John has none until he chooses himself.
    assert not Choice.objects.filter(decision=revealed, author=john).exists()


def test_decided_only_when_both_choose_the_same_option(revealed, ivy, john):
    home = services.add_option(ivy, revealed, "Go home")
    stay = services.add_option(john, revealed, "Stay")
    services.choose_option(ivy, home)
    assert services.choose_option(john, stay).status == Decision.OPEN
    result = services.choose_option(john, home)
    assert result.status == Decision.DECIDED
    assert result.decided_option == home and result.settled_at is not None


def test_postponed_only_when_both_agree_to_the_same_day(revealed, ivy, john):
    services.propose_another_day(ivy, revealed, tomorrow(2))
    assert services.propose_another_day(john, revealed, tomorrow(3)).status == Decision.OPEN
    result = services.propose_another_day(ivy, revealed, tomorrow(3))
    assert result.status == Decision.POSTPONED and result.postponed_to == tomorrow(3)


def test_another_day_cannot_be_in_the_past(revealed, ivy):
    with pytest.raises(ValidationError) as error:
        services.propose_another_day(ivy, revealed, timezone.localdate() - timedelta(days=1))
    assert "has passed" in str(error.value)
    services.propose_another_day(ivy, revealed, timezone.localdate())


def test_either_can_reopen_a_postponed_decision_and_old_pages_are_stale(revealed, ivy, john):
    option = services.add_option(ivy, revealed, "Stay")
    services.propose_another_day(ivy, revealed, tomorrow())
    services.propose_another_day(john, revealed, tomorrow())
    reopened = services.reopen(john, revealed, round=1)
    assert reopened.status == Decision.OPEN and reopened.round == 2
    assert not reopened.choices.exists()
    with pytest.raises(services.Changed):
        services.mark_option(ivy, option, "works", round=1)
    services.mark_option(ivy, option, "works", round=2)


def test_nothing_changes_a_settled_decision(revealed, ivy, john):
    option = services.add_option(ivy, revealed, "Stay")
    services.choose_option(ivy, option)
    services.choose_option(john, option)
    with pytest.raises(services.Changed):
        services.mark_option(ivy, option, "no")
    with pytest.raises(services.Changed):
        services.reopen(ivy, revealed)


def test_outsider_cannot_act_on_a_decision(revealed, ana, ivy):
    option = services.add_option(ivy, revealed, "Stay")
    for act in (
        lambda: services.write_need(ana, revealed, need="x", weight=1),
        lambda: services.add_option(ana, revealed, "x"),
        lambda: services.mark_option(ana, option, "works"),
        lambda: services.choose_option(ana, option),
        lambda: services.propose_another_day(ana, revealed, tomorrow()),
        lambda: services.reopen(ana, revealed),
    ):
        with pytest.raises(services.NotAllowed):
            act()


def test_fifty_options_and_hostile_text_are_kept_exactly(revealed, ivy):
    for n in range(50):
        services.add_option(ivy, revealed, f"{HOSTILE} {n}")
    assert revealed.options.count() == 50
    assert revealed.options.first().text == f"{HOSTILE} 0"


def test_text_that_cannot_be_stored_is_refused(ivy):
    with pytest.raises(ValidationError):
        services.open_decision(ivy, "a\x00b")
    with pytest.raises(ValidationError):
        services.open_decision(ivy, "x" * 301)


def test_a_decide_by_with_any_offset_is_stored_and_a_far_one_refused(ivy, john):
    import datetime as dt

    import pytest as _pytest
    from django.core.exceptions import ValidationError as _ValidationError
    from django.utils import timezone as _timezone

    from midway.decisions import services as _services

    # Python allows offsets up to a day; PostgreSQL stores up to about sixteen hours.
    odd = dt.timezone(dt.timedelta(hours=19, minutes=16))
    soon = (_timezone.now() + dt.timedelta(days=3)).astimezone(odd)
    decision = _services.open_decision(ivy, "Where do we go?", decide_by=soon)
    decision.refresh_from_db()
    assert decision.decide_by == soon
    with _pytest.raises(_ValidationError):
        _services.open_decision(ivy, "Much later", decide_by=soon + dt.timedelta(days=2000))


def test_reopening_keeps_each_earlier_round_left_for_another_day(revealed, ivy, john):
    first, second = tomorrow(), tomorrow() + timedelta(days=1)
    for day, who in ((first, ivy), (second, john)):
        services.propose_another_day(ivy, revealed, day)
        services.propose_another_day(john, revealed, day)
        services.reopen(who, revealed)
    rounds = list(revealed.postponements.values_list("round", "day", "reopened_by"))
    assert rounds == [(1, first, ivy.pk), (2, second, john.pk)]
