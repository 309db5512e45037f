"""Two people, two browsers: Ivy starts the space, John joins, a third person cannot."""

import pytest

from midway.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_account(page, name: str, username: str):
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)


def test_ivy_invites_john_and_a_third_person_is_refused(new_page):
    ivy = new_page("/")
    assert "Welcome to Midway" in ivy.content()
    fill_account(ivy, "Ivy", "ivy")
    ivy.get_by_label("Name of your space").fill("Ivy & John")
    ivy.get_by_role("button", name="Create our space").click()
    ivy.get_by_role("button", name="Make an invite link").click()
    link = ivy.get_by_label("Invite link").input_value()
    assert "/join/" in link

    john = new_page(link)
    assert "Ivy invited you" in john.content()
    fill_account(john, "John", "john")
    john.get_by_role("button", name="Join").click()
    john.wait_for_url("**/")
    assert "John and Ivy" in john.locator("main").inner_text()

    ivy.goto("/")
    assert "Ivy and John" in ivy.locator("main").inner_text()

    third = new_page(link)
    assert "already been used" in third.content()
    assert third.get_by_role("button", name="Join").count() == 0
