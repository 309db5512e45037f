"""The coach beside any text box: findings appear quietly after a pause in typing.

They never block sending; a member who turned the coach off gets nothing back.

The editor asks after every pause with the whole text, and reading costs about 50 µs
of CPU a character, so what one member can make the server read is bounded, for
everyone else's sake:
- one check at a time per member (a second one, from a flood or another tab, gets
  a quick 429 that the page ignores);
- the text is read paragraph by paragraph (the coach cuts sentences at every line
  break, so a paragraph reads the same alone), and paragraphs read before are taken
  from the cache: typing costs the one paragraph that changed;
- at most COACH_CHARS_PER_CHECK new characters a check (about a second), and
  COACH_CHARS_PER_MINUTE a minute per member; what is left is read at the next pause;
- at most COACH_MAX_FINDINGS findings in the answer, each quote cut short.

The lock, the minute's budget and the paragraph cache live in Django's local-memory
cache, which each server process has for itself. `midway serve` runs one process
(waitress) by default; with `--server gunicorn` and N worker processes (one per core,
at most 4) a member can have up to N checks running at once and N budgets a minute.
That is accepted: it is still bounded, and the other processes keep answering
everyone else.
"""

import hashlib
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from midway.spaces.access import member_required

# What the coach noticed, in words that describe the sentence, never the writer.
NOTICED = {
    "criticism": "This may sound like blame",
    "contempt": "This may sting",
    "defensiveness": "This may sound like pushing back",
    "stonewalling": "This may close the door",
}

COACH_CHARS_PER_CHECK = 20_000
COACH_CHARS_PER_MINUTE = 120_000
COACH_MAX_FINDINGS = 30
QUOTE_CHARS = 300


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) for each run of text between blank lines."""
    found, start = [], 0
    for piece in text.split("\n\n"):
        if piece.strip():
            found.append((start, piece))
        start += len(piece) + 2
    return found


def _cache_key(paragraph: str) -> str:
    return "coach:" + hashlib.sha256(paragraph.encode("utf-8", "surrogatepass")).hexdigest()


def _spend(member, characters: int) -> bool:
    """Take `characters` from the member's budget of this minute; False when spent."""
    key = f"coach-budget:{member.pk}"
    cache.add(key, 0, timeout=60)
    try:
        return cache.incr(key, characters) <= COACH_CHARS_PER_MINUTE
    except ValueError:  # the minute ended between add and incr
        cache.set(key, characters, timeout=60)
        return characters <= COACH_CHARS_PER_MINUTE


def read(member, text: str) -> tuple[list[dict], bool]:
    """The findings in `text` (offsets into it), and whether every paragraph was read."""
    from midway.coach import analyse

    findings, complete, allowance = [], True, COACH_CHARS_PER_CHECK
    for offset, paragraph in paragraphs(text):
        key = _cache_key(paragraph)
        found = cache.get(key)
        if found is None:
            if len(paragraph) > allowance or not _spend(member, len(paragraph)):
                complete = False
                continue
            allowance -= len(paragraph)
            found = analyse(paragraph).to_dict()["findings"]
            cache.set(key, found, timeout=60 * 60)
        findings += [
            {**item, "start": item["start"] + offset, "end": item["end"] + offset} for item in found
        ]
    return findings, complete


@contextmanager
def one_at_a_time(member):
    key = f"coach-busy:{member.pk}"
    turn = cache.add(key, 1, timeout=30)
    try:
        yield turn
    finally:
        if turn:
            cache.delete(key)


@member_required
@require_POST
def check(request):
    if not request.member.coach_enabled:
        return HttpResponse(status=204)
    from midway.coach import suggest_feelings, suggest_needs

    text = request.POST.get("text", "")[: settings.LETTER_MAX_BYTES]
    with one_at_a_time(request.member) as turn:
        if not turn:
            return HttpResponse("The coach is still reading your last words.", status=429)
        findings, complete = read(request.member, text)
        context = {
            "findings": [
                {
                    **item,
                    "quote": _quote(text[item["start"] : item["end"]]),
                    # The sentence to find and replace in the text box (not a huge run-on).
                    "whole": _whole(text[item["start"] : item["end"]]),
                    "noticed": NOTICED.get(item["kind"], "This may be hard to hear"),
                }
                for item in findings[:COACH_MAX_FINDINGS]
            ],
            "more": max(0, len(findings) - COACH_MAX_FINDINGS),
            "incomplete": not complete,
        }
        if request.POST.get("suggest"):
            # A phrasebook entry: what was said counts as evidence for feelings and needs,
            # but it is never itself "flagged": explaining it is the point of the entry.
            evidence = request.POST.get("context", "") + "\n" + text
            # Word counts, not sentence reading: cheap, but still bounded.
            evidence = evidence[:COACH_CHARS_PER_CHECK]
            context["feelings"] = suggest_feelings(evidence)
            context["needs"] = suggest_needs(evidence)
    return render(request, "letters/_coach.html", context)


def _whole(sentence: str) -> str:
    return sentence if len(sentence) <= 2_000 else ""


def _quote(sentence: str) -> str:
    return sentence if len(sentence) <= QUOTE_CHARS else sentence[: QUOTE_CHARS - 1] + "…"
