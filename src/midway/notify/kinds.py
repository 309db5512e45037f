"""What a notification says, as plain functions over plain data (no ORM, no request).

Each happening's verb belongs to one kind a member turns on or off. A notification
names who and what kind ("Ivy shared a letter with you"); the item's own words (its
title) appear only in the preview, which a destination shows only when its owner
turned previews on. Several happenings gathered into one notice read as one message.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

# kind: (what Settings calls it, its verbs, on for a new member)
KINDS = {
    "letters": ("Letters and replies", ("letter.shared", "letter.replied", "letter.reacted"), True),
    "questions": ("Questions asked and answered", ("question.asked", "question.answered"), True),
    "things": (
        "Things to try",
        ("thing.proposed", "thing.agreed", "thing.declined", "thing.started", "thing.reviewed"),
        True,
    ),
    "breaks": (
        "Breaks, returns and the return-time reminder",
        ("break.taken", "break.more_time", "break.back", "break.due"),
        True,
    ),
    "repairs": ("Repairs", ("repair.opened", "repair.finished", "repair.accepted"), True),
    "decisions": (
        "Decisions, and a postponed one coming back",
        ("decision.opened", "decision.decided", "decision.postponed", "decision.soon"),
        True,
    ),
    "appreciations": ("Appreciations", ("appreciation.sent", "courted.done"), True),
    "phrasebook": ("The phrasebook", ("phrase.added", "phrase.heard", "phrase.commented"), False),
    "checkins": ("Check-ins with a note", ("checkin.made",), False),
}

KIND_OF = {verb: kind for kind, (_label, verbs, _on) in KINDS.items() for verb in verbs}

# Only these may pass through quiet hours, and only when the member allows it.
URGENT_KINDS = {"breaks"}

# What the partner did, without the item's words. {back} is the promised return time.
PLAIN = {
    "letter.shared": "shared a letter with you",
    "letter.replied": "replied to a letter",
    "letter.reacted": "reacted to a letter",
    "question.asked": "asked you a question",
    "question.answered": "answered a question",
    "thing.proposed": "proposed something to try",
    "thing.agreed": "said yes to something to try",
    "thing.declined": "said not now to something to try",
    "thing.started": "started trying something together",
    "thing.reviewed": "looked back on something you tried",
    "phrase.added": "added to the phrasebook",
    "phrase.heard": "heard you on a phrase",
    "phrase.commented": "asked about a phrase",
    "checkin.made": "checked in",
    "break.taken": "needs a break and will be back at {back}",
    "break.more_time": "needs more time and will be back at {back}",
    "break.back": "is back from the break, ready to talk",
    "repair.opened": "opened a repair",
    "repair.finished": "finished their side of a repair",
    "repair.accepted": "accepted your side of a repair",
    "decision.opened": "opened a decision",
    "decision.decided": "decided something together with you",
    "decision.postponed": "left a decision for another day",
    "appreciation.sent": "sent you an appreciation",
    "courted.done": "did something from your list",
}


@dataclass(frozen=True)
class Entry:
    """One happening in a notice: who, which verb, which item, and (for breaks) when back."""

    actor: str  # the partner's name; empty in a reminder to the member about themselves
    verb: str
    target: str  # "app_label.model:pk"
    back: str = ""  # the promised return time, "14:30", for breaks


@dataclass(frozen=True)
class Message:
    title: str
    body: str  # who and what kind, never the item's words
    preview: str  # the same with the items' titles, for destinations with previews on


def _reminder(entry: Entry) -> str:
    # A reminder to the break's own taker carries no actor: it is about "you".
    if not entry.actor:
        return f"Your break is up: you said you would be back at {entry.back}."
    return f"{entry.actor}'s break is up: they said they would be back at {entry.back}."


def _soon(entry: Entry) -> str:
    return "A decision you left for another day comes back today."


def sentence(entry: Entry) -> str:
    if entry.verb == "break.due":
        return _reminder(entry)
    if entry.verb == "decision.soon":
        return _soon(entry)
    words = PLAIN.get(entry.verb, "did something").format(back=entry.back or "the time promised")
    return f"{entry.actor} {words}"


def compose(entries: list[Entry], titles: dict[str, str]) -> Message:
    """One message for everything gathered; `titles` maps a target to its title (the words
    a preview may show; a target missing from it is one the recipient may not see)."""
    seen: dict[tuple[str, str, str], Entry] = {}
    for entry in entries:
        # The latest one wins: "needs more time" twice says the latest return time.
        seen.pop((entry.actor, entry.verb, entry.target), None)
        seen[(entry.actor, entry.verb, entry.target)] = entry
    plain, shown = [], []
    for entry in seen.values():
        line = sentence(entry)
        plain.append(line)
        title = titles.get(entry.target, "")
        shown.append(f"{line}: “{title}”" if title else line)
    if len(plain) == 1:
        return Message(title="Midway", body=_end(plain[0]), preview=_end(shown[0]))
    return Message(
        title=f"Midway: {len(plain)} new things",
        body="\n".join(f"• {line}" for line in plain),
        preview="\n".join(f"• {line}" for line in shown),
    )


def _end(line: str) -> str:
    return line if line.endswith((".", "!", "?", "”")) else line + "."


def clip(text: str, limit: int = 120) -> str:
    """A title short enough for a lock screen."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def in_quiet_hours(now: time, start: time | None, end: time | None) -> bool:
    """Whether the local time `now` falls in [start, end); a window may cross midnight."""
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= now < end
    return now >= start or now < end


def quiet_hours_end(now: datetime, start: time | None, end: time | None) -> datetime:
    """The first moment after `now` (local, aware) outside quiet hours."""
    if not in_quiet_hours(now.timetz().replace(tzinfo=None), start, end):
        return now
    candidate = now.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    if candidate <= now:
        candidate += timedelta(days=1)
    return candidate
