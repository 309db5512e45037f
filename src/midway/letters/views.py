"""Letter pages. Every letter is fetched through the space's access helpers."""

import uuid

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from midway.letters import services
from midway.letters.forms import LetterForm, ReactionForm, ReplyForm
from midway.letters.markdown import render_markdown
from midway.letters.models import Letter, Reaction, heading_and_first_line
from midway.spaces.access import authored, member_required, visible, visible_set
from midway.spaces.pagecache import cached_page
from midway.text.checkin import find_card_of_the_day


@cached_page
@require_GET
@member_required
def index(request):
    member = request.member
    letters = visible_set(member, Letter).select_related("author")
    # A NUL can't be searched for (PostgreSQL refuses it in a text value): drop it.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    if query:
        letters = letters.filter(Q(title__icontains=query) | Q(body__icontains=query))
    # A list needs only the start of each letter: its first line comes from these.
    letters = (
        letters.defer("body")
        .annotate(reply_count=Count("replies"), opening=Substr("body", 1, OPENING))
        .order_by("-created_at", "-id")
    )
    page = Paginator(letters, PAGE_SIZE).get_page(request.GET.get("page"))
    for letter in page:
        letter.heading, letter.first_line = heading_and_first_line(letter.title, letter.opening)
    return render(request, "letters/index.html", {"page": page, "query": query})


# Characters of a letter's start that the list reads: enough for a title and a line.
OPENING = 400
# Letters a list page shows: with their first lines, about five screens on a phone.
PAGE_SIZE = 15


def _saved_json(letter: Letter, status: int = 200) -> JsonResponse:
    return JsonResponse(
        {
            "id": letter.pk,
            "revision": letter.revision,
            "status": letter.status,
            "saved_at": letter.updated_at.isoformat(),
            # Midway's one time format, in the couple's time zone (not the device's).
            "saved_at_time": timezone.localtime(letter.updated_at).strftime("%H:%M"),
            "edit_url": reverse("letters:edit", args=[letter.pk]),
            "autosave_url": reverse("letters:autosave", args=[letter.pk]),
        },
        status=status,
    )


def _errors_json(form) -> JsonResponse:
    text = " ".join(str(error) for errors in form.errors.values() for error in errors)
    return JsonResponse({"error": text}, status=400)


@member_required
@require_http_methods(["GET", "POST"])
def new(request):
    # The page's own key makes a double submit (with or without JavaScript) one letter.
    form = LetterForm(request.POST or None, initial={"client_key": uuid.uuid4()})
    if request.method == "POST":
        if not form.is_valid():
            if request.accepts("text/html"):
                return _editor(request, form, None, status=400)
            return _errors_json(form)
        data = form.cleaned_data
        letter = services.start_letter(
            request.member, title=data["title"], body=data["body"], client_key=data["client_key"]
        )
        if (letter.title, letter.body) != (data["title"], data["body"]):
            # The same editor session saved before (a beacon, a retried request):
            # these are its newest words.
            letter = services.save_letter(
                letter, title=data["title"], body=data["body"], base_revision=letter.revision
            )
        if _wants_json(request):
            return _saved_json(letter, status=201)
        return _after_save(request, letter)
    return _editor(request, form, None)


def _wants_json(request) -> bool:
    return request.headers.get("X-Midway-Autosave") == "1"


def _share(request, letter: Letter) -> None:
    services.share_letter(letter)
    partner = request.member.partner
    messages.success(
        request,
        f"Shared. {partner.name if partner else 'Your partner'} can read it now. "
        "Changed your mind? You can take it back for a few minutes.",
    )


def _after_save(request, letter: Letter):
    if request.POST.get("action") == "share":
        _share(request, letter)
        return redirect("letters:detail", letter.pk)
    if letter.status == Letter.SHARED:
        messages.success(request, "Saved. The earlier words are kept in its history.")
        return redirect("letters:detail", letter.pk)
    messages.success(request, "Draft saved. Only you can see it.")
    return redirect("letters:edit", letter.pk)


@member_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    letter = authored(request.member, Letter, pk=pk)
    initial = {"title": letter.title, "body": letter.body, "revision": letter.revision}
    form = LetterForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            letter = services.save_letter(
                letter,
                title=data["title"],
                body=data["body"],
                base_revision=data["revision"] or 0,
            )
        except services.Conflict as conflict:
            return _editor(request, form, letter, status=409, conflict=conflict.letter)
        return _after_save(request, letter)
    return _editor(request, form, letter, status=400 if form.is_bound else 200)


def _editor(request, form, letter, *, status=200, conflict=None):
    """The editor page; after a conflict, saving again knowingly replaces the newer words."""
    if conflict:
        revision = conflict.revision
    elif form.is_bound:
        revision = form.data.get("revision") or 0
    else:
        revision = letter.revision if letter else 0
    context = {"form": form, "letter": letter, "conflict": conflict, "revision": revision}
    return render(request, "letters/edit.html", context, status=status)


@member_required
@require_POST
def autosave(request, pk):
    """The editor's background save: JSON in, JSON out, 409 on a stale revision."""
    letter = authored(request.member, Letter, pk=pk)
    form = LetterForm(request.POST)
    if not form.is_valid():
        return _errors_json(form)
    data = form.cleaned_data
    try:
        letter = services.save_letter(
            letter, title=data["title"], body=data["body"], base_revision=data["revision"] or 0
        )
    except services.Conflict as conflict:
        theirs = conflict.letter
        return JsonResponse(
            {
                "conflict": True,
                "revision": theirs.revision,
                "title": theirs.title,
                "body": theirs.body,
                "saved_at": theirs.updated_at.isoformat(),
            },
            status=409,
        )
    return _saved_json(letter)


@member_required
@require_POST
def share(request, pk):
    letter = authored(request.member, Letter, pk=pk)
    _share(request, letter)
    return redirect("letters:detail", letter.pk)


@member_required
@require_POST
def preview(request):
    """The letter as the partner will see it: the same Markdown, the same sanitising."""
    body = request.POST.get("body", "")[: settings.LETTER_MAX_BYTES]
    if not body.strip():
        return HttpResponse('<p class="muted">Nothing to preview yet.</p>')
    return HttpResponse(render_markdown(body))


@member_required
@require_POST
def take_back(request, pk):
    letter = authored(request.member, Letter, pk=pk)
    try:
        letter = services.take_back(letter)
    except services.TakeBackRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("letters:detail", letter.pk)
    messages.success(request, "Taken back: it is a draft again, and only you can see it.")
    return redirect("letters:edit", letter.pk)


@member_required
@require_POST
def delete(request, pk):
    letter = authored(request.member, Letter, pk=pk, status=Letter.DRAFT)
    services.delete_draft(letter)
    messages.success(request, "Draft deleted.")
    return redirect("letters:index")


@cached_page
@require_GET
@member_required
def detail(request, pk):
    letter = visible(request.member, Letter.objects.select_related("author"), pk=pk)
    services.mark_read(letter, request.member)
    return render(request, "letters/detail.html", _detail_context(request, letter))


def _detail_context(request, letter: Letter, reply_form=None) -> dict:
    reactions = list(letter.reactions.select_related("member"))
    mine = {r.kind for r in reactions if r.member_id == request.member.pk}
    return {
        "letter": letter,
        "html": render_markdown(letter.body),
        "replies": letter.replies.select_related("author"),
        "reply_form": reply_form or ReplyForm(),
        "reactions": reactions,
        "reaction_choices": [(kind, label, kind in mine) for kind, label in Reaction.KINDS],
        "is_author": letter.author_id == request.member.pk,
        "can_take_back": letter.author_id == request.member.pk and services.can_take_back(letter),
        "version_count": letter.versions.count(),
        "made_from": _items_from(request.member, letter),
        # The card of the day the letter names, found as the importer finds it.
        "named_card": find_card_of_the_day(letter.body),
    }


def _items_from(member, letter: Letter) -> list:
    """The questions, things to try and phrasebook entries imported from this letter."""
    from midway.together.models import PhrasebookEntry, Question, ThingToTry

    items = []
    for model in (Question, ThingToTry, PhrasebookEntry):
        items.extend(visible_set(member, model).filter(source_letter=letter).order_by("id"))
    return items


@member_required
@require_POST
def reply(request, pk):
    letter = visible(request.member, Letter.objects.shared(), pk=pk)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, letter, reply_form=form)
        return render(request, "letters/detail.html", context, status=400)
    services.add_reply(letter, request.member, form.cleaned_data["body"])
    return redirect(reverse("letters:detail", args=[letter.pk]) + "#replies")


@member_required
@require_POST
def react(request, pk):
    letter = visible(request.member, Letter.objects.shared(), pk=pk)
    form = ReactionForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        services.set_reaction(letter, request.member, data["kind"], data["on"])
    if request.htmx:
        context = _detail_context(request, letter)
        return render(request, "letters/_reactions.html", context)
    return redirect("letters:detail", letter.pk)


@require_GET
@member_required
def versions(request, pk):
    letter = visible(request.member, Letter.objects.shared(), pk=pk)
    history = [
        {"version": version, "html": render_markdown(version.body)}
        for version in letter.versions.all()
    ]
    return render(request, "letters/versions.html", {"letter": letter, "history": history})
