"""The Repair tab: an ongoing break first, then repairs waiting for me, then my safety
menu and triggers, then my partner's shared ones."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from midway.repair import repairs
from midway.repair.forms import BreakForm
from midway.repair.models import Repair
from midway.repair.views.breaks import banner_context
from midway.repair.views.common import kits
from midway.spaces.access import member_required, visible_set
from midway.spaces.pagecache import cached_page

RECENT = 5


@cached_page
@member_required
@require_GET
def index(request):
    member = request.member
    waiting = list(repairs.waiting_for(member).select_related("author"))
    others = (
        visible_set(member, Repair.objects.select_related("author"))
        .exclude(pk__in=[r.pk for r in waiting])
        .order_by("closed_at", "-created_at", "-id")[:RECENT]
    )
    context = {
        **banner_context(member),
        **kits(member),
        "waiting": waiting,
        "other_repairs": others,
        "break_form": BreakForm(initial={"minutes": 30}),
        "partner": member.partner,
    }
    return render(request, "repair/index.html", context)
