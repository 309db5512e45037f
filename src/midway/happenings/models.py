"""One stream of happenings: who did what to which item of the space, and when.

The areas' services record a happening when a member does something the partner
should hear of (shares a letter, answers, agrees, checks in...). The home page's
"What's new", and later the insights' markers and the notifications, read this one
stream instead of asking every area on its own.

A happening holds no words of its own, only a reference to its item; the item is
read through the space's access helpers when the stream is shown, so a happening
about something the reader may not see (a draft, a letter taken back, an answer not
yet revealed) is simply not shown.
"""

from django.db import models
from django.utils import timezone

from midway.spaces.access import SpaceQuerySet
from midway.spaces.models import Member, Space


class Happening(models.Model):
    # verb: the words shown after the actor's name, and before the item's title.
    VERBS = {
        "letter.shared": "shared a letter",
        "letter.replied": "replied to",
        "letter.reacted": "reacted to",
        "question.asked": "asked",
        "question.answered": "answered",
        "thing.proposed": "proposed to try",
        "thing.agreed": "said yes to trying",
        "thing.declined": "said not now to",
        "thing.started": "started trying",
        "thing.reviewed": "looked back on",
        "phrase.added": "explained",
        "phrase.heard": "heard you on",
        "phrase.commented": "asked about",
        "checkin.made": "checked in",
        "break.taken": "took a break",
        "break.more_time": "needs more time on a break",
        "break.back": "is back from a break",
        "repair.opened": "opened a repair about",
        "repair.finished": "finished their side of",
        "repair.accepted": "accepted your side of",
        "decision.opened": "opened a decision:",
        "decision.decided": "decided together with you:",
        "decision.postponed": "agreed with you to leave for another day:",
        "appreciation.sent": "sent you an appreciation:",
        "courted.done": "did something from your list:",
    }

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    actor = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    # One of VERBS (no `choices`: a new area's verb needs no migration of this table).
    verb = models.CharField(max_length=40)
    # "app_label.model" and the item's id: portable across instances (export/restore).
    target_model = models.CharField(max_length=60)
    target_id = models.PositiveBigIntegerField()
    at = models.DateTimeField(default=timezone.now)

    objects = SpaceQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["space", "-at"])]
        constraints = [
            # The same thing done again (a second reply, a reaction back on) moves the
            # happening to now instead of adding a row.
            models.UniqueConstraint(
                fields=["actor", "verb", "target_model", "target_id"], name="one_happening_each"
            )
        ]

    @property
    def words(self) -> str:
        return self.VERBS.get(self.verb, self.verb)


class LastLook(models.Model):
    """When a member last looked at the home page: what came after is new to them."""

    member = models.OneToOneField(Member, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(default=timezone.now)
