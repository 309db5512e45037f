"""Creating spaces and admitting the partner: the rules live here, not in views."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from midway.spaces.models import MAX_MEMBERS, Invite, Member, Space, hash_token
from midway.spaces.usernames import UsernameTaken, canonical, is_taken


class InviteRefused(Exception):
    """The link cannot admit anyone; the message says why, in plain words."""


def create_account(username: str, password: str):
    """A user under the canonical form of `username`, or UsernameTaken (never a second one).

    Call inside a transaction: the savepoint keeps a refused name from breaking it.
    """
    if is_taken(username):
        raise UsernameTaken(username)
    try:
        with transaction.atomic():
            return get_user_model().objects.create_user(
                username=canonical(username), password=password
            )
    except IntegrityError:
        # Someone took the same name between the check and the insert.
        raise UsernameTaken(username) from None


def create_space(*, username: str, password: str, name: str, space_name: str) -> Member:
    with transaction.atomic():
        user = create_account(username, password)
        space = Space.objects.create(name=space_name)
        return Member.objects.create(user=user, space=space, name=name)


def find_invite(token: str) -> Invite:
    """The invite behind a link, or InviteRefused saying why it cannot be used."""
    invite = (
        Invite.objects.select_related("space", "created_by")
        .filter(token_hash=hash_token(token))
        .first()
    )
    if invite is None or invite.revoked:
        raise InviteRefused("This invite link is not valid. Ask your partner for a new one.")
    if invite.used_at is not None:
        raise InviteRefused("This invite link has already been used.")
    if invite.expires_at <= timezone.now():
        raise InviteRefused("This invite link has expired. Ask your partner for a new one.")
    if invite.space.members.count() >= MAX_MEMBERS:
        raise InviteRefused("This space already has two partners.")
    return invite


def join_space(*, token: str, username: str, password: str, name: str) -> Member:
    """Admit one partner through an invite, atomically: a link admits one person, once."""
    with transaction.atomic():
        invite = find_invite(token)
        # Lock the space row so two people racing on one link cannot both get in.
        space = Space.objects.select_for_update().get(pk=invite.space_id)
        claimed = Invite.objects.filter(pk=invite.pk, used_at__isnull=True, revoked=False).update(
            used_at=timezone.now()
        )
        if not claimed:
            raise InviteRefused("This invite link has already been used.")
        if space.members.count() >= MAX_MEMBERS:
            raise InviteRefused("This space already has two partners.")
        user = create_account(username, password)
        return Member.objects.create(user=user, space=space, name=name)
