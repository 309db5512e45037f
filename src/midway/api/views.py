"""The settings page's API token section: make a token (shown once), revoke one."""

import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from midway.api import tokens
from midway.api.models import ApiToken
from midway.spaces.access import member_required


@never_cache
@member_required
@require_POST
def create_token(request):
    """Make a token and show it on this one response; only its hash is kept."""
    try:
        record, token = tokens.create_token(
            request.member, request.POST.get("name", ""), client_key=_uuid(request.POST)
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("settings")
    return render(request, "api/token_created.html", {"record": record, "token": token})


def _uuid(data) -> uuid.UUID | None:
    try:
        return uuid.UUID(data.get("client_key", ""))
    except ValueError:
        return None


@member_required
@require_POST
def revoke_token(request, pk):
    # Someone else's token is a 404, like anything else that is not yours.
    get_object_or_404(ApiToken, member=request.member, pk=pk)
    if tokens.revoke_token(request.member, pk):
        messages.success(request, "Token revoked. Programs using it can no longer sign in.")
    else:
        messages.info(request, "That token was already revoked.")
    return redirect("settings")
