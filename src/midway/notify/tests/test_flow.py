"""From a partner's action to a notification at a real destination on loopback."""

import pytest

from midway.letters.services import add_reply, share_letter, start_letter
from midway.notify.destinations import add_apprise
from midway.notify.models import Delivery
from midway.notify.tests.conftest import pass_time, run_worker

pytestmark = pytest.mark.django_db(transaction=True)

SECRET_TITLE = "The night of the shouting"
SECRET_BODY = "I felt small when you walked out and I want to say so plainly."


def shared_letter(author):
    letter = start_letter(author, title=SECRET_TITLE, body=SECRET_BODY)
    return share_letter(letter)


def test_shared_letter_reaches_the_partner_by_webhook_without_its_words(ivy, john, listener):
    add_apprise(john, f"json://{listener.url}/hook", base_url="https://midway.example")
    shared_letter(ivy)
    run_worker()
    assert len(listener.received) == 1
    payload = listener.received[0].json()
    assert "Ivy shared a letter with you." in payload["message"]
    assert "https://midway.example/letters/" in payload["message"]
    text = listener.texts()[0]
    assert SECRET_TITLE not in text and "shouting" not in text and "walked out" not in text
