"""`{% face member %}`: a member's chosen emoji, or their initial in a coloured circle.

Decorative (hidden from screen readers): it always stands beside the member's name.
Uses only the member's own fields, so it adds no query wherever it is used.
"""

from django import template
from django.utils.html import format_html

from midway.spaces.faces import colour, initial

register = template.Library()


@register.simple_tag
def face(member, size=""):
    if member is None or not hasattr(member, "name"):
        return ""
    sized = f" face-{size}" if size in ("small", "large") else ""
    emoji = getattr(member, "face", "")
    if emoji:
        return format_html(
            '<span class="face face-emoji{}" aria-hidden="true">{}</span>', sized, emoji
        )
    return format_html(
        '<span class="face face-c{}{}" aria-hidden="true">{}</span>',
        colour(member.pk),
        sized,
        initial(member.name),
    )


@register.inclusion_tag("spaces/settings_face.html", takes_context=True)
def face_settings(context):
    """The Settings page's "Your face" section: what my partner sees, and the form."""
    from midway.spaces.face_forms import SUGGESTIONS, FaceForm

    member = context.get("member")
    return {
        "member": member,
        "face_form": FaceForm(initial={"face": getattr(member, "face", "")}),
        "suggestions": SUGGESTIONS,
        "csrf_token": context.get("csrf_token"),
    }
