"""Together: questions to each other, things to try, and the phrasebook.

Every item belongs to one space and can come from a letter (`source_letter`). An
item imported from a letter that is still a draft is its author's alone, exactly
like the draft itself; `TogetherQuerySet.visible_to` is the one place that says so.
"""

import unicodedata

from django.db import models
from django.db.models import Case, Count, Exists, OuterRef, Q, Value, When
from django.urls import reverse
from django.utils import timezone

from midway.letters.models import Letter
from midway.spaces.access import SpaceQuerySet
from midway.spaces.models import Member, Space


def not_from_a_partners_draft(member: Member) -> Q:
    """Mine, or not imported from a letter, or imported from a letter no longer a draft."""
    return Q(author=member) | Q(source_letter__isnull=True) | ~Q(source_letter__status=Letter.DRAFT)


class TogetherQuerySet(SpaceQuerySet):
    """Base of every Together queryset: the space's items, minus the partner's drafts."""

    def visible_to(self, member: Member):
        return self.in_space(member.space).filter(not_from_a_partners_draft(member))


class TogetherItem(models.Model):
    """What the three kinds of item share: who, where, when, and which letter."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    source_letter = models.ForeignKey(
        "letters.Letter", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True


# Questions ------------------------------------------------------------------


class QuestionQuerySet(TogetherQuerySet):
    def open(self):
        return self.filter(completed_at__isnull=True)

    def settled(self):
        return self.filter(completed_at__isnull=False)

    def needing_answer_from(self, member: Member):
        """Open questions this member is asked to answer and has not answered yet."""
        mine = Answer.objects.filter(question=OuterRef("pk"), author=member)
        return self.open().filter(Q(reveal_together=True) | ~Q(author=member)).exclude(Exists(mine))

    def open_for(self, member: Member):
        """Open questions, those waiting for this member's answer first, newest first."""
        mine = Answer.objects.filter(question=OuterRef("pk"), author=member)
        my_turn = Q(answered_by_me=False) & (Q(reveal_together=True) | ~Q(author=member))
        return (
            self.open()
            .annotate(answered_by_me=Exists(mine))
            .annotate(turn=Case(When(my_turn, then=Value(0)), default=Value(1)))
            .order_by("turn", "-id")
        )

    def for_page(self, member: Member):
        """Everything a card shows, in a fixed number of queries."""
        return (
            self.select_related("author")
            .annotate(answer_count=Count("answers"))
            .prefetch_related(
                models.Prefetch(
                    "answers",
                    queryset=Answer.objects.visible_to(member).select_related("author"),
                    to_attr="shown_answers",
                )
            )
        )


class Question(TogetherItem):
    text = models.TextField()
    # Both partners answer, and neither sees the other's answer until both have.
    reveal_together = models.BooleanField(default=False)
    # When every answer the question waits for is in; until then it stays on top.
    completed_at = models.DateTimeField(null=True, blank=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["space", "completed_at"])]

    def __str__(self):
        return self.text[:60]

    def get_absolute_url(self):
        return reverse("together:question", args=[self.pk])

    def can_be_answered_by(self, member: Member) -> bool:
        return self.completed_at is None and (self.reveal_together or self.author_id != member.pk)


class AnswerQuerySet(models.QuerySet):
    def visible_to(self, member: Member):
        """Answers on questions the member sees; an unrevealed answer only to its author."""
        questions = Question.objects.visible_to(member)
        return self.filter(question__in=questions).filter(
            Q(author=member)
            | Q(question__reveal_together=False)
            | Q(question__completed_at__isnull=False)
        )


class Answer(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["question", "author"], name="one_answer_each")
        ]

    def __str__(self):
        return self.text[:60]


# Things to try --------------------------------------------------------------


class ThingQuerySet(TogetherQuerySet):
    def needing_yes_from(self, member: Member):
        return self.filter(status=ThingToTry.PROPOSED).exclude(author=member)


class ThingToTry(TogetherItem):
    PROPOSED, AGREED, DECLINED, TRYING = "proposed", "agreed", "declined", "trying"
    KEPT, ADJUSTED, DROPPED = "kept", "adjusted", "dropped"
    STATUSES = [
        (PROPOSED, "Proposed"),
        (AGREED, "Agreed"),
        (DECLINED, "Declined"),
        (TRYING, "We're trying it"),
        (KEPT, "Kept"),
        (ADJUSTED, "Adjusted"),
        (DROPPED, "Dropped"),
    ]
    OUTCOMES = [(KEPT, "Keep it"), (ADJUSTED, "Adjust it"), (DROPPED, "Drop it")]
    # Order on the list page: what needs someone first, what is settled last.
    ACTIVE = (PROPOSED, AGREED, TRYING, ADJUSTED)

    text = models.TextField()
    why = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=STATUSES, default=PROPOSED)
    decline_note = models.TextField(blank=True)
    review_note = models.TextField(blank=True)
    agreed_at = models.DateTimeField(null=True, blank=True)
    declined_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        Member, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ThingQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["space", "status"])]

    def __str__(self):
        return self.text[:60]

    def get_absolute_url(self):
        return reverse("together:thing", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE


# Phrasebook -----------------------------------------------------------------


class PhrasebookQuerySet(TogetherQuerySet):
    def needing_ear_from(self, member: Member):
        return self.filter(heard_at__isnull=True).exclude(author=member)

    def search(self, query: str):
        """Case-insensitive for every script, the same on SQLite and PostgreSQL."""
        found = self
        for word in search_key(query).split():
            # Quotes and punctuation typed around a phrase should not stop it matching.
            word = word.strip(SEARCH_PUNCTUATION)
            if word:
                found = found.filter(search_text__contains=word)
        return found


SEARCH_PUNCTUATION = "\"'“”‘’«».,!?;:()[]…"


def search_key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class PhrasebookEntry(TogetherItem):
    said = models.TextField("what was said")
    not_meaning = models.TextField("what it does not mean", blank=True)
    meaning = models.TextField("what it means", blank=True)
    feelings = models.JSONField(default=list, blank=True)
    needs = models.JSONField(default=list, blank=True)
    request = models.TextField(blank=True)
    heard_at = models.DateTimeField(null=True, blank=True)
    # A casefolded copy of the searchable fields: SQLite's LIKE and LOWER() only
    # fold ASCII, so "ÉCOUTE" would not find "écoute" with icontains.
    search_text = models.TextField(blank=True, editable=False)

    objects = PhrasebookQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "phrasebook entries"

    def __str__(self):
        return self.said[:60]

    def save(self, *args, **kwargs):
        self.search_text = search_key(
            "\n".join([self.said, self.not_meaning, self.meaning, self.request])
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("together:entry", args=[self.pk])


class PhrasebookComment(models.Model):
    """A follow-up question or a reply: a short thread under an entry."""

    entry = models.ForeignKey(PhrasebookEntry, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.text[:60]
