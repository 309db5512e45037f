"""The rules of deciding together; views, the API and the demo all go through here.

Every action is one member acting for themselves: a need, a mark, a choice or a day
is always written as `author=member`, so nobody can choose, agree or postpone for
the other. Actions lock the decision row, so two partners acting at the same moment
are applied one after the other. A form or call that carries the `round` it was
made in is refused with `Changed` (a 409) once the decision was settled or reopened.
"""

from datetime import UTC, date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from midway.decisions.models import Choice, Decision, Mark, Need, Option, Postponement
from midway.happenings.services import record
from midway.spaces.models import Member
from midway.together.services import DUPLICATE_WINDOW, Changed, NotAllowed
from midway.together.validation import check_text

TITLE_LIMIT = 300
NEED_LIMIT = 3_000
OPTION_LIMIT = 500
MAX_OPTIONS = 100
WEIGHTS = range(1, 6)

__all__ = ["Changed", "NotAllowed"]


def open_decision(member: Member, title: str, *, decide_by: datetime | None = None) -> Decision:
    title = check_text(title, TITLE_LIMIT, field="title")
    if decide_by is not None and timezone.is_naive(decide_by):
        # A time without a zone (an API client's local time) is the couple's time.
        decide_by = timezone.make_aware(decide_by)
    if decide_by is not None and decide_by <= timezone.now():
        raise ValidationError(
            {"decide_by": "That time has already passed. Choose a time still ahead, or none."}
        )
    if decide_by is not None:
        if decide_by > timezone.now() + timedelta(days=366 * 2):
            raise ValidationError({"decide_by": "Choose a time within the next two years."})
        # In UTC: PostgreSQL stores no offset beyond ±16 hours (Python allows ±24).
        decide_by = decide_by.astimezone(UTC)
    with transaction.atomic():
        Member.objects.select_for_update().filter(pk=member.pk).first()
        # A double submit of the same form opens one decision, not two.
        earlier = Decision.objects.filter(
            author=member, title=title, created_at__gte=timezone.now() - DUPLICATE_WINDOW
        ).first()
        if earlier:
            return earlier
        decision = Decision.objects.create(
            space=member.space, author=member, title=title, decide_by=decide_by
        )
        record(member, "decision.opened", decision)
        return decision


def write_need(
    member: Member, decision: Decision, *, need: str, weight: int, can_give: str = ""
) -> Need:
    """Write (or rewrite, while the decision is open) what I need from it."""
    need = check_text(need, NEED_LIMIT, field="need")
    can_give = check_text(can_give, NEED_LIMIT, field="can_give", required=False)
    if weight not in WEIGHTS:
        raise ValidationError({"weight": "Choose how much it matters, from 1 to 5."})
    with transaction.atomic():
        decision = _lock_open(member, decision)
        now = timezone.now()
        mine, _ = Need.objects.update_or_create(
            decision=decision,
            author=member,
            defaults={"need": need, "weight": weight, "can_give": can_give, "updated_at": now},
        )
        if decision.revealed_at is None and decision.needs.count() >= 2:
            _update(decision, revealed_at=now)
    return mine


def add_option(member: Member, decision: Decision, text: str) -> Option:
    text = check_text(text, OPTION_LIMIT, field="text")
    with transaction.atomic():
        decision = _lock_open(member, decision)
        if not decision.is_revealed:
            raise ValidationError(
                {"text": "Options come once you have both written what you need."}
            )
        # The same words twice (a double submit, both typing "meet in the middle") are one option.
        key = " ".join(text.casefold().split())
        for option in decision.options.all():
            if " ".join(option.text.casefold().split()) == key:
                return option
        if decision.options.count() >= MAX_OPTIONS:
            raise ValidationError({"text": f"A decision holds at most {MAX_OPTIONS} options."})
        option = Option.objects.create(decision=decision, author=member, text=text)
        _update(decision)
    return option


def mark_option(member: Member, option: Option, verdict: str, *, round: int | None = None) -> Mark:
    if verdict not in dict(Mark.VERDICTS):
        raise ValidationError(
            {"verdict": "Choose works for me, I can live with it, or doesn't work."}
        )
    with transaction.atomic():
        _lock_open(member, option.decision, round=round)
        mark, _ = Mark.objects.update_or_create(
            option=option,
            author=member,
            defaults={"verdict": verdict, "updated_at": timezone.now()},
        )
    return mark


def choose_option(member: Member, option: Option, *, round: int | None = None) -> Decision:
    """My choice; decided when the partner's choice is the same option."""
    with transaction.atomic():
        decision = _lock_open(member, option.decision, round=round)
        if not decision.is_revealed or option.decision_id != decision.pk:
            raise NotAllowed
        _set_choice(member, decision, option=option, postpone_to=None)
        theirs = decision.choices.exclude(author=member).first()
        if theirs is not None and theirs.option_id == option.pk:
            _update(
                decision,
                status=Decision.DECIDED,
                decided_option=option,
                settled_at=timezone.now(),
            )
            record(member, "decision.decided", decision)
    return _fresh(decision)


def propose_another_day(
    member: Member, decision: Decision, day: date, *, round: int | None = None
) -> Decision:
    """My agreement to leave it for `day`; postponed when the partner agreed to the same day."""
    # Today counts: "let's talk about it tonight, once we've slept on it a bit".
    if not isinstance(day, date) or day < timezone.localdate():
        raise ValidationError({"day": "That day has passed. Choose today or a day to come."})
    if (day - timezone.localdate()).days > 366 * 2:
        raise ValidationError({"day": "Choose a day within the next two years."})
    with transaction.atomic():
        decision = _lock_open(member, decision, round=round)
        _set_choice(member, decision, option=None, postpone_to=day)
        theirs = decision.choices.exclude(author=member).first()
        if theirs is not None and theirs.postpone_to == day:
            _update(
                decision,
                status=Decision.POSTPONED,
                postponed_to=day,
                settled_at=timezone.now(),
            )
            record(member, "decision.postponed", decision)
    return _fresh(decision)


def withdraw_choice(member: Member, decision: Decision, *, round: int | None = None) -> Decision:
    """Take back my own choice while nothing is decided."""
    with transaction.atomic():
        decision = _lock_open(member, decision, round=round)
        decision.choices.filter(author=member).delete()
        _update(decision)
    return _fresh(decision)


def reopen(member: Member, decision: Decision, *, round: int | None = None) -> Decision:
    """Either partner takes a postponed decision up again; both choose anew."""
    with transaction.atomic():
        decision = _lock(member, decision)
        if round is not None and round != decision.round:
            raise Changed(decision)
        if decision.status == Decision.OPEN:
            return decision
        if decision.status != Decision.POSTPONED:
            raise Changed(decision)
        Postponement.objects.create(
            decision=decision,
            round=decision.round,
            day=decision.postponed_to,
            agreed_at=decision.settled_at or timezone.now(),
            reopened_by=member,
        )
        decision.choices.all().delete()
        _update(
            decision,
            status=Decision.OPEN,
            round=decision.round + 1,
            postponed_to=None,
            settled_at=None,
        )
    return _fresh(decision)


# Reading ------------------------------------------------------------------------

SCORES = {Mark.WORKS: 2, Mark.LIVABLE: 1, Mark.NO: -3}


def ranked_options(options: list[Option], member: Member) -> list[Option]:
    """Options that work for both first, then those nobody refused, then the rest.

    Each option gets `my_mark` and `their_mark` (verdicts or None) for the page;
    marks must be prefetched (`Option.marks`), so this costs no query.
    """
    for option in options:
        verdicts = {mark.author_id: mark.verdict for mark in option.marks.all()}
        option.my_mark = verdicts.pop(member.pk, None)
        option.their_mark = next(iter(verdicts.values()), None)
        both = [option.my_mark, option.their_mark]
        option.works_for_both = both == [Mark.WORKS, Mark.WORKS]
        option.refused = Mark.NO in both
        option.score = sum(SCORES.get(v, 0) for v in both)
    return sorted(
        options,
        key=lambda o: (not o.works_for_both, o.refused, -o.score, o.created_at, o.pk),
    )


# Helpers ------------------------------------------------------------------------


def _lock(member: Member, decision: Decision) -> Decision:
    found = (
        Decision.objects.visible_to(member)
        .select_for_update(of=("self",))
        .filter(pk=decision.pk)
        .first()
    )
    if found is None:
        raise NotAllowed
    return found


def _lock_open(member: Member, decision: Decision, *, round: int | None = None) -> Decision:
    found = _lock(member, decision)
    if found.status != Decision.OPEN or (round is not None and round != found.round):
        raise Changed(found)
    return found


def _set_choice(member: Member, decision: Decision, **fields) -> None:
    Choice.objects.update_or_create(
        decision=decision, author=member, defaults={**fields, "created_at": timezone.now()}
    )
    _update(decision)


def _update(decision: Decision, **fields) -> None:
    fields["updated_at"] = timezone.now()
    Decision.objects.filter(pk=decision.pk).update(**fields)
    for name, value in fields.items():
        setattr(decision, name, value)


def _fresh(decision: Decision) -> Decision:
    return Decision.objects.select_related("decided_option").get(pk=decision.pk)
