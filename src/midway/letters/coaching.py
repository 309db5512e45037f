"""The coach beside any text box: findings appear quietly after a pause in typing.

They never block sending; a member who turned the coach off gets nothing back.
"""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from midway.spaces.access import member_required


@member_required
@require_POST
def check(request):
    if not request.member.coach_enabled:
        return HttpResponse(status=204)
    from midway.coach import analyse, suggest_feelings, suggest_needs

    text = request.POST.get("text", "")[: settings.LETTER_MAX_BYTES]
    analysis = analyse(text).to_dict()
    findings = [
        {**finding, "quote": text[finding["start"] : finding["end"]]}
        for finding in analysis["findings"]
    ]
    context = {"findings": findings}
    if request.POST.get("suggest"):
        # A phrasebook entry: what was said counts as evidence for feelings and needs,
        # but it is never itself "flagged": explaining it is the point of the entry.
        evidence = request.POST.get("context", "")[: settings.LETTER_MAX_BYTES] + "\n" + text
        context["feelings"] = suggest_feelings(evidence)
        context["needs"] = suggest_needs(evidence)
    return render(request, "letters/_coach.html", context)
