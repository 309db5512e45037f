"""Decide together's pages: the list, opening one, and one decision with its actions.

Actions are plain form posts that come back to the decision's page. A page from
before the partner settled or reopened the decision gets the page as it is now,
with a notice and status 409, instead of changing what it no longer shows.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Prefetch, Value, When
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from midway.decisions import services
from midway.decisions.forms import (
    AnotherDayForm,
    DecisionForm,
    MarkForm,
    NeedForm,
    OptionForm,
    RoundForm,
)
from midway.decisions.ics import calendar_file
from midway.decisions.models import Choice, Decision, Mark, Need, Option, Postponement
from midway.spaces.access import member_required, visible_set
from midway.spaces.pagecache import cached_page
from midway.spaces.stale import fingerprint, refuse_if_stale
from midway.together.views.common import add_service_errors, on_visible, them

PAGE_SIZE = 30
STALE = "{who} changed this decision since your page was loaded; here it is as it is now."


@cached_page
@member_required
@require_GET
def decision_list(request):
    order = Case(
        When(status=Decision.OPEN, then=Value(0)),
        When(status=Decision.POSTPONED, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    decisions = (
        visible_set(request.member, Decision)
        .select_related("author", "decided_option")
        .order_by(order, "-updated_at", "-id")
    )
    page = Paginator(decisions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "decisions/list.html", {"page": page, "them": them(request.member)})


@member_required
@require_http_methods(["GET", "POST"])
def new_decision(request):
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            decision = services.open_decision(
                request.member, form.cleaned_data["title"], decide_by=form.cleaned_data["decide_by"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Opened. Now write what you need; your partner will too.")
            return redirect(decision)
    status = 400 if form.errors else 200
    return render(
        request, "decisions/new.html", {"form": form, "them": them(request.member)}, status=status
    )


def detail_context(request, decision: Decision, notice: str = "", **forms) -> dict:
    member = request.member
    decision = (
        visible_set(member, Decision)
        .select_related("author", "decided_option")
        .prefetch_related(
            Prefetch("needs", Need.objects.visible_to(member).select_related("author")),
            Prefetch(
                "options",
                Option.objects.select_related("author").prefetch_related(
                    Prefetch("marks", Mark.objects.order_by())
                ),
            ),
            Prefetch("choices", Choice.objects.select_related("option")),
            Prefetch("postponements", Postponement.objects.select_related("reopened_by")),
        )
        .get(pk=decision.pk)
    )
    needs = list(decision.needs.all())
    my_need = next((n for n in needs if n.author_id == member.pk), None)
    need_form = forms.get("need_form") or NeedForm()
    # A refused stale save carries the newer fingerprint, so saving again is knowing.
    need_seen = need_form.data.get("seen") if need_form.is_bound else None
    choices = {choice.author_id: choice for choice in decision.choices.all()}
    partner_choice = next((c for a, c in choices.items() if a != member.pk), None)
    return {
        "decision": decision,
        "them": them(member),
        "notice": notice,
        "my_need": my_need,
        "need_seen": need_seen or fingerprint(need_values(my_need)),
        "their_need": next((n for n in needs if n.author_id != member.pk), None),
        "options": services.ranked_options(list(decision.options.all()), member),
        "my_choice": choices.get(member.pk),
        "their_choice": partner_choice,
        "verdicts": Mark.VERDICTS,
        "today": timezone.localdate(),
        "need_form": need_form,
        "option_form": forms.get("option_form") or OptionForm(),
        "day_form": forms.get("day_form") or AnotherDayForm(),
    }


def _page(request, decision, *, status=200, notice="", **forms):
    return render(
        request,
        "decisions/detail.html",
        detail_context(request, decision, notice, **forms),
        status=status,
    )


@on_visible(Decision, methods=("GET", "HEAD"))
def decision_detail(request, decision):
    return _page(request, decision)


def _act(request, decision, action, *, form=None, form_name="", done=""):
    """Run one action: back to the page, or the page with why it did not happen."""
    try:
        action()
    except services.Changed:
        return _page(request, decision, status=409, notice=STALE.format(who=them(request.member)))
    except ValidationError as error:
        if form is None:
            return _page(request, decision, status=400, notice=" ".join(error.messages))
        add_service_errors(form, error)
        return _page(request, decision, status=400, **{form_name: form})
    if done:
        messages.success(request, done)
    return redirect(decision)


def need_values(need: Need | None) -> dict:
    if need is None:
        return {}
    return {"need": need.need, "weight": need.weight, "can_give": need.can_give}


@on_visible(Decision)
def need(request, decision):
    form = NeedForm(request.POST)
    if not form.is_valid():
        return _page(request, decision, status=400, need_form=form)
    data = form.cleaned_data
    stored = Need.objects.filter(decision=decision, author=request.member).first()
    wanted = {"need": data["need"], "weight": data["weight"], "can_give": data["can_give"]}
    if refuse_if_stale(form, need_values(stored), wanted):
        return _page(request, decision, status=409, need_form=form)
    return _act(
        request,
        decision,
        lambda: services.write_need(
            request.member,
            decision,
            need=data["need"],
            weight=data["weight"],
            can_give=data["can_give"],
        ),
        form=form,
        form_name="need_form",
    )


@on_visible(Decision)
def add_option(request, decision):
    form = OptionForm(request.POST)
    if not form.is_valid():
        return _page(request, decision, status=400, option_form=form)
    text = form.cleaned_data["text"]
    return _act(
        request,
        decision,
        lambda: services.add_option(request.member, decision, text),
        form=form,
        form_name="option_form",
    )


@on_visible(Option)
def mark(request, option):
    decision = option.decision
    form = MarkForm(request.POST)
    if not form.is_valid():
        return _page(request, decision, status=400, notice="Choose how this option sits with you.")
    data = form.cleaned_data
    return _act(
        request,
        decision,
        lambda: services.mark_option(request.member, option, data["verdict"], round=data["round"]),
    )


@on_visible(Option)
def choose(request, option):
    decision = option.decision
    form = RoundForm(request.POST)
    round_ = form.cleaned_data["round"] if form.is_valid() else None

    def action():
        result = services.choose_option(request.member, option, round=round_)
        if result.status == Decision.DECIDED:
            messages.success(request, "Decided, together.")
        else:
            messages.info(
                request,
                f"You chose “{option.text[:80]}”. It is decided once {them(request.member)} "
                "chooses the same.",
            )

    return _act(request, decision, action)


@on_visible(Decision)
def another_day(request, decision):
    form = AnotherDayForm(request.POST)
    if not form.is_valid():
        return _page(request, decision, status=400, day_form=form)
    data = form.cleaned_data

    def action():
        result = services.propose_another_day(
            request.member, decision, data["day"], round=data["round"]
        )
        if result.status == Decision.POSTPONED:
            messages.success(request, f"Left for {data['day']:%A %-d %B}, together.")
        else:
            messages.info(
                request, f"It is left for that day once {them(request.member)} agrees to it too."
            )

    return _act(request, decision, action, form=form, form_name="day_form")


@on_visible(Decision)
def withdraw(request, decision):
    form = RoundForm(request.POST)
    round_ = form.cleaned_data["round"] if form.is_valid() else None
    return _act(
        request,
        decision,
        lambda: services.withdraw_choice(request.member, decision, round=round_),
        done="Your choice is taken back.",
    )


@on_visible(Decision)
def reopen(request, decision):
    form = RoundForm(request.POST)
    round_ = form.cleaned_data["round"] if form.is_valid() else None
    return _act(
        request,
        decision,
        lambda: services.reopen(request.member, decision, round=round_),
        done="Reopened. Each of you chooses again.",
    )


@on_visible(Decision, methods=("GET", "HEAD"))
def calendar(request, decision):
    if decision.status != Decision.POSTPONED or decision.postponed_to is None:
        raise Http404
    text = calendar_file(
        uid=f"{decision.uid}@midway",
        day=decision.postponed_to,
        summary=f"Decide together: {decision.title}",
        description="We left this for today. Open Midway to take it up again.",
        stamp=decision.settled_at or decision.updated_at,
    )
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="decision-{decision.pk}.ics"'
    return response
