from django import template

register = template.Library()


@register.filter
def model_label(obj) -> str:
    """'question', 'thing to try', 'phrasebook entry': what kind of item this is."""
    return str(obj._meta.verbose_name)
