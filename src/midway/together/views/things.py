"""Things to try: propose, the partner agrees or declines, try it, then keep, adjust or drop."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import reswap, retarget

from midway.spaces.access import member_required
from midway.spaces.pagecache import cached_page
from midway.together import services
from midway.together.forms import DeclineForm, ReviewForm, ThingForm
from midway.together.models import ThingToTry
from midway.together.views.common import (
    add_service_errors,
    changed_notice,
    on_visible,
    paged,
    reply,
    them,
)


def card_context(request, thing: ThingToTry | None, notice: str = "", **extra) -> dict:
    """A card on its own (its page, or swapped in by htmx) has its forms open."""
    if thing is not None:
        thing.url = thing.get_absolute_url()
    return {
        "thing": thing,
        "them": them(request.member),
        "notice": notice,
        "decline_form": extra.pop("decline_form", None) or DeclineForm(),
        "review_form": extra.pop("review_form", None) or ReviewForm(),
        "expanded": True,
        **extra,
    }


BOTH_SAID_YES = "You both said yes. Start trying it whenever you are ready."

# The list's filters: every thing, or those in one state (said as a person would).
SHOWS = {
    "all": ("All", None),
    "proposed": ("Proposed", [ThingToTry.PROPOSED]),
    "trying": ("Trying", [ThingToTry.AGREED, ThingToTry.TRYING, ThingToTry.ADJUSTED]),
    "kept": ("Kept", [ThingToTry.KEPT]),
    "dropped": ("Dropped", [ThingToTry.DROPPED, ThingToTry.DECLINED]),
}


@cached_page
@member_required
@require_GET
def thing_list(request):
    visible = ThingToTry.objects.visible_to(request.member)
    show = request.GET.get("show")
    show = show if show in SHOWS else "all"
    counts = visible.aggregate(
        all=Count("pk"),
        **{
            key: Count("pk", filter=Q(status__in=statuses))
            for key, (_, statuses) in SHOWS.items()
            if statuses
        },
    )
    # What needs someone first (a yes, a start, a review), the settled ones after.
    order = Case(
        *[When(status=status, then=Value(rank)) for rank, status in enumerate(ThingToTry.ACTIVE)],
        default=Value(len(ThingToTry.ACTIVE)),
        output_field=IntegerField(),
    )
    things = visible.select_related("author", "reviewed_by").order_by(order, "-updated_at", "-id")
    if SHOWS[show][1]:
        things = things.filter(status__in=SHOWS[show][1])
    page = paged(things, counts[show], request.GET.get("page"))
    for thing in page:
        thing.url = thing.get_absolute_url()
    return render(
        request,
        "together/things/list.html",
        {
            "page": page,
            "show": show,
            "shows": [(key, label, counts[key]) for key, (label, _) in SHOWS.items()],
            **card_context(request, None),
            "expanded": False,
        },
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
    notice, was = "", thing.status
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
    # The yes that made it agreed: a small moment, said aloud too.
    agreed_now = was == ThingToTry.PROPOSED and thing.status == ThingToTry.AGREED and not notice
    if agreed_now and not request.htmx:
        messages.success(request, BOTH_SAID_YES)
    context = card_context(request, thing, notice=notice, agreed_now=agreed_now)
    return reply(request, "together/things/_card.html", context, thing.get_absolute_url())


def _fetched_form(request, thing, template: str, waits: bool):
    """GET on an action: its form, fetched into the card when its button is pressed.

    Without htmx, or once the thing has moved on, the thing's page (or its card) instead.
    """
    if not request.htmx:
        return redirect(thing)
    if not waits:
        card = render(request, "together/things/_card.html", card_context(request, thing))
        return reswap(retarget(card, f"#thing-{thing.pk}"), "outerHTML")
    return render(request, template, card_context(request, thing, fetched=True))


def _with_errors(request, thing, **forms):
    template = "together/things/_card.html" if request.htmx else "together/things/detail.html"
    return render(request, template, card_context(request, thing, **forms))


@on_visible(ThingToTry)
def agree(request, thing):
    return _after(request, thing, lambda: services.agree_to_thing(request.member, thing))


@on_visible(ThingToTry, methods=("GET", "POST"))
def decline(request, thing):
    if request.method == "GET":
        waits = thing.status == ThingToTry.PROPOSED and thing.author_id != request.member.pk
        return _fetched_form(request, thing, "together/things/_decline_form.html", waits)
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


@on_visible(ThingToTry, methods=("GET", "POST"))
def review(request, thing):
    if request.method == "GET":
        waits = thing.status == ThingToTry.TRYING
        return _fetched_form(request, thing, "together/things/_review_form.html", waits)
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
