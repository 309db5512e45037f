"""Daily check-ins by API: both partners' days; today's check-in and card of the day."""

from django.utils import timezone
from ninja import Router

from midway.api.routes.common import (
    member,
    paginate,
    responses,
    space_names,
    visible_letter_id,
)
from midway.api.schemas import CardIn, CheckInIn, CheckInOut, Id, PageQuery, items_of
from midway.checkins import services
from midway.checkins.models import CheckIn
from midway.spaces.access import visible, visible_set

router = Router(tags=["check-ins"])


def checkin_out(checkin: CheckIn, me, names: dict[int, str]) -> dict:
    return {
        "id": checkin.pk,
        "author": names[checkin.member_id],
        "day": checkin.day,
        "card": checkin.card,
        "card_reversed": checkin.card_reversed,
        "card_meaning": checkin.card_meaning,
        "medication_taken": checkin.medication_taken,
        "mood": checkin.mood,
        "energy": checkin.energy,
        "safety": checkin.safety,
        "capacity": checkin.capacity,
        "note": checkin.note,
        "source_letter": visible_letter_id(checkin, me),
        "created_at": checkin.created_at,
        "updated_at": checkin.updated_at,
    }


def _checkins(me):
    return visible_set(me, CheckIn.objects.select_related("source_letter"))


def _answer(request, checkin: CheckIn):
    me = member(request)
    return checkin_out(_checkins(me).get(pk=checkin.pk), me, space_names(request))


@router.get("/checkins", response=responses(items_of(CheckInOut)))
def list_checkins(request, page: PageQuery):
    """Your check-ins and your partner's, newest day first."""
    me, names = member(request), space_names(request)
    checkins = _checkins(me).order_by("-day", "id")
    return paginate(checkins, page, lambda checkin: checkin_out(checkin, me, names))


@router.get(
    "/checkins.csv",
    openapi_extra={
        "responses": {
            200: {"description": "One row per partner per day", "content": {"text/csv": {}}}
        }
    },
)
def checkins_csv(request):
    """Every check-in you can see, as a spreadsheet: the same file as the Insights tab's."""
    from django.http import HttpResponse

    from midway.insights.data import checkins_csv as as_csv

    return HttpResponse(as_csv(member(request)), content_type="text/csv; charset=utf-8")


@router.get("/checkins/{int:checkin_id}", response=responses(CheckInOut))
def get_checkin(request, checkin_id: Id):
    return _answer(request, visible(member(request), CheckIn, pk=checkin_id))


@router.put("/checkins/today", response=responses(CheckInOut))
def save_today(request, data: CheckInIn):
    """Say how you are today, as a whole: a field left out or null is "not said"."""
    checkin = services.save_checkin(
        member(request),
        day=timezone.localdate(),
        mood=data.mood,
        medication_taken=data.medication_taken,
        energy=data.energy,
        safety=data.safety,
        capacity=data.capacity,
        note=data.note,
    )
    return _answer(request, checkin)


@router.post("/checkins/today/card", response=responses(CheckInOut))
def card_of_today(request, data: CardIn):
    """Draw your card of the day (`draw: true`: the same card all day), or name your own.

    `card` is a card's name ("The Star", "judgement", "XVII"); "" clears it.
    """
    me, today = member(request), timezone.localdate()
    if data.draw:
        checkin = services.draw_card(me, day=today)
    else:
        checkin = services.record_checkin(
            me, day=today, card=data.card, card_reversed=data.reversed
        )
    return _answer(request, checkin)
