"""What members do in Together: ask and answer, propose and agree, explain and hear.

Views and the letter importer call these; the rules of who may do what live here, so
no caller can forget them. A member acting on an item they may not act on (agreeing
to their own proposal, answering their own plain question, reaching another space)
gets `NotAllowed`, which views turn into 404.

Double submits, one rule for the whole app: creating an item returns the item the
same member created with the same words less than DUPLICATE_WINDOW ago, instead of
a second copy. State changes are compare-and-set updates, so repeating one is
harmless and two partners acting at once cannot both win.
"""

from datetime import timedelta

from django.db import models, transaction
from django.utils import timezone

from midway.coach.lexicon import FEELINGS, NEEDS
from midway.happenings.services import record
from midway.letters.models import Letter
from midway.spaces.models import Member
from midway.together.models import (
    Answer,
    PhrasebookComment,
    PhrasebookEntry,
    Question,
    ThingToTry,
)
from midway.together.validation import (
    ANSWER_LIMIT,
    COMMENT_LIMIT,
    NOTE_LIMIT,
    PHRASE_LIMIT,
    QUESTION_LIMIT,
    THING_LIMIT,
    check_text,
    clean_words,
)

DUPLICATE_WINDOW = timedelta(seconds=10)


class NotAllowed(Exception):
    """This member may not do this to this item."""


class Changed(Exception):
    """The item moved on meanwhile (the partner acted first); nothing was changed."""

    def __init__(self, item):
        super().__init__(f"{type(item).__name__} {item.pk} changed meanwhile")
        self.item = item


# Creating -------------------------------------------------------------------


def ask_question(
    member: Member, text: str, *, source_letter: Letter | None = None, reveal_together: bool = False
) -> Question:
    text = check_text(text, QUESTION_LIMIT, field="text")
    _check_letter(member, source_letter)
    question = _create_once(
        Question,
        member,
        match={"text": text},
        space=member.space,
        reveal_together=bool(reveal_together),
        source_letter=source_letter,
    )
    record(member, "question.asked", question)
    return question


def propose_thing(
    member: Member, text: str, *, why: str = "", source_letter: Letter | None = None
) -> ThingToTry:
    text = check_text(text, THING_LIMIT, field="text")
    why = check_text(why, NOTE_LIMIT, field="why", required=False)
    _check_letter(member, source_letter)
    thing = _create_once(
        ThingToTry,
        member,
        match={"text": text, "why": why},
        space=member.space,
        source_letter=source_letter,
    )
    record(member, "thing.proposed", thing)
    return thing


def add_phrasebook_entry(
    member: Member,
    *,
    said: str,
    not_meaning: str = "",
    meaning: str = "",
    feelings=(),
    needs=(),
    request: str = "",
    source_letter: Letter | None = None,
) -> PhrasebookEntry:
    words = {
        "said": check_text(said, PHRASE_LIMIT, field="said"),
        "not_meaning": check_text(not_meaning, PHRASE_LIMIT, field="not_meaning", required=False),
        "meaning": check_text(meaning, PHRASE_LIMIT, field="meaning", required=False),
        "request": check_text(request, PHRASE_LIMIT, field="request", required=False),
    }
    _check_letter(member, source_letter)
    entry = _create_once(
        PhrasebookEntry,
        member,
        match=words,
        space=member.space,
        feelings=clean_words(feelings, FEELINGS, field="feelings"),
        needs=clean_words(needs, NEEDS, field="needs"),
        source_letter=source_letter,
    )
    record(member, "phrase.added", entry)
    return entry


def comment_on_entry(member: Member, entry: PhrasebookEntry, text: str) -> PhrasebookComment:
    text = check_text(text, COMMENT_LIMIT, field="text")
    _visible(PhrasebookEntry, member, entry.pk)
    comment = _create_once(PhrasebookComment, member, match={"entry": entry, "text": text})
    record(member, "phrase.commented", entry)
    return comment


class DifferentAnswer(Exception):
    """The member answered this question already, in other words; nothing was changed.

    `answer` is the stored one, `sent` the new words (kept so the caller can show
    both), `replaceable` whether the stored words may still be swapped for the new
    ones (only while nobody else can have read them).
    """

    def __init__(self, answer: Answer, sent: str):
        super().__init__(f"answer {answer.pk} already has other words")
        self.answer = answer
        self.sent = sent
        self.replaceable = answer_is_unseen(answer)


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n")


def same_words(one: str, other: str) -> bool:
    """Equal but for how line breaks were sent (a browser's form sends CRLF, the API LF)."""
    return _lines(one).strip() == _lines(other).strip()


def answer_is_unseen(answer: Answer) -> bool:
    """Whether only its author can have read the answer.

    A plain question's answer is shown to the asker at once; a together one's is
    hidden until both have answered. We do not record when the partner opened an
    answer, so "revealed" is taken as "perhaps read".
    """
    question = answer.question
    return question.reveal_together and question.completed_at is None


def answer_question(member: Member, question: Question, text: str) -> Answer:
    """Answer once. The same words again (a double submit) return the stored answer;
    other words raise DifferentAnswer, so neither the stored nor the new words are lost."""
    text = check_text(text, ANSWER_LIMIT, field="text")
    with transaction.atomic():
        question = _lock(Question, member, question.pk)
        earlier = question.answers.filter(author=member).first()
        if earlier:
            if not same_words(earlier.text, text):
                raise DifferentAnswer(earlier, text)
            return earlier
        if not question.can_be_answered_by(member):
            raise NotAllowed
        answer = Answer.objects.create(question=question, author=member, text=text)
        record(member, "question.answered", question)
        # A plain question is done with its one answer; a together one with both.
        if not question.reveal_together or question.answers.count() >= 2:
            now = timezone.now()
            Question.objects.filter(pk=question.pk).update(completed_at=now, updated_at=now)
    return answer


def replace_answer(
    member: Member, question: Question, text: str, *, replacing: str | None
) -> Answer:
    """Swap the member's unseen answer for new words, if it still reads `replacing`.

    Refused with DifferentAnswer once the partner may have read it (see
    `answer_is_unseen`), or when the stored words changed since the member saw them
    (another tab), or when `replacing` is None (words never seen are not replaced):
    the member then chooses again, with what is stored now.
    """
    text = check_text(text, ANSWER_LIMIT, field="text")
    with transaction.atomic():
        question = _lock(Question, member, question.pk)
        answer = question.answers.filter(author=member).first()
        if answer is None:
            raise NotAllowed
        if same_words(answer.text, text):
            return answer
        if (
            not answer_is_unseen(answer)
            or replacing is None
            or not same_words(answer.text, replacing)
        ):
            raise DifferentAnswer(answer, text)
        Answer.objects.filter(pk=answer.pk).update(text=text)
        answer.text = text
    return answer


# Words added to an answer the partner may have read; the marker says so to them.
ADDED_LATER = "Added later:"


def add_to_answer(
    member: Member, question: Question, text: str, *, replacing: str | None = None
) -> Answer:
    """Add new words below an answer, marked as added later, leaving what the partner
    may have read exactly as it was. `replacing`, when given, is the answer as the
    member last saw it: if it changed meanwhile, DifferentAnswer lets them look again."""
    text = check_text(text, ANSWER_LIMIT, field="text")
    with transaction.atomic():
        question = _lock(Question, member, question.pk)
        answer = question.answers.filter(author=member).first()
        if answer is None:
            raise NotAllowed
        # Added already (a double submit): nothing twice.
        if _lines(answer.text).endswith(_lines(text)):
            return answer
        if replacing is not None and not same_words(answer.text, replacing):
            raise DifferentAnswer(answer, text)
        combined = f"{answer.text}\n\n{ADDED_LATER} {text}"
        check_text(combined, ANSWER_LIMIT, field="text")
        Answer.objects.filter(pk=answer.pk).update(text=combined)
        answer.text = combined
    return answer


# Things to try: proposed → agreed → trying → kept / adjusted / dropped ------


def agree_to_thing(member: Member, thing: ThingToTry) -> ThingToTry:
    """The partner's yes. The proposer's yes is implied and nobody says yes for the other."""
    _must_be_partner_of(member, thing)
    now = timezone.now()
    return _move(member, thing, ThingToTry.PROPOSED, ThingToTry.AGREED, agreed_at=now)


def decline_thing(member: Member, thing: ThingToTry, note: str = "") -> ThingToTry:
    _must_be_partner_of(member, thing)
    note = check_text(note, NOTE_LIMIT, field="note", required=False)
    now = timezone.now()
    return _move(
        member, thing, ThingToTry.PROPOSED, ThingToTry.DECLINED, declined_at=now, decline_note=note
    )


def start_trying(member: Member, thing: ThingToTry) -> ThingToTry:
    """Either partner starts, once both have agreed (or again, after adjusting it)."""
    now = timezone.now()
    return _move(
        member, thing, (ThingToTry.AGREED, ThingToTry.ADJUSTED), ThingToTry.TRYING, started_at=now
    )


def review_thing(member: Member, thing: ThingToTry, outcome: str, note: str = "") -> ThingToTry:
    if outcome not in dict(ThingToTry.OUTCOMES):
        raise NotAllowed
    note = check_text(note, NOTE_LIMIT, field="note", required=False)
    now = timezone.now()
    return _move(
        member,
        thing,
        ThingToTry.TRYING,
        outcome,
        reviewed_at=now,
        reviewed_by=member,
        review_note=note,
    )


# Phrasebook -----------------------------------------------------------------


def mark_heard(member: Member, entry: PhrasebookEntry) -> PhrasebookEntry:
    """The partner's "I hear you". Saying it twice changes nothing."""
    _must_be_partner_of(member, entry)
    now = timezone.now()
    heard = (
        PhrasebookEntry.objects.visible_to(member)
        .filter(pk=entry.pk, heard_at__isnull=True)
        .update(heard_at=now, updated_at=now)
    )
    if heard:
        record(member, "phrase.heard", entry)
    return _visible(PhrasebookEntry, member, entry.pk)


# What waits for whom ----------------------------------------------------------


def waiting_counts(member: Member) -> dict[str, int]:
    """What waits for this member, for the Together page and the space's home page."""
    return {
        "questions": Question.objects.visible_to(member).needing_answer_from(member).count(),
        "things": ThingToTry.objects.visible_to(member).needing_yes_from(member).count(),
        "phrases": PhrasebookEntry.objects.visible_to(member).needing_ear_from(member).count(),
    }


# Helpers ----------------------------------------------------------------------


def _check_letter(member: Member, letter: Letter | None) -> None:
    # Items inherit their letter's privacy, so only the letter's author may import from it.
    if letter is not None and (letter.space_id != member.space_id or letter.author_id != member.pk):
        raise NotAllowed


def _must_be_partner_of(member: Member, item) -> None:
    if item.author_id == member.pk or item.space_id != member.space_id:
        raise NotAllowed


def _visible(model, member: Member, pk: int):
    found = model.objects.visible_to(member).filter(pk=pk).first()
    if found is None:
        raise NotAllowed
    return found


def _lock(model, member: Member, pk: int):
    """The item, locked for this transaction, if the member may see it."""
    found = model.objects.visible_to(member).select_for_update(of=("self",)).filter(pk=pk).first()
    if found is None:
        raise NotAllowed
    return found


def _create_once(model, member: Member, *, match: dict, **fields) -> models.Model:
    with transaction.atomic():
        # Queue this member's submissions behind each other so that the check below
        # sees the first of two simultaneous ones (SQLite's IMMEDIATE mode does already).
        Member.objects.select_for_update().filter(pk=member.pk).first()
        since = timezone.now() - DUPLICATE_WINDOW
        earlier = (
            model.objects.filter(author=member, created_at__gte=since, **match)
            .order_by("-created_at", "-id")
            .first()
        )
        if earlier is not None:
            return earlier
        return model.objects.create(author=member, **match, **fields)


def _move(member: Member, item, sources, target: str, **fields):
    """Compare-and-set the status; repeating the same move is a no-op, not an error."""
    sources = (sources,) if isinstance(sources, str) else tuple(sources)
    model = type(item)
    now = timezone.now()
    changed = (
        model.objects.visible_to(member)
        .filter(pk=item.pk, status__in=sources)
        .update(status=target, updated_at=now, **fields)
    )
    current = _visible(model, member, item.pk)
    if not changed and current.status != target:
        raise Changed(current)
    if changed and target in MOVE_HAPPENINGS:
        record(member, MOVE_HAPPENINGS[target], current)
    return current


MOVE_HAPPENINGS = {
    ThingToTry.AGREED: "thing.agreed",
    ThingToTry.DECLINED: "thing.declined",
    ThingToTry.TRYING: "thing.started",
    ThingToTry.KEPT: "thing.reviewed",
    ThingToTry.ADJUSTED: "thing.reviewed",
    ThingToTry.DROPPED: "thing.reviewed",
}
