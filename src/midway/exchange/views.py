"""A member downloads everything they can see, as the same JSON `midway export --user` writes."""

import re

from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from midway.exchange.export import dumps, export_member
from midway.spaces.access import member_required


@never_cache
@require_safe
@member_required
def my_export(request):
    data = export_member(request.member)
    # Usernames may hold letters of any script; a header wants plain ASCII.
    who = re.sub(r"[^A-Za-z0-9_-]", "", request.user.get_username()) or "member"
    name = f"midway-{who}-{timezone.localdate():%Y-%m-%d}.json"
    response = HttpResponse(dumps(data), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
