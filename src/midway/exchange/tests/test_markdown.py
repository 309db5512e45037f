"""The Markdown export: a folder a person can read, with only what they may see."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from midway.exchange.tests.conftest import MARKER
from midway.letters.models import Letter

pytestmark = pytest.mark.django_db


def test_markdown_export_writes_a_folder_per_space(demo, tmp_path):
    folder = tmp_path / "out"
    call_command("export", "--markdown", str(folder))
    assert sorted(path.name for path in folder.iterdir()) == ["ana-ben", "ivy-john"]
    space = folder / "ivy-john"
    for name in ("questions.md", "things-to-try.md", "phrasebook.md", "checkins.md"):
        assert (space / name).read_text(encoding="utf-8").startswith("# ")
    letters = sorted((space / "letters").iterdir())
    assert len(letters) == Letter.objects.filter(space__name="Ivy & John").count()
    text = letters[0].read_text(encoding="utf-8")
    front, body = text.split("---\n")[1:3]
    fields = dict(line.split(": ", 1) for line in front.splitlines())
    assert json.loads(fields["status"]) in ("draft", "shared")
    assert json.loads(fields["author"]) in ("Ivy", "John")
    assert body.strip()


def test_markdown_export_of_a_member_leaves_out_the_partners_drafts(demo, tmp_path):
    call_command("export", "--markdown", str(tmp_path / "john"), "--user", "john")
    call_command("export", "--markdown", str(tmp_path / "ivy"), "--user", "ivy")

    def everything(folder):
        return "".join(p.read_text(encoding="utf-8") for p in folder.rglob("*.md"))

    assert MARKER not in everything(tmp_path / "john")
    assert MARKER in everything(tmp_path / "ivy")
    assert [path.name for path in (tmp_path / "john").iterdir()] == ["ivy-john"]


def test_markdown_export_refuses_a_folder_with_files(demo, tmp_path):
    (tmp_path / "note.txt").write_text("mine")
    with pytest.raises(CommandError, match="not an empty folder"):
        call_command("export", "--markdown", str(tmp_path))
    assert [path.name for path in tmp_path.iterdir()] == ["note.txt"]


def test_titles_with_odd_characters_stay_valid_front_matter(db, ivy, tmp_path):
    from midway.letters.services import start_letter

    start_letter(ivy, title='Sorry: "the car" — again\n', body="# Heading\n\nWords")
    call_command("export", "--markdown", str(tmp_path / "out"))
    letter = next((tmp_path / "out").rglob("letters/*.md")).read_text(encoding="utf-8")
    title_line = next(line for line in letter.splitlines() if line.startswith("title: "))
    assert json.loads(title_line.removeprefix("title: ")) == 'Sorry: "the car" — again\n'


def test_a_member_downloads_their_markdown_as_a_zip(ivy, john, ivy_client, ana_client):
    import io
    import zipfile

    from django.urls import reverse

    from midway.letters import services

    services.share_letter(services.start_letter(ivy, title="Shared words", body="I want you"))
    services.start_letter(john, title="John's draft", body="not for Ivy")
    assert reverse("exchange:my_markdown") in ivy_client.get(reverse("settings")).content.decode()
    response = ivy_client.get(reverse("exchange:my_markdown"))
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="midway-ivy-')
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    text = "\n".join(archive.read(name).decode() for name in archive.namelist())
    assert "I want you" in text and "not for Ivy" not in text
    assert all(name.startswith("midway/") for name in archive.namelist())
    other = zipfile.ZipFile(io.BytesIO(ana_client.get(reverse("exchange:my_markdown")).content))
    assert "I want you" not in "\n".join(other.read(n).decode() for n in other.namelist())
