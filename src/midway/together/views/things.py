"""Things to try: propose, the partner agrees or declines, try it, then keep, adjust or drop."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from midway.spaces.access import member_required
from midway.together import services
from midway.together.forms import DeclineForm, ReviewForm, ThingForm
from midway.together.models import ThingToTry
from midway.together.views.common import (
    PAGE_SIZE,
    add_service_errors,
    changed_notice,
    on_visible,
    reply,
    them,
)


def card_context(request, thing: ThingToTry | None, notice: str = "", **forms) -> dict:
    return {
        "thing": thing,
        "them": them(request.member),
        "notice": notice,
        "decline_form": forms.get("decline_form") or DeclineForm(),
        "review_form": forms.get("review_form") or ReviewForm(),
    }


@member_required
@require_GET
def thing_list(request):
    # What needs someone first (a yes, a start, a review), the settled ones after.
    order = Case(
        *[When(status=status, then=Value(rank)) for rank, status in enumerate(ThingToTry.ACTIVE)],
        default=Value(len(ThingToTry.ACTIVE)),
        output_field=IntegerField(),
    )
    things = (
        ThingToTry.objects.visible_to(request.member)
        .select_related("author", "reviewed_by")
        .order_by(order, "-updated_at", "-id")
    )
    page = Paginator(things, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "together/things/list.html",
        {"page": page, **card_context(request, None)},
    )


@member_required
@require_http_methods(["GET", "POST"])
def propose(request):
    form = ThingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            thing = services.propose_thing(
                request.member, form.cleaned_data["text"], why=form.cleaned_data["why"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Proposed. It is agreed once you both say yes.")
            return redirect(thing)
    return render(
        request, "together/things/propose.html", {"form": form, "them": them(request.member)}
    )


@on_visible(ThingToTry, methods=("GET", "HEAD"))
def thing_detail(request, thing):
    return render(request, "together/things/detail.html", card_context(request, thing))


def _after(request, thing: ThingToTry, action, form=None, form_name=""):
    """Run one state change and answer with the card as it now is."""
    notice = ""
    try:
        thing = action()
    except services.Changed as error:
        # The partner acted first: show what happened instead of overwriting it.
        notice = changed_notice(error)
        thing = error.item
        if not request.htmx:
            messages.info(request, notice)
    except ValidationError as error:
        add_service_errors(form, error)
        return _with_errors(request, thing, **{form_name: form})
    context = card_context(request, thing, notice=notice)
    return reply(request, "together/things/_card.html", context, thing.get_absolute_url())


def _with_errors(request, thing, **forms):
    template = "together/things/_card.html" if request.htmx else "together/things/detail.html"
    return render(request, template, card_context(request, thing, **forms))


@on_visible(ThingToTry)
def agree(request, thing):
    return _after(request, thing, lambda: services.agree_to_thing(request.member, thing))


@on_visible(ThingToTry)
def decline(request, thing):
    form = DeclineForm(request.POST)
    if not form.is_valid():
        return _with_errors(request, thing, decline_form=form)
    note = form.cleaned_data["note"]
    return _after(
        request,
        thing,
        lambda: services.decline_thing(request.member, thing, note),
        form,
        "decline_form",
    )


@on_visible(ThingToTry)
def start(request, thing):
    return _after(request, thing, lambda: services.start_trying(request.member, thing))


@on_visible(ThingToTry)
def review(request, thing):
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return _with_errors(request, thing, review_form=form)
    data = form.cleaned_data
    return _after(
        request,
        thing,
        lambda: services.review_thing(request.member, thing, data["outcome"], data["note"]),
        form,
        "review_form",
    )
