"""Guided repair: open one, write my account as I go, finish, see both, answer, try.

Every page reads accounts through `RepairAccount.objects.visible_to`, so my
partner's unfinished account is never even loaded for my page.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from midway.repair import repairs
from midway.repair.forms import AccountForm, RepairForm, RespondForm
from midway.repair.models import Repair, RepairAccount, Trigger
from midway.repair.views.common import seen_of, stored, them
from midway.spaces.access import member_required, visible_set
from midway.spaces.stale import fingerprint, refuse_if_stale
from midway.together.views.common import add_service_errors, on_visible


def _page(request, repair, *, form=None, respond_form=None, status=200):
    member = request.member
    shown = list(RepairAccount.objects.visible_to(member).filter(repair=repair))
    mine = next((a for a in shown if a.author_id == member.pk), None)
    theirs = next((a for a in shown if a.author_id != member.pk), None)
    # Only whether my partner has finished, never a word of what they wrote.
    they_finished = (
        RepairAccount.objects.filter(repair=repair, finished_at__isnull=False)
        .exclude(author=member)
        .exists()
    )
    if form is None and mine is not None and not mine.is_finished:
        initial = {name: getattr(mine, name) for name in RepairAccount.STEPS}
        form = AccountForm(initial={**initial, "seen": seen_of(mine, RepairAccount.STEPS)})
    if respond_form is None and mine is not None:
        respond_form = RespondForm(initial={"seen": fingerprint(_answer_of(mine))})
    context = {
        "repair": repair,
        "mine": mine,
        "theirs": theirs,
        "they_finished": they_finished,
        "form": form,
        "respond_form": respond_form or RespondForm(),
        "them": them(member),
        "my_triggers": Trigger.objects.visible_to(member).filter(author=member),
        "their_triggers": Trigger.objects.visible_to(member).exclude(author=member),
    }
    return render(request, "repair/repair.html", context, status=status)


# Ten years of fights and repairs stay a page long.
REPAIRS_PER_PAGE = 25


@member_required
@require_GET
def repair_list(request):
    member = request.member
    found = visible_set(member, Repair.objects.select_related("author", "letter"))
    page = Paginator(found, REPAIRS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request, "repair/repairs.html", {"repairs": page, "page": page, "them": them(member)}
    )


@member_required
@require_http_methods(["GET", "POST"])
def open_repair(request):
    member = request.member
    form = RepairForm(request.POST or None, member=member)
    if request.method == "POST" and form.is_valid():
        try:
            repair, created = repairs.open_repair(
                member, form.cleaned_data["title"], letter=form.cleaned_data["letter"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if created:
                messages.success(request, "Opened. Write your side whenever you are ready.")
            else:
                messages.info(
                    request, "A repair about this is open already: here it is, for you both."
                )
            return redirect(repair)
    status = 400 if form.errors else 200
    return render(request, "repair/open.html", {"form": form, "them": them(member)}, status=status)


@on_visible(Repair, methods=("GET", "HEAD"))
def repair_detail(request, repair):
    return _page(request, repair)


def _answer_of(account) -> dict:
    return {"accepted": account.accepted_at is not None, "still_need": account.still_need}


def _save(request, repair):
    """Save the steps posted; the form with its errors, or None when saved."""
    form = AccountForm(request.POST)
    if not form.is_valid():
        return form
    mine = RepairAccount.objects.filter(repair=repair, author=request.member).first()
    if mine is not None and not mine.is_finished:
        current = stored(mine, RepairAccount.STEPS)
        if refuse_if_stale(form, current, form.account_fields()):
            return form
    try:
        repairs.save_account(request.member, repair, **form.account_fields())
    except ValidationError as error:
        add_service_errors(form, error)
        return form
    return None


@on_visible(Repair)
def save(request, repair):
    try:
        form = _save(request, repair)
    except repairs.Finished as done:
        if request.htmx:
            return HttpResponse(done.message, status=409)
        messages.info(request, done.message)
        return redirect(repair)
    if request.htmx:
        # 200 either way: htmx shows only what succeeds, and this is the message.
        if form is not None:
            return render(request, "repair/_save_status.html", {"form": form})
        mine = RepairAccount.objects.get(repair=repair, author=request.member)
        context = {"saved_at": timezone.localtime(), "seen": seen_of(mine, RepairAccount.STEPS)}
        return render(request, "repair/_save_status.html", context)
    if form is not None:
        return _page(request, repair, form=form, status=400)
    messages.success(request, "Saved. Only you can see it until you have both finished.")
    return redirect(repair)


@on_visible(Repair)
def finish(request, repair):
    try:
        form = _save(request, repair) if request.POST.get("saw") is not None else None
        if form is None:
            repairs.finish_account(request.member, repair)
    except repairs.Finished:
        form = None
    except ValidationError as error:
        form = AccountForm(request.POST)
        form.is_valid()
        add_service_errors(form, error)
    if form is not None:
        return _page(request, repair, form=form, status=400)
    messages.success(request, "Finished. Thank you for writing it.")
    return redirect(repair)


@on_visible(Repair)
def respond(request, repair):
    form = RespondForm(request.POST)
    mine = RepairAccount.objects.filter(repair=repair, author=request.member).first()
    if form.is_valid() and mine is not None:
        wanted = {
            "accepted": form.cleaned_data["answer"] == RespondForm.ACCEPT,
            "still_need": form.cleaned_data["still_need"].strip(),
        }
        if refuse_if_stale(form, _answer_of(mine), wanted):
            return _page(request, repair, respond_form=form, status=409)
    if form.is_valid():
        try:
            repairs.respond(
                request.member,
                repair,
                accept=form.cleaned_data["answer"] == RespondForm.ACCEPT,
                still_need=form.cleaned_data["still_need"],
            )
        except repairs.Finished as done:
            messages.info(request, done.message)
            return redirect(repair)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Thank you. Your partner can see your answer.")
            return redirect(repair)
    return _page(request, repair, respond_form=form, status=400)


@on_visible(Repair)
def try_next_time(request, repair):
    """One click: an account's "next time I ask" becomes a thing to try."""
    whose = request.POST.get("whose")
    accounts = RepairAccount.objects.visible_to(request.member).filter(repair=repair)
    accounts = (
        accounts.filter(author=request.member)
        if whose == "mine"
        else accounts.exclude(author=request.member)
    )
    account = accounts.first()
    if account is None:
        messages.info(request, "That account is not shown yet.")
        return redirect(repair)
    try:
        thing, created = repairs.try_next_time(request.member, repair, account)
    except ValidationError as error:
        messages.info(request, " ".join(error.messages))
        return redirect(repair)
    if created:
        messages.success(request, "It is a thing to try now, waiting for a yes.")
    else:
        messages.info(request, "It is a thing to try already.")
    return redirect(thing)
