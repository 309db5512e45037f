"""`midway coach FILE [--lines] [--format json]`, driven through io streams."""

import io
import json

import pytest

from midway.coach import coach_main


def run(argv, stdin=None):
    out, err = io.StringIO(), io.StringIO()
    code = coach_main(argv, stdin=stdin, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_whole_file_gives_one_json_object(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("I miss you.\nYou never call.\n", encoding="utf-8")
    code, out, err = run([str(path)])
    assert code == 0 and err == ""
    result = json.loads(out)
    assert set(result) == {"text", "findings", "feelings", "needs"}
    assert result["text"] == "I miss you.\nYou never call.\n"
    (finding,) = result["findings"]
    assert set(finding) == {"kind", "start", "end", "why", "suggestion"}
    assert result["text"][finding["start"] : finding["end"]] == "You never call."


def test_lines_gives_one_object_per_line_blank_lines_included(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("Whatever.\n\nI love you\r\nYou're pathetic", encoding="utf-8")
    code, out, _ = run([str(path), "--lines"])
    assert code == 0
    result = json.loads(out)
    assert [item["text"] for item in result] == ["Whatever.", "", "I love you", "You're pathetic"]
    assert [[f["kind"] for f in item["findings"]] for item in result] == [
        ["stonewalling"],
        [],
        [],
        ["contempt"],
    ]


def test_dash_reads_standard_input_bytes_or_text():
    code, out, _ = run(["-", "--format", "json"], stdin=io.BytesIO("Leave me alone 🙄".encode()))
    assert code == 0 and json.loads(out)["text"] == "Leave me alone 🙄"
    code, out, _ = run(["-", "--lines"], stdin=io.StringIO("a\nb\n"))
    assert code == 0 and len(json.loads(out)) == 2


def test_emoji_are_written_as_themselves():
    _, out, _ = run(["-"], stdin=io.BytesIO("Morning 💊".encode()))
    assert "💊" in out


def test_empty_input_gives_an_empty_analysis():
    code, out, _ = run(["-"], stdin=io.BytesIO(b""))
    assert code == 0 and json.loads(out) == {
        "text": "",
        "findings": [],
        "feelings": [],
        "needs": [],
    }
    code, out, _ = run(["-", "--lines"], stdin=io.BytesIO(b""))
    assert code == 0 and json.loads(out) == []


def test_a_byte_order_mark_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffYou never call".encode())
    _, out, _ = run([str(path)])
    assert json.loads(out)["text"] == "You never call"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.write_bytes(b"caf\xe9 au lait"), "not valid UTF-8"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"), "binary"),
    ],
)
def test_unreadable_input_is_one_line_on_stderr_and_exit_2(tmp_path, make, message):
    path = tmp_path / "input"
    make(path)
    code, out, err = run([str(path)])
    assert code == 2 and out == ""
    assert err.startswith("midway coach: ") and message in err
    assert err.count("\n") == 1 and err.endswith("\n")


@pytest.mark.parametrize("argv", [[], ["a.txt", "--format", "xml"], ["a.txt", "--nope"]])
def test_bad_arguments_are_one_line_on_stderr_and_exit_2(argv):
    code, out, err = run(argv)
    assert code == 2 and out == ""
    assert err.startswith("midway coach: ") and err.count("\n") == 1
