import pytest
from django.urls import reverse

from midway.letters import coaching

pytestmark = pytest.mark.django_db

BLAME = "You never listen to me and your selfishness is exhausting."


def test_coach_flags_blame_and_offers_gentler_words(ivy_client):
    response = ivy_client.post(reverse("coach:check"), {"text": BLAME})
    page = response.content.decode()
    assert response.status_code == 200
    assert "criticism" in page
    assert "Try:" in page and "I feel" in page


def test_coach_stays_quiet_on_gentle_words(ivy_client):
    response = ivy_client.post(
        reverse("coach:check"), {"text": "I always love it when you make coffee."}
    )
    assert "coach-finding" not in response.content.decode()


def test_coach_off_means_nothing_comes_back(ivy_client, ivy):
    ivy.coach_enabled = False
    ivy.save()
    assert ivy_client.post(reverse("coach:check"), {"text": BLAME}).status_code == 204


def test_coach_escapes_what_it_quotes(ivy_client):
    page = ivy_client.post(
        reverse("coach:check"), {"text": "You never listen <script>alert(1)</script>"}
    ).content.decode()
    assert "<script>" not in page


def test_coach_needs_a_member(anon_client, db):
    assert anon_client.post(reverse("coach:check"), {"text": BLAME}).status_code == 302


def test_editor_asks_the_coach_only_when_it_is_on(ivy_client, ivy):
    assert "data-coach-url" in ivy_client.get(reverse("letters:new")).content.decode()
    ivy.coach_enabled = False
    ivy.save()
    assert "data-coach-url" not in ivy_client.get(reverse("letters:new")).content.decode()


def test_phrasebook_suggestions_rank_feelings_and_needs(ivy_client):
    response = ivy_client.post(
        reverse("coach:check"),
        {
            "text": "I don't feel very courted. I feel taken for granted.",
            "context": "I want you to make me want to see you",
            "suggest": "1",
        },
    )
    page = response.content.decode()
    assert 'data-pick-name="needs"' in page
    assert 'data-pick-name="feelings"' in page
    assert 'data-pick-value="being courted"' in page


def test_phrasebook_form_asks_the_coach_for_words(ivy_client):
    page = ivy_client.get(reverse("together:new_entry")).content.decode()
    assert 'data-coach-suggest="1"' in page and "data-coach-panel" in page


def test_a_huge_blaming_text_gets_a_bounded_answer(ivy_client):
    text = "\n\n".join(f"You never listen to me, not once in {n} days." for n in range(4000))
    assert len(text) > 190_000
    response = ivy_client.post(reverse("coach:check"), {"text": text})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("coach-finding") == coaching.COACH_MAX_FINDINGS
    assert "more like these" in page
    assert "reads the rest at your next pause" in page
    assert len(response.content) < 60_000


def test_only_the_changed_paragraph_is_read_again(ivy, monkeypatch):
    import midway.coach

    read_texts = []
    real = midway.coach.analyse
    monkeypatch.setattr(midway.coach, "analyse", lambda text: read_texts.append(text) or real(text))
    letter = "I missed you today.\n\nYou never listen to me.\n\nLet's talk tonight."
    first, complete = coaching.read(ivy, letter)
    assert complete and len(read_texts) == 3
    edited = letter.replace("tonight", "after dinner")
    again, _ = coaching.read(ivy, edited)
    assert read_texts[3:] == ["Let's talk after dinner."]
    assert [edited[f["start"] : f["end"]] for f in again] == ["You never listen to me."]
    assert first == again


def test_paragraph_by_paragraph_reads_like_the_whole_text(ivy, founding_letter):
    from midway.coach import analyse

    findings, complete = coaching.read(ivy, founding_letter)
    assert complete
    assert findings == analyse(founding_letter).to_dict()["findings"]


def test_a_second_check_while_one_runs_is_refused_at_once(ivy, ivy_client):
    from django.core.cache import cache

    with coaching.one_at_a_time(ivy) as turn:
        assert turn
        assert cache.get(f"coach-busy:{ivy.pk}")
        assert ivy_client.post(reverse("coach:check"), {"text": BLAME}).status_code == 429
    assert ivy_client.post(reverse("coach:check"), {"text": BLAME}).status_code == 200


def test_one_member_spending_the_minute_leaves_the_partner_coached(
    ivy_client, john_client, monkeypatch
):
    monkeypatch.setattr(coaching, "COACH_CHARS_PER_MINUTE", 5_000)
    for n in range(6):
        ivy_client.post(reverse("coach:check"), {"text": f"You never help {n}. " * 90})
    refused = ivy_client.post(reverse("coach:check"), {"text": BLAME}).content.decode()
    assert "coach-finding" not in refused and "reads the rest" in refused
    page = john_client.post(reverse("coach:check"), {"text": BLAME}).content.decode()
    assert "coach-finding" in page
