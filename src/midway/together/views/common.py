"""What every Together view shares: the way in to one object, and htmx-or-redirect replies."""

from functools import wraps

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render

from midway.spaces.access import member_required, visible
from midway.together import services

# Cards a list page shows: several screens on a phone, and what one request can render
# in a few milliseconds (each card is a template of its own; 30 cost twice as much).
PAGE_SIZE = 15


def paged(items, count: int, number):
    """One page of `items`, whose length the caller has counted already (one query less)."""
    paginator = Paginator(items, PAGE_SIZE)
    paginator.count = count  # a cached property: Paginator would count again otherwise
    return paginator.get_page(number)


def on_visible(model, methods=("POST",)):
    """A view of one object: anonymous → sign in; not visible → 404 whatever the method.

    The object is looked up before the method is checked, so an outsider learns
    nothing from a 405 either. `services.NotAllowed` becomes 404 too.
    """

    def decorator(view):
        @wraps(view)
        @member_required
        def wrapper(request, pk, *args, **kwargs):
            found = visible(request.member, model, pk=pk)
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            try:
                return view(request, found, *args, **kwargs)
            except services.NotAllowed:
                raise Http404 from None

        return wrapper

    return decorator


def them(member) -> str:
    """How pages name the partner: by name, or before they join, "your partner"."""
    partner = member.partner
    return partner.name if partner else "your partner"


def reply(request, partial: str, context: dict, to: str):
    """htmx swaps the partial in place; a plain form post goes on to `to`."""
    if request.htmx:
        return render(request, partial, context)
    return redirect(to)


def changed_notice(error: services.Changed) -> str:
    return f"This changed meanwhile: it is now “{error.item.get_status_display()}”."


def add_service_errors(form, error: ValidationError) -> None:
    """Put a service's refusal on the form field it names (or on the whole form)."""
    fields = set(form.fields)
    for field, problems in error.message_dict.items():
        form.add_error(field if field in fields else None, problems)
