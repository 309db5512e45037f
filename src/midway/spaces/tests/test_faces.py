"""A member's face: one emoji they choose, or the first letter of their name."""

import pytest
from django.template import Context, Template
from django.urls import reverse

from midway.spaces.faces import FaceError, clean_face, initial
from midway.spaces.models import Member

FACE = reverse("face")


@pytest.mark.parametrize("text", ["🌻", " 🦊 ", "👩🏽‍🚀", "🇪🇸", "❤️", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"])
def test_one_emoji_is_a_face(text):
    assert clean_face(text) == text.strip()


@pytest.mark.parametrize("text", ["", "   ", None])
def test_nothing_is_a_face_too_the_initial_then(text):
    assert clean_face(text) == ""


@pytest.mark.parametrize(
    "text",
    ["🌻🦊", "a", "I", "🌻 x", "<script>", "☺︎", "1", "🌻" * 40, "‮🌻", "🌻\u200b"],
)
def test_anything_else_is_refused_with_a_clear_reason(text):
    with pytest.raises(FaceError, match="one emoji"):
        clean_face(text)


def test_the_initial_is_one_letter_as_a_person_sees_it():
    assert initial("ivy") == "I"
    assert initial("  élodie") == "É"
    assert initial("e\u0301lise") == "E\u0301"  # an accent typed apart stays with its letter
    assert initial("שירה") == "ש"
    assert initial("🌻 Sunny") == "🌻"
    assert initial("") == "?"


def render_face(member):
    return Template("{% load faces %}{% face member %}").render(Context({"member": member}))


@pytest.mark.django_db
def test_the_face_tag_shows_the_emoji_or_the_initial(ivy, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert ">I</span>" in render_face(ivy)
        ivy.face = "🌻"
        assert ">🌻</span>" in render_face(ivy)
        assert 'aria-hidden="true"' in render_face(ivy)
        assert render_face(None) == ""


@pytest.mark.django_db
def test_a_name_with_markup_is_escaped_in_the_face(ivy):
    ivy.name = "<b>x"
    assert ">&lt;</span>" in render_face(ivy)


@pytest.mark.django_db
def test_a_member_chooses_an_emoji_and_the_partner_sees_it(ivy_client, john_client, ivy):
    response = ivy_client.post(FACE, {"face": "🦊"})
    assert response.status_code == 302
    assert response.url == reverse("settings")
    assert Member.objects.get(pk=ivy.pk).face == "🦊"
    home = john_client.get(reverse("home")).content.decode()
    assert '<span class="face face-emoji" aria-hidden="true">🦊</span>' in home


@pytest.mark.django_db
def test_a_suggestion_button_is_one_tap(ivy_client, ivy):
    # The text field comes first in the form, the button's value last: the button wins.
    ivy_client.post(FACE, {"face": ["", "🐢"]})
    assert Member.objects.get(pk=ivy.pk).face == "🐢"


@pytest.mark.django_db
def test_going_back_to_the_initial(ivy_client, ivy):
    Member.objects.filter(pk=ivy.pk).update(face="🦊")
    ivy_client.post(FACE, {"face": "🦊", "use_initial": "1"})
    assert Member.objects.get(pk=ivy.pk).face == ""


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["🌻🦊", "Ivy", "<script>alert(1)</script>", "x" * 10_000])
def test_a_bad_face_is_refused_and_nothing_changes(ivy_client, ivy, bad):
    Member.objects.filter(pk=ivy.pk).update(face="🦊")
    response = ivy_client.post(FACE, {"face": bad})
    assert response.status_code == 400
    page = response.content.decode()
    assert "A face is one emoji" in page
    assert "<script>alert" not in page
    assert Member.objects.get(pk=ivy.pk).face == "🦊"


@pytest.mark.django_db
def test_the_face_page_and_settings_show_the_form(ivy_client):
    assert "Save my face" in ivy_client.get(FACE).content.decode()
    settings_page = ivy_client.get(reverse("settings")).content.decode()
    assert "Your face" in settings_page
    assert f'action="{FACE}"' in settings_page


@pytest.mark.django_db
def test_someone_signed_out_is_sent_to_sign_in(anon_client):
    response = anon_client.post(FACE, {"face": "🦊"})
    assert response.status_code == 302
    assert reverse("login") in response.url


@pytest.mark.django_db
def test_only_my_own_face_changes(ivy_client, ivy, john, ana):
    ivy_client.post(FACE, {"face": "🦊"})
    assert Member.objects.get(pk=john.pk).face == ""
    assert Member.objects.get(pk=ana.pk).face == ""
