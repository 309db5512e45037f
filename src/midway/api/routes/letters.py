"""Letters by API: list, read, write drafts, save with a revision, share; replies, reactions.

The rules are the pages' rules: only the author writes, shares or deletes (anyone
else gets 404); replies and reactions go to shared letters only; a save from an
older revision is a 409 carrying the letter as it now is.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from ninja import Router, Status
from ninja.decorators import decorate_view

from midway.api.api import bearer_given
from midway.api.routes.common import member, paginate, responses, username
from midway.api.schemas import (
    Id,
    ImportIn,
    ImportOut,
    LetterConflict,
    LetterDetail,
    LetterIn,
    LetterOut,
    LetterUpdate,
    LetterVersionOut,
    PageQuery,
    ReactionIn,
    ReactionKind,
    ReactionOut,
    ReplyIn,
    ReplyOut,
    items_of,
)
from midway.letters import services
from midway.letters.forms import check_size
from midway.letters.importing import import_letter
from midway.letters.models import Letter, Reaction, Reply
from midway.spaces.access import authored, visible, visible_set
from midway.spaces.pagecache import cached_page

router = Router(tags=["letters"])


def letter_out(letter: Letter) -> dict:
    return {
        "id": letter.pk,
        "author": username(letter.author),
        "title": letter.title,
        "body": letter.body,
        "status": letter.status,
        "revision": letter.revision,
        "created_at": letter.created_at,
        "updated_at": letter.updated_at,
        "shared_at": letter.shared_at,
        "edited_at": letter.edited_at,
        "read_at": letter.read_at,
    }


def reply_out(reply: Reply) -> dict:
    return {
        "id": reply.pk,
        "letter": reply.letter_id,
        "author": username(reply.author),
        "body": reply.body,
        "created_at": reply.created_at,
    }


def reaction_out(reaction: Reaction) -> dict:
    return {
        "id": reaction.pk,
        "letter": reaction.letter_id,
        "author": username(reaction.member),
        "kind": reaction.kind,
        "created_at": reaction.created_at,
    }


def _letters(me):
    return visible_set(me, Letter.objects.select_related("author__user"))


def _fresh(letter_id: int) -> Letter:
    return Letter.objects.select_related("author__user").get(pk=letter_id)


def _letter_body(text: str, what: str) -> str:
    try:
        return check_size(text, settings.LETTER_MAX_BYTES, what)
    except ValidationError as error:
        raise ValidationError({"body": error.messages}) from None


def visible_replies(me):
    return Reply.objects.filter(letter__in=visible_set(me, Letter)).select_related("author__user")


def visible_reactions(me):
    return Reaction.objects.filter(letter__in=visible_set(me, Letter)).select_related(
        "member__user"
    )


@router.get("/letters", response=responses(items_of(LetterOut)))
@decorate_view(cached_page(who=bearer_given))
def list_letters(request, page: PageQuery):
    """Shared letters of the space and your own drafts, newest first."""
    # A list reads a hundred letters by default: of their authors only the username.
    letters = _letters(member(request)).only(*LIST_FIELDS)
    return paginate(letters, page, letter_out)


LIST_FIELDS = [
    *(
        field.name
        for field in Letter._meta.concrete_fields
        if field.name not in ("space", "client_key")
    ),
    "author__user__username",
]


@router.post("/letters", response=responses(LetterOut, status=201))
def create_letter(request, data: LetterIn):
    """Start a draft. Sending the same `client_key` again returns the same draft."""
    me = member(request)
    body = _letter_body(data.body, "This letter")
    title = data.title.strip()
    letter = services.start_letter(me, title=title, body=body, client_key=data.client_key)
    if (letter.title, letter.body) != (title, body):
        letter = services.save_letter(letter, title=title, body=body, base_revision=letter.revision)
    return Status(201, letter_out(_fresh(letter.pk)))


@router.post("/letters/import", response=responses(ImportOut, status=201))
def import_letter_route(request, data: ImportIn):
    """Import a letter written elsewhere with every item the reader finds in it."""
    me = member(request)
    text = _letter_body(data.text, "This letter")
    if not text.strip():
        raise ValidationError({"text": ["Paste a letter to import."]})
    result = import_letter(
        me, text, title=data.title.strip(), share=data.share, client_key=data.client_key
    )
    return Status(201, {"letter": letter_out(_fresh(result.letter.pk)), "created": result.created})


@router.get("/letters/{int:letter_id}", response=responses(LetterDetail))
def get_letter(request, letter_id: Id):
    """One letter with its replies and reactions. Reading it here does not mark it read."""
    letter = visible(member(request), Letter.objects.select_related("author__user"), pk=letter_id)
    replies = letter.replies.select_related("author__user")
    reactions = letter.reactions.select_related("member__user")
    return {
        **letter_out(letter),
        "replies": [reply_out(reply) for reply in replies],
        "reactions": [reaction_out(reaction) for reaction in reactions],
    }


@router.put("/letters/{int:letter_id}", response=responses(LetterOut, extra={409: LetterConflict}))
def update_letter(request, letter_id: Id, data: LetterUpdate):
    """Save your letter's words, starting from `revision`; 409 if it changed meanwhile."""
    letter = authored(member(request), Letter, pk=letter_id)
    body = _letter_body(data.body, "This letter")
    try:
        letter = services.save_letter(
            letter, title=data.title.strip(), body=body, base_revision=data.revision
        )
    except services.Conflict as conflict:
        return Status(
            409,
            {
                "detail": "The letter changed since that revision; here it is as it now is.",
                "letter": letter_out(_fresh(conflict.letter.pk)),
            },
        )
    return letter_out(_fresh(letter.pk))


@router.delete("/letters/{int:letter_id}", response=responses(None, status=204))
def delete_letter(request, letter_id: Id):
    """Delete one of your drafts. Shared letters are kept, so theirs is a 404 too."""
    letter = authored(member(request), Letter, pk=letter_id, status=Letter.DRAFT)
    services.delete_draft(letter)
    return Status(204, None)


@router.post("/letters/{int:letter_id}/share", response=responses(LetterOut))
def share_letter(request, letter_id: Id):
    """Share your draft with your partner (sharing a shared letter changes nothing)."""
    letter = authored(member(request), Letter, pk=letter_id)
    services.share_letter(letter)
    return letter_out(_fresh(letter.pk))


@router.post("/letters/{int:letter_id}/read", response=responses(LetterOut))
def mark_letter_read(request, letter_id: Id):
    """Say that you have read your partner's letter: its author sees when."""
    me = member(request)
    letter = visible(me, Letter, pk=letter_id)
    services.mark_read(letter, me)
    return letter_out(_fresh(letter.pk))


@router.get("/letters/{int:letter_id}/versions", response=responses(items_of(LetterVersionOut)))
def list_versions(request, letter_id: Id, page: PageQuery):
    """The earlier words of a shared letter that was edited, newest first."""
    me = member(request)
    letter = visible(me, Letter.objects.shared(), pk=letter_id)
    return paginate(
        letter.versions.all(),
        page,
        lambda version: {
            "id": version.pk,
            "letter": version.letter_id,
            "title": version.title,
            "body": version.body,
            "saved_at": version.saved_at,
        },
    )


@router.get("/letters/{int:letter_id}/replies", response=responses(items_of(ReplyOut)))
def list_letter_replies(request, letter_id: Id, page: PageQuery):
    me = member(request)
    letter = visible(me, Letter, pk=letter_id)
    return paginate(letter.replies.select_related("author__user"), page, reply_out)


@router.post("/letters/{int:letter_id}/replies", response=responses(ReplyOut, status=201))
def reply_to_letter(request, letter_id: Id, data: ReplyIn):
    """Reply to a shared letter (yours or your partner's)."""
    me = member(request)
    letter = visible(me, Letter.objects.shared(), pk=letter_id)
    body = _letter_body(data.body, "This reply").strip()
    if not body:
        raise ValidationError({"body": ["Write something first."]})
    reply = services.add_reply(letter, me, body)
    return Status(201, reply_out(Reply.objects.select_related("author__user").get(pk=reply.pk)))


@router.get("/replies", response=responses(items_of(ReplyOut)))
def list_replies(request, page: PageQuery):
    """Every reply on letters you can see, newest first."""
    return paginate(
        visible_replies(member(request)).order_by("-created_at", "-id"), page, reply_out
    )


@router.get("/replies/{int:reply_id}", response=responses(ReplyOut))
def get_reply(request, reply_id: Id):
    return reply_out(get_object_or_404(visible_replies(member(request)), pk=reply_id))


@router.post("/letters/{int:letter_id}/reactions", response=responses(ReactionOut, status=201))
def react_to_letter(request, letter_id: Id, data: ReactionIn):
    """Add a reaction to a shared letter; adding the same one again changes nothing."""
    me = member(request)
    letter = visible(me, Letter.objects.shared(), pk=letter_id)
    reaction = services.add_reaction(letter, me, data.kind)
    return Status(
        201, reaction_out(Reaction.objects.select_related("member__user").get(pk=reaction.pk))
    )


@router.delete("/letters/{int:letter_id}/reactions/{kind}", response=responses(None, status=204))
def take_back_reaction(request, letter_id: Id, kind: ReactionKind):
    """Take back your reaction of this kind (taking back one you never gave is fine too)."""
    me = member(request)
    letter = visible(me, Letter.objects.shared(), pk=letter_id)
    services.take_back_reaction(letter, me, kind)
    return Status(204, None)


@router.get("/reactions", response=responses(items_of(ReactionOut)))
def list_reactions(request, page: PageQuery):
    """Every reaction on letters you can see, newest first."""
    return paginate(
        visible_reactions(member(request)).order_by("-created_at", "-id"), page, reaction_out
    )


@router.get("/reactions/{int:reaction_id}", response=responses(ReactionOut))
def get_reaction(request, reaction_id: Id):
    return reaction_out(get_object_or_404(visible_reactions(member(request)), pk=reaction_id))
