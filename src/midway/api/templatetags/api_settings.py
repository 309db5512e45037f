"""The settings page's "API tokens" and "Your data" sections, as one inclusion tag."""

import uuid

from django import template

from midway.api.models import ApiToken

register = template.Library()


@register.inclusion_tag("api/settings_section.html", takes_context=True)
def api_settings_section(context):
    member = context.get("member")
    tokens = list(ApiToken.objects.filter(member=member)) if member else []
    return {
        "member": member,
        "tokens": tokens,
        "csrf_token": context.get("csrf_token"),
        # The form's own key: a double submit makes one token, not a hidden second one.
        "client_key": uuid.uuid4(),
    }
