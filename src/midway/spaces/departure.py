"""A member leaves their space, or deletes their account, with everything they wrote.

What happens to what they wrote is their choice, made once:

- Take everything away (the default): the member's row is deleted, and with it
  everything that names them as its author (letters and their replies, questions and
  their answers, things to try, phrasebook entries, check-ins, the repair kit, breaks,
  repairs, decisions, appreciations, courted lists, happenings, API tokens).
- Leave what they shared with the partner: whatever the partner could already see
  stays with the partner, under the member's name marked "(left)", held by a closed
  account that nobody can sign in to. What the partner could not see (drafts,
  unrevealed answers and accounts, private triggers, unsent appreciations) is deleted
  all the same; so are API tokens, invites and the member's "last looked" mark.

Leaving keeps the person's account: they continue alone in a new, empty space of their
own. Deleting the account removes the sign-in too. A member alone in their space takes
the whole space with them either way.
"""

import secrets

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models, transaction

from midway.spaces.models import Member, Space

LEFT_MARK = " (left)"
# Records that belong to the person, not to what they shared: never left behind.
ALWAYS_DELETED = {"api.apitoken", "happenings.lastlook", "spaces.invite"}


def _references(member: Member):
    """Every (model, field) that points at a member, with the member's rows of it."""
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            points_here = field.many_to_one and field.related_model is Member
            if points_here and field.remote_field.on_delete is models.CASCADE:
                yield model, model._default_manager.filter(**{field.name: member})


def _delete_what_partner_cannot_see(member: Member, partner: Member) -> None:
    for model, rows in _references(member):
        if model._meta.label_lower in ALWAYS_DELETED:
            rows.delete()
            continue
        everything = model._default_manager.all()
        if hasattr(everything, "visible_to"):
            rows.exclude(pk__in=everything.visible_to(partner).values("pk")).delete()
        # Otherwise (a reply, a reaction, a comment) it hangs on something the partner
        # sees, or was deleted with it just now.


def _closed_account():
    """A user nobody can sign in as, to hold what a departed member left behind."""
    users = get_user_model().objects
    user = users.create_user(username=f"left-{secrets.token_hex(8)}", password=None)
    user.is_active = False
    user.save(update_fields=["is_active"])
    return user


def depart(member: Member, *, keep_shared: bool, delete_account: bool) -> Member | None:
    """Take `member` out of their space; return their new member (when they only leave)."""
    user = member.user
    name = member.name
    with transaction.atomic():
        # One departure at a time per space: two partners leaving at once both finish.
        space = Space.objects.select_for_update().get(pk=member.space_id)
        member = Member.objects.select_related("user").get(pk=member.pk)
        partner = space.members.exclude(pk=member.pk).first()
        if partner is None:
            space.delete()
        elif keep_shared:
            _delete_what_partner_cannot_see(member, partner)
            member.user = _closed_account()
            member.name = name[: 60 - len(LEFT_MARK)] + LEFT_MARK
            member.coach_enabled = False
            member.save(update_fields=["user", "name", "coach_enabled"])
        else:
            member.delete()
        if delete_account:
            user.delete()
            return None
        fresh = Space.objects.create(name=f"{name}'s space"[:120])
        return Member.objects.create(user=user, space=fresh, name=name)
