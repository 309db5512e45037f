"""Import: the review screen, what it creates, and the privacy of what it creates."""

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from midway.checkins.models import CheckIn
from midway.letters.models import Letter
from midway.together.models import PhrasebookEntry, Question, ThingToTry

pytestmark = pytest.mark.django_db

OUR_LETTER = """Sunday night

I'm sorry I went quiet on you at dinner.

When I said "leave it", I didn't mean that I don't care. I meant that I was tired and scared of saying it badly.

Card of the day: Three of Swords (reversed). Took my meds this morning.

## Questions for you
- What did the silence feel like on your side?
- What would help next time I go quiet?

Stuff we could try:
1) A signal word for "I need five minutes"
2)
"""


def review(client, text):
    return client.post(reverse("letters:import"), {"text": text})


def confirm(client, text, action="share", picks=None, key=None):
    data = {"step": "confirm", "text": text, "title": "", "action": action}
    data["client_key"] = key or str(uuid.uuid4())
    data.update(picks if picks is not None else {
        "questions": ["0", "1"], "things_to_try": ["0"], "phrasebook": ["0"],
        "card": ["0"], "medication": ["0"],
    })  # fmt: skip
    return client.post(reverse("letters:import"), data)


def test_review_screen_lists_what_the_reader_found(ivy_client):
    page = review(ivy_client, OUR_LETTER).content.decode()
    assert "What did the silence feel like on your side?" in page
    assert "A signal word for" in page
    assert "Three of Swords" in page and "(reversed)" in page
    assert "Took my medication" in page
    assert "leave it" in page
    assert Letter.objects.count() == 0  # nothing is saved before the author confirms


def test_confirm_creates_the_letter_and_each_chosen_item_linked_back(ivy_client, ivy):
    response = confirm(ivy_client, OUR_LETTER)
    letter = Letter.objects.get()
    assert response.status_code == 302 and letter.status == Letter.SHARED
    assert letter.body == OUR_LETTER
    assert Question.objects.filter(source_letter=letter).count() == 2
    assert ThingToTry.objects.get(source_letter=letter).text.startswith("A signal word")
    entry = PhrasebookEntry.objects.get(source_letter=letter)
    assert entry.said == "leave it"
    checkin = CheckIn.objects.get(member=ivy)
    assert checkin.card == "Three of Swords" and checkin.card_reversed
    assert checkin.medication_taken is True


def test_unticked_items_are_not_created(ivy_client):
    confirm(ivy_client, OUR_LETTER, picks={"questions": ["1"]})
    assert [q.text for q in Question.objects.all()] == ["What would help next time I go quiet?"]
    assert not ThingToTry.objects.exists() and not PhrasebookEntry.objects.exists()
    assert not CheckIn.objects.exists()


def test_double_submit_of_the_review_imports_once(ivy_client):
    key = str(uuid.uuid4())
    confirm(ivy_client, OUR_LETTER, key=key)
    confirm(ivy_client, OUR_LETTER, key=key)
    assert Letter.objects.count() == 1 and Question.objects.count() == 2


def test_items_from_a_draft_stay_private_until_the_letter_is_shared(ivy_client, john_client):
    confirm(ivy_client, OUR_LETTER, action="draft")
    letter = Letter.objects.get()
    assert letter.status == Letter.DRAFT
    for path in ("/together/questions/", "/together/things/", "/together/phrasebook/", "/"):
        page = john_client.get(path).content.decode()
        assert "silence feel like" not in page and "signal word" not in page
        assert "leave it" not in page
    ivy_client.post(reverse("letters:share", args=[letter.pk]))
    assert "silence feel like" in john_client.get("/together/questions/").content.decode()


def test_upload_in_utf16_with_crlf_is_read(ivy_client):
    data = OUR_LETTER.replace("\n", "\r\n").encode("utf-16")
    upload = SimpleUploadedFile("letter.txt", data, content_type="text/plain")
    page = ivy_client.post(reverse("letters:import"), {"upload": upload}).content.decode()
    assert "What would help next time I go quiet?" in page


def test_binary_upload_is_refused_with_a_clear_message(ivy_client):
    upload = SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    response = ivy_client.post(reverse("letters:import"), {"upload": upload})
    assert response.status_code == 400
    assert 'class="error"' in response.content.decode()
    assert Letter.objects.count() == 0


def test_empty_import_is_explained(ivy_client):
    response = ivy_client.post(reverse("letters:import"), {"text": "   "})
    assert response.status_code == 400
    assert "Paste a letter or choose a file" in response.content.decode()


def test_outsider_never_sees_an_imported_letters_items(ivy_client, ana_client):
    confirm(ivy_client, OUR_LETTER)
    question = Question.objects.first()
    assert ana_client.get(reverse("together:question", args=[question.pk])).status_code == 404
    assert "silence feel like" not in ana_client.get("/together/questions/").content.decode()


def test_founding_letter_imports_every_part(ivy_client, ivy, founding_letter):
    confirm(
        ivy_client,
        founding_letter,
        picks={
            "questions": ["0", "1"], "things_to_try": ["0"], "phrasebook": ["0"],
            "card": ["0"], "medication": ["0"],
        },
    )  # fmt: skip
    letter = Letter.objects.get()
    assert letter.body == founding_letter
    assert Question.objects.filter(source_letter=letter).count() == 2
    assert ThingToTry.objects.filter(source_letter=letter).count() == 1
    assert PhrasebookEntry.objects.get().said == "I want you to make me want to see you"
    checkin = CheckIn.objects.get(member=ivy)
    assert (checkin.card, checkin.card_reversed, checkin.medication_taken) == (
        "Judgement",
        False,
        True,
    )


def test_import_command_reads_a_file_and_shares_it(ivy, tmp_path, capsys):
    path = tmp_path / "letter.txt"
    path.write_text(OUR_LETTER, encoding="utf-8")
    call_command("import", str(path), "--user", "ivy", "--share")
    letter = Letter.objects.get()
    assert letter.status == Letter.SHARED and letter.author == ivy
    assert "questions: 2" in capsys.readouterr().out


def test_import_command_refuses_an_unknown_user_and_a_binary_file(ivy, tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    with pytest.raises(CommandError, match="No member"):
        call_command("import", str(path), "--user", "nobody")
    with pytest.raises(CommandError):
        call_command("import", str(path), "--user", "ivy")
    assert not Letter.objects.exists()


def test_letter_page_links_to_what_was_made_from_it(ivy_client, john_client):
    confirm(ivy_client, OUR_LETTER)
    letter = Letter.objects.get()
    page = john_client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    assert "Made from this letter" in page
    assert "What would help next time I go quiet?" in page
    assert "thing to try" in page and "phrasebook entry" in page


def test_an_item_its_section_refuses_is_skipped_and_the_rest_imported(ivy_client):
    long_question = "Why " + "really " * 400 + "?"
    text = f"Questions:\n\n1. {long_question}\n2. Short one?\n"
    response = confirm(ivy_client, text, picks={"questions": ["0", "1"]})
    letter = Letter.objects.get()
    assert [q.text for q in Question.objects.all()] == ["Short one?"]
    assert letter.body == text
    page = ivy_client.get(response["Location"]).content.decode()
    assert "Not made into an item" in page


def test_found_items_can_be_edited_before_they_are_made(ivy_client):
    confirm(
        ivy_client,
        OUR_LETTER,
        picks={
            "questions": ["0"],
            "questions-0-text": "  What did my silence feel like to you?  ",
            "things_to_try": ["0"],
            "things_to_try-0-text": "A signal word",
            "phrasebook": ["0"],
            "phrasebook-0-said": "leave it",
            "phrasebook-0-not_meaning": "I don't care",
            "phrasebook-0-meaning": "I'm tired 🙀 and scared",
        },
    )
    assert Question.objects.get().text == "What did my silence feel like to you?"
    assert ThingToTry.objects.get().text == "A signal word"
    entry = PhrasebookEntry.objects.get()
    assert (entry.not_meaning, entry.meaning) == ("I don't care", "I'm tired 🙀 and scared")


def test_an_item_edited_to_nothing_is_explained_and_the_rest_is_made(ivy_client):
    response = confirm(
        ivy_client,
        OUR_LETTER,
        picks={"questions": ["0", "1"], "questions-0-text": "   "},
    )
    assert [q.text for q in Question.objects.all()] == ["What would help next time I go quiet?"]
    page = ivy_client.get(response["Location"]).content.decode()
    assert "Not made into an item" in page


def test_a_draft_import_leaves_the_check_in_out(ivy_client, ivy):
    confirm(ivy_client, OUR_LETTER, action="draft")
    assert Letter.objects.get().status == Letter.DRAFT
    assert not CheckIn.objects.filter(member=ivy).exists()
    assert Question.objects.count() == 2  # private with the draft until it is shared


def test_the_review_shows_the_letter_wrapped_and_each_item_editable(ivy_client, founding_letter):
    page = review(ivy_client, founding_letter).content.decode()
    assert "<pre" not in page and 'class="letter-source"' in page
    assert page.count('name="questions-') == 2
    assert 'name="things_to_try-0-text"' in page


UNSURE_LETTER = """Hi love,

Questions:
1. What makes you feel safe after a fight?

And what are you reading these days?
"""


def test_the_review_shows_an_unsure_item_unticked_with_maybe(ivy_client):
    page = review(ivy_client, UNSURE_LETTER).content.decode()
    sure = page.split('id="q-0"', 1)[1].split(">", 1)[0]
    unsure = page.split('id="q-1"', 1)[1].split(">", 1)[0]
    assert "checked" in sure and "checked" not in unsure
    after_unsure = page.split('id="q-1"', 1)[1].split("</div>", 1)[0]
    assert 'class="badge maybe">maybe<' in after_unsure
    assert 'class="badge maybe">maybe<' not in page.split('id="q-0"', 1)[1].split('id="q-1"')[0]


def test_a_maybe_ticked_by_the_author_is_made_like_any_other(ivy_client):
    confirm(ivy_client, UNSURE_LETTER, picks={"questions": ["0", "1"]})
    assert Question.objects.count() == 2
