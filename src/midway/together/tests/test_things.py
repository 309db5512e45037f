import pytest
from django.urls import reverse

from midway.together import services
from midway.together.models import ThingToTry
from midway.together.tests.conftest import htmx

pytestmark = pytest.mark.django_db


def act(client, name, thing, data=None, **extra):
    return client.post(reverse(f"together:{name}", args=[thing.pk]), data or {}, **extra)


def status_of(thing):
    thing.refresh_from_db()
    return thing.status


def test_member_proposes_a_thing_to_try(ivy_client, ivy):
    response = ivy_client.post(
        reverse("together:propose"), {"text": "A walk after dinner", "why": "To talk"}
    )
    thing = ThingToTry.objects.get()
    assert response["Location"] == thing.get_absolute_url()
    assert (thing.author, thing.status, thing.why) == (ivy, ThingToTry.PROPOSED, "To talk")


def test_proposer_cannot_agree_for_partner(ivy_client, thing):
    assert act(ivy_client, "agree", thing).status_code == 404
    assert act(ivy_client, "decline", thing).status_code == 404
    assert status_of(thing) == ThingToTry.PROPOSED


def test_proposer_sees_no_agree_button(ivy_client, john_client, thing):
    agree = reverse("together:agree", args=[thing.pk])
    assert agree not in ivy_client.get(thing.get_absolute_url()).content.decode()
    assert (
        "Waiting for John to say yes" in ivy_client.get(thing.get_absolute_url()).content.decode()
    )
    assert agree in john_client.get(thing.get_absolute_url()).content.decode()


def test_service_refuses_the_proposer_agreeing(ivy, thing):
    with pytest.raises(services.NotAllowed):
        services.agree_to_thing(ivy, thing)
    assert status_of(thing) == ThingToTry.PROPOSED


def test_partner_agrees_in_place(john_client, thing):
    response = act(john_client, "agree", thing, **htmx())
    assert "We’re trying it" in response.content.decode()
    assert status_of(thing) == ThingToTry.AGREED


def test_partner_declines_with_a_note(john_client, ivy_client, thing):
    act(john_client, "decline", thing, {"note": "Not while I'm this tired"})
    thing.refresh_from_db()
    assert (thing.status, thing.decline_note) == (ThingToTry.DECLINED, "Not while I'm this tired")
    assert "John said no" in ivy_client.get(thing.get_absolute_url()).content.decode()


def test_trying_then_keeping_a_thing(ivy_client, john_client, ivy, thing):
    act(john_client, "agree", thing)
    act(ivy_client, "start", thing)
    assert status_of(thing) == ThingToTry.TRYING
    act(ivy_client, "review", thing, {"outcome": "kept", "note": "It helped"})
    thing.refresh_from_db()
    assert (thing.status, thing.review_note, thing.reviewed_by) == ("kept", "It helped", ivy)


def test_an_adjusted_thing_can_be_tried_again(john_client, john, thing):
    services.agree_to_thing(john, thing)
    services.start_trying(john, thing)
    act(john_client, "review", thing, {"outcome": "adjusted", "note": "Shorter"})
    assert status_of(thing) == ThingToTry.ADJUSTED
    act(john_client, "start", thing)
    assert status_of(thing) == ThingToTry.TRYING


def test_nothing_can_be_tried_before_both_agree(ivy_client, thing):
    response = act(ivy_client, "start", thing)
    assert response.status_code == 302
    assert status_of(thing) == ThingToTry.PROPOSED


def test_review_needs_an_outcome(ivy_client, john, thing):
    services.agree_to_thing(john, thing)
    services.start_trying(john, thing)
    response = act(ivy_client, "review", thing, {"outcome": ""}, **htmx())
    assert "Please choose keep, adjust or drop." in response.content.decode()
    assert status_of(thing) == ThingToTry.TRYING


def test_agreeing_twice_changes_nothing(john_client, thing):
    act(john_client, "agree", thing)
    thing.refresh_from_db()
    agreed_at = thing.agreed_at
    act(john_client, "agree", thing)
    thing.refresh_from_db()
    assert thing.agreed_at == agreed_at


def test_declining_after_agreeing_says_it_changed(john_client, thing):
    act(john_client, "agree", thing)
    response = act(john_client, "decline", thing, follow=True)
    assert "This changed meanwhile" in response.content.decode()
    assert status_of(thing) == ThingToTry.AGREED


def test_double_submit_creates_one_thing(ivy_client):
    for _ in range(2):
        ivy_client.post(reverse("together:propose"), {"text": "Walk", "why": ""})
    assert ThingToTry.objects.count() == 1


def test_list_shows_what_waits_first(john_client, ivy, john):
    kept = services.propose_thing(ivy, "An old kept one")
    services.agree_to_thing(john, kept)
    services.start_trying(john, kept)
    services.review_thing(john, kept, ThingToTry.KEPT)
    services.propose_thing(ivy, "A new proposal")
    body = john_client.get(reverse("together:things")).content.decode()
    assert body.index("A new proposal") < body.index("An old kept one")


def test_htmx_card_says_when_the_partner_acted_first(john_client, ivy, john, thing):
    services.agree_to_thing(john, thing)
    services.start_trying(ivy, thing)
    response = act(john_client, "decline", thing, {"note": ""}, **htmx())
    assert "This changed meanwhile: it is now “We&#x27;re trying it”." in response.content.decode()
    assert status_of(thing) == ThingToTry.TRYING


def _kept(ivy, john, text):
    kept = services.propose_thing(ivy, text)
    services.agree_to_thing(john, kept)
    services.start_trying(john, kept)
    return services.review_thing(john, kept, ThingToTry.KEPT)


def test_the_list_filters_by_state_with_counts(john_client, ivy, john, thing):
    _kept(ivy, john, "An old kept one")
    dropped = services.propose_thing(ivy, "A declined one")
    services.decline_thing(john, dropped, "")
    page = john_client.get(reverse("together:things"), {"show": "kept"}).content.decode()
    assert "An old kept one" in page
    assert thing.text not in page and "A declined one" not in page
    assert 'href="?show=kept" aria-current="true">Kept <span class="filter-count">1</span>' in page
    assert 'href="?show=all">All <span class="filter-count">3</span>' in page
    dropped_page = john_client.get(reverse("together:things"), {"show": "dropped"})
    assert "A declined one" in dropped_page.content.decode()
    empty = john_client.get(reverse("together:things"), {"show": "trying"}).content.decode()
    assert "Nothing here right now." in empty
    # An unknown filter is the whole list, not an error.
    assert john_client.get(reverse("together:things"), {"show": "<b>"}).status_code == 200


def test_the_list_folds_the_review_and_decline_forms(john_client, ivy, john, thing):
    trying = services.propose_thing(ivy, "Being tried")
    services.agree_to_thing(john, trying)
    services.start_trying(john, trying)
    page = john_client.get(reverse("together:things")).content.decode()
    assert "<textarea" not in page and 'type="radio"' not in page
    review = reverse("together:review", args=[trying.pk])
    decline = reverse("together:decline", args=[thing.pk])
    assert f'hx-get="{review}"' in page and f'hx-get="{decline}"' in page
    form = john_client.get(review, **htmx()).content.decode()
    assert form.count('type="radio"') == 3 and "autofocus" in form
    assert 'name="note"' in john_client.get(decline, **htmx()).content.decode()
    # Without JavaScript each button leads to the thing's page, its forms open there.
    assert john_client.get(review)["Location"] == trying.get_absolute_url()
    assert 'type="radio"' in john_client.get(trying.get_absolute_url()).content.decode()


def test_a_form_asked_for_once_the_thing_moved_on_gives_the_card(john_client, john, thing):
    services.agree_to_thing(john, thing)
    response = john_client.get(reverse("together:decline", args=[thing.pk]), **htmx())
    assert response["HX-Retarget"] == f"#thing-{thing.pk}"
    assert "We’re trying it" in response.content.decode()


def test_an_outsider_cannot_fetch_a_things_forms(ana_client, thing):
    for name in ("decline", "review"):
        url = reverse(f"together:{name}", args=[thing.pk])
        assert ana_client.get(url, **htmx()).status_code == 404


def test_the_yes_that_agrees_is_a_small_moment(john_client, thing):
    response = act(john_client, "agree", thing, **htmx())
    body = response.content.decode()
    assert 'class="card thing agreed"' in body
    assert '<p class="moment">You both said yes.</p>' in body
    assert '<div id="together-live" hx-swap-oob="innerHTML">You both said yes.' in body
    # Once: the card later just says it.
    later = john_client.get(thing.get_absolute_url()).content.decode()
    assert 'class="card thing agreed"' not in later
    assert 'class="moment"' not in later


def test_without_javascript_the_yes_is_said_on_the_things_page(john_client, thing):
    response = act(john_client, "agree", thing, follow=True)
    assert "You both said yes. Start trying it whenever you are ready." in response.content.decode()
