"""The drawing kit of the card faces: ink shorthands, the four suit symbols, placing.

Pure Python. Every shape is drawn with `currentColor`, so a stylesheet colours it.
"""

from __future__ import annotations

import math

# Shorthands for every drawing: ink lines, a faint tint, a solid fill.
LINE = 'fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"'
TINT = 'fill="currentColor" fill-opacity=".16" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round"'
SOLID = 'fill="currentColor"'


# --- The four suit symbols, centred on (0, 0), about 24 units tall ----------------------


def _wand() -> str:
    return (
        f'<path d="M-2 -12 L2 -12 L2.5 12 L-2.5 12 Z" {TINT}/>'
        f'<path d="M2 -6 q6 -2 7 -7 q-6 0 -7 5" {SOLID}/>'
        f'<path d="M-2 2 q-6 -1 -8 -6 q6 -1 8 4" {SOLID}/>'
    )


def cup() -> str:
    return (
        f'<path d="M-9 -12 H9 Q9 1 0 2 Q-9 1 -9 -12 Z" {TINT}/><path d="M0 2 V9 M-6 11 H6" {LINE}/>'
    )


def _sword() -> str:
    return (
        f'<path d="M0 -13 L2.5 -8 V5 H-2.5 V-8 Z" {TINT}/>'
        f'<path d="M-7 5 H7 M0 5 V12" {LINE}/>'
        f'<circle cx="0" cy="13" r="1.8" {SOLID}/>'
    )


def _pentacle() -> str:
    return f'<circle r="11" {TINT}/><path d="{star_path(5, 8, 3.2, -90)}" {SOLID}/>'


SUIT_SYMBOL = {"wands": _wand, "cups": cup, "swords": _sword, "pentacles": _pentacle}


def star_path(points: int, outer: float, inner: float, start_deg: float, cx=0.0, cy=0.0) -> str:
    corners = []
    for i in range(points * 2):
        radius = outer if i % 2 == 0 else inner
        angle = math.radians(start_deg + i * 180 / points)
        corners.append(f"{cx + radius * math.cos(angle):.1f} {cy + radius * math.sin(angle):.1f}")
    return "M" + " L".join(corners) + " Z"


def placed(symbol: str, x: float, y: float, scale: float = 1.0, turn: bool = False) -> str:
    rotate = " rotate(180)" if turn else ""
    return f'<g transform="translate({x:g} {y:g}) scale({scale:g}){rotate}">{symbol}</g>'
