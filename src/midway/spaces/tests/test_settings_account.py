"""Settings that change the space or the account: renaming the space, leaving it,
deleting one's account (with or without leaving what was shared), and `midway passwd`."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from midway.api.models import ApiToken
from midway.api.tests.conftest import fill_space
from midway.conftest import PASSWORD
from midway.letters.models import Letter, Reply
from midway.spaces.models import Member, Space
from midway.together.models import Answer, Question

User = get_user_model()


def test_settings_offers_every_part(ivy_client):
    page = ivy_client.get(reverse("settings")).content.decode()
    for words in ("Name of your space", "Leave Ivy &amp; John", "Delete my account", "Markdown"):
        assert words in page


def test_either_partner_renames_the_space(john_client, ivy):
    response = john_client.post(reverse("rename_space"), {"name": "  Our little boat ⛵ "})
    assert response.status_code == 302
    ivy.space.refresh_from_db()
    assert ivy.space.name == "Our little boat ⛵"


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_a_blank_or_huge_name_is_refused_with_a_message(ivy_client, ivy, name):
    response = ivy_client.post(reverse("rename_space"), {"name": name}, follow=True)
    ivy.space.refresh_from_db()
    assert ivy.space.name == "Ivy & John"
    assert response.context["messages"]


def test_html_in_the_name_stays_text(ivy_client, ivy):
    ivy_client.post(reverse("rename_space"), {"name": "<script>alert(1)</script>"})
    page = ivy_client.get(reverse("home")).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_an_outsider_cannot_rename_leave_or_delete(anon_client, ivy):
    for name in ("rename_space", "leave_space", "delete_account"):
        response = anon_client.post(reverse(name), {"name": "Taken", "password": PASSWORD})
        assert response.status_code == 302
        assert "/login/" in response["Location"]
    assert Space.objects.get(pk=ivy.space_id).name == "Ivy & John"
    assert Member.objects.count() == 2


def test_the_departure_page_warns_and_offers_the_export_first(ivy_client):
    page = ivy_client.get(reverse("delete_account")).content.decode()
    assert "This cannot be undone" in page
    assert page.index(reverse("exchange:my_markdown")) < page.index('name="password"')
    assert "John's replies to them" in page


def test_a_wrong_password_deletes_nothing(ivy_client, ivy, john):
    response = ivy_client.post(
        reverse("delete_account"), {"keep_shared": "no", "password": "not it"}
    )
    assert response.status_code == 200
    assert "That is not your password." in response.content.decode()
    assert User.objects.filter(pk=ivy.user_id).exists()
    assert Member.objects.filter(pk=ivy.pk).exists()


def test_ana_deleting_her_account_touches_nothing_of_ivy_and_john(ana_client, ivy, john):
    fill_space(ivy, john)
    before = Letter.objects.filter(space=ivy.space).count()
    ana_client.post(reverse("delete_account"), {"keep_shared": "no", "password": PASSWORD})
    assert not User.objects.filter(username="ana").exists()
    assert Letter.objects.filter(space=ivy.space).count() == before
    assert Member.objects.filter(space=ivy.space).count() == 2


def test_deleting_and_taking_everything_away(ivy_client, ivy, john):
    made = fill_space(ivy, john)
    response = ivy_client.post(
        reverse("delete_account"), {"keep_shared": "no", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("login")
    assert not User.objects.filter(username="ivy").exists()
    assert not Letter.objects.filter(pk__in=[made.letter.pk, made.draft.pk]).exists()
    # John's words on Ivy's things go with them (the page said so).
    assert not Reply.objects.filter(pk=made.reply.pk).exists()
    assert not Answer.objects.filter(pk=made.answer.pk).exists()
    assert not ApiToken.objects.filter(member__user__username="ivy").exists()
    assert list(Member.objects.filter(space=john.space)) == [john]
    # John can invite someone again: the space has room.
    assert not Space.objects.get(pk=john.space_id).is_full
    assert ivy_client.get(reverse("home")).status_code == 302


def test_deleting_but_leaving_what_was_shared(ivy_client, ivy, john, client):
    made = fill_space(ivy, john)
    ivy_client.post(reverse("delete_account"), {"keep_shared": "yes", "password": PASSWORD})
    assert not User.objects.filter(username="ivy").exists()
    former = Member.objects.get(pk=ivy.pk)
    assert former.name == "Ivy (left)"
    assert not former.user.is_active and not former.user.has_usable_password()
    assert Letter.objects.filter(pk=made.letter.pk).exists()
    assert Reply.objects.filter(pk=made.reply.pk).exists()
    assert Answer.objects.filter(pk=made.answer.pk).exists()
    # What John never saw goes all the same.
    assert not Letter.objects.filter(pk=made.draft.pk).exists()
    assert not Question.objects.filter(pk=made.draft_question.pk).exists()
    assert not ApiToken.objects.filter(member=former).exists()
    john_client = client
    john_client.force_login(john.user, backend="django.contrib.auth.backends.ModelBackend")
    page = john_client.get(reverse("letters:detail", args=[made.letter.pk])).content.decode()
    assert "Ivy (left)" in page


def test_leaving_keeps_the_account_in_a_new_space(ivy_client, ivy, john):
    made = fill_space(ivy, john)
    response = ivy_client.post(reverse("leave_space"), {"keep_shared": "yes", "password": PASSWORD})
    assert response.status_code == 302
    now = Member.objects.get(user__username="ivy")
    assert now.space_id != john.space_id
    assert now.space.name == "Ivy's space"
    assert now.partner is None
    assert "Ivy&#x27;s space" in ivy_client.get(reverse("home")).content.decode()
    # The letter John could read stays with him; Ivy sees it no more.
    assert Letter.objects.filter(pk=made.letter.pk, space=john.space).exists()
    assert ivy_client.get(reverse("letters:detail", args=[made.letter.pk])).status_code == 404


def test_leaving_alone_is_not_offered(ivy_client, ivy, john):
    ivy_client.post(reverse("leave_space"), {"keep_shared": "no", "password": PASSWORD})
    alone = Member.objects.get(user__username="ivy")
    response = ivy_client.get(reverse("leave_space"))
    assert response.status_code == 302
    assert Member.objects.get(user__username="ivy").space_id == alone.space_id


def test_deleting_alone_deletes_the_space(client, db):
    from midway.spaces.services import create_space

    solo = create_space(username="solo", password=PASSWORD, name="Solo", space_name="Just me")
    client.force_login(solo.user, backend="django.contrib.auth.backends.ModelBackend")
    page = client.get(reverse("delete_account")).content.decode()
    assert "the whole space is deleted" in page
    client.post(reverse("delete_account"), {"password": PASSWORD})
    assert not Space.objects.filter(pk=solo.space_id).exists()


def test_a_double_submit_is_harmless(ivy_client, ivy, john):
    data = {"keep_shared": "no", "password": PASSWORD}
    ivy_client.post(reverse("delete_account"), data)
    second = ivy_client.post(reverse("delete_account"), data)
    assert second.status_code == 302
    assert list(Member.objects.all().values_list("user__username", flat=True)) == ["john"]


def test_the_login_page_says_what_to_do_about_a_forgotten_password(anon_client):
    page = anon_client.get(reverse("login")).content.decode()
    assert "Forgot your password? Ask whoever runs Midway to run" in page
    assert "midway passwd" in page


def test_passwd_reads_the_new_password_from_stdin(ivy, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("a brand new passphrase\n"))
    out = io.StringIO()
    call_command("passwd", "IVY", stdout=out)
    assert "ivy has a new password" in out.getvalue()
    ivy.user.refresh_from_db()
    assert ivy.user.check_password("a brand new passphrase")


def test_passwd_refuses_a_weak_password_and_an_unknown_name(ivy, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    with pytest.raises(CommandError, match="too short"):
        call_command("passwd", "ivy")
    monkeypatch.setattr("sys.stdin", io.StringIO("a brand new passphrase\n"))
    with pytest.raises(CommandError, match="Nobody here signs in as 'nobody'"):
        call_command("passwd", "nobody")
    ivy.user.refresh_from_db()
    assert ivy.user.check_password(PASSWORD)


def test_passwd_asks_twice_on_a_terminal(ivy, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    answers = iter(["one passphrase here", "another passphrase"])
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    with pytest.raises(CommandError, match="not the same"):
        call_command("passwd", "ivy")


def test_a_made_up_choice_is_refused_and_said(ivy_client, ivy):
    response = ivy_client.post(
        reverse("delete_account"), {"keep_shared": "<b>maybe</b>", "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert Member.objects.filter(pk=ivy.pk).exists()
