"""Restore treats its file as untrusted: any fault anywhere, and nothing at all is written."""

import copy
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from midway.exchange.export import dumps
from midway.exchange.restore import restore
from midway.exchange.tests.conftest import nothing_written, refused, space

pytestmark = pytest.mark.django_db


def other_member(data) -> int:
    return space(data, 0)["members"][0]["id"]


# References that cross spaces ---------------------------------------------------------


def _letter_by_outsider(d):
    space(d)["letters"][0]["author"] = other_member(d)


def _reply_by_outsider(d):
    space(d)["letters"][0]["replies"][0]["author"] = other_member(d)


def _reaction_by_outsider(d):
    space(d)["letters"][0]["reactions"][0]["member"] = other_member(d)


def _question_from_a_letter_elsewhere(d):
    question = next(q for q in space(d)["questions"] if q["source_letter"])
    question["source_letter"] = space(d, 0)["letters"][0]["id"]


def _answer_by_outsider(d):
    question = next(q for q in space(d)["questions"] if q["answers"])
    question["answers"][0]["author"] = other_member(d)


def _thing_reviewed_from_elsewhere(d):
    space(d)["things_to_try"][0]["reviewed_by"] = other_member(d)


def _comment_by_outsider(d):
    space(d)["phrasebook"][0]["comments"][0]["author"] = other_member(d)


def _checkin_of_an_outsider(d):
    space(d)["checkins"][0]["member"] = other_member(d)


def _invite_by_outsider(d):
    space(d)["invites"][0]["created_by"] = other_member(d)


def _member_borrows_a_user(d):
    space(d)["members"][0]["user"] = space(d, 0)["members"][0]["user"]


def _member_that_does_not_exist(d):
    space(d)["letters"][0]["author"] = 987_654


@pytest.mark.parametrize(
    "cross",
    [
        _letter_by_outsider,
        _reply_by_outsider,
        _reaction_by_outsider,
        _question_from_a_letter_elsewhere,
        _answer_by_outsider,
        _thing_reviewed_from_elsewhere,
        _comment_by_outsider,
        _checkin_of_an_outsider,
        _invite_by_outsider,
        _member_borrows_a_user,
        _member_that_does_not_exist,
    ],
)
def test_restore_refuses_ids_that_cross_spaces(small, cross):
    data = copy.deepcopy(small)
    cross(data)
    refused(data, r"spaces\[1\]")


def test_the_small_file_itself_restores(small):
    restore(json.dumps(small).encode())
    assert get_user_model().objects.count() == 4


# Malformed files ----------------------------------------------------------------------


def _set(path, value):
    def change(d):
        target = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _drop(path):
    def change(d):
        target = d
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


LETTER = ["spaces", 1, "letters", 0]
CHECKIN = ["spaces", 1, "checkins", 0]
MALFORMED = [
    (_set(["format"], "other"), "not a Midway export"),
    (_set(["version"], 2), "version"),
    (_drop(["users"]), "'users' is missing"),
    (_set(["extra"], 1), "not something Midway exports"),
    (_set([*LETTER, "colour"], "red"), "'colour' is not something"),
    (_drop([*LETTER, "author"]), "'author' is missing"),
    (_set([*LETTER, "id"], "1"), "whole number"),
    (_set([*LETTER, "id"], True), "whole number"),
    (_set([*LETTER, "id"], 0), "whole number"),
    (_set([*LETTER, "id"], 2**64), "whole number"),
    (_set([*LETTER, "status"], "published"), "status"),
    (_set([*LETTER, "title"], "x" * 201), "title"),
    (_set([*LETTER, "revision"], -1), "revision"),
    (_set([*LETTER, "body"], 12), "must be text"),
    (_set([*LETTER, "body"], "a\x00b"), "NUL"),
    (_set([*LETTER, "body"], "x" * 1_000_001), "longer than"),
    (_set([*LETTER, "created_at"], "yesterday"), "date and time"),
    (_set([*LETTER, "created_at"], "2026-01-31T20:15:00"), "time zone"),
    (_set([*LETTER, "replies"], {"0": {}}), "must be a list"),
    (_set(["users", 0, "is_active"], "yes"), "true or false"),
    (_set(["users", 0, "username"], "bad name!"), "username"),
    (_set(["users", 0, "password"], 5), "password"),
    (_set([*CHECKIN, "mood"], "fine"), "mood"),
    (_set([*CHECKIN, "energy"], 9), "energy"),
    (_set([*CHECKIN, "card"], "The Spoon"), "card"),
    (_set([*CHECKIN, "day"], "2026-02-30"), "date"),
    (_set(["spaces", 1, "phrasebook", 0, "feelings"], [[[[[[[[[[[[["deep"]]]]]]]]]]]]]), "nested"),
    (_set(["spaces", 1, "letters"], "none"), "must be a list"),
    (_set(["spaces", 1], []), "must be an object"),
]


@pytest.mark.parametrize(("change", "message"), MALFORMED)
def test_malformed_restore_file_writes_nothing(small, change, message):
    data = copy.deepcopy(small)
    change(data)
    refused(data, message)


def _duplicate(section):
    def change(d):
        rows = space(d)[section]
        rows.append(copy.deepcopy(rows[0]))

    return change


def _duplicate_reaction(d):
    reactions = space(d)["letters"][0]["reactions"]
    twin = copy.deepcopy(reactions[0])
    twin["id"] = 999
    reactions.append(twin)


def _third_member(d):
    members = space(d)["members"]
    extra = copy.deepcopy(members[0])
    extra.update(id=999, user=999, api_tokens=[])
    members.append(extra)
    d["users"].append({**d["users"][0], "id": 999, "username": "third"})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_duplicate("letters"), "appears twice"),
        (_duplicate_reaction, "must be unique"),
        (_third_member, "at most 2"),
    ],
)
def test_duplicates_and_crowds_are_refused(small, change, message):
    data = copy.deepcopy(small)
    change(data)
    refused(data, message)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{", "not valid JSON"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b'{"format": "midway", "format": "midway"}', "appears twice"),
        (b'{"version": NaN}', "NaN"),
        (b"[" * 100_000 + b"]" * 100_000, "nested"),
        (b"[]", "must be an object"),
    ],
)
def test_files_that_are_not_an_export_are_refused(db, raw, message):
    refused(raw, message)


def test_a_lone_surrogate_is_refused(small):
    text = dumps(small).replace('"Words."', '"\\ud800"', 1)
    refused(text.encode(), "surrogate")


def test_restore_command_says_what_is_wrong_in_one_line_and_exits_2(small, tmp_path, capsys):
    data = copy.deepcopy(small)
    space(data)["letters"][0]["author"] = other_member(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        call_command("restore", str(path))
    assert stopped.value.code == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert error.startswith("midway restore: spaces[1].letters[0].author")
    assert nothing_written()


def test_restore_command_refuses_a_missing_file(db, tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        call_command("restore", str(tmp_path / "nope.json"))
    assert stopped.value.code == 2
    assert "There is no file" in capsys.readouterr().err
