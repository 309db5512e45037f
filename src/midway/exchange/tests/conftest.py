"""Exchange test helpers: a rich instance to export, and a way back to an empty one."""

import json
import os
import subprocess
import sys

import pytest

from midway.api.tokens import create_token
from midway.checkins.services import record_checkin
from midway.conftest import make_couple
from midway.exchange.demo import build_demo
from midway.exchange.export import dumps, export_instance
from midway.exchange.restore import restore, restore_order
from midway.exchange.validate import ExportFileError
from midway.letters import services as letters
from midway.letters.services import start_letter
from midway.spaces.models import Invite, Member
from midway.together import services as together

MARKER = "MARKER-exchange-private-41c7"
MIDWAY = [sys.executable, "-m", "midway"]


def wipe() -> None:
    """Empty the instance, children first: what a fresh database looks like to restore."""
    for model in reversed(restore_order()):
        model._default_manager.all().delete()


@pytest.fixture
def demo(db):
    """A year of the demo, plus what the demo does not make: tokens and an invite."""
    build_demo(years=1, password="demo")
    ivy = Member.objects.get(user__username="ivy")
    create_token(ivy, "phone")
    start_letter(ivy, title="Not yet", body=f"Only mine {MARKER}")
    lonely = Member.objects.get(user__username="ana")
    Invite.issue(lonely)
    return ivy


@pytest.fixture
def exported(demo) -> str:
    return dumps(export_instance())


def without_time(text: str) -> dict:
    data = json.loads(text)
    data.pop("exported_at")
    return data


def run_midway(tmp_path, *args, data_dir="data", timeout=120):
    """A real `midway` process on its own SQLite data directory."""
    dropped = {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env["MIDWAY_DATA_DIR"] = str(tmp_path / data_dir)
    return subprocess.run(
        [*MIDWAY, *map(str, args)], env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture
def small() -> dict:
    """A small valid export of two spaces; the database is emptied afterwards."""
    ivy, john = make_couple("ivy", "john", "Ivy & John")
    ana, ben = make_couple("ana", "ben", "Ana & Ben")
    for author, partner in ((ivy, john), (ana, ben)):
        letter = letters.start_letter(author, title="Hello", body="Words.")
        letters.share_letter(letter)
        letters.add_reply(letter, partner, "Thanks.")
        letters.add_reaction(letter, partner, "heart")
        draft = letters.start_letter(author, body="Later.")
        question = together.ask_question(author, "Why?", source_letter=draft)
        together.answer_question(partner, together.ask_question(author, "How?"), "Like this.")
        thing = together.propose_thing(author, "A walk")
        together.agree_to_thing(partner, thing)
        entry = together.add_phrasebook_entry(author, said="Fine.", feelings=["tired"])
        together.comment_on_entry(partner, entry, "Really?")
        record_checkin(author, mood="😌", card="The Star")
        assert question.pk
    data = export_instance()
    wipe()
    return data


def nothing_written() -> bool:
    return not any(model._default_manager.exists() for model in restore_order())


def refused(data, match: str) -> None:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    with pytest.raises(ExportFileError, match=match) as error:
        restore(raw)
    assert "\n" not in str(error.value)
    assert nothing_written()


def space(data, index=1) -> dict:
    return data["spaces"][index]
