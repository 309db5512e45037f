"""`decisions.md` of the Markdown export, from the JSON export's data of one space."""


def _line(text: str) -> str:
    return " ".join(text.split())


def decisions_markdown(space: dict, names: dict) -> str:
    parts = [f"# Decisions · {space['name']}\n"]
    for decision in space.get("decisions", []):
        parts.append(f"\n## {_line(decision['title'])}\n\n")
        who = names.get(decision["author"], "")
        parts.append(f"Opened by {who} on {decision['created_at'][:10]} · **{decision['status']}**")
        options = {option["id"]: option for option in decision.get("options", [])}
        settled = (decision["settled_at"] or "")[:16].replace("T", " ")
        if decision["status"] == "decided" and decision["decided_option"] in options:
            chosen = _line(options[decision["decided_option"]]["text"])
            parts.append(f"\n\nDecided together on {settled}: **{chosen}**")
        elif decision["status"] == "postponed":
            parts.append(f"\n\nLeft for {decision['postponed_to']} (agreed on {settled})")
        for earlier in decision.get("postponements", []):
            taken_up = (earlier["reopened_at"] or "")[:10]
            parts.append(
                f"\n\nRound {earlier['round']}: left for {earlier['day']}, taken up again on {taken_up}"
            )
        parts.append("\n\n")
        for need in decision.get("needs", []):
            line = f"- **{names.get(need['author'], '')} needs** ({need['weight']}/5): {_line(need['need'])}"
            if need["can_give"]:
                line += f"; could give: {_line(need['can_give'])}"
            parts.append(line + "\n")
        for option in options.values():
            marks = ", ".join(
                f"{names.get(mark['author'], '')}: {mark['verdict']}"
                for mark in option.get("marks", [])
            )
            parts.append(f"- Option: {_line(option['text'])}{f' ({marks})' if marks else ''}\n")
    return "".join(parts)
