"""The Together page: what waits for you first, then a glimpse of each section."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from midway.spaces.access import member_required
from midway.spaces.pagecache import cached_page
from midway.together import services
from midway.together.models import PhrasebookEntry, Question, ThingToTry
from midway.together.views.common import them
from midway.together.views.questions import present_all

GLIMPSE = 3


@cached_page
@member_required
@require_GET
def index(request):
    member = request.member
    questions = Question.objects.visible_to(member)
    open_count = questions.open().count()
    open_questions = present_all(questions.open_for(member).for_page(member)[:GLIMPSE], member)
    things = ThingToTry.objects.visible_to(member).select_related("author")
    active_things = things.filter(status__in=ThingToTry.ACTIVE)[:GLIMPSE]
    entries = PhrasebookEntry.objects.visible_to(member).select_related("author")[:GLIMPSE]
    waiting = services.waiting_counts(member)
    return render(
        request,
        "together/index.html",
        {
            "waiting": waiting,
            "nothing_waits": not any(waiting.values()),
            "open_questions": open_questions,
            "more_questions": max(0, open_count - GLIMPSE),
            "things": active_things,
            "entries": entries,
            "them": them(member),
        },
    )
