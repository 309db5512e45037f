"""How fast the letter reader is: `python -m midway.text.bench [--repeat N]`.

Times `read_letter` on 200 KB texts (the import limit): an ordinary long letter, and texts
built to make a careless pattern backtrack or a careless loop go quadratic. Prints the best
of N runs for each, in milliseconds. The tests only check a generous bound; this is where
the real speed is watched.
"""

from __future__ import annotations

import argparse
import time

from midway.text.reader import read_letter

SIZE = 200_000

_PARAGRAPH = (
    "I keep going back to what happened at the station. I'm sorry I walked off. "
    '"I need a minute" doesn\'t mean I am done with you. It means I am flooded and I '
    "want to come back kinder. Today's card is the Star 🌟 and I took my meds. I love you.\n\n"
    "Questions:\n1. What would help you when I go quiet?\n2) Can we pick a word for a pause?\n\n"
    "Things to try:\n- A walk before the hard talk\n- [ ] Phones away after nine\n\n"
)


def _fill(piece: str) -> str:
    return (piece * (SIZE // len(piece) + 1))[:SIZE]


CASES = {
    "ordinary long letter": _fill(_PARAGRAPH),
    "one letter, no spaces": "a" * SIZE,
    "only double quotes": '"' * SIZE,
    "quoted words": _fill('"a" '),
    "explanations": _fill('"x" doesn\'t mean y. It means z. '),
    "unclosed single quotes": _fill(" 'aaaa doesn't mean "),
    "colons after lead-ins": _fill("a question: "),
    "empty list items": _fill("- \n"),
    "card cues": _fill("card the world "),
    "apologies": _fill("I'm sorry. "),
    "emoji sequences": _fill("👩🏽‍❤️‍👨🏿"),
    "line breaks": "\n" * SIZE,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m midway.text.bench")
    parser.add_argument("--repeat", type=int, default=3, help="runs per text (best is shown)")
    args = parser.parse_args(argv)
    width = max(len(name) for name in CASES)
    for name, text in CASES.items():
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            read_letter(text)
            best = min(best, time.perf_counter() - start)
        print(f"{name:<{width}}  {best * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
