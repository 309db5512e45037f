"""Repair in the Markdown export: `repair.md` per space, from the same JSON data
(the member's view with `--user`, so a partner's unrevealed account is not there)."""

from midway.repair.models import Trigger

MENU_LABELS = {
    "helps": "What helps me feel safe after a fight",
    "worse": "What makes it worse",
    "approach": "How I like to be approached",
    "hear": "What I need to hear",
}
TRIGGER_LABELS = dict(Trigger.KINDS)
STEPS = (
    ("own_feelings", "What I felt, in my words"),
    ("saw", "How I saw it"),
    ("past", "What it touched from my past"),
    ("my_part", "My part, and what I regret"),
    ("will_do", "One thing I will do next time"),
    ("ask_next_time", "One thing I ask next time"),
    ("still_need", "What I still need"),
)


def _line(text: str) -> str:
    return " ".join(text.split())


def _quote(text: str) -> str:
    return "\n".join(f"  > {line}" if line else "  >" for line in text.splitlines())


def repair_markdown(space: dict, names: dict) -> str:
    parts = [f"# Repair · {space['name']}\n"]
    for member_id, name in names.items():
        menu = [i for i in space.get("safety_menu", []) if i["author"] == member_id]
        triggers = [i for i in space.get("triggers", []) if i["author"] == member_id]
        if not (menu or triggers):
            continue
        parts.append(f"\n## {name}’s safety menu and triggers\n\n")
        for item in menu:
            parts.append(
                f"- **{MENU_LABELS.get(item['kind'], item['kind'])}:** {_line(item['text'])}\n"
            )
        for item in triggers:
            shared = "" if item["shared"] else " (private)"
            label = TRIGGER_LABELS.get(item["kind"], item["kind"])
            parts.append(f"- **{label}{shared}:** {_line(item['text'])}\n")
    if space.get("breaks"):
        parts.append("\n## Breaks\n\n")
        for brk in space["breaks"]:
            who = names.get(brk["author"], "")
            back = f", back at {brk['back_at'][11:16]}" if brk["back_at"] else ", still running"
            start = brk["started_at"][:16].replace("T", " ")
            parts.append(f"- {start} · {who}, promised {brk['return_at'][11:16]}{back}\n")
            if brk["note"]:
                parts.append(_quote(brk["note"]) + "\n")
    for repair in space.get("repairs", []):
        parts.append(f"\n## {_line(repair['title'])}\n\n")
        opened = names.get(repair["author"], "")
        state = "closed" if repair["closed_at"] else "revealed" if repair["revealed_at"] else "open"
        parts.append(f"Opened by {opened} on {repair['created_at'][:10]} · **{state}**\n")
        for account in repair.get("accounts", []):
            if not account["finished_at"] and not any(account[key] for key, _ in STEPS):
                continue
            parts.append(f"\n### {names.get(account['author'], '')}\n\n")
            if account["feelings"]:
                parts.append(f"- **What I felt:** {', '.join(account['feelings'])}\n")
            for key, label in STEPS:
                if account[key]:
                    parts.append(f"- **{label}:**\n{_quote(account[key])}\n")
            if account["accepted_at"]:
                parts.append(f"- Accepted on {account['accepted_at'][:10]}\n")
    return "".join(parts)
