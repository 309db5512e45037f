"""Making, checking and revoking personal API tokens."""

import secrets
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

from midway.api.models import NAME_MAX, ApiToken
from midway.spaces.models import Member, hash_token

# A recognisable prefix lets secret scanners (and people) tell a Midway token apart.
PREFIX = "midway_"
# Writing "last used" on every request would make every API read a database write;
# once a minute is precise enough to tell a living token from a forgotten one.
TOUCH_EVERY = timedelta(minutes=1)


def create_token(member: Member, name: str = "", client_key=None) -> tuple[ApiToken, str]:
    """A new token for `member`; returns the stored record and the token, shown once.

    With the `client_key` of a form that already made a token, that token gets a new
    secret (the browser only ever shows the last answer), so one form makes one token.
    """
    name = " ".join((name or "").split()) or "API token"
    if len(name) > NAME_MAX:
        raise ValidationError(f"Please keep the name under {NAME_MAX} characters.")
    if "\x00" in name:
        raise ValidationError("The name contains a character that cannot be saved.")
    token = PREFIX + secrets.token_urlsafe(32)
    if client_key:
        earlier = ApiToken.objects.active().filter(member=member, client_key=client_key)
        if earlier.update(token_hash=hash_token(token)):
            return earlier.get(), token
    record = ApiToken.objects.create(
        member=member, name=name, token_hash=hash_token(token), client_key=client_key
    )
    return record, token


def member_for_token(token: str) -> Member | None:
    """The member a valid, unrevoked token belongs to, or None."""
    if not token or len(token) > 200 or not token.isascii():
        return None
    record = (
        ApiToken.objects.active()
        .select_related("member__space", "member__user")
        .filter(token_hash=hash_token(token))
        .first()
    )
    if record is None or not record.member.user.is_active:
        return None
    now = timezone.now()
    if record.last_used_at is None or now - record.last_used_at >= TOUCH_EVERY:
        ApiToken.objects.filter(pk=record.pk).update(last_used_at=now)
    return record.member


def revoke_token(member: Member, token_id: int) -> bool:
    """Revoke one of the member's own tokens; False when there is no such active token."""
    return bool(
        ApiToken.objects.active()
        .filter(member=member, pk=token_id)
        .update(revoked_at=timezone.now())
    )


def revoke_all(member: Member) -> int:
    return ApiToken.objects.active().filter(member=member).update(revoked_at=timezone.now())
