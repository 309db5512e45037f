"""Appreciations, and what makes each partner feel courted.

An appreciation is a short note to the partner: a draft (its author's alone) until
sent; the partner may keep it as a favourite. One imported from a letter follows
its letter: hidden from the partner while the letter is a draft.

"What makes me feel courted" is each partner's own list, readable by the other,
who marks an item "I did this" with a day and a word. Those marks are a history
for the list's owner to read; nothing counts them into a score.
"""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from midway.letters.models import Letter
from midway.spaces.access import SpaceQuerySet
from midway.spaces.models import Member, Space
from midway.together.models import not_from_a_partners_draft


class AppreciationQuerySet(SpaceQuerySet):
    def visible_to(self, member: Member):
        sent = Q(sent_at__isnull=False) & not_from_a_partners_draft(member)
        return self.in_space(member.space).filter(Q(author=member) | sent)

    def new_for(self, member: Member):
        """Sent to this member and not yet seen by them."""
        return (
            self.visible_to(member)
            .filter(sent_at__isnull=False, seen_at__isnull=True)
            .exclude(author=member)
        )


class Appreciation(models.Model):
    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    text = models.TextField()
    sent_at = models.DateTimeField(null=True, blank=True)
    seen_at = models.DateTimeField(null=True, blank=True)
    # Kept as a favourite by the partner it was sent to.
    favourite_at = models.DateTimeField(null=True, blank=True)
    source_letter = models.ForeignKey(
        Letter, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = AppreciationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.text[:60]

    def get_absolute_url(self):
        return reverse("appreciations:index") + f"#appreciation-{self.pk}"

    @property
    def is_draft(self) -> bool:
        return self.sent_at is None


class CourtedItemQuerySet(SpaceQuerySet):
    def visible_to(self, member: Member):
        # An item made from a phrasebook entry of a draft letter stays with the draft's author.
        entry_shared = (
            Q(source_entry__isnull=True)
            | Q(source_entry__source_letter__isnull=True)
            | ~Q(source_entry__source_letter__status=Letter.DRAFT)
        )
        return self.in_space(member.space).filter(Q(author=member) | entry_shared)


class CourtedItem(models.Model):
    SMALL, BIG, DATE, RECEIVE, TAKEN = "small", "big", "date", "receive", "taken"
    KINDS = [
        (SMALL, "Small things"),
        (BIG, "Big things"),
        (DATE, "Date ideas"),
        (RECEIVE, "What I love to receive"),
        (TAKEN, "What makes me feel taken for granted"),
    ]

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=8, choices=KINDS, default=SMALL)
    text = models.TextField()
    source_entry = models.ForeignKey(
        "together.PhrasebookEntry",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = CourtedItemQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.text[:60]

    def get_absolute_url(self):
        return reverse("appreciations:courted", args=[self.author_id]) + f"#item-{self.pk}"

    @property
    def can_be_done(self) -> bool:
        return self.kind != self.TAKEN


class CourtedMarkQuerySet(models.QuerySet):
    def visible_to(self, member: Member):
        return self.filter(item__in=CourtedItem.objects.visible_to(member))


class CourtedMark(models.Model):
    """The partner's "I did this": a day and a word."""

    item = models.ForeignKey(CourtedItem, on_delete=models.CASCADE, related_name="marks")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    word = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = CourtedMarkQuerySet.as_manager()

    class Meta:
        ordering = ["-day", "-created_at", "-id"]

    def __str__(self):
        return f"{self.day}: {self.word}"
