"""The safety menu and the triggers: mine to write and change, my partner's to read."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from midway.repair import kit
from midway.repair.forms import FromAnswerForm, SafetyItemForm, TriggerForm
from midway.repair.models import SafetyItem, Trigger
from midway.repair.views.common import kits, seen_of, stored, them
from midway.spaces.access import member_required
from midway.spaces.stale import refuse_if_stale
from midway.together.models import Answer
from midway.together.views.common import add_service_errors, on_visible

PAGES = {
    SafetyItem: ("repair/menu.html", "repair:menu", SafetyItemForm),
    Trigger: ("repair/triggers.html", "repair:triggers", TriggerForm),
}
FIELDS = {SafetyItem: ("kind", "text"), Trigger: ("kind", "text", "shared")}
REMOVE = {SafetyItem: "repair:remove_menu_item", Trigger: "repair:remove_trigger"}


def _add(request, model, adder, fields):
    template, home, form_class = PAGES[model]
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            adder(request.member, **fields(form.cleaned_data))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Added.")
            return redirect(home)
    context = {"form": form, "them": them(request.member), **kits(request.member)}
    return render(request, template, context, status=400 if form.errors else 200)


@member_required
@require_http_methods(["GET", "POST"])
def menu(request):
    return _add(
        request, SafetyItem, kit.add_safety_item, lambda d: {"text": d["text"], "kind": d["kind"]}
    )


@member_required
@require_http_methods(["GET", "POST"])
def triggers(request):
    return _add(
        request,
        Trigger,
        kit.add_trigger,
        lambda d: {"text": d["text"], "kind": d["kind"], "shared": d["shared"]},
    )


def _item(request, item, change, initial):
    """One item: anyone who may see it reads it; its author changes it here."""
    _template, home, form_class = PAGES[type(item)]
    is_mine = item.author_id == request.member.pk
    if request.method == "POST" and not is_mine:
        raise Http404  # my partner reads my menu; only I change it
    names = FIELDS[type(item)]
    initial = {**initial, "seen": seen_of(item, names)}
    form = form_class(request.POST or None, initial=initial) if is_mine else None
    if (
        request.method == "POST"
        and form.is_valid()
        and not refuse_if_stale(form, stored(item, names), {n: form.cleaned_data[n] for n in names})
    ):
        try:
            change(request.member, item, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Saved.")
            return redirect(home)
    context = {
        "item": item,
        "is_mine": is_mine,
        "form": form,
        "home": home,
        "remove_url": reverse(REMOVE[type(item)], args=[item.pk]),
    }
    status = 400 if form is not None and form.errors else 200
    return render(request, "repair/item.html", context, status=status)


@on_visible(SafetyItem, methods=("GET", "HEAD", "POST"))
def menu_item(request, item):
    return _item(
        request,
        item,
        lambda member, it, d: kit.change_safety_item(member, it, d["text"], d["kind"]),
        {"text": item.text, "kind": item.kind},
    )


@on_visible(Trigger, methods=("GET", "HEAD", "POST"))
def trigger(request, item):
    return _item(
        request,
        item,
        lambda member, it, d: kit.change_trigger(member, it, d["text"], d["kind"], d["shared"]),
        {"text": item.text, "kind": item.kind, "shared": item.shared},
    )


@on_visible(SafetyItem)
def remove_menu_item(request, item):
    kit.remove_safety_item(request.member, item)
    messages.success(request, "Removed from your menu.")
    return redirect("repair:menu")


@on_visible(Trigger)
def remove_trigger(request, item):
    kit.remove_trigger(request.member, item)
    messages.success(request, "Removed.")
    return redirect("repair:triggers")


@on_visible(Answer)
def from_answer(request, answer):
    """One click on a question's page: my answer becomes a line of my safety menu."""
    form = FromAnswerForm(request.POST)
    kind = form.cleaned_data["kind"] if form.is_valid() else SafetyItem.HELPS
    try:
        _item, created = kit.add_answer_to_menu(request.member, answer, kind)
    except ValidationError:
        messages.error(request, "This answer is too long for a menu line; add a shorter one.")
        return redirect(answer.question)
    if created:
        messages.success(request, "Added to your safety menu.")
    else:
        messages.info(request, "It is on your safety menu already.")
    return redirect(answer.question)
