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


from midway.notify.tests.kinds_in_use import ACTIONS  # noqa: E402


@pytest.mark.parametrize("kind", list(ACTIONS))
def test_each_kind_reaches_the_partner_and_never_the_author(
    kind, ivy, john, listener, other_listener
):
    add_apprise(john, f"json://{listener.url}/john")
    add_apprise(ivy, f"json://{other_listener.url}/ivy")
    action, words = ACTIONS[kind]
    action(ivy)
    run_worker()
    assert [r.path for r in listener.received] == ["/john"]
    assert words in listener.received[0].json()["message"]
    assert other_listener.received == []


def test_nothing_goes_to_a_destination_of_another_space(ivy, john, ana, listener, other_listener):
    from midway.spaces.models import Member

    ben = Member.objects.get(user__username="ben")
    add_apprise(ana, f"json://{other_listener.url}/ana")
    add_apprise(ben, f"json://{other_listener.url}/ben")
    add_apprise(john, f"json://{listener.url}/john")
    for action, _words in ACTIONS.values():
        action(ivy)
    shared_letter(ana)
    run_worker()
    assert other_listener.received and all(r.path == "/ben" for r in other_listener.received)
    assert {r.path for r in listener.received} == {"/john"}
    assert not any("Ana" in text for text in listener.texts())


def test_previews_show_the_title_only_where_turned_on(ivy, john, listener, other_listener):
    add_apprise(john, f"json://{listener.url}/plain")
    add_apprise(john, f"json://{other_listener.url}/preview", previews=True)
    shared_letter(ivy)
    run_worker()
    assert SECRET_TITLE not in listener.texts()[0]
    assert SECRET_TITLE in other_listener.received[0].json()["message"]
    # Even a preview holds the title only, never the letter itself.
    assert "walked out" not in other_listener.texts()[0]


def test_a_burst_of_replies_becomes_one_notification(settings, ivy, john, listener):
    settings.NOTIFY_GATHER = 60
    letter = shared_letter(john)
    add_apprise(john, f"json://{listener.url}/john")
    for n in range(10):
        add_reply(letter, ivy, f"And another thing, number {n}")
    run_worker()
    assert listener.received == []  # still gathering
    pass_time()
    run_worker()
    pass_time()
    run_worker()
    assert len(listener.received) == 1
    assert "Ivy replied to a letter." in listener.received[0].json()["message"]
    from midway.notify.models import NoticeItem

    assert NoticeItem.objects.count() == 1  # the same news once, however often it came


def test_a_kind_turned_off_sends_nothing(ivy, john, listener):
    from midway.notify.destinations import save_preferences

    add_apprise(john, f"json://{listener.url}/john")
    kinds = {"letters": False, "questions": True}
    save_preferences(john, kinds=kinds, quiet_from=None, quiet_to=None, breaks_in_quiet=False)
    shared_letter(ivy)
    ACTIONS["questions"][0](ivy)
    run_worker()
    assert len(listener.received) == 1
    assert "asked you a question" in listener.received[0].json()["message"]


def _quiet_now(member, *, breaks_in_quiet: bool):
    from datetime import timedelta

    from django.utils import timezone

    from midway.notify.destinations import save_preferences
    from midway.notify.kinds import KINDS

    now = timezone.localtime()
    save_preferences(
        member,
        kinds={kind: True for kind in KINDS},
        quiet_from=(now - timedelta(hours=1)).time().replace(second=0, microsecond=0),
        quiet_to=(now + timedelta(hours=1)).time().replace(second=0, microsecond=0),
        breaks_in_quiet=breaks_in_quiet,
    )


def test_quiet_hours_hold_news_until_they_end(ivy, john, listener):
    from midway.notify.models import Notice

    add_apprise(john, f"json://{listener.url}/john")
    _quiet_now(john, breaks_in_quiet=True)
    shared_letter(ivy)
    run_worker()
    assert listener.received == []
    held = Notice.objects.get(kind="letters")
    assert held.dispatched_at is None and held.due_at > held.created_at
    # A break passes through, because John allows it.
    ACTIONS["breaks"][0](ivy)
    run_worker()
    assert len(listener.received) == 1
    assert "Ivy needs a break" in listener.received[0].json()["message"]
    # When quiet hours are over, the letter's news goes out.
    from midway.notify.models import Preferences

    Preferences.objects.filter(member=john).update(quiet_from=None, quiet_to=None)
    pass_time()
    run_worker()
    assert any("Ivy shared a letter with you." in r.json()["message"] for r in listener.received)


def test_a_break_waits_for_quiet_hours_unless_allowed(ivy, john, listener):
    add_apprise(john, f"json://{listener.url}/john")
    _quiet_now(john, breaks_in_quiet=False)
    ACTIONS["breaks"][0](ivy)
    run_worker()
    assert listener.received == []


def test_the_break_reminder_goes_to_both_at_the_return_time(ivy, john, listener, other_listener):
    from midway.repair.breaks import come_back

    add_apprise(john, f"json://{listener.url}/john")
    add_apprise(ivy, f"json://{other_listener.url}/ivy")
    ACTIONS["breaks"][0](ivy)
    run_worker()
    assert len(listener.received) == 1 and other_listener.received == []
    pass_time()  # the promised return time has come
    run_worker()
    assert "Ivy's break is up" in listener.received[-1].json()["message"]
    assert "Your break is up" in other_listener.received[-1].json()["message"]
    # Back before a second reminder could come: "is back" reaches John, nothing reaches Ivy.
    from midway.repair.models import Break

    come_back(ivy, Break.objects.get())
    run_worker()
    assert "Ivy is back from the break" in listener.received[-1].json()["message"]
    assert len(other_listener.received) == 1


def test_email_arrives_at_an_smtp_server(ivy, john, smtp):
    add_apprise(john, f"mailto://127.0.0.1:{smtp.port}?from=midway@example.com&to=john@example.com")
    shared_letter(ivy)
    run_worker()
    assert len(smtp.messages) == 1
    assert "Ivy shared a letter with you." in smtp.messages[0]
    assert SECRET_TITLE not in smtp.messages[0]


def test_an_ntfy_topic_gets_the_news(ivy, john, listener):
    add_apprise(john, f"ntfy://{listener.url}/ivy-and-john")
    ACTIONS["questions"][0](ivy)
    run_worker()
    assert len(listener.received) == 1
    sent = listener.received[0]
    assert "ivy-and-john" in sent.path + sent.body.decode()
    assert "Ivy asked you a question." in sent.body.decode()


def test_web_push_reaches_the_phone_encrypted_for_it(ivy, john, push_service):
    from midway.notify.destinations import add_push

    subscriber = push_service.subscriber
    add_push(
        john,
        f"http://{push_service.url}/push/john-phone",
        {"p256dh": subscriber.p256dh, "auth": subscriber.auth},
    )
    letter = shared_letter(ivy)
    run_worker()
    assert len(push_service.received) == 1
    payload = push_service.received[0].json()  # decrypted with the phone's keys
    assert payload["body"] == "Ivy shared a letter with you."
    assert payload["url"] == f"/letters/{letter.pk}/"
    assert SECRET_TITLE not in push_service.received[0].body.decode()
    assert Delivery.objects.get().sent_at is not None


def test_a_postponed_decision_coming_back_is_told_to_both(ivy, john, listener, other_listener):
    from datetime import timedelta

    from django.utils import timezone

    from midway.decisions.services import open_decision, propose_another_day

    add_apprise(john, f"json://{listener.url}/john")
    add_apprise(ivy, f"json://{other_listener.url}/ivy")
    decision = open_decision(ivy, "Where we spend the holidays")
    day = timezone.localdate() + timedelta(days=3)
    propose_another_day(ivy, decision, day)
    propose_another_day(john, decision, day)
    run_worker()
    assert "Ivy opened a decision." in listener.received[0].json()["message"]
    assert "John left a decision for another day." in other_listener.received[0].json()["message"]
    pass_time()  # the morning of that day
    run_worker()
    for service in (listener, other_listener):
        assert "comes back today" in service.received[-1].json()["message"]


def test_a_notifications_link_opens_the_thing_after_sign_in(ivy, john, push_service, client):
    from midway.conftest import PASSWORD
    from midway.notify.destinations import add_push

    keys = {"p256dh": push_service.subscriber.p256dh, "auth": push_service.subscriber.auth}
    add_push(john, f"http://{push_service.url}/push/john", keys)
    letter = shared_letter(ivy)
    run_worker()
    path = push_service.received[0].json()["url"]
    response = client.get(path)
    assert response.status_code == 302 and response["Location"].startswith("/login/?next=")
    signed_in = client.post(
        response["Location"], {"username": "john", "password": PASSWORD}, follow=True
    )
    assert signed_in.redirect_chain[-1][0] == path
    assert SECRET_TITLE in signed_in.content.decode()
    assert path == f"/letters/{letter.pk}/"
