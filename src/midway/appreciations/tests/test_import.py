"""The letter import proposes appreciations; the writer's ticks decide which become real."""

import pytest
from django.urls import reverse

from midway.appreciations.models import Appreciation
from midway.letters.importing import import_letter, proposals

pytestmark = pytest.mark.django_db


def test_review_page_offers_the_founding_letters_appreciations(ivy_client, founding_letter):
    response = ivy_client.post(reverse("letters:import"), {"text": founding_letter})
    body = response.content.decode()
    assert 'name="appreciations"' in body and "You are enough for me." in body


def test_only_ticked_appreciations_are_made_and_wait_for_the_letter(ivy, john, founding_letter):
    found = proposals(founding_letter)["appreciations"]
    wanted = found.index("You are enough for me.")
    result = import_letter(
        ivy, founding_letter, chosen=lambda kind, i: kind == "appreciations" and i == wanted
    )
    assert list(Appreciation.objects.values_list("text", flat=True)) == ["You are enough for me."]
    # The letter is still a draft: so is what came from it, for John.
    assert not Appreciation.objects.visible_to(john).exists()
    assert result.created == {"appreciations": 1}
