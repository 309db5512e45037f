"""`{% card_face name reversed %}`: a card's SVG face inline in a page.

Inline, not an <img>: the face takes its colours from the page's stylesheet (light and
dark), and costs no request. Sizes are classes in checkins/tarot.css.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from midway.checkins.card_faces import card_face as draw_face
from midway.checkins.card_faces import card_mini
from midway.text.deck import find_card

register = template.Library()
SIZES = ("large", "medium", "small")


@register.simple_tag
def card_face(name, reversed_=False, size="large", decorative=False, turn_in=False):
    """The face of the card called `name`, or nothing for "" or a name not in the deck.

    `decorative`: hidden from screen readers where the card's name is already written
    beside it. `turn_in`: the face turns in once (not under prefers-reduced-motion).
    """
    card = find_card(name) if name else None
    if card is None:
        return ""
    if size not in SIZES:
        raise template.TemplateSyntaxError(f"card_face size is one of {SIZES}, not {size!r}")
    classes = f"tarot-face tarot-face-{size}" + (" tarot-turn-in" if turn_in else "")
    # The SVG is built by our own pure function, with every text in it escaped.
    # A small face is the mini one: lists of them stay light (see card_mini).
    draw = card_mini if size == "small" else draw_face
    face = mark_safe(draw(card, bool(reversed_)))
    if decorative:
        return format_html('<span class="{}" aria-hidden="true">{}</span>', classes, face)
    return format_html('<span class="{}">{}</span>', classes, face)
