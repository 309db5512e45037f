"""The daily check-in: one a day per member, and the partner sees it."""

from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxLengthValidator,
    MaxValueValidator,
    MinValueValidator,
    ProhibitNullCharactersValidator,
)
from django.db import models
from django.db.models import Q
from django.utils import timezone

from midway.checkins.cards import CARD_NAMES, meaning
from midway.checkins.moods import MoodError, clean_mood
from midway.spaces.access import SpaceQuerySet
from midway.spaces.models import Member, Space

NOTE_MAX_CHARS = 2000
SCALE = range(1, 6)


def validate_mood(value: str) -> None:
    try:
        cleaned = clean_mood(value)
    except MoodError as error:
        raise ValidationError(str(error), code="mood") from None
    if cleaned != value:
        # Stored moods are already normalised; whitespace is dropped before saving.
        raise ValidationError("A mood is emoji only, without spaces.", code="mood")


def validate_card(value: str) -> None:
    if value and value not in CARD_NAMES:
        raise ValidationError("That is not a card of the tarot deck.", code="card")


class CheckInQuerySet(SpaceQuerySet):
    """Both partners see every check-in of their space: that is what it is for."""

    def between(self, first, last):
        return self.filter(day__gte=first, day__lte=last)

    def before(self, day):
        return self.filter(day__lt=day)


class CheckIn(models.Model):
    class Capacity(models.TextChoices):
        YES = "yes", "Yes"
        A_LITTLE = "a little", "A little"
        NOT_TODAY = "not today", "Not today"

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="checkins")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="checkins")
    # The day in the instance's time zone (settings.TIME_ZONE), not in UTC.
    day = models.DateField(default=timezone.localdate)
    card = models.CharField(max_length=40, blank=True, validators=[validate_card])
    card_reversed = models.BooleanField(default=False)
    medication_taken = models.BooleanField(null=True, blank=True)  # None: not said
    mood = models.CharField(max_length=48, blank=True, validators=[validate_mood])
    energy = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    safety = models.PositiveSmallIntegerField(
        "how safe I feel",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    capacity = models.CharField(
        "capacity for a hard talk today", max_length=10, blank=True, choices=Capacity.choices
    )
    note = models.TextField(
        blank=True,
        max_length=NOTE_MAX_CHARS,
        validators=[MaxLengthValidator(NOTE_MAX_CHARS), ProhibitNullCharactersValidator()],
    )
    source_letter = models.ForeignKey(
        "letters.Letter", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = CheckInQuerySet.as_manager()

    class Meta:
        ordering = ["-day", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "day"], name="one_checkin_per_member_per_day"
            ),
            models.CheckConstraint(
                condition=Q(energy__isnull=True) | Q(energy__gte=1, energy__lte=5),
                name="checkin_energy_1_to_5",
            ),
            models.CheckConstraint(
                condition=Q(safety__isnull=True) | Q(safety__gte=1, safety__lte=5),
                name="checkin_safety_1_to_5",
            ),
        ]
        indexes = [models.Index(fields=["space", "-day"])]

    def __str__(self):
        return f"{self.member_id} on {self.day}"

    @property
    def card_meaning(self) -> str:
        return meaning(self.card, self.card_reversed)

    @property
    def is_empty(self) -> bool:
        """Whether nothing at all has been said (e.g. only a card was cleared)."""
        return not (
            self.card
            or self.mood
            or self.note
            or self.capacity
            or self.medication_taken is not None
            or self.energy is not None
            or self.safety is not None
        )
