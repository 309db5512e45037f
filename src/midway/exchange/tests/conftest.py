"""Exchange test helpers: a rich instance to export, and a way back to an empty one."""

import json
import os
import subprocess
import sys

import pytest

from midway.api.tokens import create_token
from midway.exchange.demo import build_demo
from midway.exchange.export import dumps, export_instance
from midway.exchange.restore import restore_order
from midway.letters.services import start_letter
from midway.spaces.models import Invite, Member

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
