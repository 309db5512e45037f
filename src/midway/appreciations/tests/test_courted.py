"""What makes me feel courted: the owner's list, the partner's "I did this", the phrasebook click."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from midway.appreciations import services
from midway.appreciations.models import CourtedItem, CourtedMark
from midway.together import services as together

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(ivy):
    return services.add_courted_item(ivy, "Ask me out, like you used to", "date")


def test_partner_reads_my_list_and_marks_it_done(item, john, john_client, ivy_client):
    assert (
        "Ask me out"
        in john_client.get(reverse("appreciations:courted", args=[item.author_id])).content.decode()
    )
    today = timezone.localdate()
    john_client.post(
        reverse("appreciations:done", args=[item.pk]),
        {f"i{item.pk}-day": today, f"i{item.pk}-word": "picnic"},
    )
    body = ivy_client.get(reverse("appreciations:my_courted"), follow=True).content.decode()
    assert "John did this" in body and "picnic" in body


def test_owner_cannot_mark_own_item(item, ivy):
    with pytest.raises(services.NotAllowed):
        services.mark_done(ivy, item, day=timezone.localdate())


def test_taken_for_granted_items_are_not_marked_done(ivy, john):
    taken = services.add_courted_item(ivy, "Plans cancelled last minute", "taken")
    with pytest.raises(services.NotAllowed):
        services.mark_done(john, taken, day=timezone.localdate())


def test_a_day_in_the_future_is_refused(item, john):
    with pytest.raises(ValidationError):
        services.mark_done(john, item, day=timezone.localdate() + timedelta(days=1))


def test_partner_cannot_add_to_or_remove_from_my_list(item, john, john_client):
    with pytest.raises(services.NotAllowed):
        services.remove_courted_item(john, item)
    assert john_client.post(reverse("appreciations:remove", args=[item.pk])).status_code == 404
    assert CourtedItem.objects.filter(pk=item.pk).exists()


def test_outsider_gets_404(item, ana_client):
    assert (
        ana_client.get(reverse("appreciations:courted", args=[item.author_id])).status_code == 404
    )
    assert ana_client.post(reverse("appreciations:done", args=[item.pk])).status_code == 404


def test_the_history_is_never_a_count(item, john, ivy_client):
    for days in range(5):
        services.mark_done(
            john, item, day=timezone.localdate() - timedelta(days=days), word=f"w{days}"
        )
    body = ivy_client.get(reverse("appreciations:courted", args=[item.author_id])).content.decode()
    assert body.count("John did this") == 5
    assert "streak" not in body.lower() and "score" not in body.lower()
    assert CourtedMark.objects.count() == 5


def test_one_click_from_a_phrasebook_entry(ivy, ivy_client, john_client):
    entry = together.add_phrasebook_entry(
        ivy,
        said="Make me want to see you",
        meaning="I don't feel very courted. I feel taken for granted and tired.",
    )
    page = ivy_client.get(entry.get_absolute_url()).content.decode()
    assert "Add to what makes me feel courted" in page
    # The partner is not offered the writer's click, and cannot make it.
    assert (
        "Add to what makes me feel courted"
        not in john_client.get(entry.get_absolute_url()).content.decode()
    )
    assert john_client.post(reverse("appreciations:from_entry", args=[entry.pk])).status_code == 404
    ivy_client.post(reverse("appreciations:from_entry", args=[entry.pk]))
    ivy_client.post(reverse("appreciations:from_entry", args=[entry.pk]))
    item = CourtedItem.objects.get()
    assert item.text == "I don't feel very courted. I feel taken for granted."
    assert item.kind == CourtedItem.TAKEN and item.source_entry == entry
