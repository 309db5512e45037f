"""Guided repair after a fight: the one place that opens, writes, reveals and closes one.

Each partner writes their account privately; it is shown to the other only when
both have finished (`revealed_at`), and a finished account no longer changes, so
what is revealed is what was finished. Then each accepts the other's account or
says what they still need; the repair is closed when both have accepted.

Two partners opening a repair at the same moment: the space's row is locked while
opening, and an open repair about the same letter (or with the same title) is
returned instead of a second one, with `created=False` so the page can say so.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from midway.coach.lexicon import FEELINGS
from midway.happenings.services import record
from midway.letters.models import Letter
from midway.repair.models import ACCOUNT_LIMIT, TITLE_LIMIT, Repair, RepairAccount
from midway.spaces.models import Member, Space
from midway.together import services as together
from midway.together.services import NotAllowed
from midway.together.validation import THING_LIMIT, check_text, clean_words

# Per step, how much may be written (the asks become things to try, so they fit one).
LIMITS = {
    "own_feelings": 500,
    "saw": ACCOUNT_LIMIT,
    "past": ACCOUNT_LIMIT,
    "my_part": ACCOUNT_LIMIT,
    "will_do": THING_LIMIT,
    "ask_next_time": THING_LIMIT,
}
STILL_NEED_LIMIT = ACCOUNT_LIMIT


class Finished(Exception):
    """The account (or the repair) has moved on; nothing was changed."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def open_repair(member: Member, title: str, *, letter: Letter | None = None):
    """(repair, created): a new repair, or the open one about the same incident."""
    title = check_text(title, TITLE_LIMIT, field="title")
    partner = member.partner
    if partner is None:
        raise ValidationError({"title": "A repair needs both of you: invite your partner first."})
    if letter is not None and (
        letter.space_id != member.space_id or letter.status != Letter.SHARED
    ):
        raise ValidationError({"letter": "Link a letter you have both read, or none."})
    with transaction.atomic():
        Space.objects.select_for_update().filter(pk=member.space_id).first()
        same = Q(title__iexact=title)
        if letter is not None:
            same |= Q(letter=letter)
        existing = Repair.objects.visible_to(member).open().filter(same).first()
        if existing is not None:
            return existing, False
        now = timezone.now()
        repair = Repair.objects.create(
            space=member.space, author=member, title=title, letter=letter, created_at=now
        )
        RepairAccount.objects.bulk_create(
            [RepairAccount(repair=repair, author=who, created_at=now) for who in (member, partner)]
        )
        record(member, "repair.opened", repair)
    return repair, True


def _lock_mine(member: Member, repair: Repair) -> RepairAccount:
    if repair.space_id != member.space_id:
        raise NotAllowed
    account = RepairAccount.objects.select_for_update().filter(repair=repair, author=member).first()
    if account is None:  # a member who joined after the repair was opened
        raise NotAllowed
    return account


def clean_account(fields: dict) -> dict:
    """The steps given, checked: feelings from our list or short own words, texts in bounds."""
    cleaned = {}
    unknown = set(fields) - set(RepairAccount.STEPS)
    if unknown:
        raise TypeError(f"not steps of an account: {sorted(unknown)}")
    for name, value in fields.items():
        if name == "feelings":
            cleaned[name] = clean_words(value, FEELINGS, field="feelings")
        else:
            cleaned[name] = check_text(value, LIMITS[name], field=name, required=False)
    return cleaned


def save_account(member: Member, repair: Repair, **fields) -> RepairAccount:
    """Save some steps of my account (as I go); Finished once I have finished it."""
    cleaned = clean_account(fields)
    with transaction.atomic():
        account = _lock_mine(member, repair)
        if account.is_finished:
            raise Finished("You have finished your account, so it stays as it was revealed.")
        changed = [name for name, value in cleaned.items() if getattr(account, name) != value]
        if changed:
            for name in changed:
                setattr(account, name, cleaned[name])
            account.updated_at = timezone.now()
            account.save(update_fields=[*changed, "updated_at"])
    return account


def finish_account(member: Member, repair: Repair) -> RepairAccount:
    """I have finished; when both have, both accounts are revealed. Twice is once."""
    with transaction.atomic():
        Space.objects.select_for_update().filter(pk=member.space_id).first()
        account = _lock_mine(member, repair)
        if account.is_empty:
            raise ValidationError({"saw": "Write at least one step before you finish."})
        now = timezone.now()
        if not account.is_finished:
            account.finished_at = now
            account.updated_at = now
            account.save(update_fields=["finished_at", "updated_at"])
            # That they finished, never what they wrote: the repair is the target.
            record(member, "repair.finished", repair)
        unfinished = RepairAccount.objects.filter(repair=repair, finished_at__isnull=True)
        if not unfinished.exists():
            Repair.objects.filter(pk=repair.pk, revealed_at__isnull=True).update(
                revealed_at=now, updated_at=now
            )
    return account


def respond(member: Member, repair: Repair, *, accept: bool, still_need: str = "") -> Repair:
    """Accept my partner's account and apology, or say what I still need."""
    still_need = check_text(still_need, STILL_NEED_LIMIT, field="still_need", required=not accept)
    with transaction.atomic():
        Space.objects.select_for_update().filter(pk=member.space_id).first()
        fresh = Repair.objects.visible_to(member).filter(pk=repair.pk).first()
        if fresh is None:
            raise NotAllowed
        if not fresh.is_revealed:
            raise Finished("You can answer once both accounts are finished.")
        if fresh.closed_at is not None:
            raise Finished("This repair is closed: you have both accepted.")
        account = _lock_mine(member, fresh)
        now = timezone.now()
        account.accepted_at = now if accept else None
        account.still_need = still_need
        account.updated_at = now
        account.save(update_fields=["accepted_at", "still_need", "updated_at"])
        if accept:
            record(member, "repair.accepted", fresh)
        waiting = RepairAccount.objects.filter(repair=fresh, accepted_at__isnull=True)
        if not waiting.exists():
            Repair.objects.filter(pk=fresh.pk).update(closed_at=now, updated_at=now)
    return Repair.objects.get(pk=repair.pk)


def try_next_time(member: Member, repair: Repair, account: RepairAccount):
    """An account's "next time I ask" becomes a thing to try, proposed by `member`, once."""
    if not RepairAccount.objects.visible_to(member).filter(pk=account.pk, repair=repair).exists():
        raise NotAllowed
    if not Repair.objects.filter(pk=repair.pk, revealed_at__isnull=False).exists():
        # Before the reveal, a thing to try would show my partner words of my account.
        raise ValidationError({"ask_next_time": "This waits until you have both finished."})
    with transaction.atomic():
        locked = RepairAccount.objects.select_for_update().get(pk=account.pk)
        if locked.thing_id is not None:
            return locked.thing, False
        if not locked.ask_next_time.strip():
            raise ValidationError({"ask_next_time": "There is nothing asked here to try."})
        thing = together.propose_thing(
            member, locked.ask_next_time, why=f"From our repair: {repair.title}"[:2000]
        )
        locked.thing = thing
        locked.save(update_fields=["thing"])
    return thing, True


def waiting_for(member: Member):
    """Open repairs where something waits for `member`: an account, or an answer."""
    mine = RepairAccount.objects.filter(author=member, repair__closed_at__isnull=True)
    return (
        Repair.objects.visible_to(member)
        .open()
        .filter(
            Q(pk__in=mine.filter(finished_at__isnull=True).values("repair"))
            | Q(
                revealed_at__isnull=False,
                pk__in=mine.filter(accepted_at__isnull=True, still_need="").values("repair"),
            )
        )
    )
