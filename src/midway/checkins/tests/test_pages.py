"""The check-in pages as a member uses them, with and without htmx."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from midway.checkins.models import CheckIn
from midway.checkins.services import record_checkin

pytestmark = pytest.mark.django_db

INDEX = reverse("checkin:index")
CARD = reverse("checkin:card")
HTMX = {"HTTP_HX_REQUEST": "true"}


def answers(**overrides):
    data = {
        "mood_pick": ["😊"],
        "mood_other": "🙀",
        "medication_taken": "yes",
        "energy": "3",
        "safety": "4",
        "capacity": "a little",
        "note": "Slept badly, but I'm here.",
    }
    data.update(overrides)
    return data


def test_member_records_todays_checkin(ivy_client, ivy):
    response = ivy_client.post(INDEX, answers())
    assert response.status_code == 302
    checkin = CheckIn.objects.get(member=ivy)
    assert checkin.day == timezone.localdate()
    assert checkin.mood == "😊🙀"
    assert checkin.medication_taken is True
    assert (checkin.energy, checkin.safety, checkin.capacity) == (3, 4, "a little")
    assert checkin.note == "Slept badly, but I'm here."
    page = ivy_client.get(INDEX).content.decode()
    assert "Saved. John can see it." in page
    # The form is pre-filled with what was said, so it can be changed all day.
    assert 'value="😊" id="id_mood_pick_0" checked' in page
    assert 'name="mood_other" value="🙀"' in page
    assert 'value="3" id="id_energy_2" checked' in page


def test_a_member_changes_their_mind_later_the_same_day(ivy_client, ivy):
    ivy_client.post(INDEX, answers())
    ivy_client.post(INDEX, answers(medication_taken="", energy="", mood_pick=[], note=""))
    checkin = CheckIn.objects.get(member=ivy)
    assert checkin.medication_taken is None
    assert checkin.energy is None
    assert checkin.mood == "🙀"
    assert checkin.note == ""


def test_partner_sees_my_checkin(ivy_client, john_client, ivy):
    ivy_client.post(CARD, {"action": "choose", "card": "Judgement", "card_reversed": ""})
    ivy_client.post(INDEX, answers(note="Thinking of you"))
    page = john_client.get(INDEX).content.decode()
    assert "Ivy today" in page
    assert "Judgement" in page
    assert "Thinking of you" in page
    assert "😊🙀" in page
    checkin = CheckIn.objects.get(member=ivy)
    detail = john_client.get(reverse("checkin:detail", args=[checkin.pk]))
    assert detail.status_code == 200
    assert "Ivy’s check-in" in detail.content.decode()


def test_partner_who_has_not_checked_in_shows_not_yet(ivy_client, john):
    page = ivy_client.get(INDEX).content.decode()
    assert "John today" in page
    assert "Not yet." in page


def test_the_page_has_no_streaks_scores_or_nagging(ivy_client, ivy, john):
    for n in range(5):
        record_checkin(ivy, mood="😊", day=timezone.localdate() - timedelta(days=n))
    page = ivy_client.get(INDEX).content.decode().lower()
    for word in ("streak", "score", "in a row", "missed", "don't forget", "you haven't"):
        assert word not in page


def test_card_of_the_day_is_stable_on_reload(ivy_client, ivy):
    ivy_client.post(CARD, {"action": "draw"})
    first = CheckIn.objects.get(member=ivy)
    assert first.card
    page = ivy_client.get(INDEX).content.decode()
    assert first.card in page
    assert escape(first.card_meaning) in page
    # Clearing it and drawing again, or drawing from another tab, gives the same card.
    ivy_client.post(CARD, {"action": "choose", "card": ""})
    assert CheckIn.objects.get(member=ivy).card == ""
    ivy_client.post(CARD, {"action": "draw"}, **HTMX)
    ivy_client.post(CARD, {"action": "draw"})
    again = CheckIn.objects.get(member=ivy)
    assert (again.card, again.card_reversed) == (first.card, first.card_reversed)
    assert first.card in ivy_client.get(INDEX).content.decode()


def test_a_member_records_the_card_they_pulled_themselves(ivy_client, ivy):
    response = ivy_client.post(
        CARD, {"action": "choose", "card": "The Tower", "card_reversed": "on"}
    )
    assert response.status_code == 302
    checkin = CheckIn.objects.get(member=ivy)
    assert (checkin.card, checkin.card_reversed) == ("The Tower", True)
    assert "Your card of the day: The Tower, reversed." in ivy_client.get(INDEX).content.decode()


def test_a_card_outside_the_deck_is_refused(ivy_client, ivy):
    response = ivy_client.post(CARD, {"action": "choose", "card": "The Plumber"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not CheckIn.objects.exists()


def test_saving_the_card_keeps_the_rest_of_the_checkin(ivy_client, ivy):
    ivy_client.post(INDEX, answers())
    ivy_client.post(CARD, {"action": "draw"})
    checkin = CheckIn.objects.get(member=ivy)
    assert checkin.card and checkin.mood == "😊🙀" and checkin.energy == 3


def test_one_checkin_per_day_even_on_double_submit(ivy_client, ivy):
    first = ivy_client.post(INDEX, answers())
    second = ivy_client.post(INDEX, answers(note="pressed twice"))
    assert first.status_code == second.status_code == 302
    ivy_client.post(CARD, {"action": "draw"})
    ivy_client.post(CARD, {"action": "draw"}, **HTMX)
    assert CheckIn.objects.filter(member=ivy).count() == 1
    assert CheckIn.objects.get(member=ivy).note == "pressed twice"


def test_htmx_save_answers_with_the_form_and_the_two_weeks_only(ivy_client, ivy):
    response = ivy_client.post(INDEX, answers(), **HTMX)
    assert response.status_code == 200
    body = response.content.decode()
    assert body.lstrip().startswith('<form id="my-checkin"')
    assert "Saved at" in body
    assert (
        'id="recent" class="checkin-recent" aria-labelledby="recent-title" hx-swap-oob="true"'
        in body
    )
    assert "<html" not in body
    assert "HX-Request" in response["Vary"]
    assert CheckIn.objects.get(member=ivy).mood == "😊🙀"


def test_htmx_draw_answers_with_the_card_part_only(ivy_client, ivy):
    body = ivy_client.post(CARD, {"action": "draw"}, **HTMX).content.decode()
    assert body.lstrip().startswith('<div id="my-card"')
    assert CheckIn.objects.get(member=ivy).card in body


@pytest.mark.parametrize(
    ("mood", "message"),
    [
        ("happy", "A mood is emoji only"),
        ("😊" * 500, "Up to 3 emoji, please: this has 500."),
    ],
)
@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_invalid_mood_is_refused_with_a_message(ivy_client, ivy, mood, message, headers):
    response = ivy_client.post(INDEX, answers(mood_pick=[], mood_other=mood), **headers)
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body
    assert "Nothing was saved yet" in body
    assert not CheckIn.objects.exists()


@pytest.mark.parametrize(
    "note",
    [
        '<script>alert("hi")</script><img src=x onerror=alert(1)>',
        "I'm fine \u202eenif ton m'I\u202c really",
        "שלום, مرحبا and hello",
        "line one\nline two & <b>three</b>",
    ],
)
def test_hostile_note_is_stored_exactly_and_rendered_escaped(ivy_client, john_client, ivy, note):
    assert ivy_client.post(INDEX, answers(note=note)).status_code == 302
    checkin = CheckIn.objects.get(member=ivy)
    assert checkin.note == note
    for client, url in (
        (john_client, INDEX),
        (john_client, reverse("checkin:detail", args=[checkin.pk])),
    ):
        body = client.get(url).content.decode()
        assert "<script>alert" not in body
        assert "<img src=x" not in body
        assert "<b>three</b>" not in body
        # Bidirectional text is shown in its own direction, isolated from the page.
        assert 'class="checkin-note" dir="auto"' in body


def test_a_nul_character_in_the_note_is_refused_clearly(ivy_client, ivy):
    response = ivy_client.post(INDEX, answers(note="before\x00after"))
    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()
    assert not CheckIn.objects.exists()


def test_a_note_longer_than_2000_characters_is_refused(ivy_client, ivy):
    response = ivy_client.post(INDEX, answers(note="x" * 2001))
    assert "Ensure this value has at most 2000 characters" in response.content.decode()
    assert not CheckIn.objects.exists()


def test_every_field_has_a_label(ivy_client, ivy):
    body = ivy_client.get(INDEX).content.decode()
    for label in ("Mood", "Or type your own emoji", "Took my meds today", "Energy",
                  "How safe I feel", "Room for a hard talk today", "A note for today",
                  "The card I pulled", "Reversed (upside down)"):  # fmt: skip
        assert label in body
    assert '<label for="id_note">' in body
    assert '<label for="id_card">' in body


def test_the_last_two_weeks_show_both_of_us(ivy_client, ivy, john):
    today = timezone.localdate()
    # Emoji that are not in the picker, so that finding them means finding the check-in.
    record_checkin(ivy, mood="🐆", day=today - timedelta(days=13))
    record_checkin(john, mood="🦔", day=today - timedelta(days=13))
    record_checkin(ivy, mood="🌧️", day=today - timedelta(days=14))
    page = ivy_client.get(INDEX).content.decode()
    assert "🐆" in page and "🦔" in page
    assert "🌧️" not in page
    assert reverse("checkin:history") in page


def test_a_source_letter_is_shown_only_to_its_author(ivy_client, john_client, ivy):
    from midway.letters.models import Letter

    letter = Letter.objects.create(space=ivy.space, author=ivy, body="draft")
    checkin = record_checkin(ivy, card="judgement", source_letter=letter)
    url = reverse("checkin:detail", args=[checkin.pk])
    assert "from a letter" in ivy_client.get(url).content.decode()
    assert "from a letter" not in john_client.get(url).content.decode()


def test_the_page_loads_its_own_stylesheet_and_no_inline_code(ivy_client, ivy):
    body = ivy_client.get(INDEX).content.decode()
    assert "/static/checkins/checkins.css" in body
    assert "<script>" not in body
    assert "style=" not in body
