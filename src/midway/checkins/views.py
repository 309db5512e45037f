"""The check-in pages: today (mine beside my partner's), the last two weeks, week by week.

Saving works with htmx (only my part of the page is swapped, and the two weeks list
updated out of band) and without it (post, redirect, a message).
"""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models.functions import TruncWeek
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from midway.checkins import services
from midway.checkins.cards import card_of_the_day
from midway.checkins.forms import CARD_FIELDS, CardForm, CheckInForm, stored_values
from midway.checkins.models import CheckIn
from midway.spaces.access import member_required, visible
from midway.spaces.pagecache import cached_page
from midway.spaces.stale import refuse_if_stale

RECENT_DAYS = 14
HISTORY_WEEKS_PER_PAGE = 6


def _recent(member, today):
    """The space's check-ins of the last RECENT_DAYS days (today included), in one query."""
    first = today - timedelta(days=RECENT_DAYS - 1)
    return list(CheckIn.objects.visible_to(member).between(first, today))


def _render(request, template, context, status=200):
    response = render(request, template, context, status=status)
    # The same URL answers htmx with a fragment and a browser with a page.
    patch_vary_headers(response, ("HX-Request",))
    return response


def _page(request, *, form=None, card_form=None, saved=None):
    """The whole check-in page, or (for htmx) the part that changed plus the list."""
    member = request.member
    today = timezone.localdate()
    recent = _recent(member, today)
    mine = next((c for c in recent if c.member_id == member.pk and c.day == today), None)
    theirs = next((c for c in recent if c.member_id != member.pk and c.day == today), None)
    context = {
        "today": today,
        "mine": mine,
        "theirs": theirs,
        "partner": member.partner,
        "form": form if form is not None else CheckInForm.for_checkin(mine),
        "card_form": card_form if card_form is not None else CardForm.for_checkin(mine),
        "days": services.days_of(recent, member),
        "recent_days": RECENT_DAYS,
        "saved": saved,
    }
    if request.htmx:
        card_part = saved == "card" or card_form is not None
        fragment = "checkins/_my_card.html" if card_part else "checkins/_my_form.html"
        return _render(request, "checkins/htmx_saved.html", {**context, "fragment": fragment})
    return _render(request, "checkins/index.html", context)


@cached_page
@member_required
@require_http_methods(["GET", "POST"])
def index(request):
    """Today's check-in: mine to fill in or change all day, my partner's beside it."""
    if request.method == "GET":
        return _page(request)
    member = request.member
    today = timezone.localdate()
    current = CheckIn.objects.visible_to(member).filter(member=member, day=today).first()
    form = CheckInForm.for_checkin(current, request.POST)
    if not form.is_valid() or refuse_if_stale(
        form, stored_values(current, services.FORM_FIELDS), form.checkin_fields()
    ):
        return _page(request, form=form)
    services.save_checkin(member, day=today, **form.checkin_fields())
    if request.htmx:
        return _page(request, saved="form")
    partner = member.partner
    messages.success(request, f"Saved. {partner.name} can see it." if partner else "Saved.")
    return redirect("checkin:index")


@member_required
@require_POST
def card(request):
    """Draw my card of the day, or record the card I pulled from my own deck."""
    member = request.member
    form = CardForm(request.POST)
    if not form.is_valid():
        return _page(request, card_form=form)
    today = timezone.localdate()
    current = CheckIn.objects.visible_to(member).filter(member=member, day=today).first()
    if form.cleaned_data["action"] == CardForm.DRAW:
        drawn, drawn_reversed = card_of_the_day(member.pk, today, settings.SECRET_KEY)
        wanted = {"card": drawn.name, "card_reversed": drawn_reversed}
    else:
        wanted = {
            "card": form.cleaned_data["card"],
            "card_reversed": form.cleaned_data["card_reversed"],
        }
    if refuse_if_stale(form, stored_values(current, CARD_FIELDS), wanted):
        return _page(request, card_form=form)
    if form.cleaned_data["action"] == CardForm.DRAW:
        checkin = services.draw_card(member, day=today)
    else:
        checkin = services.record_checkin(
            member,
            day=today,
            card=form.cleaned_data["card"],
            card_reversed=form.cleaned_data["card_reversed"],
        )
    if request.htmx:
        return _page(request, saved="card")
    if checkin.card:
        way = "reversed" if checkin.card_reversed else "upright"
        messages.success(request, f"Your card of the day: {checkin.card}, {way}.")
    else:
        messages.success(request, "No card today.")
    return redirect("checkin:index")


@member_required
@require_safe
def history(request):
    """Week by week, newest first, a page of weeks at a time: the same few queries
    whether the space is a month or ten years old."""
    member = request.member
    checkins = CheckIn.objects.visible_to(member)
    weeks = (
        checkins.annotate(week=TruncWeek("day"))
        .order_by("-week")
        .values_list("week", flat=True)
        .distinct()
    )
    page = Paginator(weeks, HISTORY_WEEKS_PER_PAGE).get_page(request.GET.get("page"))
    firsts = [_as_date(first) for first in page.object_list]
    found = []
    if firsts:
        # The page's weeks follow each other in the list of weeks with check-ins, so
        # every check-in between the first and the last of them belongs to one of them.
        found = list(checkins.between(min(firsts), max(firsts) + timedelta(days=6)))
    context = {
        "page": page,
        "weeks": services.weeks_of(found, member),
        "partner": member.partner,
        "today": timezone.localdate(),
    }
    return _render(request, "checkins/history.html", context)


def _as_date(value):
    # TruncWeek gives a date on PostgreSQL and SQLite alike, a datetime on a few backends.
    return value.date() if hasattr(value, "date") and callable(value.date) else value


@member_required
def detail(request, pk):
    """One check-in in full, mine or my partner's."""
    # Looked up before the method is checked, so an outsider gets 404 for every method.
    checkin = visible(request.member, CheckIn, pk=pk)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    is_mine = checkin.member_id == request.member.pk
    context = {"checkin": checkin, "is_mine": is_mine, "today": timezone.localdate()}
    return _render(request, "checkins/detail.html", context)
