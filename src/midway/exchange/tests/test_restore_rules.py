"""Restore holds a file to the rules the forms and the API hold people to."""

import copy
import io
import json

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command

from midway.exchange.restore import restore
from midway.exchange.tests.conftest import nothing_written, refused, space
from midway.together.validation import ANSWER_LIMIT, QUESTION_LIMIT

pytestmark = pytest.mark.django_db


def changed(small, change) -> dict:
    data = copy.deepcopy(small)
    change(data)
    return data


def members(data, index=1) -> tuple[int, int]:
    """The space's (first, second) member ids: the first wrote its letters."""
    first, second = space(data, index)["members"]
    return first["id"], second["id"]


def draft(data) -> dict:
    return next(letter for letter in space(data)["letters"] if letter["status"] == "draft")


def entry(data) -> dict:
    return space(data)["phrasebook"][0]


# Types, sizes, limits --------------------------------------------------------------


def test_feelings_given_as_text_instead_of_a_list_are_refused(small):
    refused(
        changed(small, lambda d: entry(d).update(feelings="tired")), r"feelings: must be a list"
    )


def test_a_feeling_of_5000_characters_is_refused(small):
    refused(changed(small, lambda d: entry(d).update(needs=["x" * 5_000])), r"needs: .*long")


def test_more_feelings_than_the_form_allows_are_refused(small):
    many = [f"own word {n}" for n in range(40)]
    refused(changed(small, lambda d: entry(d).update(feelings=many)), r"feelings: .*at most")


def test_a_letter_over_the_size_limit_is_refused(small):
    body = "x" * (settings.LETTER_MAX_BYTES + 1)
    data = changed(small, lambda d: space(d)["letters"][0].update(body=body))
    refused(data, r"letters\[0\]\.body: is 200 KB of text; the limit is 200 KB")


def test_multibyte_text_is_counted_in_bytes_like_the_letter_form(small):
    body = "é" * (settings.LETTER_MAX_BYTES // 2 + 1)
    refused(changed(small, lambda d: space(d)["letters"][0].update(body=body)), "KB")


def test_an_answer_longer_than_the_form_allows_is_refused(small):
    def long_answer(d):
        question = next(q for q in space(d)["questions"] if q["answers"])
        question["answers"][0]["text"] = "y" * (ANSWER_LIMIT + 1)

    refused(
        changed(small, long_answer),
        r"answers\[0\]\.text: Please keep this under 5,000 characters. It has 5,001 now",
    )


def test_a_question_longer_than_the_form_allows_is_refused(small):
    text = "q" * (QUESTION_LIMIT + 1)
    refused(
        changed(small, lambda d: space(d)["questions"][0].update(text=text)),
        "under 2,000 characters",
    )


def test_a_5000_digit_number_is_a_refusal_not_a_traceback(small):
    data = changed(small, lambda d: space(d)["letters"][0].update(revision="HUGE"))
    raw = json.dumps(data).replace('"HUGE"', "9" * 5_000).encode()
    refused(raw, "number of 5,000 digits")


def test_an_overlong_float_is_refused(small):
    data = changed(small, lambda d: entry(d).update(feelings=["HUGE"]))
    refused(json.dumps(data).replace('"HUGE"', "1e999").encode(), "too large")


def test_a_missing_letter_body_is_refused(small):
    refused(changed(small, lambda d: space(d)["letters"][0].pop("body")), "'body' is missing")


def test_a_blank_reply_is_refused(small):
    def blank(d):
        space(d)["letters"][0]["replies"][0]["body"] = "  \n "

    refused(changed(small, blank), r"replies\[0\]\.body: cannot be empty")


# Who may do what --------------------------------------------------------------------


def test_a_partners_reply_on_a_draft_is_refused(small):
    def reply_on_draft(d):
        _author, partner = members(d)
        draft(d)["replies"] = [
            {
                "id": 9_001,
                "author": partner,
                "body": "Seen it.",
                "created_at": draft(d)["created_at"],
            }
        ]

    refused(changed(small, reply_on_draft), r"replies\[0\]\.letter: is a draft")


def test_a_partners_reaction_on_a_draft_is_refused(small):
    def react_on_draft(d):
        _author, partner = members(d)
        reaction = {
            "id": 9_002,
            "member": partner,
            "kind": "heart",
            "created_at": draft(d)["created_at"],
        }
        draft(d)["reactions"] = [reaction]

    refused(changed(small, react_on_draft), "is a draft")


def test_an_item_from_the_partners_letter_is_refused(small):
    def from_partners_letter(d):
        _author, partner = members(d)
        question = next(q for q in space(d)["questions"] if q["source_letter"])
        question["author"] = partner

    refused(changed(small, from_partners_letter), "comes from a letter someone else wrote")


def test_answering_ones_own_plain_question_is_refused(small):
    def own_answer(d):
        question = next(q for q in space(d)["questions"] if q["answers"])
        question["answers"][0]["author"] = question["author"]

    refused(changed(small, own_answer), "answers their own question")


# Accounts -----------------------------------------------------------------------------


def test_a_plain_text_password_is_refused(small):
    data = changed(small, lambda d: d["users"][0].update(password="demo"))
    refused(data, r"users\[0\]\.password: is not a password hash")


def test_a_hash_of_a_hasher_this_instance_does_not_use_is_refused(small):
    foreign = "sha1$salt$" + "0" * 40
    refused(changed(small, lambda d: d["users"][0].update(password=foreign)), "password hash")


def test_real_hashes_and_unusable_passwords_restore(small):
    def passwords(d):
        d["users"][0]["password"] = make_password("a long passphrase")
        d["users"][1]["password"] = make_password(None)

    restore(json.dumps(changed(small, passwords)).encode())
    ivy = get_user_model().objects.get(pk=small["users"][0]["id"])
    assert ivy.check_password("a long passphrase")


@pytest.mark.parametrize("flag", ["is_staff", "is_superuser"])
def test_administrators_are_refused_without_allow_admins(small, flag):
    refused(changed(small, lambda d: d["users"][0].update({flag: True})), f"{flag}: is true")


def test_administrators_restore_with_allow_admins(small):
    data = changed(small, lambda d: d["users"][0].update(is_superuser=True, is_staff=True))
    restore(json.dumps(data).encode(), allow_admins=True)
    assert get_user_model().objects.get(is_superuser=True).is_staff


@pytest.mark.parametrize("variant", ["IVY", "ｉｖｙ", "Ｉｖｙ"])
def test_usernames_that_differ_only_in_case_or_width_are_refused(small, variant):
    def twin(d):
        names = [user["username"] for user in d["users"]]
        d["users"][names.index("john")]["username"] = variant

    refused(changed(small, twin), "in another case or width")


def test_a_combining_accent_makes_the_same_username_as_a_composed_one(small):
    def accents(d):
        d["users"][0]["username"] = "jos\u00e9"
        d["users"][1]["username"] = "jose\u0301"

    refused(changed(small, accents), r"users\[1\]\.username")


def test_usernames_are_restored_in_canonical_form(small):
    def shout(d):
        d["users"][0]["username"] = "ＩＶＹ"

    restore(json.dumps(changed(small, shout)).encode())
    assert get_user_model().objects.filter(username="ivy").exists()


# The command -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d["users"][0].update(password="demo"),
        lambda d: d["users"][0].update(is_superuser=True),
        lambda d: entry(d).update(feelings="tired"),
    ],
    ids=["plain password", "superuser", "feelings as text"],
)
def test_restore_command_refuses_a_bad_file_with_exit_2(small, tmp_path, capsys, spoil):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(changed(small, spoil)), encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        call_command("restore", str(path))
    assert stopped.value.code == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("midway restore: ") and error.endswith("Nothing was written.")
    assert len(error.splitlines()) == 1
    assert nothing_written()


def test_restore_command_takes_administrators_with_allow_admins(small, tmp_path):
    path = tmp_path / "admins.json"
    data = changed(small, lambda d: d["users"][0].update(is_superuser=True))
    path.write_text(json.dumps(data), encoding="utf-8")
    call_command("restore", str(path), "--allow-admins", stdout=io.StringIO())
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])
def test_a_time_outside_what_the_database_stores_is_refused(small, when):
    # Found by the fuzzer: valid ISO text, but a year 0 or 10000 once in UTC.
    data = changed(small, lambda d: d["users"][1].update(date_joined=when))
    refused(data, r"users\[1\]\.date_joined: is outside the dates")
