"""The stream rebuilt from the items' own dates, for data that did not come through
the services: `midway demo` (rows made in bulk) and `midway restore` (the stream is
not in an export; see exchange.kinds.NOT_EXPORTED).

Each area says here how its items become happenings; the newest time wins where the
same thing was done more than once, as `record` does it.
"""

from django.db.models import Max

from midway.happenings.models import Happening
from midway.spaces.models import Space


def _rows(space: Space):
    from midway.checkins.models import CheckIn
    from midway.letters.models import Letter, Reaction, Reply
    from midway.together.models import (
        Answer,
        PhrasebookComment,
        PhrasebookEntry,
        Question,
        ThingToTry,
    )

    members = list(space.members.all())
    other = {m.pk: next((o.pk for o in members if o.pk != m.pk), None) for m in members}
    letters = Letter.objects.filter(space=space)
    for pk, author, at in letters.filter(status=Letter.SHARED).values_list(
        "pk", "author_id", "shared_at"
    ):
        yield author, "letter.shared", "letters.letter", pk, at
    for letter, author, at in (
        Reply.objects.filter(letter__space=space)
        .values_list("letter_id", "author_id")
        .annotate(at=Max("created_at"))
    ):
        yield author, "letter.replied", "letters.letter", letter, at
    for letter, member, at in (
        Reaction.objects.filter(letter__space=space)
        .values_list("letter_id", "member_id")
        .annotate(at=Max("created_at"))
    ):
        yield member, "letter.reacted", "letters.letter", letter, at
    for model, verb, label in (
        (Question, "question.asked", "together.question"),
        (ThingToTry, "thing.proposed", "together.thingtotry"),
        (PhrasebookEntry, "phrase.added", "together.phrasebookentry"),
    ):
        for pk, author, at in model.objects.filter(space=space).values_list(
            "pk", "author_id", "created_at"
        ):
            yield author, verb, label, pk, at
    for question, author, at in Answer.objects.filter(question__space=space).values_list(
        "question_id", "author_id", "created_at"
    ):
        yield author, "question.answered", "together.question", question, at
    things = ThingToTry.objects.filter(space=space)
    for pk, author, agreed, declined, reviewed, reviewer in things.values_list(
        "pk", "author_id", "agreed_at", "declined_at", "reviewed_at", "reviewed_by_id"
    ):
        # Only the partner agrees or declines; who started is not kept, so it is left out.
        if agreed:
            yield other[author], "thing.agreed", "together.thingtotry", pk, agreed
        if declined:
            yield other[author], "thing.declined", "together.thingtotry", pk, declined
        if reviewed and reviewer:
            yield reviewer, "thing.reviewed", "together.thingtotry", pk, reviewed
    entries = PhrasebookEntry.objects.filter(space=space)
    for pk, author, heard in entries.filter(heard_at__isnull=False).values_list(
        "pk", "author_id", "heard_at"
    ):
        yield other[author], "phrase.heard", "together.phrasebookentry", pk, heard
    for entry, author, at in (
        PhrasebookComment.objects.filter(entry__space=space)
        .values_list("entry_id", "author_id")
        .annotate(at=Max("created_at"))
    ):
        yield author, "phrase.commented", "together.phrasebookentry", entry, at
    yield from _repair_rows(space)
    yield from _ritual_rows(space)
    for pk, member, at in CheckIn.objects.filter(space=space).values_list(
        "pk", "member_id", "updated_at"
    ):
        yield member, "checkin.made", "checkins.checkin", pk, at


def _repair_rows(space: Space):
    from midway.repair.models import Break, Repair, RepairAccount

    for pk, author, started, back in Break.objects.filter(space=space).values_list(
        "pk", "author_id", "started_at", "back_at"
    ):
        yield author, "break.taken", "repair.break", pk, started
        if back:
            yield author, "break.back", "repair.break", pk, back
    for pk, author, at in Repair.objects.filter(space=space).values_list(
        "pk", "author_id", "created_at"
    ):
        yield author, "repair.opened", "repair.repair", pk, at
    accounts = RepairAccount.objects.filter(repair__space=space)
    for repair, author, finished, accepted in accounts.values_list(
        "repair_id", "author_id", "finished_at", "accepted_at"
    ):
        if finished:
            yield author, "repair.finished", "repair.repair", repair, finished
        if accepted:
            yield author, "repair.accepted", "repair.repair", repair, accepted


def _ritual_rows(space: Space):
    from midway.appreciations.models import Appreciation, CourtedMark
    from midway.decisions.models import Decision

    settled = {Decision.DECIDED: "decision.decided", Decision.POSTPONED: "decision.postponed"}
    for pk, author, created, status, at in Decision.objects.filter(space=space).values_list(
        "pk", "author_id", "created_at", "status", "settled_at"
    ):
        yield author, "decision.opened", "decisions.decision", pk, created
        # Who made it settled is not kept: it is told as the opener's.
        if status in settled and at:
            yield author, settled[status], "decisions.decision", pk, at
    for pk, author, at in Appreciation.objects.filter(
        space=space, sent_at__isnull=False
    ).values_list("pk", "author_id", "sent_at"):
        yield author, "appreciation.sent", "appreciations.appreciation", pk, at
    for item, author, at in (
        CourtedMark.objects.filter(item__space=space)
        .values_list("item_id", "author_id")
        .annotate(at=Max("created_at"))
    ):
        yield author, "courted.done", "appreciations.courteditem", item, at


def rebuild(space: Space) -> int:
    """Make the space's happenings from its items; those already there are kept."""
    rows = [
        Happening(space=space, actor_id=actor, verb=verb, target_model=label, target_id=pk, at=at)
        for actor, verb, label, pk, at in _rows(space)
        if actor is not None and at is not None
    ]
    Happening.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
    return len(rows)
