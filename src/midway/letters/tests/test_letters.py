import uuid

import pytest
from django.urls import reverse

from midway.letters import services
from midway.letters.models import Letter, LetterVersion, heading_and_first_line
from midway.letters.services import start_letter

pytestmark = pytest.mark.django_db

MARKER = "MARKER-7f3a-private-draft-words"


def write(client, body="Dear John,\n\nI'm sorry.", title="", action="save", **extra):
    data = {"title": title, "body": body, "revision": 0, "action": action, **extra}
    return client.post(reverse("letters:new"), data)


def autosave(client, letter, body, revision=None, title=""):
    return client.post(
        reverse("letters:autosave", args=[letter.pk]),
        {
            "title": title,
            "body": body,
            "revision": letter.revision if revision is None else revision,
        },
        HTTP_X_MIDWAY_AUTOSAVE="1",
    )


def test_new_letter_page_opens_an_empty_editor(ivy_client):
    response = ivy_client.get(reverse("letters:new"))
    assert response.status_code == 200
    assert 'name="body"' in response.content.decode()


def test_new_letter_is_a_draft_for_its_author_only(ivy_client, john_client, ivy):
    write(ivy_client, body=f"Not ready yet {MARKER}")
    letter = Letter.objects.get()
    assert letter.status == Letter.DRAFT and letter.author == ivy
    assert MARKER in ivy_client.get(reverse("letters:edit", args=[letter.pk])).content.decode()
    assert john_client.get(reverse("letters:detail", args=[letter.pk])).status_code == 404
    assert john_client.get(reverse("letters:edit", args=[letter.pk])).status_code == 404
    assert MARKER not in john_client.get(reverse("letters:index")).content.decode()
    assert MARKER not in john_client.get(reverse("letters:index") + "?q=MARKER").content.decode()
    assert MARKER not in john_client.get("/").content.decode()


def test_sharing_makes_the_letter_visible_to_the_partner(ivy_client, john_client):
    write(ivy_client, body="I want you John.", action="share")
    letter = Letter.objects.get()
    assert letter.status == Letter.SHARED and letter.shared_at
    page = john_client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    assert "I want you John." in page


def test_partner_opening_records_the_read_time_shown_to_the_author(ivy_client, john_client):
    write(ivy_client, body="Read me", action="share")
    letter = Letter.objects.get()
    assert (
        "Not opened yet"
        in ivy_client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    )
    letter.refresh_from_db()
    assert letter.read_at is None  # the author's own visit is not a read receipt
    john_client.get(reverse("letters:detail", args=[letter.pk]))
    letter.refresh_from_db()
    first = letter.read_at
    assert first is not None
    john_client.get(reverse("letters:detail", args=[letter.pk]))
    letter.refresh_from_db()
    assert letter.read_at == first
    assert "Read " in ivy_client.get(reverse("letters:detail", args=[letter.pk])).content.decode()


def test_autosave_saves_and_bumps_the_revision(ivy_client, ivy):
    letter = start_letter(ivy, body="first")
    response = autosave(ivy_client, letter, "first words, more words")
    assert response.status_code == 200
    assert response.json()["revision"] == 2
    letter.refresh_from_db()
    assert letter.body == "first words, more words"


def test_a_stale_tab_gets_a_conflict_instead_of_overwriting(ivy_client, ivy):
    letter = start_letter(ivy, body="start")
    assert autosave(ivy_client, letter, "tab one wrote this", revision=1).status_code == 200
    stale = autosave(ivy_client, letter, "tab two, stale", revision=1)
    assert stale.status_code == 409
    assert stale.json()["body"] == "tab one wrote this"
    letter.refresh_from_db()
    assert letter.body == "tab one wrote this"
    # Choosing to keep the stale tab's words is explicit: it sends the newer revision.
    assert autosave(ivy_client, letter, "tab two, stale", revision=2).status_code == 200


def test_stale_form_submit_shows_the_conflict_and_keeps_the_words(ivy_client, ivy):
    letter = start_letter(ivy, body="start")
    autosave(ivy_client, letter, "newer", revision=1)
    response = ivy_client.post(
        reverse("letters:edit", args=[letter.pk]),
        {"title": "", "body": "my unsaved words", "revision": 1, "action": "save"},
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert "changed somewhere else" in page and "my unsaved words" in page


def test_double_submit_of_a_new_letter_makes_one_letter(ivy_client):
    key = str(uuid.uuid4())
    write(ivy_client, body="once", client_key=key)
    write(ivy_client, body="once", client_key=key)
    assert Letter.objects.count() == 1


def test_a_beacon_after_the_first_save_updates_the_same_draft(ivy_client):
    key = str(uuid.uuid4())
    write(ivy_client, body="first", client_key=key)
    write(ivy_client, body="first and the last words", client_key=key)
    assert Letter.objects.get().body == "first and the last words"


def test_too_long_letter_is_refused_with_a_clear_message_and_nothing_lost(ivy_client, ivy):
    letter = start_letter(ivy, body="kept")
    huge = "word " * 50_000
    response = autosave(ivy_client, letter, huge)
    assert response.status_code == 400
    assert "too long" in response.json()["error"]
    page = ivy_client.post(
        reverse("letters:edit", args=[letter.pk]),
        {"body": huge, "revision": letter.revision, "action": "save"},
    )
    assert page.status_code == 400
    assert "too long" in page.content.decode()
    assert huge[:1000] in page.content.decode()  # the words come back to the person
    letter.refresh_from_db()
    assert letter.body == "kept"


def test_nul_character_is_refused_clearly(ivy_client, ivy):
    letter = start_letter(ivy, body="kept")
    response = autosave(ivy_client, letter, "bad \x00 byte")
    assert response.status_code == 400
    assert "Null characters are not allowed" in response.json()["error"]


def test_editing_a_shared_letter_keeps_the_earlier_version(ivy_client, john_client, ivy):
    write(ivy_client, body="first words", action="share")
    letter = Letter.objects.get()
    ivy_client.post(
        reverse("letters:edit", args=[letter.pk]),
        {"body": "better words", "revision": letter.revision, "action": "save"},
    )
    letter.refresh_from_db()
    assert letter.edited_at is not None and letter.body == "better words"
    assert LetterVersion.objects.get(letter=letter).body == "first words"
    history = john_client.get(reverse("letters:versions", args=[letter.pk])).content.decode()
    assert "first words" in history
    assert "edited" in john_client.get(reverse("letters:detail", args=[letter.pk])).content.decode()


def test_partner_cannot_edit_share_or_delete_my_letter(ivy_client, john_client):
    write(ivy_client, body="mine", action="share")
    letter = Letter.objects.get()
    for name in ("edit", "autosave", "share", "delete"):
        response = john_client.post(reverse(f"letters:{name}", args=[letter.pk]), {"body": "x"})
        assert response.status_code == 404, name
    letter.refresh_from_db()
    assert letter.body == "mine"


def test_replies_thread_under_the_letter(ivy_client, john_client):
    write(ivy_client, body="Letter", action="share")
    letter = Letter.objects.get()
    url = reverse("letters:reply", args=[letter.pk])
    john_client.post(url, {"body": "Thank you for writing this."})
    john_client.post(url, {"body": "Thank you for writing this."})  # double submit
    assert letter.replies.count() == 1
    page = ivy_client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    assert "Thank you for writing this." in page


def test_empty_reply_is_explained(ivy_client, john_client):
    write(ivy_client, body="Letter", action="share")
    letter = Letter.objects.get()
    response = john_client.post(reverse("letters:reply", args=[letter.pk]), {"body": "  "})
    assert response.status_code == 400
    assert "Write something first." in response.content.decode()


def test_reactions_say_what_the_person_wants(ivy_client, john_client):
    write(ivy_client, body="Letter", action="share")
    letter = Letter.objects.get()
    url = reverse("letters:react", args=[letter.pk])
    john_client.post(url, {"kind": "need-time", "on": "1"})
    john_client.post(url, {"kind": "need-time", "on": "1"})  # a double click: still on
    assert letter.reactions.get().kind == "need-time"
    assert (
        "I need time before I answer"
        in ivy_client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    )
    john_client.post(url, {"kind": "need-time", "on": "0"})
    assert not letter.reactions.exists()


def test_reaction_button_offers_the_opposite_of_its_state(ivy_client, john_client):
    write(ivy_client, body="Letter", action="share")
    letter = Letter.objects.get()
    url = reverse("letters:react", args=[letter.pk])
    page = john_client.post(url, {"kind": "heart", "on": "1"}, HTTP_HX_REQUEST="true")
    html = page.content.decode()
    heart = html.split('value="heart"')[1].split("</form>")[0]
    assert 'name="on" value="0"' in heart and 'aria-pressed="true"' in heart


def test_nobody_replies_to_or_reacts_on_a_draft(ivy_client, john_client, ivy):
    letter = start_letter(ivy, body="draft")
    assert (
        john_client.post(reverse("letters:reply", args=[letter.pk]), {"body": "x"}).status_code
        == 404
    )
    assert (
        john_client.post(reverse("letters:react", args=[letter.pk]), {"kind": "heart"}).status_code
        == 404
    )


def test_author_deletes_a_draft(ivy_client, ivy):
    letter = start_letter(ivy, body="draft")
    ivy_client.post(reverse("letters:delete", args=[letter.pk]))
    assert not Letter.objects.exists()


def test_shared_letter_cannot_be_deleted(ivy_client):
    write(ivy_client, body="Letter", action="share")
    letter = Letter.objects.get()
    assert ivy_client.post(reverse("letters:delete", args=[letter.pk])).status_code == 404


@pytest.mark.parametrize("name", ["detail", "edit", "versions"])
def test_outsider_gets_404_on_every_letter_page(ivy_client, ana_client, name):
    write(ivy_client, body="Letter", action="share")
    letter = Letter.objects.get()
    assert ana_client.get(reverse(f"letters:{name}", args=[letter.pk])).status_code == 404


@pytest.mark.parametrize("name", ["autosave", "share", "delete", "reply", "react"])
def test_outsider_gets_404_on_every_letter_action(ivy_client, ana_client, name):
    write(ivy_client, body="Letter", action="share")
    letter = Letter.objects.get()
    response = ana_client.post(
        reverse(f"letters:{name}", args=[letter.pk]), {"body": "x", "kind": "heart"}
    )
    assert response.status_code == 404


def test_outsider_list_shows_nothing_of_another_space(ivy_client, ana_client):
    write(ivy_client, body=MARKER, title="Our letter", action="share")
    page = ana_client.get(reverse("letters:index") + "?q=MARKER").content.decode()
    assert MARKER not in page and "Our letter" not in page


def test_anonymous_visitor_is_sent_to_sign_in(ivy_client, anon_client):
    write(ivy_client, body="Letter", action="share")
    letter = Letter.objects.get()
    response = anon_client.get(reverse("letters:detail", args=[letter.pk]))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_hostile_markup_is_stored_exactly_and_rendered_inert(ivy_client, john_client):
    hostile = (
        "<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) "
        "![remote](https://example.com/pixel.png) <svg onload=alert(4)> {{ secret }} {% debug %}"
    )
    write(ivy_client, body=hostile, action="share")
    letter = Letter.objects.get()
    assert letter.body == hostile
    page = john_client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    article = page.split('<div class="prose card">')[1].split("</div>")[0]
    assert "<script" not in article and "<img" not in article and "<svg" not in article
    assert 'href="javascript' not in article
    assert "onerror" not in article.replace("onerror=alert(2)&gt;", "")
    assert "&lt;script&gt;" in article


def test_emoji_rtl_and_long_words_render(ivy_client, john_client):
    body = "Today 🙀⚖️📯 👩🏽‍❤️‍👨🏻\n\nשלום, אני מצטערת\n\n" + "a" * 5000
    write(ivy_client, body=body, action="share")
    letter = Letter.objects.get()
    page = john_client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    assert "🙀⚖️📯 👩🏽‍❤️‍👨🏻" in page
    assert '<p dir="auto">שלום, אני מצטערת</p>' in page
    assert "a" * 5000 in page


def test_letter_list_has_no_n_plus_one(ivy_client, ivy, john, django_assert_max_num_queries):
    for number in range(40):
        letter = start_letter(ivy if number % 2 else john, body=f"letter {number}")
        letter.status = Letter.SHARED
        letter.save()
    with django_assert_max_num_queries(8):
        assert ivy_client.get(reverse("letters:index")).status_code == 200


def test_search_with_a_nul_character_is_a_plain_search(ivy_client):
    write(ivy_client, body="findable words", action="share")
    response = ivy_client.get(reverse("letters:index") + "?q=find%00able")
    assert response.status_code == 200


def test_preview_renders_markdown_as_the_partner_will_see_it(ivy_client):
    response = ivy_client.post(
        reverse("letters:preview"), {"body": "**I want you**\n\n<script>alert(1)</script> שלום 🙀"}
    )
    page = response.content.decode()
    assert "<strong>I want you</strong>" in page
    assert "<script>" not in page and "שלום 🙀" in page


def test_preview_of_nothing_says_so(ivy_client):
    assert "Nothing to preview" in ivy_client.post(reverse("letters:preview")).content.decode()


def test_preview_needs_a_member(anon_client, db):
    assert anon_client.post(reverse("letters:preview"), {"body": "x"}).status_code == 302


def test_autosave_says_the_time_in_the_couples_zone(ivy_client, settings):
    from django.utils import timezone

    settings.TIME_ZONE = "Asia/Kolkata"
    answer = ivy_client.post(
        reverse("letters:new"), {"title": "", "body": "x"}, HTTP_X_MIDWAY_AUTOSAVE="1"
    ).json()
    letter = Letter.objects.get(pk=answer["id"])
    assert answer["saved_at_time"] == timezone.localtime(letter.updated_at).strftime("%H:%M")


def test_the_list_shows_each_letters_first_line(ivy_client, ivy):
    services.share_letter(
        services.start_letter(
            ivy, title="", body="# After Sunday\n\n> I was wrong to leave.\nMore."
        )
    )
    services.start_letter(ivy, title="Titled", body="\n\nThe first words.\nThe second.")
    body = ivy_client.get(reverse("letters:index")).content.decode()
    assert '<strong dir="auto">After Sunday</strong>' in body
    assert '<p class="first-line" dir="auto">I was wrong to leave.</p>' in body
    assert '<p class="first-line" dir="auto">The first words.</p>' in body


def test_a_long_letter_shows_the_start_of_its_first_line(ivy_client, ivy):
    services.start_letter(ivy, title="Long", body="word " * 40_000)
    body = ivy_client.get(reverse("letters:index")).content.decode()
    assert "…</p>" in body
    assert body.count("word") < 40


def test_heading_and_first_line():
    seen = heading_and_first_line
    assert seen("", "") == ("Untitled letter", "")
    assert seen("  ", "\n\n") == ("Untitled letter", "")
    assert seen("Title", "") == ("Title", "")
    assert seen("", "## Only line") == ("Only line", "")
    assert seen("", "x" * 61 + "\n- a list item") == ("x" * 60 + "…", "a list item")
    assert seen("T", "שלום 🌊\nnext") == ("T", "שלום 🌊")
    assert seen("T", "y" * 200)[1] == "y" * 140 + "…"
    # A greeting alone on its line gives way to the line after it, if there is one.
    assert seen("T", "Dear Ivy,\n\nI kept thinking.") == ("T", "I kept thinking.")
    assert seen("", "Sorry\nIvy,\nI was wrong.") == ("Sorry", "I was wrong.")
    assert seen("T", "Ivy,") == ("T", "Ivy,")
    assert seen("T", "When you left, I stayed,\nthen") == ("T", "When you left, I stayed,")
