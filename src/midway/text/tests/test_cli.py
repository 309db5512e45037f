import io
import json

import pytest

from midway.text.cli import parse_main

LETTER = """Dear Sam,

I'm sorry about Friday. "Give me a sec" doesn't mean go away. It means I'm catching up.

Questions:
1. Can we try again on Saturday?

Today's card is the Star, reversed 🌟 and I took my meds.

You are my person.
"""


def run(argv, stdin=None):
    stdout, stderr = io.StringIO(), io.StringIO()
    code = parse_main(argv, stdin=stdin, stdout=stdout, stderr=stderr)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.fixture
def letter_file(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def test_json_format_prints_the_letter_parts(letter_file):
    code, out, err = run([str(letter_file), "--format", "json"])
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "questions": ["Can we try again on Saturday?"],
        "things_to_try": [],
        "phrasebook": [
            {"said": "Give me a sec", "not_meaning": "go away", "meaning": "I'm catching up."}
        ],
        "card": {"name": "The Star", "reversed": True},
        "medication": {"taken": True},
        "emojis": ["🌟"],
        "apologies": ["I'm sorry about Friday."],
        "affirmations": ["You are my person."],
    }
    assert "🌟" in out  # not escaped
    assert out.startswith('{\n  "questions"')  # indented by two


def test_text_format_is_the_default_and_reads_like_a_summary(letter_file):
    code, out, err = run([str(letter_file)])
    assert (code, err) == (0, "")
    assert "Questions (1)\n  1. Can we try again on Saturday?" in out
    assert "Things to try: none" in out
    assert '"Give me a sec"\n    does not mean: go away\n    means: I\'m catching up.' in out
    assert "Card of the day: The Star (reversed)" in out
    assert "Medication: taken" in out
    assert "Emojis: 🌟" in out
    assert "Apologies (1)\n  1. I'm sorry about Friday." in out


def test_text_format_for_a_letter_with_nothing_in_it(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, out, _ = run([str(path), "--format", "text"])
    assert code == 0
    assert "Card of the day: none" in out
    assert "Medication: not mentioned" in out
    assert "Emojis: none" in out


def test_dash_reads_bytes_from_standard_input():
    stdin = io.BytesIO(LETTER.encode("utf-16"))
    code, out, _ = run(["-", "--format", "json"], stdin=stdin)
    assert code == 0
    assert json.loads(out)["questions"] == ["Can we try again on Saturday?"]


def test_dash_reads_the_binary_buffer_of_a_text_stdin():
    stdin = io.TextIOWrapper(io.BytesIO(LETTER.encode("utf-8")), encoding="utf-8")
    code, out, _ = run(["--format=json", "-"], stdin=stdin)
    assert code == 0
    assert json.loads(out)["card"] == {"name": "The Star", "reversed": True}


def test_dash_also_accepts_a_plain_text_stream():
    code, out, _ = run(["-", "--format", "json"], stdin=io.StringIO("I'm sorry."))
    assert code == 0
    assert json.loads(out)["apologies"] == ["I'm sorry."]


def assert_one_line_error(result, words):
    code, out, err = result
    assert code == 2
    assert out == ""
    assert err.startswith("midway parse: ")
    assert err.endswith("\n") and err.count("\n") == 1
    assert words in err


def test_a_missing_file_is_one_line_on_stderr(tmp_path):
    assert_one_line_error(run([str(tmp_path / "nope.txt")]), "no such file")


def test_a_folder_is_refused(tmp_path):
    assert_one_line_error(run([str(tmp_path)]), "is a folder")


def test_a_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert_one_line_error(run([str(path)]), "binary")


def test_an_undecodable_file_is_refused(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Querida, perdón".encode("latin-1"))
    assert_one_line_error(run([str(path)]), "not valid UTF-8")


def test_a_file_over_200_kb_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 200_001)
    assert_one_line_error(run([str(path)]), "too large")


def test_too_much_on_standard_input_is_refused():
    assert_one_line_error(run(["-"], stdin=io.BytesIO(b"a" * 300_000)), "too large")


def test_a_wrong_format_or_missing_file_argument_is_a_usage_error(letter_file):
    assert_one_line_error(run([str(letter_file), "--format", "xml"]), "invalid choice")
    assert_one_line_error(run([]), "FILE")
    assert_one_line_error(run([str(letter_file), "extra"]), "unrecognized arguments")


def test_help_goes_to_stdout_and_succeeds():
    code, out, err = run(["--help"])
    assert (code, err) == (0, "")
    assert out.startswith("usage: midway parse")


class AsciiTerminal(io.TextIOWrapper):
    def __init__(self):
        super().__init__(io.BytesIO(), encoding="ascii")


def test_emojis_reach_a_terminal_that_cannot_encode_them(letter_file):
    terminal = AsciiTerminal()
    code = parse_main([str(letter_file)], stdout=terminal, stderr=io.StringIO())
    assert code == 0
    assert "🌟".encode() in terminal.buffer.getvalue()


def test_text_format_marks_what_the_reader_is_unsure_of(tmp_path):
    path = tmp_path / "unsure.txt"
    path.write_text(
        "Questions:\n1. What makes you feel safe?\n\nAnd what are you reading these days?\n",
        encoding="utf-8",
    )
    code, out, err = run([str(path)])
    assert (code, err) == (0, "")
    assert "  1. What makes you feel safe?\n" in out
    assert "  2. And what are you reading these days? (maybe)\n" in out
