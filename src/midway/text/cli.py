"""`midway parse FILE [--format json|text]`: show what Midway reads in a letter.

FILE is a path, or "-" for standard input (read as bytes, so the encoding is found the same
way as for an upload). `--format json` prints `LetterParts.to_dict()` as JSON; the default
`text` prints a summary for a person. Any problem (a missing file, a binary or too large
file, bytes that are not text, a wrong option) prints one line, "midway parse: <message>",
to standard error and returns 2. Success returns 0. `-h`/`--help` prints the usage and
returns 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO

from midway.text.decode import LetterDecodeError, decode_letter, read_input
from midway.text.reader import LetterParts, read_letter

PROG = "midway parse"
_MAYBE = " (maybe)"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would print the usage and exit
        raise _UsageError(message)


def _parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        add_help=False,
        description="Show the questions, things to try, phrasebook entries, card of the day, "
        "medication note, emojis, apologies and affirmations Midway finds in a letter.",
    )
    parser.add_argument("file", metavar="FILE", help='the letter, or "-" for standard input')
    parser.add_argument("--format", choices=("json", "text"), default="text")
    parser.add_argument("-h", "--help", action="store_true", help="show this help")
    return parser


def parse_main(argv: list[str], stdin=None, stdout=None, stderr=None) -> int:
    stdin = sys.stdin if stdin is None else stdin
    stdout = sys.stdout if stdout is None else stdout
    stderr = sys.stderr if stderr is None else stderr
    parser = _parser()
    if "-h" in argv or "--help" in argv:
        parser.print_help(stdout)
        return 0
    try:
        args = parser.parse_args(argv)
        text = decode_letter(read_input(args.file, stdin))
    except (_UsageError, LetterDecodeError) as error:
        stderr.write(f"{PROG}: {error}\n")
        return 2
    parts = read_letter(text)
    if args.format == "json":
        output = json.dumps(parts.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        output = format_summary(parts)
    _write(stdout, output)
    return 0


def _write(stdout: IO, output: str) -> None:
    try:
        stdout.write(output)
    except UnicodeEncodeError:
        # A terminal set to ASCII cannot show emojis: write UTF-8 bytes rather than fail.
        stdout.buffer.write(output.encode("utf-8"))
    stdout.flush()


def format_summary(parts: LetterParts) -> str:
    """A plain-text summary of a letter's parts, one section after another.

    An item the reader is unsure of ends with "(maybe)".
    """
    lines: list[str] = []
    maybe = parts.maybe()

    def numbered(title: str, items, kind: str) -> None:
        lines.append(f"{title} ({len(items)})" if items else f"{title}: none")
        lines.extend(
            f"  {number}. {item}{_MAYBE if number - 1 in maybe[kind] else ''}"
            for number, item in enumerate(items, start=1)
        )
        lines.append("")

    numbered("Questions", parts.questions, "questions")
    numbered("Things to try", parts.things_to_try, "things_to_try")
    lines.append(
        f"Phrasebook ({len(parts.phrasebook)})" if parts.phrasebook else "Phrasebook: none"
    )
    for index, entry in enumerate(parts.phrasebook):
        lines.append(f'  "{entry.said}"{_MAYBE if index in maybe["phrasebook"] else ""}')
        if entry.not_meaning:
            lines.append(f"    does not mean: {entry.not_meaning}")
        lines.append(f"    means: {entry.meaning}")
    lines.append("")
    if parts.card:
        side = "reversed" if parts.card.reversed else "upright"
        unsure = _MAYBE if maybe["card"] else ""
        lines.append(f"Card of the day: {parts.card.name} ({side}){unsure}")
    else:
        lines.append("Card of the day: none")
    taken = {None: "not mentioned", True: "taken", False: "not taken"}
    unsure = _MAYBE if maybe["medication"] else ""
    lines.append(f"Medication: {taken[parts.medication_taken]}{unsure}")
    lines.append(f"Emojis: {' '.join(parts.emojis) if parts.emojis else 'none'}")
    lines.append("")
    numbered("Apologies", parts.apologies, "apologies")
    numbered("Affirmations", parts.affirmations, "affirmations")
    return "\n".join(lines).rstrip("\n") + "\n"
