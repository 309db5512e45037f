"""The face of each of the 78 cards, drawn as SVG from the deck data.

Pure Python, no Django: `card_face(card, reversed_)` returns one self-contained `<svg>`
element (no external reference, no script, no style attribute, so it can sit inline
under the strict Content-Security-Policy). A minor card shows its suit's symbol as pips
(Ace to Ten) or a court figure (Page, Knight, Queen, King) holding it; a major card shows
a symbol of its own, drawn here for Midway from circles, lines and simple paths. A
reversed card is the same face turned half a turn.

Colours: the ink is `currentColor` and the tints are `currentColor` made faint, so one
CSS `color` per suit (and per theme) colours a whole face; the paper is a class the page's
stylesheet may recolour for dark mode. The presentation attributes are only defaults for
a face shown on its own.
"""

from functools import lru_cache
from xml.sax.saxutils import escape, quoteattr

from midway.checkins.card_drawing import LINE, SOLID, SUIT_SYMBOL, TINT, placed
from midway.checkins.card_majors import MAJOR_SYMBOL
from midway.text.deck import DECK, MAJOR, Card

WIDTH, HEIGHT = 120, 200
_ROMAN = (
    "0", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
    "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI",
)  # fmt: skip
# The default ink of each suit when no stylesheet colours the face.
_INK = {"wands": "#a34a00", "cups": "#1f5f99", "swords": "#3f4f5f", "pentacles": "#2f6b3a"}
_MAJOR_INK = "#6b3f80"
_COURT_MARK = {11: "P", 12: "Kn", 13: "Q", 14: "K"}

# --- Minor arcana: pips and court figures ------------------------------------------------

# Where the pips of Two to Ten sit, as (column, row) in a 3 × 7 grid of the picture area,
# laid out the way playing cards are.
_PIPS = {
    2: ((1, 0), (1, 6)),
    3: ((1, 0), (1, 3), (1, 6)),
    4: ((0, 0), (2, 0), (0, 6), (2, 6)),
    5: ((0, 0), (2, 0), (1, 3), (0, 6), (2, 6)),
    6: ((0, 0), (2, 0), (0, 3), (2, 3), (0, 6), (2, 6)),
    7: ((0, 0), (2, 0), (1, 1.5), (0, 3), (2, 3), (0, 6), (2, 6)),
    8: ((0, 0), (2, 0), (1, 1.5), (0, 3), (2, 3), (1, 4.5), (0, 6), (2, 6)),
    9: ((0, 0), (2, 0), (0, 2), (2, 2), (1, 3), (0, 4), (2, 4), (0, 6), (2, 6)),
    10: ((0, 0), (2, 0), (1, 1), (0, 2), (2, 2), (0, 4), (2, 4), (1, 5), (0, 6), (2, 6)),
}


def _pips(card: Card) -> str:
    symbol = SUIT_SYMBOL[card.suit]()
    if card.number == 1:  # the Ace: one large symbol in a ring
        ring = f'<circle cx="60" cy="95" r="40" {LINE} stroke-opacity=".35"/>'
        return ring + placed(symbol, 60, 95, 2.6)
    parts = []
    for column, row in _PIPS[card.number]:
        # The lower half is turned, as on playing cards, so the face reads both ways.
        parts.append(placed(symbol, 33 + column * 27, 42 + row * 17.5, 1.12, turn=row > 3))
    return "".join(parts)


def _court(card: Card) -> str:
    """A figure from the shoulders up, its headwear telling the rank, and the suit held."""
    body = f'<path d="M34 150 Q34 112 60 108 Q86 112 86 150 Z" {TINT}/>'
    head = f'<circle cx="60" cy="88" r="14" {TINT}/>'
    hats = {
        # Page: a soft cap with a feather.
        11: f'<path d="M45 80 Q60 62 75 80 Z" {TINT}/><path d="M72 74 q10 -10 6 -18" {LINE}/>',
        # Knight: a helmet with a visor line and a plume.
        12: (
            f'<path d="M45 88 V80 Q60 60 75 80 V88" {TINT}/><path d="M47 86 H73" {LINE}/>'
            f'<path d="M60 66 q4 -10 14 -12 q-4 8 -12 13" {SOLID}/>'
        ),
        # Queen: a crown of three rounded points.
        13: (
            f'<path d="M46 78 L48 64 L54 72 L60 60 L66 72 L72 64 L74 78 Z" {TINT}/>'
            f'<circle cx="60" cy="58" r="2.5" {SOLID}/>'
        ),
        # King: a taller crown of five points with a band.
        14: (
            f'<path d="M45 78 L45 60 L51 70 L56 56 L60 68 L64 56 L69 70 L75 60 L75 78 Z" {TINT}/>'
            f'<path d="M45 78 H75" {LINE}/>'
        ),
    }
    held = placed(SUIT_SYMBOL[card.suit](), 88, 128, 1.3)
    return body + head + hats[card.number] + held


# --- The whole face ----------------------------------------------------------------------


def corner_mark(card: Card) -> str:
    """The short mark in the top corner: the numeral of a major card, else A, 2–10, P, Kn, Q, K."""
    if card.arcana == MAJOR:
        return _ROMAN[card.number]
    if card.number == 1:
        return "A"
    return _COURT_MARK.get(card.number, str(card.number))


def _name_lines(name: str, width: int = 16) -> list[str]:
    """The card's name in at most two lines that fit the bottom of the face."""
    if len(name) <= width:
        return [name]
    words = name.split(" ")
    best = [name]
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        if max(len(first), len(second)) < max(len(line) for line in best) or len(best) == 1:
            best = [first, second]
    return best


def label(card: Card, reversed_: bool) -> str:
    """What a screen reader says for the face: the name and which way up it is."""
    return f"{card.name}, {'reversed' if reversed_ else 'upright'}"


def card_face(card: Card, reversed_: bool = False) -> str:
    """The SVG face of `card`, turned half a turn when `reversed_`."""
    return _face(card, bool(reversed_))


def card_mini(card: Card, reversed_: bool = False) -> str:
    """A small face for lists and badges: the card's mark over its suit's symbol (a
    major card's numeral alone), about a tenth of the full face's bytes, so a list of
    two weeks of cards stays light. Turned half a turn when `reversed_`."""
    return _mini(card, bool(reversed_))


@lru_cache(maxsize=2 * len(DECK))
def _mini(card: Card, reversed_: bool) -> str:
    mark = escape(corner_mark(card))
    if card.arcana == MAJOR:
        inside = (
            f'<text x="60" y="112" text-anchor="middle" font-size="{48 if len(mark) < 4 else 34}" '
            f'font-weight="bold" font-family="Georgia, serif" {SOLID}>{mark}</text>'
        )
    else:
        inside = (
            f'<text x="60" y="62" text-anchor="middle" font-size="40" font-weight="bold" '
            f'font-family="Georgia, serif" {SOLID}>{mark}</text>'
            + placed(SUIT_SYMBOL[card.suit](), 60, 130, 2.6)
        )
    body = (
        f'<rect class="tarot-paper" x="3" y="3" width="114" height="194" rx="12" '
        f'fill="#fffdf8" stroke="currentColor" stroke-width="5"/>{inside}'
    )
    return _svg(card, reversed_, body, "tarot-mini ")


@lru_cache(maxsize=2 * len(DECK))
def _face(card: Card, reversed_: bool) -> str:
    if card.arcana == MAJOR:
        picture = MAJOR_SYMBOL[card.number]()
    elif card.number <= 10:
        picture = _pips(card)
    else:
        picture = _court(card)
    lines = _name_lines(card.name)
    first_y = 176 if len(lines) == 2 else 182
    name = "".join(
        f'<text x="60" y="{first_y + i * 12}" text-anchor="middle" font-size="10.5" '
        f'font-family="Georgia, serif" {SOLID}>{escape(line)}</text>'
        for i, line in enumerate(lines)
    )
    mark = escape(corner_mark(card))
    body = (
        f'<rect class="tarot-paper" x="1.5" y="1.5" width="117" height="197" rx="9" '
        f'fill="#fffdf8" stroke="currentColor" stroke-opacity=".5" stroke-width="1.5"/>'
        f'<rect x="7" y="7" width="106" height="186" rx="6" fill="none" '
        f'stroke="currentColor" stroke-opacity=".35"/>'
        f'<text x="14" y="24" font-size="12" font-weight="bold" '
        f'font-family="Georgia, serif" {SOLID}>{mark}</text>'
        f'<path d="M10 162 H110" stroke="currentColor" stroke-opacity=".35"/>'
        f"{picture}{name}"
    )
    return _svg(card, reversed_, body)


def _svg(card: Card, reversed_: bool, body: str, kind: str = "") -> str:
    """The <svg> around a face's drawing: its suit's ink, its label, turned if reversed."""
    suit = card.suit if card.arcana != MAJOR else "major"
    ink = _INK.get(card.suit or "", _MAJOR_INK)
    if reversed_:
        body = f'<g transform="rotate(180 60 100)">{body}</g>'
    classes = f"tarot {kind}tarot-{suit}" + (" tarot-reversed" if reversed_ else "")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'class="{classes}" color="{ink}" role="img" aria-label={quoteattr(label(card, reversed_))}>'
        f"{body}</svg>"
    )
