"""Decide together: a decision, what each partner needs, the options and their marks.

Each partner first writes what they need, how much it matters and what they could
give; neither sees the other's words until both have written (`Need.visible_to`).
Then either adds options and each marks every option. Nothing is decided until
both choose the same option (`Choice`), or both agree to leave it for the same
later day. A postponed decision can be reopened; each reopening starts a new
`round`, so a page from an earlier round cannot change the new one.
"""

import uuid

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from midway.spaces.access import SpaceQuerySet
from midway.spaces.models import Member, Space


class Decision(models.Model):
    OPEN, DECIDED, POSTPONED = "open", "decided", "postponed"
    STATUSES = [(OPEN, "Open"), (DECIDED, "Decided"), (POSTPONED, "Left for another day")]

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    title = models.TextField()
    decide_by = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=STATUSES, default=OPEN)
    # Goes up at each reopening: a form from an earlier round is stale.
    round = models.PositiveIntegerField(default=1)
    # When the second partner's need came in: from then on both see both.
    revealed_at = models.DateTimeField(null=True, blank=True)
    decided_option = models.ForeignKey(
        "decisions.Option", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    postponed_to = models.DateField(null=True, blank=True)
    settled_at = models.DateTimeField(null=True, blank=True)
    # Stable across exports, so a calendar that imported the .ics twice keeps one event.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = SpaceQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["space", "status"])]

    def __str__(self):
        return self.title[:60]

    def get_absolute_url(self):
        return reverse("decisions:detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status == self.OPEN

    @property
    def is_revealed(self) -> bool:
        return self.revealed_at is not None


class NeedQuerySet(models.QuerySet):
    def visible_to(self, member: Member):
        """Needs of the space's decisions; before both have written, only one's own."""
        return self.filter(decision__space=member.space_id).filter(
            Q(author=member) | Q(decision__revealed_at__isnull=False)
        )


class Need(models.Model):
    """What one partner needs from this decision, how much it matters, what they could give."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="needs")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    need = models.TextField()
    weight = models.PositiveSmallIntegerField()
    can_give = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = NeedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["decision", "author"], name="one_need_each"),
            models.CheckConstraint(
                condition=Q(weight__gte=1) & Q(weight__lte=5), name="need_weight_1_to_5"
            ),
        ]

    def __str__(self):
        return self.need[:60]


class ChildQuerySet(models.QuerySet):
    def visible_to(self, member: Member):
        return self.filter(decision__space=member.space_id)


class MarkQuerySet(models.QuerySet):
    def visible_to(self, member: Member):
        return self.filter(option__decision__space=member.space_id)


class Option(models.Model):
    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="options")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    objects = ChildQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.text[:60]


class Mark(models.Model):
    WORKS, LIVABLE, NO = "works", "livable", "no"
    VERDICTS = [
        (WORKS, "Works for me"),
        (LIVABLE, "I can live with it"),
        (NO, "Doesn't work for me"),
    ]

    option = models.ForeignKey(Option, on_delete=models.CASCADE, related_name="marks")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    verdict = models.CharField(max_length=8, choices=VERDICTS)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = MarkQuerySet.as_manager()

    class Meta:
        ordering = ["updated_at", "id"]
        constraints = [models.UniqueConstraint(fields=["option", "author"], name="one_mark_each")]

    def __str__(self):
        return self.verdict


class Choice(models.Model):
    """One partner's current choice: an option, or a later day to decide on."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="choices")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    option = models.ForeignKey(
        Option, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    postpone_to = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = ChildQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["decision", "author"], name="one_choice_each"),
            models.CheckConstraint(
                condition=Q(option__isnull=False, postpone_to__isnull=True)
                | Q(option__isnull=True, postpone_to__isnull=False),
                name="choice_is_option_or_day",
            ),
        ]

    def __str__(self):
        return f"choice on {self.decision_id}"


class Postponement(models.Model):
    """An earlier round that both left for another day, kept when the decision is
    taken up again (reopening starts a new round and clears the choices)."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="postponements")
    round = models.PositiveIntegerField()
    day = models.DateField()
    agreed_at = models.DateTimeField()
    reopened_at = models.DateTimeField(default=timezone.now)
    reopened_by = models.ForeignKey(
        Member, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ChildQuerySet.as_manager()

    class Meta:
        ordering = ["round", "id"]
        constraints = [
            models.UniqueConstraint(fields=["decision", "round"], name="one_postponement_a_round")
        ]

    def __str__(self):
        return f"round {self.round} left for {self.day}"
