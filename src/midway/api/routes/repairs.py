"""Repairs by API: open one, write my account, finish, answer. My partner's account is
absent until both have finished, exactly as on the pages."""

from django.db.models import Prefetch
from ninja import Router, Status

from midway.api.routes.common import member, paginate, responses, space_names
from midway.api.routes.repair_schemas import AccountIn, RepairAnswerIn, RepairIn, RepairOut
from midway.api.schemas import Id, PageQuery, items_of
from midway.letters.models import Letter
from midway.repair import repairs
from midway.repair.models import Repair, RepairAccount
from midway.spaces.access import visible, visible_set

router = Router(tags=["repairs"])

ACCOUNT_FIELDS = [
    "feelings",
    "own_feelings",
    "saw",
    "past",
    "my_part",
    "will_do",
    "ask_next_time",
    "finished_at",
    "accepted_at",
    "still_need",
    "created_at",
    "updated_at",
]


def account_out(account: RepairAccount, names) -> dict:
    out = {"id": account.pk, "author": names[account.author_id], "thing": account.thing_id}
    out.update({name: getattr(account, name) for name in ACCOUNT_FIELDS})
    return out


def _with_accounts(queryset, me):
    """Repairs with every account (for `finished`) and the ones `me` may read, prefetched."""
    return queryset.select_related("letter").prefetch_related(
        Prefetch("accounts", queryset=RepairAccount.objects.all(), to_attr="every_account"),
        Prefetch(
            "accounts", queryset=RepairAccount.objects.visible_to(me), to_attr="shown_accounts"
        ),
    )


def repair_out(repair: Repair, me, names) -> dict:
    accounts = repair.every_account
    shown = {a.pk for a in repair.shown_accounts}
    letter = repair.letter
    return {
        "id": repair.pk,
        "author": names[repair.author_id],
        "title": repair.title,
        "letter": letter.pk if letter and letter.status == Letter.SHARED else None,
        "created_at": repair.created_at,
        "updated_at": repair.updated_at,
        "revealed_at": repair.revealed_at,
        "closed_at": repair.closed_at,
        "finished": sorted(names[a.author_id] for a in accounts if a.finished_at),
        "accounts": [account_out(a, names) for a in accounts if a.pk in shown],
    }


def _answer(request, repair_id: int, status: int = 200):
    me = member(request)
    repair = visible(me, _with_accounts(Repair.objects.all(), me), pk=repair_id)
    return Status(status, repair_out(repair, me, space_names(request)))


@router.get("/repairs", response=responses(items_of(RepairOut)))
def list_repairs(request, page: PageQuery):
    me, names = member(request), space_names(request)
    found = _with_accounts(visible_set(me, Repair), me).order_by("-created_at", "-id")
    return paginate(found, page, lambda repair: repair_out(repair, me, names))


@router.post("/repairs", response=responses(RepairOut, status=201, extra={200: RepairOut}))
def open_repair(request, data: RepairIn):
    """Open a repair (201), or get the open one about the same letter or title (200)."""
    me = member(request)
    letter = None
    if data.letter is not None:
        letter = visible(me, Letter, pk=data.letter)
    repair, created = repairs.open_repair(me, data.title, letter=letter)
    return _answer(request, repair.pk, 201 if created else 200)


@router.get("/repairs/{int:repair_id}", response=responses(RepairOut))
def get_repair(request, repair_id: Id):
    return _answer(request, repair_id)


@router.put("/repairs/{int:repair_id}/my-account", response=responses(RepairOut))
def save_my_account(request, repair_id: Id, data: AccountIn):
    """Save steps of your account as you go; 409 once you have finished it."""
    me = member(request)
    repair = visible(me, Repair, pk=repair_id)
    steps = {k: v for k, v in data.model_dump().items() if v is not None}
    try:
        repairs.save_account(me, repair, **steps)
    except repairs.Finished as done:
        return Status(409, {"detail": done.message})
    return _answer(request, repair_id)


@router.post("/repairs/{int:repair_id}/finish", response=responses(RepairOut))
def finish(request, repair_id: Id):
    """You have finished your account; both are shown once both have."""
    me = member(request)
    repairs.finish_account(me, visible(me, Repair, pk=repair_id))
    return _answer(request, repair_id)


@router.post("/repairs/{int:repair_id}/answer", response=responses(RepairOut))
def answer(request, repair_id: Id, data: RepairAnswerIn):
    """Accept your partner's account, or say what you still need; 409 before the reveal."""
    me = member(request)
    try:
        repairs.respond(
            me, visible(me, Repair, pk=repair_id), accept=data.accept, still_need=data.still_need
        )
    except repairs.Finished as done:
        return Status(409, {"detail": done.message})
    return _answer(request, repair_id)
