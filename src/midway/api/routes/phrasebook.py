"""The phrasebook by API: what was said, what it means; "I hear you"; follow-up comments."""

from django.shortcuts import get_object_or_404
from ninja import Router, Status

from midway.api.routes.common import (
    member,
    paginate,
    responses,
    space_names,
    visible_letter_id,
)
from midway.api.schemas import CommentIn, CommentOut, EntryIn, EntryOut, Id, PageQuery, items_of
from midway.spaces.access import visible, visible_set
from midway.together import services
from midway.together.models import PhrasebookComment, PhrasebookEntry

router = Router(tags=["phrasebook"])


def comment_out(comment: PhrasebookComment, names: dict[int, str]) -> dict:
    return {
        "id": comment.pk,
        "entry": comment.entry_id,
        "author": names[comment.author_id],
        "text": comment.text,
        "created_at": comment.created_at,
    }


def entry_out(entry: PhrasebookEntry, me, names: dict[int, str]) -> dict:
    return {
        "id": entry.pk,
        "author": names[entry.author_id],
        "said": entry.said,
        "not_meaning": entry.not_meaning,
        "meaning": entry.meaning,
        "feelings": list(entry.feelings),
        "needs": list(entry.needs),
        "request": entry.request,
        "heard_at": entry.heard_at,
        "source_letter": visible_letter_id(entry, me),
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
        "comments": [comment_out(comment, names) for comment in entry.comments.all()],
    }


def _entries(me):
    return visible_set(
        me, PhrasebookEntry.objects.select_related("source_letter").prefetch_related("comments")
    )


def _comments(me):
    return PhrasebookComment.objects.filter(entry__in=visible_set(me, PhrasebookEntry))


def _entry(request, entry_id: int, status: int = 200):
    me = member(request)
    entry = visible(me, _entries(me), pk=entry_id)
    return Status(status, entry_out(entry, me, space_names(request)))


@router.get("/phrasebook", response=responses(items_of(EntryOut)))
def list_entries(request, page: PageQuery):
    """Phrasebook entries of the space, newest first, each with its comments."""
    me, names = member(request), space_names(request)
    return paginate(_entries(me), page, lambda entry: entry_out(entry, me, names))


@router.post("/phrasebook", response=responses(EntryOut, status=201))
def add_entry(request, data: EntryIn):
    """Explain something you said: what it does not mean, what it means, feelings, needs."""
    entry = services.add_phrasebook_entry(
        member(request),
        said=data.said,
        not_meaning=data.not_meaning,
        meaning=data.meaning,
        feelings=data.feelings,
        needs=data.needs,
        request=data.request,
    )
    return _entry(request, entry.pk, 201)


@router.get("/phrasebook/{int:entry_id}", response=responses(EntryOut))
def get_entry(request, entry_id: Id):
    return _entry(request, entry_id)


@router.post("/phrasebook/{int:entry_id}/heard", response=responses(EntryOut))
def hear_entry(request, entry_id: Id):
    """Your partner's entry: "I hear you". Saying it twice changes nothing."""
    me = member(request)
    services.mark_heard(me, visible(me, PhrasebookEntry, pk=entry_id))
    return _entry(request, entry_id)


@router.post("/phrasebook/{int:entry_id}/comments", response=responses(CommentOut, status=201))
def comment_on_entry(request, entry_id: Id, data: CommentIn):
    """Ask about an entry, or answer a question about it."""
    me = member(request)
    entry = visible(me, PhrasebookEntry, pk=entry_id)
    comment = services.comment_on_entry(me, entry, data.text)
    return Status(201, comment_out(comment, space_names(request)))


@router.get("/phrasebook-comments", response=responses(items_of(CommentOut)))
def list_comments(request, page: PageQuery):
    """Every comment on entries you can see, newest first."""
    names = space_names(request)
    comments = _comments(member(request)).order_by("-created_at", "-id")
    return paginate(comments, page, lambda comment: comment_out(comment, names))


@router.get("/phrasebook-comments/{int:comment_id}", response=responses(CommentOut))
def get_comment(request, comment_id: Id):
    comment = get_object_or_404(_comments(member(request)), pk=comment_id)
    return comment_out(comment, space_names(request))
