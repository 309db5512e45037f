"""`appreciations.md` of the Markdown export: appreciations, then each courted list."""


def _line(text: str) -> str:
    return " ".join(text.split())


def appreciations_markdown(space: dict, names: dict) -> str:
    parts = [f"# Appreciations · {space['name']}\n\n"]
    for note in space.get("appreciations", []):
        who = names.get(note["author"], "")
        when = (note["sent_at"] or "")[:10] or "draft"
        star = " ★" if note["favourite_at"] else ""
        parts.append(f"- **{who}** ({when}){star}: {_line(note['text'])}\n")
    parts.append("\n# What makes us feel courted\n")
    for item in space.get("courted", []):
        parts.append(
            f"\n- **{names.get(item['author'], '')}** ({item['kind']}): {_line(item['text'])}\n"
        )
        for mark in item.get("marks", []):
            word = f": {_line(mark['word'])}" if mark["word"] else ""
            parts.append(f"  - {mark['day']}, {names.get(mark['author'], '')} did this{word}\n")
    return "".join(parts)
