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

from __future__ import annotations

import math
from functools import lru_cache
from xml.sax.saxutils import escape, quoteattr

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

# Shorthands for the drawing below: ink lines, a faint tint, a solid fill.
_LINE = 'fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"'
_TINT = 'fill="currentColor" fill-opacity=".16" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round"'
_SOLID = 'fill="currentColor"'


# --- The four suit symbols, centred on (0, 0), about 24 units tall ----------------------


def _wand() -> str:
    return (
        f'<path d="M-2 -12 L2 -12 L2.5 12 L-2.5 12 Z" {_TINT}/>'
        f'<path d="M2 -6 q6 -2 7 -7 q-6 0 -7 5" {_SOLID}/>'
        f'<path d="M-2 2 q-6 -1 -8 -6 q6 -1 8 4" {_SOLID}/>'
    )


def _cup() -> str:
    return (
        f'<path d="M-9 -12 H9 Q9 1 0 2 Q-9 1 -9 -12 Z" {_TINT}/>'
        f'<path d="M0 2 V9 M-6 11 H6" {_LINE}/>'
    )


def _sword() -> str:
    return (
        f'<path d="M0 -13 L2.5 -8 V5 H-2.5 V-8 Z" {_TINT}/>'
        f'<path d="M-7 5 H7 M0 5 V12" {_LINE}/>'
        f'<circle cx="0" cy="13" r="1.8" {_SOLID}/>'
    )


def _pentacle() -> str:
    return f'<circle r="11" {_TINT}/><path d="{_star_path(5, 8, 3.2, -90)}" {_SOLID}/>'


_SUIT_SYMBOL = {"wands": _wand, "cups": _cup, "swords": _sword, "pentacles": _pentacle}


def _star_path(points: int, outer: float, inner: float, start_deg: float, cx=0.0, cy=0.0) -> str:
    corners = []
    for i in range(points * 2):
        radius = outer if i % 2 == 0 else inner
        angle = math.radians(start_deg + i * 180 / points)
        corners.append(f"{cx + radius * math.cos(angle):.1f} {cy + radius * math.sin(angle):.1f}")
    return "M" + " L".join(corners) + " Z"


def _placed(symbol: str, x: float, y: float, scale: float = 1.0, turn: bool = False) -> str:
    rotate = " rotate(180)" if turn else ""
    return f'<g transform="translate({x:g} {y:g}) scale({scale:g}){rotate}">{symbol}</g>'


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
    symbol = _SUIT_SYMBOL[card.suit]()
    if card.number == 1:  # the Ace: one large symbol in a ring
        ring = f'<circle cx="60" cy="95" r="40" {_LINE} stroke-opacity=".35"/>'
        return ring + _placed(symbol, 60, 95, 2.6)
    parts = []
    for column, row in _PIPS[card.number]:
        # The lower half is turned, as on playing cards, so the face reads both ways.
        parts.append(_placed(symbol, 33 + column * 27, 42 + row * 17.5, 1.12, turn=row > 3))
    return "".join(parts)


def _court(card: Card) -> str:
    """A figure from the shoulders up, its headwear telling the rank, and the suit held."""
    body = f'<path d="M34 150 Q34 112 60 108 Q86 112 86 150 Z" {_TINT}/>'
    head = f'<circle cx="60" cy="88" r="14" {_TINT}/>'
    hats = {
        # Page: a soft cap with a feather.
        11: f'<path d="M45 80 Q60 62 75 80 Z" {_TINT}/><path d="M72 74 q10 -10 6 -18" {_LINE}/>',
        # Knight: a helmet with a visor line and a plume.
        12: (
            f'<path d="M45 88 V80 Q60 60 75 80 V88" {_TINT}/><path d="M47 86 H73" {_LINE}/>'
            f'<path d="M60 66 q4 -10 14 -12 q-4 8 -12 13" {_SOLID}/>'
        ),
        # Queen: a crown of three rounded points.
        13: (
            f'<path d="M46 78 L48 64 L54 72 L60 60 L66 72 L72 64 L74 78 Z" {_TINT}/>'
            f'<circle cx="60" cy="58" r="2.5" {_SOLID}/>'
        ),
        # King: a taller crown of five points with a band.
        14: (
            f'<path d="M45 78 L45 60 L51 70 L56 56 L60 68 L64 56 L69 70 L75 60 L75 78 Z" {_TINT}/>'
            f'<path d="M45 78 H75" {_LINE}/>'
        ),
    }
    held = _placed(_SUIT_SYMBOL[card.suit](), 88, 128, 1.3)
    return body + head + hats[card.number] + held


# --- Major arcana: one symbol each -------------------------------------------------------


def _fool() -> str:  # 0: a step off the edge, a bundle on a stick, the sun behind
    rays = " ".join(
        f"M{32 + 14 * math.cos(math.radians(a)):.1f} {52 + 14 * math.sin(math.radians(a)):.1f} "
        f"l{5 * math.cos(math.radians(a)):.1f} {5 * math.sin(math.radians(a)):.1f}"
        for a in range(0, 360, 45)
    )
    return (
        f'<circle cx="32" cy="52" r="9" {_TINT}/><path d="{rays}" {_LINE}/>'
        f'<path d="M20 146 H72 L80 156" {_LINE}/>'
        f'<path d="M48 136 L78 80" {_LINE}/>'
        f'<circle cx="82" cy="74" r="9" {_TINT}/>'
        f'<path d="M90 150 l5 -8 l5 6" {_LINE}/>'
    )


def _magician() -> str:  # I: the lemniscate over a table with a wand
    return (
        f'<path d="M60 52 C48 36 30 44 30 52 C30 60 48 68 60 52 C72 36 90 44 90 52 '
        f'C90 60 72 68 60 52 Z" {_LINE}/>'
        f'<path d="M60 72 V128" {_LINE}/><circle cx="60" cy="72" r="4" {_SOLID}/>'
        f'<rect x="28" y="130" width="64" height="14" rx="2" {_TINT}/>'
    )


def _high_priestess() -> str:  # II: two pillars and a crescent between them
    return (
        f'<rect x="24" y="50" width="14" height="96" {_TINT}/>'
        f'<rect x="82" y="50" width="14" height="96" {_SOLID}/>'
        f'<path d="M68 78 A16 16 0 1 1 68 110 A12 12 0 1 0 68 78 Z" {_TINT}/>'
    )


def _empress() -> str:  # III: the sign of Venus among wheat
    return (
        f'<circle cx="60" cy="76" r="20" {_TINT}/>'
        f'<path d="M60 96 V136 M46 118 H74" {_LINE}/>'
        f'<path d="M28 146 V116 M92 146 V116" {_LINE}/>'
        + "".join(
            f'<ellipse cx="{x + dx}" cy="{y}" rx="3" ry="5" {_SOLID}/>'
            for x in (28, 92)
            for y in (112, 122, 132)
            for dx in (-4, 4)
        )
    )


def _emperor() -> str:  # IV: a square throne with ram's horns and an orb
    return (
        f'<path d="M34 60 H86 V146 H34 Z" {_TINT}/>'
        f'<path d="M34 62 q-14 -2 -10 14 q4 6 10 0 M86 62 q14 -2 10 14 q-4 6 -10 0" {_LINE}/>'
        f'<circle cx="60" cy="100" r="12" {_LINE}/><path d="M60 88 V80 M55 84 H65" {_LINE}/>'
    )


def _hierophant() -> str:  # V: the triple cross over two crossed keys
    return (
        f'<path d="M60 40 V150 M48 56 H72 M44 70 H76 M40 84 H80" {_LINE}/>'
        f'<path d="M34 150 L56 120 M86 150 L64 120" {_LINE}/>'
        f'<circle cx="32" cy="152" r="5" {_TINT}/><circle cx="88" cy="152" r="5" {_TINT}/>'
    )


def _lovers() -> str:  # VI: two circles overlapping under a sun
    return (
        f'<circle cx="60" cy="50" r="10" {_SOLID}/>'
        + "".join(
            f'<path d="M{60 + 16 * math.cos(math.radians(a)):.1f} '
            f"{50 + 16 * math.sin(math.radians(a)):.1f} l{6 * math.cos(math.radians(a)):.1f} "
            f'{6 * math.sin(math.radians(a)):.1f}" {_LINE}/>'
            for a in range(0, 360, 45)
        )
        + f'<circle cx="47" cy="110" r="24" {_TINT}/><circle cx="73" cy="110" r="24" {_TINT}/>'
    )


def _chariot() -> str:  # VII: a canopy of stars over a car on two wheels
    return (
        f'<path d="M30 64 Q60 44 90 64" {_LINE}/>'
        f'<path d="{_star_path(5, 5, 2, -90, 45, 58)} {_star_path(5, 5, 2, -90, 75, 58)}" {_SOLID}/>'
        f'<path d="M36 70 V120 M84 70 V120" {_LINE}/>'
        f'<rect x="30" y="96" width="60" height="30" rx="3" {_TINT}/>'
        f'<circle cx="38" cy="136" r="12" {_LINE}/><circle cx="82" cy="136" r="12" {_LINE}/>'
    )


def _strength() -> str:  # VIII: the lemniscate over a lion's maned head
    mane = "".join(
        f'<path d="M{60 + 24 * math.cos(math.radians(a)):.1f} '
        f"{112 + 24 * math.sin(math.radians(a)):.1f} l{9 * math.cos(math.radians(a)):.1f} "
        f'{9 * math.sin(math.radians(a)):.1f}" {_LINE}/>'
        for a in range(0, 360, 30)
    )
    return (
        f'<path d="M60 58 C50 44 34 50 34 58 C34 66 50 72 60 58 C70 44 86 50 86 58 '
        f'C86 66 70 72 60 58 Z" {_LINE}/>'
        f'<circle cx="60" cy="112" r="20" {_TINT}/>'
        f'<circle cx="53" cy="107" r="2.2" {_SOLID}/><circle cx="67" cy="107" r="2.2" {_SOLID}/>'
        f'<path d="M56 116 L60 120 L64 116 M60 120 V124" {_LINE}/>' + mane
    )


def _hermit() -> str:  # IX: a lantern holding a six-pointed star, on a staff
    return (
        f'<path d="M40 40 L34 150" {_LINE}/>'
        f'<path d="M60 58 V66 M52 66 H68" {_LINE}/>'
        f'<path d="M48 70 H72 L76 120 H44 Z" {_TINT}/>'
        f'<path d="{_star_path(6, 11, 5, -90, 60, 95)}" {_SOLID}/>'
    )


def _wheel() -> str:  # X: a wheel of eight spokes
    spokes = " ".join(
        f"M{60 + 12 * math.cos(math.radians(a)):.1f} {98 + 12 * math.sin(math.radians(a)):.1f} "
        f"L{60 + 38 * math.cos(math.radians(a)):.1f} {98 + 38 * math.sin(math.radians(a)):.1f}"
        for a in range(0, 360, 45)
    )
    return (
        f'<circle cx="60" cy="98" r="38" {_TINT}/><circle cx="60" cy="98" r="12" {_LINE}/>'
        f'<path d="{spokes}" {_LINE}/>'
    )


def _justice() -> str:  # XI: the scales, level
    pan = "Q{mid} {low} {right} {top}"
    return (
        f'<path d="M60 44 V146 M44 146 H76 M26 62 H94" {_LINE}/>'
        f'<circle cx="60" cy="42" r="4" {_SOLID}/>'
        f'<path d="M26 62 L16 100 M26 62 L36 100 M94 62 L84 100 M94 62 L104 100" {_LINE}/>'
        f'<path d="M14 100 {pan.format(mid=26, low=116, right=38, top=100)} Z" {_TINT}/>'
        f'<path d="M82 100 {pan.format(mid=94, low=116, right=106, top=100)} Z" {_TINT}/>'
    )


def _hanged_man() -> str:  # XII: a tau cross and a figure hanging by one foot, haloed
    return (
        f'<path d="M24 44 H96 M32 44 V150 M88 44 V150" {_LINE}/>'
        f'<path d="M60 44 V58 M60 58 V100 M60 70 L72 84 L60 90" {_LINE}/>'
        f'<path d="M60 86 L46 96 M60 86 L74 96" {_LINE}/>'
        f'<circle cx="60" cy="112" r="10" {_TINT}/><circle cx="60" cy="112" r="17" {_LINE} stroke-opacity=".4"/>'
    )


def _death() -> str:  # XIII: a five-petalled rose on a banner, and a sun between towers
    petals = "".join(
        f'<circle cx="{60 + 12 * math.cos(math.radians(a)):.1f}" '
        f'cy="{82 + 12 * math.sin(math.radians(a)):.1f}" r="9" {_TINT}/>'
        for a in range(-90, 270, 72)
    )
    return (
        f'<rect x="30" y="54" width="60" height="56" rx="4" {_LINE}/>'
        + petals
        + f'<circle cx="60" cy="82" r="5" {_SOLID}/>'
        f'<path d="M30 54 V150" {_LINE}/>'
        f'<path d="M70 146 A10 10 0 0 1 90 146" {_TINT}/>'
        f'<path d="M62 146 H98" {_LINE}/>'
    )


def _temperance() -> str:  # XIV: water poured between two cups
    return (
        _placed(_cup(), 38, 64, 1.5, turn=False)
        + _placed(_cup(), 82, 128, 1.5)
        + f'<path d="M48 70 C66 84 58 104 76 116" {_LINE} stroke-dasharray="4 4"/>'
    )


def _devil() -> str:  # XV: horns above, and two loose links of a chain below
    return (
        f'<path d="M40 80 Q28 56 38 40 Q42 64 52 74 M80 80 Q92 56 82 40 Q78 64 68 74" {_TINT}/>'
        f'<circle cx="60" cy="86" r="14" {_LINE}/>'
        f'<ellipse cx="48" cy="128" rx="12" ry="8" {_LINE}/>'
        f'<ellipse cx="72" cy="136" rx="12" ry="8" {_LINE} transform="rotate(20 72 136)"/>'
    )


def _tower() -> str:  # XVI: a tower struck by a bolt, its crown falling
    return (
        f'<path d="M42 150 V70 H46 V62 H54 V70 H66 V62 H74 V70 H78 V150 Z" {_TINT}/>'
        f'<rect x="55" y="100" width="10" height="16" rx="5" {_SOLID}/>'
        f'<path d="M98 32 L80 62 H90 L72 94 L100 54 H90 L104 32 Z" {_SOLID}/>'
        f'<path d="M16 62 L18 48 L24 56 L29 44 L34 56 L40 48 L42 62 Z" {_TINT} '
        f'transform="rotate(-24 29 54)"/>'
    )


def _star() -> str:  # XVII: one great star and seven small ones
    small = "".join(
        f'<path d="{_star_path(8, 5, 2, -90, x, y)}" {_SOLID}/>'
        for x, y in ((24, 50), (96, 50), (20, 96), (100, 96), (26, 140), (94, 140), (60, 150))
    )
    return f'<path d="{_star_path(8, 30, 11, -90, 60, 92)}" {_TINT}/>' + small


def _moon() -> str:  # XVIII: a crescent over two towers and the path between them
    drops = "".join(
        f'<path d="M{x} {y} q3 5 0 7 q-3 -2 0 -7 Z" {_SOLID}/>'
        for x, y in ((44, 92), (60, 98), (76, 92))
    )
    return (
        f'<path d="M66 40 A24 24 0 1 0 66 84 A18 18 0 1 1 66 40 Z" {_TINT}/>'
        + drops
        + f'<path d="M20 150 V112 H32 V150 M88 150 V112 H100 V150" {_LINE}/>'
        f'<path d="M54 150 Q60 128 58 110" {_LINE}/>'
    )


def _sun() -> str:  # XIX: the sun with twelve rays
    rays = " ".join(
        f"M{60 + 30 * math.cos(math.radians(a)):.1f} {96 + 30 * math.sin(math.radians(a)):.1f} "
        f"L{60 + 44 * math.cos(math.radians(a)):.1f} {96 + 44 * math.sin(math.radians(a)):.1f}"
        for a in range(0, 360, 30)
    )
    return f'<circle cx="60" cy="96" r="22" {_TINT}/><path d="{rays}" {_LINE}/>'


def _judgement() -> str:  # XX: a trumpet with a banner, and figures rising below
    trumpet = (
        f'<path d="M0 -2.5 H46 V2.5 H0 Z" {_TINT}/>'
        f'<path d="M44 -2.5 L66 -13 Q69 0 66 13 L44 2.5 Z" {_TINT}/>'
        f'<rect x="16" y="3" width="18" height="20" {_TINT}/>'
        f'<path d="M25 7 V19 M20 11 H30" {_LINE}/>'
    )
    return (
        f'<g transform="translate(22 40) rotate(28)">{trumpet}</g>'
        f'<path d="M28 150 V124 M60 150 V116 M92 150 V124" {_LINE}/>'
        f'<circle cx="28" cy="118" r="6" {_TINT}/><circle cx="60" cy="110" r="6" {_TINT}/>'
        f'<circle cx="92" cy="118" r="6" {_TINT}/>'
        f'<path d="M20 136 L28 128 L36 136 M52 128 L60 120 L68 128 M84 136 L92 128 L100 136" {_LINE}/>'
    )


def _world() -> str:  # XXI: an oval wreath, and the four corners marked
    leaves = "".join(
        f'<ellipse cx="{60 + 28 * math.cos(math.radians(a)):.1f}" '
        f'cy="{96 + 44 * math.sin(math.radians(a)):.1f}" rx="3" ry="6" {_SOLID} '
        f'transform="rotate({a + 90} {60 + 28 * math.cos(math.radians(a)):.1f} '
        f'{96 + 44 * math.sin(math.radians(a)):.1f})"/>'
        for a in range(0, 360, 24)
    )
    corners = "".join(
        f'<circle cx="{x}" cy="{y}" r="6" {_TINT}/>'
        for x, y in ((20, 44), (100, 44), (20, 148), (100, 148))
    )
    return (
        f'<ellipse cx="60" cy="96" rx="28" ry="44" {_LINE}/>'
        + leaves
        + corners
        + f'<path d="{_star_path(5, 10, 4, -90, 60, 96)}" {_TINT}/>'
    )


_MAJOR_SYMBOL = (
    _fool, _magician, _high_priestess, _empress, _emperor, _hierophant, _lovers, _chariot,
    _strength, _hermit, _wheel, _justice, _hanged_man, _death, _temperance, _devil, _tower,
    _star, _moon, _sun, _judgement, _world,
)  # fmt: skip


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


@lru_cache(maxsize=2 * len(DECK))
def _face(card: Card, reversed_: bool) -> str:
    suit = card.suit if card.arcana != MAJOR else "major"
    ink = _INK.get(card.suit or "", _MAJOR_INK)
    if card.arcana == MAJOR:
        picture = _MAJOR_SYMBOL[card.number]()
    elif card.number <= 10:
        picture = _pips(card)
    else:
        picture = _court(card)
    lines = _name_lines(card.name)
    first_y = 176 if len(lines) == 2 else 182
    name = "".join(
        f'<text x="60" y="{first_y + i * 12}" text-anchor="middle" font-size="10.5" '
        f'font-family="Georgia, serif" {_SOLID}>{escape(line)}</text>'
        for i, line in enumerate(lines)
    )
    mark = escape(corner_mark(card))
    body = (
        f'<rect class="tarot-paper" x="1.5" y="1.5" width="117" height="197" rx="9" '
        f'fill="#fffdf8" stroke="currentColor" stroke-opacity=".5" stroke-width="1.5"/>'
        f'<rect x="7" y="7" width="106" height="186" rx="6" fill="none" '
        f'stroke="currentColor" stroke-opacity=".35"/>'
        f'<text x="14" y="24" font-size="12" font-weight="bold" '
        f'font-family="Georgia, serif" {_SOLID}>{mark}</text>'
        f'<path d="M10 162 H110" stroke="currentColor" stroke-opacity=".35"/>'
        f"{picture}{name}"
    )
    if reversed_:
        body = f'<g transform="rotate(180 60 100)">{body}</g>'
    classes = f"tarot tarot-{suit}" + (" tarot-reversed" if reversed_ else "")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'class="{classes}" color="{ink}" role="img" aria-label={quoteattr(label(card, reversed_))}>'
        f"{body}</svg>"
    )
