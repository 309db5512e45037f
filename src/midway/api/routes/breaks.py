"""Breaks by API: take one, the running ones, "I'm back", "I need more time", history."""

from ninja import Router, Status

from midway.api.routes.common import member, paginate, responses, space_names
from midway.api.routes.repair_schemas import BreakIn, BreakOut, CurrentBreaks, MoreTimeIn
from midway.api.schemas import Id, PageQuery, items_of
from midway.repair import breaks
from midway.repair.models import Break
from midway.spaces.access import visible, visible_set

router = Router(tags=["breaks"])


def break_out(brk: Break, names: dict[int, str]) -> dict:
    return {
        "id": brk.pk,
        "author": names[brk.author_id],
        "note": brk.note,
        "started_at": brk.started_at,
        "first_return_at": brk.first_return_at,
        "return_at": brk.return_at,
        "extensions": brk.extensions,
        "back_at": brk.back_at,
        "is_running": brk.is_running,
        "is_due": brk.is_due,
        "updated_at": brk.updated_at,
    }


def _when(data, least):
    return breaks.return_time(minutes=data.minutes, least=least)


@router.get("/breaks", response=responses(items_of(BreakOut)))
def list_breaks(request, page: PageQuery):
    """Every break of the space, newest first (they are kept as history)."""
    names = space_names(request)
    found = visible_set(member(request), Break).order_by("-started_at", "-id")
    return paginate(found, page, lambda brk: break_out(brk, names))


@router.get("/breaks/current", response=responses(CurrentBreaks))
def current_breaks(request):
    """The running breaks: yours and your partner's (at most one each)."""
    names = space_names(request)
    return {"items": [break_out(b, names) for b in breaks.running_breaks(member(request))]}


@router.post("/breaks", response=responses(BreakOut, status=201))
def take_break(request, data: BreakIn):
    """ "I need a break": 409 with the running one while you are on a break already."""
    me = member(request)
    try:
        taken = breaks.take_break(me, return_at=_when(data, breaks.MIN_MINUTES), note=data.note)
    except breaks.BreakRunning as error:
        return Status(409, {"detail": f"You are on a break already (break {error.running.pk})."})
    return Status(201, break_out(taken, space_names(request)))


@router.get("/breaks/{int:break_id}", response=responses(BreakOut))
def get_break(request, break_id: Id):
    return break_out(visible(member(request), Break, pk=break_id), space_names(request))


@router.post("/breaks/{int:break_id}/back", response=responses(BreakOut))
def come_back(request, break_id: Id):
    """ "I'm back, ready to talk." Saying it again changes nothing."""
    me = member(request)
    brk = breaks.come_back(me, visible(me, Break, pk=break_id))
    return break_out(brk, space_names(request))


@router.post("/breaks/{int:break_id}/more-time", response=responses(BreakOut))
def more_time(request, break_id: Id, data: MoreTimeIn):
    """ "I need more time": a new return time; 409 once the break is over."""
    me = member(request)
    brk = visible(me, Break, pk=break_id)
    when = _when(data, breaks.MORE_MIN_MINUTES)
    try:
        brk = breaks.more_time(me, brk, return_at=when)
    except breaks.BreakOver:
        return Status(409, {"detail": "This break is over already."})
    return break_out(brk, space_names(request))
