"""Breaks: take one, see the space's running breaks (polled), come back or ask for more time.

`now` is what the Repair and home pages poll every few seconds. It is made to be
cheap: one query for the space's running breaks, and when nothing changed since the
version the page shows (`?v=`), an empty 204 that htmx leaves alone.
"""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from midway.repair import breaks
from midway.repair.forms import BreakForm, MoreTimeForm
from midway.repair.models import Break, SafetyItem, Trigger
from midway.repair.views.common import seen_of, soothing, stored, them
from midway.spaces.access import member_required
from midway.spaces.stale import refuse_if_stale
from midway.together.views.common import on_visible


def banner_context(member, running=None) -> dict:
    """What the break banner shows; the lists are read only when a break runs."""
    running = breaks.running_breaks(member) if running is None else running
    context = {"running": running, "version": breaks.version_of(running), "them": them(member)}
    mine = next((b for b in running if b.author_id == member.pk), None)
    theirs = next((b for b in running if b.author_id != member.pk), None)
    context.update(my_break=mine, their_break=theirs)
    if mine:
        mine.seen = seen_of(mine, ("return_at",))
        context["soothing"] = soothing(member)
        context["more_form"] = MoreTimeForm()
    if theirs:
        context["their_helps"] = list(
            SafetyItem.objects.visible_to(member).filter(
                author=theirs.author, kind=SafetyItem.HELPS
            )
        )
    return context


@member_required
@require_GET
def now(request):
    running = breaks.running_breaks(request.member)
    if request.GET.get("v") == breaks.version_of(running):
        return HttpResponse(status=204)
    return render(request, "repair/_breaks.html", banner_context(request.member, running))


@member_required
@require_http_methods(["GET", "POST"])
def take(request):
    member = request.member
    form = BreakForm(request.POST or None)
    if request.method == "GET":
        running = breaks.running_breaks(member)
        mine = next((b for b in running if b.author_id == member.pk), None)
        if mine:
            return redirect(mine)
        return render(request, "repair/take.html", {"form": form})
    if form.is_valid():
        try:
            taken = breaks.take_break(
                member, return_at=form.cleaned_data["return_at"], note=form.cleaned_data["note"]
            )
        except breaks.BreakRunning as error:
            messages.info(request, "You are on a break already: here it is.")
            return redirect(error.running)
        messages.success(request, f"Take your time. {them(member)} can see when you'll be back.")
        return redirect(taken)
    return render(request, "repair/take.html", {"form": form}, status=400)


@on_visible(Break, methods=("GET", "HEAD"))
def detail(request, brk):
    context = banner_context(request.member)
    is_mine = brk.author_id == request.member.pk
    context.update(brk=brk, is_mine=is_mine)
    if not is_mine:
        context["their_helps"] = SafetyItem.objects.visible_to(request.member).filter(
            author=brk.author, kind=SafetyItem.HELPS
        )
        # visible_to leaves out their private ones: only what they chose to share.
        context["shared_triggers"] = Trigger.objects.visible_to(request.member).filter(
            author=brk.author
        )
    return render(request, "repair/break.html", context)


@on_visible(Break)
def back(request, brk):
    was_running = brk.is_running
    breaks.come_back(request.member, brk)
    if was_running:
        messages.success(request, f"Welcome back. {them(request.member)} can see you're ready.")
    else:
        messages.info(request, "You were already back from this break.")
    return redirect("repair:index")


@on_visible(Break)
def more(request, brk):
    form = MoreTimeForm(request.POST)
    if not form.is_valid():
        context = banner_context(request.member)
        context.update(brk=brk, is_mine=True, more_form=form)
        return render(request, "repair/break.html", context, status=400)
    wanted = {"return_at": form.cleaned_data["return_at"]}
    if brk.is_running and refuse_if_stale(form, stored(brk, ("return_at",)), wanted):
        context = banner_context(request.member)
        context.update(brk=brk, is_mine=True, more_form=form)
        return render(request, "repair/break.html", context, status=409)
    try:
        breaks.more_time(request.member, brk, return_at=form.cleaned_data["return_at"])
    except breaks.BreakOver:
        messages.info(request, "This break is already over. Take a new one if you need it.")
        return redirect("repair:index")
    messages.success(request, f"More time is fine. {them(request.member)} sees your new time.")
    return redirect(brk)


@member_required
@require_GET
def history(request):
    past = Break.objects.visible_to(request.member).select_related("author")[:200]
    return render(request, "repair/breaks.html", {"breaks": past, "them": them(request.member)})
