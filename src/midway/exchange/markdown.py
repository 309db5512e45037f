"""Export as a folder a person can read: Markdown files written from the JSON export.

One folder per space: `letters/` with one file per letter (front matter, the words,
replies and reactions), then `questions.md`, `things-to-try.md`, `phrasebook.md`,
`checkins.md`, `repair.md`, `decisions.md` and `appreciations.md`. It is made from the same data as the JSON export (the member's view
with `--user`), so it shows exactly what that export holds.
"""

import json
from pathlib import Path

from django.utils.text import slugify

from midway.appreciations.markdown import appreciations_markdown
from midway.decisions.markdown import decisions_markdown
from midway.exchange.export import export_instance, export_member
from midway.repair.markdown import repair_markdown
from midway.spaces.models import Member


class FolderNotEmpty(Exception):
    """Refusing to mix an export with files already in the folder."""


def export_markdown(folder: Path, member: Member | None = None) -> int:
    """Write the Markdown export into `folder` (new or empty); return how many files."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise FolderNotEmpty(f"{folder} is not an empty folder; choose a new one.")
    data = export_member(member) if member else export_instance()
    return write_markdown(data, folder)


def write_markdown(data: dict, folder: Path) -> int:
    written = 0
    used: set[str] = set()
    for space in data["spaces"]:
        name = slugify(space["name"]) or "space"
        if name in used:
            name = f"{name}-{space['id']}"
        used.add(name)
        written += _write_space(space, folder / name)
    return written


def _write(path: Path, text: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return 1


def _day(moment: str | None) -> str:
    return moment[:10] if moment else ""


def _when(moment: str | None) -> str:
    return moment[:16].replace("T", " ") if moment else ""


def _line(text: str) -> str:
    """Text for a heading or a list item: one line."""
    return " ".join(text.split())


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _front_matter(fields: dict) -> str:
    # JSON strings are valid YAML, and safe whatever the title holds (colons, quotes).
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---\n"


def _write_space(space: dict, folder: Path) -> int:
    names = {member["id"]: member["name"] for member in space.get("members", [])}
    written = 0
    for letter in space.get("letters", []):
        written += _write_letter(letter, names, folder / "letters")
    written += _write(folder / "questions.md", _questions(space, names))
    written += _write(folder / "things-to-try.md", _things(space, names))
    written += _write(folder / "phrasebook.md", _phrasebook(space, names))
    written += _write(folder / "checkins.md", _checkins(space, names))
    written += _write(folder / "repair.md", repair_markdown(space, names))
    written += _write(folder / "decisions.md", decisions_markdown(space, names))
    written += _write(folder / "appreciations.md", appreciations_markdown(space, names))
    return written


def _write_letter(letter: dict, names: dict, folder: Path) -> int:
    title = letter["title"] or _line(letter["body"])[:60] or "Untitled letter"
    slug = slugify(title)[:50].strip("-") or "letter"
    meta = {
        "id": letter["id"],
        "title": title,
        "author": names.get(letter["author"], ""),
        "status": letter["status"],
        "created": letter["created_at"],
        "shared": letter["shared_at"],
        "read": letter["read_at"],
        "edited": letter["edited_at"],
        "revision": letter["revision"],
    }
    parts = [_front_matter(meta), letter["body"].rstrip() + "\n"]
    if letter.get("reactions"):
        reactions = ", ".join(
            f"{r['kind']} ({names.get(r['member'], '')})" for r in letter["reactions"]
        )
        parts.append(f"\n**Reactions:** {reactions}\n")
    if letter.get("replies"):
        parts.append("\n## Replies\n")
        for reply in letter["replies"]:
            who = names.get(reply["author"], "")
            parts.append(f"\n**{who}**, {_when(reply['created_at'])}:\n\n{reply['body']}\n")
    for version in letter.get("versions", []):
        parts.append(f"\n## Earlier words (saved {_when(version['saved_at'])})\n\n")
        parts.append(_quote(version["body"]) + "\n")
    filename = f"{_day(letter['created_at'])}-{slug}-{letter['id']}.md"
    return _write(folder / filename, "".join(parts))


def _questions(space: dict, names: dict) -> str:
    parts = [f"# Questions · {space['name']}\n"]
    for question in space.get("questions", []):
        parts.append(f"\n## {_line(question['text'])}\n\n")
        together = ", answers revealed together" if question["reveal_together"] else ""
        asked = f"Asked by {names.get(question['author'], '')} on {_day(question['created_at'])}"
        parts.append(f"{asked}{together}.\n\n")
        for answer in question.get("answers", []):
            who = names.get(answer["author"], "")
            parts.append(f"- **{who}** ({_day(answer['created_at'])}): {_line(answer['text'])}\n")
        if not question["completed_at"]:
            parts.append("\n_Waiting for an answer._\n")
    return "".join(parts)


def _things(space: dict, names: dict) -> str:
    parts = [f"# Things to try · {space['name']}\n"]
    for thing in space.get("things_to_try", []):
        parts.append(f"\n## {_line(thing['text'])}\n\n")
        who = names.get(thing["author"], "")
        parts.append(f"Proposed by {who} on {_day(thing['created_at'])} · **{thing['status']}**\n")
        if thing["why"]:
            parts.append(f"\nWhy: {thing['why']}\n")
        if thing["decline_note"]:
            parts.append(f"\nDeclined: {thing['decline_note']}\n")
        if thing["review_note"]:
            parts.append(f"\nReview: {thing['review_note']}\n")
    return "".join(parts)


def _phrasebook(space: dict, names: dict) -> str:
    parts = [f"# Phrasebook · {space['name']}\n"]
    for entry in space.get("phrasebook", []):
        parts.append(f"\n## “{_line(entry['said'])}”\n\n")
        parts.append(f"By {names.get(entry['author'], '')} on {_day(entry['created_at'])}.\n\n")
        rows = (
            ("What it does not mean", entry["not_meaning"]),
            ("What it means", entry["meaning"]),
            ("Feelings", ", ".join(entry["feelings"])),
            ("Needs", ", ".join(entry["needs"])),
            ("Request", entry["request"]),
            ("Heard", _day(entry["heard_at"])),
        )
        parts.extend(f"- **{label}:** {_line(value)}\n" for label, value in rows if value)
        for comment in entry.get("comments", []):
            who = names.get(comment["author"], "")
            parts.append(
                f"\n> **{who}** ({_day(comment['created_at'])}): {_line(comment['text'])}\n"
            )
    return "".join(parts)


def _checkins(space: dict, names: dict) -> str:
    parts = [f"# Check-ins · {space['name']}\n"]
    by_day: dict[str, list[dict]] = {}
    for checkin in space.get("checkins", []):
        by_day.setdefault(checkin["day"], []).append(checkin)
    for day in sorted(by_day, reverse=True):
        parts.append(f"\n## {day}\n\n")
        for checkin in by_day[day]:
            said = [checkin["mood"]] if checkin["mood"] else []
            if checkin["card"]:
                said.append(checkin["card"] + (" (reversed)" if checkin["card_reversed"] else ""))
            if checkin["medication_taken"] is not None:
                said.append("meds taken" if checkin["medication_taken"] else "meds not taken")
            for label, key in (("energy", "energy"), ("safety", "safety")):
                if checkin[key] is not None:
                    said.append(f"{label} {checkin[key]}/5")
            if checkin["capacity"]:
                said.append(f"hard talk: {checkin['capacity']}")
            who = names.get(checkin["member"], "")
            parts.append(f"- **{who}**: {' · '.join(said) or 'checked in'}\n")
            if checkin["note"]:
                parts.append(f"  > {_line(checkin['note'])}\n")
    return "".join(parts)
