"""Repair: each partner's safety menu and triggers, breaks with a promised return,
and the guided repair after a fight.

Privacy lives in the querysets: a private trigger is its author's alone, and an
account of a repair is its author's alone until both partners have finished theirs
(`RepairAccountQuerySet.visible_to` is the one place that says so; the pages, the
API and the export all read through it).
"""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from midway.spaces.access import SpaceQuerySet
from midway.spaces.models import Member, Space

ITEM_LIMIT = 2_000
ACCOUNT_LIMIT = 5_000
TITLE_LIMIT = 200
NOTE_LIMIT = 500


class KitItem(models.Model):
    """What a safety menu item and a trigger share: whose, where, when."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True

    def __str__(self):
        return self.text[:60]


class SafetyItem(KitItem):
    """One line of a partner's safety menu; the partner can always read it."""

    HELPS, WORSE, APPROACH, HEAR = "helps", "worse", "approach", "hear"
    KINDS = [
        (HELPS, "What helps me feel safe after a fight"),
        (WORSE, "What makes it worse"),
        (APPROACH, "How I like to be approached"),
        (HEAR, "What I need to hear"),
    ]
    kind = models.CharField(max_length=10, choices=KINDS, default=HELPS)

    objects = SpaceQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["space", "author"])]

    def get_absolute_url(self):
        return reverse("repair:menu_item", args=[self.pk])


class TriggerQuerySet(SpaceQuerySet):
    def visible_to(self, member: Member):
        return self.in_space(member.space).filter(Q(author=member) | Q(shared=True))


class Trigger(KitItem):
    """What sets me off, the wound under it, my early signs, what helps: private or shared."""

    SETS_OFF, WOUND, SIGN, HELPS = "sets_off", "wound", "sign", "helps"
    KINDS = [
        (SETS_OFF, "What sets me off"),
        (WOUND, "The old wound under it"),
        (SIGN, "An early sign I am flooding or shutting down"),
        (HELPS, "What helps then"),
    ]
    kind = models.CharField(max_length=10, choices=KINDS, default=SETS_OFF)
    shared = models.BooleanField(default=False)

    objects = TriggerQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["space", "author"])]

    def get_absolute_url(self):
        return reverse("repair:trigger", args=[self.pk])


class BreakQuerySet(SpaceQuerySet):
    def running(self):
        return self.filter(back_at__isnull=True)


class Break(models.Model):
    """A pause in a hard talk with a promised return; kept as history once over."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    note = models.TextField("a line to my partner", blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    # The time first promised, and the time promised now (after "I need more time").
    first_return_at = models.DateTimeField()
    return_at = models.DateTimeField()
    extensions = models.PositiveSmallIntegerField(default=0)
    back_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = BreakQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-id"]
        constraints = [
            # One running break per member: a second "I need a break" meets the first.
            models.UniqueConstraint(
                fields=["author"],
                condition=Q(back_at__isnull=True),
                name="one_running_break_per_member",
            )
        ]
        indexes = [models.Index(fields=["space", "back_at"])]

    def __str__(self):
        return f"break of {self.author_id} at {self.started_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("repair:break", args=[self.pk])

    @property
    def is_running(self) -> bool:
        return self.back_at is None

    @property
    def is_due(self) -> bool:
        """The promised time has come and the taker has not answered yet."""
        return self.is_running and timezone.now() >= self.return_at


class RepairQuerySet(SpaceQuerySet):
    def open(self):
        return self.filter(closed_at__isnull=True)


class Repair(models.Model):
    """Talking a fight through afterwards: two private accounts, revealed together."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=TITLE_LIMIT)
    letter = models.ForeignKey(
        "letters.Letter", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    # Set when both accounts are finished (both are shown), and when both accepted.
    revealed_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    objects = RepairQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # Both partners opening a repair about the same letter at once get one.
            models.UniqueConstraint(
                fields=["space", "letter"],
                condition=Q(closed_at__isnull=True, letter__isnull=False),
                name="one_open_repair_per_letter",
            )
        ]

    def __str__(self):
        return self.title[:60]

    def get_absolute_url(self):
        return reverse("repair:repair", args=[self.pk])

    @property
    def is_revealed(self) -> bool:
        return self.revealed_at is not None


class RepairAccountQuerySet(models.QuerySet):
    def visible_to(self, member: Member):
        """My own account always; my partner's only once both are finished."""
        return self.filter(repair__space=member.space_id).filter(
            Q(author=member) | Q(repair__revealed_at__isnull=False)
        )


class RepairAccount(models.Model):
    """One partner's side of a repair, private to them until both have finished."""

    STEPS = ("feelings", "own_feelings", "saw", "past", "my_part", "will_do", "ask_next_time")

    repair = models.ForeignKey(Repair, on_delete=models.CASCADE, related_name="accounts")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    feelings = models.JSONField("what I felt", default=list, blank=True)
    own_feelings = models.TextField("what I felt, in my own words", blank=True)
    saw = models.TextField("how I saw it", blank=True)
    past = models.TextField("what it touched from my past", blank=True)
    my_part = models.TextField("my part, and what I regret", blank=True)
    will_do = models.TextField("one thing I will do next time", blank=True)
    ask_next_time = models.TextField("one thing I ask of you next time", blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # After the reveal: my answer to my partner's account.
    accepted_at = models.DateTimeField(null=True, blank=True)
    still_need = models.TextField("what I still need", blank=True)
    # The thing to try that my "next time I ask" became, once someone proposed it.
    thing = models.ForeignKey(
        "together.ThingToTry", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = RepairAccountQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["repair", "author"], name="one_account_each")
        ]

    def __str__(self):
        return f"account of {self.author_id} in repair {self.repair_id}"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in self.STEPS)
