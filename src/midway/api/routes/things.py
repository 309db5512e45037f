"""Things to try by API: propose; the partner agrees or declines; try; keep, adjust or drop."""

from ninja import Router, Status

from midway.api.routes.common import (
    member,
    paginate,
    responses,
    space_names,
    visible_letter_id,
)
from midway.api.schemas import Id, NoteIn, PageQuery, ReviewIn, ThingIn, ThingOut, items_of
from midway.spaces.access import visible, visible_set
from midway.together import services
from midway.together.models import ThingToTry

router = Router(tags=["things to try"])


def thing_out(thing: ThingToTry, me, names: dict[int, str]) -> dict:
    return {
        "id": thing.pk,
        "author": names[thing.author_id],
        "text": thing.text,
        "why": thing.why,
        "status": thing.status,
        "decline_note": thing.decline_note,
        "review_note": thing.review_note,
        "agreed_at": thing.agreed_at,
        "declined_at": thing.declined_at,
        "started_at": thing.started_at,
        "reviewed_at": thing.reviewed_at,
        "reviewed_by": names.get(thing.reviewed_by_id),
        "source_letter": visible_letter_id(thing, me),
        "created_at": thing.created_at,
        "updated_at": thing.updated_at,
    }


def _things(me):
    return visible_set(me, ThingToTry.objects.select_related("source_letter"))


def _answer(request, thing: ThingToTry, status: int = 200):
    me = member(request)
    return Status(status, thing_out(_things(me).get(pk=thing.pk), me, space_names(request)))


@router.get("/things-to-try", response=responses(items_of(ThingOut)))
def list_things(request, page: PageQuery):
    """Things to try of the space, newest first, in every state."""
    me, names = member(request), space_names(request)
    return paginate(_things(me), page, lambda thing: thing_out(thing, me, names))


@router.post("/things-to-try", response=responses(ThingOut, status=201))
def propose_thing(request, data: ThingIn):
    """Propose something to try; it is agreed only when your partner says yes."""
    thing = services.propose_thing(member(request), data.text, why=data.why)
    return _answer(request, thing, 201)


@router.get("/things-to-try/{int:thing_id}", response=responses(ThingOut))
def get_thing(request, thing_id: Id):
    return _answer(request, visible(member(request), ThingToTry, pk=thing_id))


@router.post("/things-to-try/{int:thing_id}/agree", response=responses(ThingOut))
def agree_to_thing(request, thing_id: Id):
    """Your yes to your partner's proposal (yours is implied; nobody agrees for the other)."""
    me = member(request)
    return _answer(request, services.agree_to_thing(me, visible(me, ThingToTry, pk=thing_id)))


@router.post("/things-to-try/{int:thing_id}/decline", response=responses(ThingOut))
def decline_thing(request, thing_id: Id, data: NoteIn):
    me = member(request)
    thing = visible(me, ThingToTry, pk=thing_id)
    return _answer(request, services.decline_thing(me, thing, data.note))


@router.post("/things-to-try/{int:thing_id}/start", response=responses(ThingOut))
def start_trying(request, thing_id: Id):
    """Start trying an agreed (or adjusted) thing."""
    me = member(request)
    return _answer(request, services.start_trying(me, visible(me, ThingToTry, pk=thing_id)))


@router.post("/things-to-try/{int:thing_id}/review", response=responses(ThingOut))
def review_thing(request, thing_id: Id, data: ReviewIn):
    """After trying: keep it, adjust it, or drop it."""
    me = member(request)
    thing = visible(me, ThingToTry, pk=thing_id)
    return _answer(request, services.review_thing(me, thing, data.outcome, data.note))
