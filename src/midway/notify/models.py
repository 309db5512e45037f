"""Where a member's notifications go, what they want to hear, and what is on its way.

A Destination is an Apprise address (email, ntfy, Gotify, Matrix, a webhook...) or a
Web Push subscription of an installed Midway. A Notice gathers the partner's
happenings of one kind for one member for a short while (so a burst is one
notification); when it is dispatched, it gets one Delivery per destination, and each
delivery is sent, retried with backoff, or given up on, by the background worker.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from midway.notify.kinds import KINDS
from midway.spaces.models import Member, Space


class Destination(models.Model):
    APPRISE, PUSH = "apprise", "push"

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=[(APPRISE, "Apprise"), (PUSH, "Web Push")])
    # An Apprise URL, or a push subscription's endpoint. It may hold a password or a
    # token: Settings shows it with those hidden.
    url = models.TextField()
    # A push subscription's keys ({"p256dh": ..., "auth": ...}); empty for Apprise.
    keys = models.JSONField(default=dict, blank=True)
    label = models.CharField(max_length=80, blank=True)
    previews = models.BooleanField(default=False)
    # Where the links in its notifications point (the address Midway had when it was
    # added), used when MIDWAY_PUBLIC_URL is unset.
    base_url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_ok_at = models.DateTimeField(null=True, blank=True)
    last_failure_at = models.DateTimeField(null=True, blank=True)
    last_failure = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["member", "url"], name="one_destination_each")
        ]

    def __str__(self):
        return self.label or self.kind

    @property
    def failing(self) -> bool:
        return self.last_failure_at is not None and (
            self.last_ok_at is None or self.last_failure_at > self.last_ok_at
        )


class Preferences(models.Model):
    member = models.OneToOneField(Member, on_delete=models.CASCADE, related_name="+")
    # kind -> on/off; a kind missing here has its default (see kinds.KINDS).
    kinds = models.JSONField(default=dict, blank=True)
    quiet_from = models.TimeField(null=True, blank=True)
    quiet_to = models.TimeField(null=True, blank=True)
    breaks_in_quiet = models.BooleanField(default=False)

    def wants(self, kind: str) -> bool:
        return bool(self.kinds.get(kind, KINDS[kind][2])) if kind in KINDS else False


class Notice(models.Model):
    """News of one kind for one member, gathered until `due_at`, then dispatched."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    recipient = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)
    created_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField()
    dispatched_at = models.DateTimeField(null=True, blank=True)
    # The message as composed at dispatch, and where its link points.
    title = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    preview = models.TextField(blank=True)
    path = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            # One open (still gathering) notice per member and kind.
            models.UniqueConstraint(
                fields=["recipient", "kind"],
                condition=Q(dispatched_at__isnull=True),
                name="one_open_notice_per_kind",
            )
        ]


class NoticeItem(models.Model):
    """One piece of news gathered into a notice (kinds.Entry's fields). A row each, so
    two actions at once each add theirs, and neither rewrites the other's."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="items")
    actor = models.CharField(max_length=60, blank=True)
    verb = models.CharField(max_length=40)
    target = models.CharField(max_length=80)
    back = models.CharField(max_length=5, blank=True)

    class Meta:
        ordering = ["id"]


class Delivery(models.Model):
    """One notice to one destination. Sent once: a worker claims it for a lease before
    sending, so a second worker (or a task queued twice) leaves it alone; a worker killed
    mid-send lets the lease run out, and the delivery is tried again."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="deliveries")
    destination = models.ForeignKey(Destination, on_delete=models.CASCADE, related_name="+")
    attempts = models.PositiveSmallIntegerField(default=0)
    next_try_at = models.DateTimeField(default=timezone.now)
    lease_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    gave_up_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["notice", "destination"], name="one_delivery_each")
        ]
        indexes = [models.Index(fields=["sent_at", "gave_up_at", "next_try_at"])]
