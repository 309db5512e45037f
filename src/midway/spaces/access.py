"""The one way in to every object of a space.

Views never query a space's models directly: they go through these helpers, which
return only what the requesting member may see and answer 404 for anything else,
never 403 (a 403 would say that the thing exists).
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404

from midway.spaces.models import Member


class SpaceQuerySet(models.QuerySet):
    """Base queryset for space-owned models; override `visible_to` for private items."""

    def in_space(self, space):
        return self.filter(space=space)

    def visible_to(self, member: Member):
        return self.in_space(member.space)


def member_of(user) -> Member:
    """The member record of a signed-in user, or 404 (e.g. an admin with no space)."""
    if not user.is_authenticated:
        raise Http404
    try:
        return Member.objects.select_related("space").get(user=user)
    except Member.DoesNotExist:
        raise Http404 from None


def member_required(view):
    """Anonymous visitors go to the login page; signed-in members get `request.member`."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        request.member = member_of(request.user)
        return view(request, *args, **kwargs)

    return wrapper


def _queryset(model_or_queryset) -> models.QuerySet:
    if isinstance(model_or_queryset, models.QuerySet):
        return model_or_queryset
    return model_or_queryset._default_manager.all()


def visible_set(member: Member, model_or_queryset) -> models.QuerySet:
    """Everything of a kind that the member may see."""
    return _queryset(model_or_queryset).visible_to(member)


def visible(member: Member, model_or_queryset, **lookup):
    """One object the member may see, or 404."""
    return get_object_or_404(visible_set(member, model_or_queryset), **lookup)


def authored(member: Member, model_or_queryset, **lookup):
    """One object the member wrote (and so may change), or 404."""
    return get_object_or_404(visible_set(member, model_or_queryset), author=member, **lookup)
