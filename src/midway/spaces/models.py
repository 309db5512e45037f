"""A space is two partners; every other object in Midway belongs to one space."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

MAX_MEMBERS = 2


class Space(models.Model):
    name = models.CharField(max_length=120)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.name

    @property
    def is_full(self) -> bool:
        return self.members.count() >= MAX_MEMBERS


class Member(models.Model):
    """A person in a space. One user belongs to exactly one space."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="members")
    name = models.CharField("your name", max_length=60)
    coach_enabled = models.BooleanField(default=True)
    # One emoji the member chose as their face, or "" for the initial of their name.
    face = models.CharField(max_length=32, blank=True, default="")
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["joined_at", "id"]

    def __str__(self):
        return self.name

    @property
    def partner(self) -> "Member | None":
        return self.space.members.exclude(pk=self.pk).first()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class InviteQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(used_at__isnull=True, revoked=False, expires_at__gt=timezone.now())


class Invite(models.Model):
    """A single-use link that admits the second partner. Only its hash is stored."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="invites")
    created_by = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)

    objects = InviteQuerySet.as_manager()

    @classmethod
    def issue(cls, member: Member) -> tuple["Invite", str]:
        """Create a fresh invite (revoking older unused ones); return it with its token."""
        cls.objects.filter(space=member.space, used_at__isnull=True).update(revoked=True)
        token = secrets.token_urlsafe(32)
        invite = cls.objects.create(
            space=member.space,
            created_by=member,
            token_hash=hash_token(token),
            expires_at=timezone.now() + settings.INVITE_LIFETIME,
        )
        return invite, token


class DataVersion(models.Model):
    """One row whose number grows whenever anything a page shows is written.

    Database triggers on every table of Midway's own (see `midway.spaces.changes`)
    raise it in the same transaction as the write, whatever made the write: a view,
    a bulk update, a management command, the worker. Rendered pages are cached under
    the number they were read at (`midway.spaces.pagecache`), so a write makes every
    earlier page unreachable.
    """

    number = models.BigIntegerField(default=0)
