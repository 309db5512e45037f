"""A symbol of our own for each of the 22 major arcana, drawn in the 120 × 200 face.

Pure Python: circles, lines and simple paths, each card's idea in a few strokes (the
scales of Justice, the Tower struck by a bolt, the trumpet of Judgement...).
"""

from __future__ import annotations

import math

from midway.checkins.card_drawing import LINE, SOLID, TINT, cup, placed, star_path


def _fool() -> str:  # 0: a step off the edge, a bundle on a stick, the sun behind
    rays = " ".join(
        f"M{32 + 14 * math.cos(math.radians(a)):.1f} {52 + 14 * math.sin(math.radians(a)):.1f} "
        f"l{5 * math.cos(math.radians(a)):.1f} {5 * math.sin(math.radians(a)):.1f}"
        for a in range(0, 360, 45)
    )
    return (
        f'<circle cx="32" cy="52" r="9" {TINT}/><path d="{rays}" {LINE}/>'
        f'<path d="M20 146 H72 L80 156" {LINE}/>'
        f'<path d="M48 136 L78 80" {LINE}/>'
        f'<circle cx="82" cy="74" r="9" {TINT}/>'
        f'<path d="M90 150 l5 -8 l5 6" {LINE}/>'
    )


def _magician() -> str:  # I: the lemniscate over a table with a wand
    return (
        f'<path d="M60 52 C48 36 30 44 30 52 C30 60 48 68 60 52 C72 36 90 44 90 52 '
        f'C90 60 72 68 60 52 Z" {LINE}/>'
        f'<path d="M60 72 V128" {LINE}/><circle cx="60" cy="72" r="4" {SOLID}/>'
        f'<rect x="28" y="130" width="64" height="14" rx="2" {TINT}/>'
    )


def _high_priestess() -> str:  # II: two pillars and a crescent between them
    return (
        f'<rect x="24" y="50" width="14" height="96" {TINT}/>'
        f'<rect x="82" y="50" width="14" height="96" {SOLID}/>'
        f'<path d="M68 78 A16 16 0 1 1 68 110 A12 12 0 1 0 68 78 Z" {TINT}/>'
    )


def _empress() -> str:  # III: the sign of Venus among wheat
    return (
        f'<circle cx="60" cy="76" r="20" {TINT}/>'
        f'<path d="M60 96 V136 M46 118 H74" {LINE}/>'
        f'<path d="M28 146 V116 M92 146 V116" {LINE}/>'
        + "".join(
            f'<ellipse cx="{x + dx}" cy="{y}" rx="3" ry="5" {SOLID}/>'
            for x in (28, 92)
            for y in (112, 122, 132)
            for dx in (-4, 4)
        )
    )


def _emperor() -> str:  # IV: a square throne with ram's horns and an orb
    return (
        f'<path d="M34 60 H86 V146 H34 Z" {TINT}/>'
        f'<path d="M34 62 q-14 -2 -10 14 q4 6 10 0 M86 62 q14 -2 10 14 q-4 6 -10 0" {LINE}/>'
        f'<circle cx="60" cy="100" r="12" {LINE}/><path d="M60 88 V80 M55 84 H65" {LINE}/>'
    )


def _hierophant() -> str:  # V: the triple cross over two crossed keys
    return (
        f'<path d="M60 40 V150 M48 56 H72 M44 70 H76 M40 84 H80" {LINE}/>'
        f'<path d="M34 150 L56 120 M86 150 L64 120" {LINE}/>'
        f'<circle cx="32" cy="152" r="5" {TINT}/><circle cx="88" cy="152" r="5" {TINT}/>'
    )


def _lovers() -> str:  # VI: two circles overlapping under a sun
    return (
        f'<circle cx="60" cy="50" r="10" {SOLID}/>'
        + "".join(
            f'<path d="M{60 + 16 * math.cos(math.radians(a)):.1f} '
            f"{50 + 16 * math.sin(math.radians(a)):.1f} l{6 * math.cos(math.radians(a)):.1f} "
            f'{6 * math.sin(math.radians(a)):.1f}" {LINE}/>'
            for a in range(0, 360, 45)
        )
        + f'<circle cx="47" cy="110" r="24" {TINT}/><circle cx="73" cy="110" r="24" {TINT}/>'
    )


def _chariot() -> str:  # VII: a canopy of stars over a car on two wheels
    return (
        f'<path d="M30 64 Q60 44 90 64" {LINE}/>'
        f'<path d="{star_path(5, 5, 2, -90, 45, 58)} {star_path(5, 5, 2, -90, 75, 58)}" {SOLID}/>'
        f'<path d="M36 70 V120 M84 70 V120" {LINE}/>'
        f'<rect x="30" y="96" width="60" height="30" rx="3" {TINT}/>'
        f'<circle cx="38" cy="136" r="12" {LINE}/><circle cx="82" cy="136" r="12" {LINE}/>'
    )


def _strength() -> str:  # VIII: the lemniscate over a lion's maned head
    mane = "".join(
        f'<path d="M{60 + 24 * math.cos(math.radians(a)):.1f} '
        f"{112 + 24 * math.sin(math.radians(a)):.1f} l{9 * math.cos(math.radians(a)):.1f} "
        f'{9 * math.sin(math.radians(a)):.1f}" {LINE}/>'
        for a in range(0, 360, 30)
    )
    return (
        f'<path d="M60 58 C50 44 34 50 34 58 C34 66 50 72 60 58 C70 44 86 50 86 58 '
        f'C86 66 70 72 60 58 Z" {LINE}/>'
        f'<circle cx="60" cy="112" r="20" {TINT}/>'
        f'<circle cx="53" cy="107" r="2.2" {SOLID}/><circle cx="67" cy="107" r="2.2" {SOLID}/>'
        f'<path d="M56 116 L60 120 L64 116 M60 120 V124" {LINE}/>' + mane
    )


def _hermit() -> str:  # IX: a lantern holding a six-pointed star, on a staff
    return (
        f'<path d="M40 40 L34 150" {LINE}/>'
        f'<path d="M60 58 V66 M52 66 H68" {LINE}/>'
        f'<path d="M48 70 H72 L76 120 H44 Z" {TINT}/>'
        f'<path d="{star_path(6, 11, 5, -90, 60, 95)}" {SOLID}/>'
    )


def _wheel() -> str:  # X: a wheel of eight spokes
    spokes = " ".join(
        f"M{60 + 12 * math.cos(math.radians(a)):.1f} {98 + 12 * math.sin(math.radians(a)):.1f} "
        f"L{60 + 38 * math.cos(math.radians(a)):.1f} {98 + 38 * math.sin(math.radians(a)):.1f}"
        for a in range(0, 360, 45)
    )
    return (
        f'<circle cx="60" cy="98" r="38" {TINT}/><circle cx="60" cy="98" r="12" {LINE}/>'
        f'<path d="{spokes}" {LINE}/>'
    )


def _justice() -> str:  # XI: the scales, level
    pan = "Q{mid} {low} {right} {top}"
    return (
        f'<path d="M60 44 V146 M44 146 H76 M26 62 H94" {LINE}/>'
        f'<circle cx="60" cy="42" r="4" {SOLID}/>'
        f'<path d="M26 62 L16 100 M26 62 L36 100 M94 62 L84 100 M94 62 L104 100" {LINE}/>'
        f'<path d="M14 100 {pan.format(mid=26, low=116, right=38, top=100)} Z" {TINT}/>'
        f'<path d="M82 100 {pan.format(mid=94, low=116, right=106, top=100)} Z" {TINT}/>'
    )


def _hanged_man() -> str:  # XII: a tau cross and a figure hanging by one foot, haloed
    return (
        f'<path d="M24 44 H96 M32 44 V150 M88 44 V150" {LINE}/>'
        f'<path d="M60 44 V58 M60 58 V100 M60 70 L72 84 L60 90" {LINE}/>'
        f'<path d="M60 86 L46 96 M60 86 L74 96" {LINE}/>'
        f'<circle cx="60" cy="112" r="10" {TINT}/><circle cx="60" cy="112" r="17" {LINE} stroke-opacity=".4"/>'
    )


def _death() -> str:  # XIII: a five-petalled rose on a banner, and a sun between towers
    petals = "".join(
        f'<circle cx="{60 + 12 * math.cos(math.radians(a)):.1f}" '
        f'cy="{82 + 12 * math.sin(math.radians(a)):.1f}" r="9" {TINT}/>'
        for a in range(-90, 270, 72)
    )
    return (
        f'<rect x="30" y="54" width="60" height="56" rx="4" {LINE}/>'
        + petals
        + f'<circle cx="60" cy="82" r="5" {SOLID}/>'
        f'<path d="M30 54 V150" {LINE}/>'
        f'<path d="M70 146 A10 10 0 0 1 90 146" {TINT}/>'
        f'<path d="M62 146 H98" {LINE}/>'
    )


def _temperance() -> str:  # XIV: water poured between two cups
    return (
        placed(cup(), 38, 64, 1.5, turn=False)
        + placed(cup(), 82, 128, 1.5)
        + f'<path d="M48 70 C66 84 58 104 76 116" {LINE} stroke-dasharray="4 4"/>'
    )


def _devil() -> str:  # XV: horns above, and two loose links of a chain below
    return (
        f'<path d="M40 80 Q28 56 38 40 Q42 64 52 74 M80 80 Q92 56 82 40 Q78 64 68 74" {TINT}/>'
        f'<circle cx="60" cy="86" r="14" {LINE}/>'
        f'<ellipse cx="48" cy="128" rx="12" ry="8" {LINE}/>'
        f'<ellipse cx="72" cy="136" rx="12" ry="8" {LINE} transform="rotate(20 72 136)"/>'
    )


def _tower() -> str:  # XVI: a tower struck by a bolt, its crown falling
    return (
        f'<path d="M42 150 V70 H46 V62 H54 V70 H66 V62 H74 V70 H78 V150 Z" {TINT}/>'
        f'<rect x="55" y="100" width="10" height="16" rx="5" {SOLID}/>'
        f'<path d="M98 32 L80 62 H90 L72 94 L100 54 H90 L104 32 Z" {SOLID}/>'
        f'<path d="M16 62 L18 48 L24 56 L29 44 L34 56 L40 48 L42 62 Z" {TINT} '
        f'transform="rotate(-24 29 54)"/>'
    )


def _star() -> str:  # XVII: one great star and seven small ones
    small = "".join(
        f'<path d="{star_path(8, 5, 2, -90, x, y)}" {SOLID}/>'
        for x, y in ((24, 50), (96, 50), (20, 96), (100, 96), (26, 140), (94, 140), (60, 150))
    )
    return f'<path d="{star_path(8, 30, 11, -90, 60, 92)}" {TINT}/>' + small


def _moon() -> str:  # XVIII: a crescent over two towers and the path between them
    drops = "".join(
        f'<path d="M{x} {y} q3 5 0 7 q-3 -2 0 -7 Z" {SOLID}/>'
        for x, y in ((44, 92), (60, 98), (76, 92))
    )
    return (
        f'<path d="M66 40 A24 24 0 1 0 66 84 A18 18 0 1 1 66 40 Z" {TINT}/>'
        + drops
        + f'<path d="M20 150 V112 H32 V150 M88 150 V112 H100 V150" {LINE}/>'
        f'<path d="M54 150 Q60 128 58 110" {LINE}/>'
    )


def _sun() -> str:  # XIX: the sun with twelve rays
    rays = " ".join(
        f"M{60 + 30 * math.cos(math.radians(a)):.1f} {96 + 30 * math.sin(math.radians(a)):.1f} "
        f"L{60 + 44 * math.cos(math.radians(a)):.1f} {96 + 44 * math.sin(math.radians(a)):.1f}"
        for a in range(0, 360, 30)
    )
    return f'<circle cx="60" cy="96" r="22" {TINT}/><path d="{rays}" {LINE}/>'


def _judgement() -> str:  # XX: a trumpet with a banner, and figures rising below
    trumpet = (
        f'<path d="M0 -2.5 H46 V2.5 H0 Z" {TINT}/>'
        f'<path d="M44 -2.5 L66 -13 Q69 0 66 13 L44 2.5 Z" {TINT}/>'
        f'<rect x="16" y="3" width="18" height="20" {TINT}/>'
        f'<path d="M25 7 V19 M20 11 H30" {LINE}/>'
    )
    return (
        f'<g transform="translate(22 40) rotate(28)">{trumpet}</g>'
        f'<path d="M28 150 V124 M60 150 V116 M92 150 V124" {LINE}/>'
        f'<circle cx="28" cy="118" r="6" {TINT}/><circle cx="60" cy="110" r="6" {TINT}/>'
        f'<circle cx="92" cy="118" r="6" {TINT}/>'
        f'<path d="M20 136 L28 128 L36 136 M52 128 L60 120 L68 128 M84 136 L92 128 L100 136" {LINE}/>'
    )


def _world() -> str:  # XXI: an oval wreath, and the four corners marked
    leaves = "".join(
        f'<ellipse cx="{60 + 28 * math.cos(math.radians(a)):.1f}" '
        f'cy="{96 + 44 * math.sin(math.radians(a)):.1f}" rx="3" ry="6" {SOLID} '
        f'transform="rotate({a + 90} {60 + 28 * math.cos(math.radians(a)):.1f} '
        f'{96 + 44 * math.sin(math.radians(a)):.1f})"/>'
        for a in range(0, 360, 24)
    )
    corners = "".join(
        f'<circle cx="{x}" cy="{y}" r="6" {TINT}/>'
        for x, y in ((20, 44), (100, 44), (20, 148), (100, 148))
    )
    return (
        f'<ellipse cx="60" cy="96" rx="28" ry="44" {LINE}/>'
        + leaves
        + corners
        + f'<path d="{star_path(5, 10, 4, -90, 60, 96)}" {TINT}/>'
    )


MAJOR_SYMBOL = (
    _fool, _magician, _high_priestess, _empress, _emperor, _hierophant, _lovers, _chariot,
    _strength, _hermit, _wheel, _justice, _hanged_man, _death, _temperance, _devil, _tower,
    _star, _moon, _sun, _judgement, _world,
)  # fmt: skip
