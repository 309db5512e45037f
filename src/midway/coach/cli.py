"""``midway coach FILE [--lines] [--format json]``: the coach from the command line.

Reads FILE (``-`` for standard input) like the letter reader does (UTF-8 or
UTF-16, a byte-order mark dropped, CRLF read as LF) and prints JSON: one object
for the whole text, or with ``--lines`` a list with one object per line
(blank lines included, so the n-th object is the n-th line). Any problem
reading the input prints one line, ``midway coach: <message>``, on standard
error and exits with 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Any

from midway.coach.analysis import analyse
from midway.text.decode import LetterDecodeError, decode_letter, read_input

USAGE = "midway coach FILE [--lines] [--format json]"
# Files of sentences to check can be longer than one letter.
LIMIT = 5_000_000


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{message} (usage: {USAGE})")

    def exit(self, status: int = 0, message: str | None = None) -> None:  # type: ignore[override]
        raise _UsageError(message or f"usage: {USAGE}")


def _parser() -> _Parser:
    parser = _Parser(prog="midway coach", usage=USAGE, add_help=False)
    parser.add_argument("file")
    parser.add_argument("--lines", action="store_true")
    parser.add_argument("--format", choices=["json"], default="json")
    return parser


def _lines(text: str) -> list[str]:
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not start another
    return [line.removesuffix("\r") for line in lines]


def coach_main(
    argv: list[str],
    stdin: IO[Any] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    stdin = sys.stdin if stdin is None else stdin
    stdout = sys.stdout if stdout is None else stdout
    stderr = sys.stderr if stderr is None else stderr
    try:
        options = _parser().parse_args(argv)
        text = decode_letter(read_input(options.file, stdin, LIMIT), limit=LIMIT)
    except (_UsageError, LetterDecodeError) as error:
        stderr.write(f"midway coach: {str(error).strip()}\n")
        return 2
    if options.lines:
        result: Any = [analyse(line).to_dict() for line in _lines(text)]
    else:
        result = analyse(text).to_dict()
    output = json.dumps(result, ensure_ascii=False, indent=2)
    try:
        stdout.write(output + "\n")
    except UnicodeEncodeError:  # a terminal that cannot show emoji still gets valid JSON
        stdout.write(json.dumps(result, indent=2) + "\n")
    return 0
