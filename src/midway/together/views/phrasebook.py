"""The phrasebook: what was said, what it does not mean, what it means; heard and asked about."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from midway.spaces.access import member_required
from midway.spaces.pagecache import cached_page
from midway.text.courted import lacked_in
from midway.together import services
from midway.together.forms import CommentForm, PhrasebookForm, SearchForm
from midway.together.models import PhrasebookEntry
from midway.together.views.common import PAGE_SIZE, add_service_errors, on_visible, reply, them


@cached_page
@member_required
@require_GET
def entry_list(request):
    search = SearchForm(request.GET)
    query = search.cleaned_data["q"].strip() if search.is_valid() else ""
    entries = (
        PhrasebookEntry.objects.visible_to(request.member)
        .select_related("author")
        .annotate(comment_count=Count("comments"))
        .order_by("-created_at", "-id")
    )
    if query:
        entries = entries.search(query)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "together/phrasebook/list.html",
        {"page": page, "search": search, "query": query, "them": them(request.member)},
    )


@member_required
@require_http_methods(["GET", "POST"])
def new_entry(request):
    form = PhrasebookForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            entry = services.add_phrasebook_entry(
                request.member,
                said=data["said"],
                not_meaning=data["not_meaning"],
                meaning=data["meaning"],
                feelings=data["feelings"],
                needs=data["needs"],
                request=data["request"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Added to your phrasebook.")
            return redirect(entry)
    return render(
        request, "together/phrasebook/new.html", {"form": form, "them": them(request.member)}
    )


def detail_context(request, entry: PhrasebookEntry, form=None) -> dict:
    return {
        "entry": entry,
        "comments": entry.comments.select_related("author"),
        "comment_form": form or CommentForm(),
        "them": them(request.member),
        # What the writer says they lacked, offered as one click to their courted list.
        "lacked": lacked_in(entry.meaning) if entry.author_id == request.member.pk else None,
    }


@on_visible(PhrasebookEntry, methods=("GET", "HEAD"))
def entry_detail(request, entry):
    return render(request, "together/phrasebook/detail.html", detail_context(request, entry))


@on_visible(PhrasebookEntry)
def heard(request, entry):
    entry = services.mark_heard(request.member, entry)
    return reply(
        request,
        "together/phrasebook/_heard.html",
        {"entry": entry, "them": them(request.member)},
        entry.get_absolute_url(),
    )


@on_visible(PhrasebookEntry)
def comment(request, entry):
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            services.comment_on_entry(request.member, entry, form.cleaned_data["text"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            form = None
    context = detail_context(request, entry, form)
    if form is not None:
        template = (
            "together/phrasebook/_thread.html"
            if request.htmx
            else "together/phrasebook/detail.html"
        )
        return render(request, template, context)
    return reply(request, "together/phrasebook/_thread.html", context, entry.get_absolute_url())
