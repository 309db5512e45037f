"""Appreciations and "what makes me feel courted" by API."""

from datetime import date, datetime
from typing import Literal

from django.db.models import F
from ninja import Field, Router, Schema, Status

from midway.api.routes.common import member, paginate, responses, space_names, visible_letter_id
from midway.api.schemas import Id, Input, PageQuery, items_of
from midway.appreciations import services
from midway.appreciations.models import Appreciation, CourtedItem
from midway.spaces.access import visible, visible_set

router = Router(tags=["appreciations and courting"])


class AppreciationOut(Schema):
    id: int
    author: str
    text: str
    sent_at: datetime | None
    seen_at: datetime | None
    favourite_at: datetime | None
    source_letter: int | None
    created_at: datetime


class AppreciationIn(Input):
    text: str = Field(min_length=1, max_length=services.APPRECIATION_LIMIT)
    send: bool = False


class FavouriteIn(Input):
    keep: bool = True


class CourtedMarkOut(Schema):
    id: int
    author: str
    day: date
    word: str
    created_at: datetime


class CourtedItemOut(Schema):
    id: int
    author: str
    kind: str
    text: str
    source_entry: int | None
    marks: list[CourtedMarkOut]
    created_at: datetime


class CourtedItemIn(Input):
    text: str = Field(min_length=1, max_length=services.ITEM_LIMIT)
    kind: Literal["small", "big", "date", "receive", "taken"] = "small"


class DoneIn(Input):
    day: date
    word: str = Field("", max_length=services.WORD_LIMIT)


def appreciation_out(a: Appreciation, me, names) -> dict:
    return {
        "id": a.pk,
        "author": names[a.author_id],
        "text": a.text,
        "sent_at": a.sent_at,
        "seen_at": a.seen_at,
        "favourite_at": a.favourite_at,
        "source_letter": visible_letter_id(a, me),
        "created_at": a.created_at,
    }


def _appreciations(me):
    return (
        visible_set(me, Appreciation)
        .select_related("source_letter")
        .order_by(F("favourite_at").desc(nulls_last=True), "-created_at", "-id")
    )


def _appreciation_answer(request, a: Appreciation, status=200):
    me = member(request)
    found = _appreciations(me).get(pk=a.pk)
    return Status(status, appreciation_out(found, me, space_names(request)))


@router.get("/appreciations", response=responses(items_of(AppreciationOut)))
def list_appreciations(request, page: PageQuery):
    """Your drafts and everything sent between you, favourites first."""
    me, names = member(request), space_names(request)
    return paginate(_appreciations(me), page, lambda a: appreciation_out(a, me, names))


@router.post("/appreciations", response=responses(AppreciationOut, status=201))
def write_appreciation(request, data: AppreciationIn):
    a = services.write_appreciation(member(request), data.text, send=data.send)
    return _appreciation_answer(request, a, 201)


@router.post("/appreciations/{int:appreciation_id}/send", response=responses(AppreciationOut))
def send_appreciation(request, appreciation_id: Id):
    me = member(request)
    a = services.send_appreciation(me, visible(me, Appreciation, pk=appreciation_id))
    return _appreciation_answer(request, a)


@router.put("/appreciations/{int:appreciation_id}/favourite", response=responses(AppreciationOut))
def favourite(request, appreciation_id: Id, data: FavouriteIn):
    """Keep one sent to you as a favourite (or not); only the one it was sent to can."""
    me = member(request)
    a = services.keep_as_favourite(me, visible(me, Appreciation, pk=appreciation_id), data.keep)
    return _appreciation_answer(request, a)


def item_out(item: CourtedItem, names) -> dict:
    return {
        "id": item.pk,
        "author": names[item.author_id],
        "kind": item.kind,
        "text": item.text,
        "source_entry": item.source_entry_id,
        "marks": [
            {
                "id": m.pk,
                "author": names[m.author_id],
                "day": m.day,
                "word": m.word,
                "created_at": m.created_at,
            }
            for m in item.marks.all()
        ],
        "created_at": item.created_at,
    }


def _items(me):
    return visible_set(me, CourtedItem).prefetch_related("marks")


@router.get("/courting", response=responses(items_of(CourtedItemOut)))
def list_items(request, page: PageQuery):
    """Both partners' lists of what makes them feel courted, with the "I did this" history."""
    me, names = member(request), space_names(request)
    return paginate(_items(me), page, lambda item: item_out(item, names))


@router.post("/courting", response=responses(CourtedItemOut, status=201))
def add_item(request, data: CourtedItemIn):
    item = services.add_courted_item(member(request), data.text, data.kind)
    return Status(201, item_out(_items(member(request)).get(pk=item.pk), space_names(request)))


@router.post("/courting/{int:item_id}/done", response=responses(CourtedItemOut, status=201))
def mark_done(request, item_id: Id, data: DoneIn):
    """Your "I did this" on your partner's item (never on your own)."""
    me = member(request)
    item = visible(me, CourtedItem, pk=item_id)
    services.mark_done(me, item, day=data.day, word=data.word)
    return Status(201, item_out(_items(me).get(pk=item.pk), space_names(request)))
