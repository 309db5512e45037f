"""What makes me feel courted: each partner's list, the partner's "I did this" marks."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from midway.appreciations import services
from midway.appreciations.forms import CourtedItemForm, DoneForm
from midway.appreciations.models import CourtedItem, CourtedMark
from midway.spaces.access import member_required, visible_set
from midway.spaces.models import Member
from midway.together.models import PhrasebookEntry
from midway.together.views.common import add_service_errors, on_visible


@member_required
@require_GET
def my_list(request):
    return redirect("appreciations:courted", request.member.pk)


def _page(request, owner: Member, *, status=200, item_form=None, done_forms=None):
    member = request.member
    items = (
        visible_set(member, CourtedItem)
        .filter(author=owner)
        .prefetch_related(Prefetch("marks", CourtedMark.objects.select_related("author")))
    )
    done_forms = done_forms or {}
    groups = []
    for kind, label in CourtedItem.KINDS:
        group = [item for item in items if item.kind == kind]
        for item in group:
            item.done_form = done_forms.get(item.pk) or DoneForm(prefix=f"i{item.pk}")
        groups.append({"kind": kind, "label": label, "items": group})
    partner = member.partner
    context = {
        "owner": owner,
        "mine": owner.pk == member.pk,
        "partner": partner,
        "groups": groups,
        "item_form": item_form or CourtedItemForm(),
    }
    return render(request, "appreciations/courted.html", context, status=status)


@member_required
@require_GET
def courted_list(request, member_id):
    owner = get_object_or_404(Member, pk=member_id, space=request.member.space_id)
    return _page(request, owner)


@member_required
@require_POST
def add_item(request):
    form = CourtedItemForm(request.POST)
    if form.is_valid():
        try:
            services.add_courted_item(
                request.member, form.cleaned_data["text"], form.cleaned_data["kind"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Added to your list.")
            return redirect("appreciations:courted", request.member.pk)
    return _page(request, request.member, status=400, item_form=form)


@on_visible(CourtedItem)
def done(request, item):
    form = DoneForm(request.POST, prefix=f"i{item.pk}")
    if form.is_valid():
        try:
            services.mark_done(
                request.member, item, day=form.cleaned_data["day"], word=form.cleaned_data["word"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Noted. {item.author.name} will see it.")
            return redirect(item.get_absolute_url())
    return _page(request, item.author, status=400, done_forms={item.pk: form})


@on_visible(CourtedItem)
def remove(request, item):
    services.remove_courted_item(request.member, item)
    messages.success(request, "Removed from your list.")
    return redirect("appreciations:courted", request.member.pk)


@on_visible(PhrasebookEntry)
def from_entry(request, entry):
    try:
        item = services.from_phrasebook(request.member, entry)
    except ValidationError as error:
        messages.warning(request, " ".join(error.messages))
        return redirect(entry)
    messages.success(request, "Added to what makes you feel courted.")
    return redirect(item.get_absolute_url())
