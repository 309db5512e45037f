"""A letter that names its card of the day shows the card's face."""

import pytest
from django.urls import reverse

from midway.letters.services import share_letter, start_letter

pytestmark = pytest.mark.django_db


def test_a_letter_naming_its_card_shows_the_face_turned_if_reversed(ivy, john_client):
    letter = start_letter(ivy, body="Dear John,\n\nToday's card is Judgement, reversed.\n")
    share_letter(letter)
    page = john_client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    assert 'role="img" aria-label="Judgement, reversed"' in page
    assert 'transform="rotate(180 60 100)"' in page
    assert "The card of the day in this letter: <strong>Judgement</strong>, reversed." in page


def test_a_letter_without_a_card_shows_none(ivy, john_client):
    # "the world is big" names no card of the day: no cue before or after it.
    letter = start_letter(ivy, body="Dear John,\n\nThe world is big and I am tired.")
    share_letter(letter)
    page = john_client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    assert 'class="tarot' not in page
    assert "card of the day in this letter" not in page
