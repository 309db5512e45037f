"""Export: Repair travels in the JSON and Markdown exports; a member's own export never
holds the partner's unrevealed account, private trigger or anything of another couple."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from midway.exchange.export import export_instance
from midway.exchange.markdown import export_markdown
from midway.repair import breaks, kit

pytestmark = pytest.mark.django_db


def test_markdown_export_of_a_member_holds_only_what_they_may_see(
    half_written, ivy, john, tmp_path
):
    kit.add_trigger(ivy, "PRIVATE-WOUND")
    kit.add_safety_item(ivy, "Tea and a blanket")
    breaks.take_break(john, return_at=timezone.now() + timedelta(minutes=30), note="Back soon")
    export_markdown(tmp_path / "john", john)
    text = (next((tmp_path / "john").iterdir()) / "repair.md").read_text(encoding="utf-8")
    assert "Tea and a blanket" in text and "Back soon" in text and "JOHN-SIDE-MARKER" in text
    assert "IVY-SIDE" not in text and "PRIVATE-WOUND" not in text
    export_markdown(tmp_path / "all")
    everything = (next((tmp_path / "all").iterdir()) / "repair.md").read_text(encoding="utf-8")
    assert "IVY-SIDE-MARKER" in everything and "PRIVATE-WOUND" in everything


def test_the_whole_export_carries_every_repair_kind(half_written, ivy):
    kit.add_safety_item(ivy, "Tea")
    space = export_instance()["spaces"][0]
    assert {"safety_menu", "triggers", "breaks", "repairs"} <= set(space)
    assert len(space["repairs"][0]["accounts"]) == 2
    assert "JOHN-SIDE-MARKER" in json.dumps(space)
