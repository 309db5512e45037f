"""What every route module shares: the member behind the token, pages of a list, 404s."""

from django.http import Http404

from midway.spaces.models import Member

ERRORS = {400: "Error", 401: "Error", 404: "Error", 409: "Error", 413: "Error", 422: "Error"}


def member(request) -> Member:
    """The member whose token signed the request (TokenAuth puts it on `request.auth`)."""
    return request.auth


def responses(ok, *, status: int = 200, extra: dict | None = None) -> dict:
    """The documented responses of a route: its success and the errors every route can give."""
    from midway.api.schemas import Error

    documented = {code: Error for code in ERRORS}
    documented.update(extra or {})
    documented[status] = ok
    return documented


def paginate(queryset, page, out) -> dict:
    """One page of a list; ordering comes from the queryset and always ends with the id."""
    total = queryset.count()
    rows = list(queryset[page.offset : page.offset + page.limit])
    end = page.offset + len(rows)
    return {
        "items": [out(row) for row in rows],
        "total": total,
        "next_offset": end if end < total and rows else None,
    }


def space_names(request) -> dict[int, str]:
    """Usernames of the members of the requesting member's space, by member id (two rows)."""
    me = member(request)
    return dict(Member.objects.filter(space=me.space_id).values_list("pk", "user__username"))


def username(member_or_none) -> str | None:
    return member_or_none.user.username if member_or_none is not None else None


def not_found():
    raise Http404


def visible_letter_id(item, me) -> int | None:
    """The id of the letter an item came from, if that letter is one `me` may see.

    Check-ins are shared with the partner even when their card came from a draft;
    the draft's id would still say that the draft exists, so it is left out.
    """
    letter = item.source_letter
    if letter is None:
        return None
    if letter.status == letter.SHARED or letter.author_id == me.pk:
        return letter.pk
    return None
