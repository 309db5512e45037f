"""Items imported from a letter follow the letter's privacy: a draft's items are its author's."""

import inspect

import pytest
from django.urls import reverse

from midway.letters.models import Letter
from midway.together import services
from midway.together.models import PhrasebookEntry, Question, ThingToTry

pytestmark = pytest.mark.django_db


def import_all(member, letter):
    return [
        services.ask_question(member, "Why did the picture make you mad?", source_letter=letter),
        services.propose_thing(member, "Go over hurtful things", source_letter=letter),
        services.add_phrasebook_entry(member, said="Make me want to see you", source_letter=letter),
    ]


def test_item_from_a_draft_letter_is_hidden_until_shared(
    ivy, john, ivy_client, john_client, draft_letter
):
    items = import_all(ivy, draft_letter)
    lists = ["index", "questions", "things", "phrasebook"]
    for item in items:
        assert john_client.get(item.get_absolute_url()).status_code == 404
        assert ivy_client.get(item.get_absolute_url()).status_code == 200
    for name in lists:
        body = john_client.get(reverse(f"together:{name}"), {"q": "want"}).content.decode()
        assert "picture" not in body and "hurtful" not in body and "Make me want" not in body
    assert services.waiting_counts(john) == {"questions": 0, "things": 0, "phrases": 0}

    draft_letter.status = Letter.SHARED
    draft_letter.save()

    for item in items:
        assert john_client.get(item.get_absolute_url()).status_code == 200
    assert services.waiting_counts(john) == {"questions": 1, "things": 1, "phrases": 1}


def test_partner_cannot_act_on_an_item_from_a_draft(john_client, ivy, draft_letter):
    question, thing, entry = import_all(ivy, draft_letter)
    assert (
        john_client.post(reverse("together:answer", args=[question.pk]), {"text": "x"}).status_code
        == 404
    )
    assert john_client.post(reverse("together:agree", args=[thing.pk])).status_code == 404
    assert john_client.post(reverse("together:heard", args=[entry.pk])).status_code == 404


def test_partners_own_items_are_not_hidden_by_ivys_draft(john, draft_letter):
    question = services.ask_question(john, "Plain question")
    assert Question.objects.visible_to(john).filter(pk=question.pk).exists()


def test_deleting_a_draft_deletes_its_imported_items(ivy, draft_letter):
    import_all(ivy, draft_letter)
    draft_letter.delete()
    assert not Question.objects.exists()
    assert not ThingToTry.objects.exists()
    assert not PhrasebookEntry.objects.exists()


def test_deleting_a_shared_letter_keeps_its_items(ivy, john, draft_letter):
    import_all(ivy, draft_letter)
    draft_letter.status = Letter.SHARED
    draft_letter.save()
    draft_letter.delete()
    assert Question.objects.visible_to(john).count() == 1
    assert Question.objects.get().source_letter is None


def test_only_the_letters_author_imports_from_it(john, ana, draft_letter):
    with pytest.raises(services.NotAllowed):
        services.ask_question(john, "x", source_letter=draft_letter)
    with pytest.raises(services.NotAllowed):
        services.propose_thing(ana, "x", source_letter=draft_letter)


def test_importer_services_keep_their_signatures():
    def params(function):
        return [
            (p.name, p.kind.name, p.default)
            for p in inspect.signature(function).parameters.values()
        ]

    empty = inspect.Parameter.empty
    assert params(services.ask_question) == [
        ("member", "POSITIONAL_OR_KEYWORD", empty),
        ("text", "POSITIONAL_OR_KEYWORD", empty),
        ("source_letter", "KEYWORD_ONLY", None),
        ("reveal_together", "KEYWORD_ONLY", False),
    ]
    assert params(services.propose_thing) == [
        ("member", "POSITIONAL_OR_KEYWORD", empty),
        ("text", "POSITIONAL_OR_KEYWORD", empty),
        ("why", "KEYWORD_ONLY", ""),
        ("source_letter", "KEYWORD_ONLY", None),
    ]
    assert params(services.add_phrasebook_entry) == [
        ("member", "POSITIONAL_OR_KEYWORD", empty),
        ("said", "KEYWORD_ONLY", empty),
        ("not_meaning", "KEYWORD_ONLY", ""),
        ("meaning", "KEYWORD_ONLY", ""),
        ("feelings", "KEYWORD_ONLY", ()),
        ("needs", "KEYWORD_ONLY", ()),
        ("request", "KEYWORD_ONLY", ""),
        ("source_letter", "KEYWORD_ONLY", None),
    ]


def test_importer_gets_a_validation_error_for_too_long_text(ivy):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        services.ask_question(ivy, "x" * 2001)
    assert "2,000 characters" in str(refused.value)
