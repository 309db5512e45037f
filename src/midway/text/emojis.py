"""Find the emojis in a letter, each whole, in the order they appear.

We use the `regex` module rather than the `emoji` package: its `\\X` splits text into
Unicode grapheme clusters (so 👩‍❤️‍👨, 👍🏽, 🇪🇸, 1️⃣ and ⚖️ each come out whole and as
written) and it knows the Unicode emoji properties, which stay current with each Unicode
release without a hand-kept list.

A grapheme cluster is an emoji when it has:
- a character shown as an emoji by default (Emoji_Presentation: 🙀 ⚡ 💊), or a skin tone;
- an emoji character followed by the emoji variation selector U+FE0F (⚖️ ❤️ ©️);
- a keycap (1️⃣ #️⃣), a pair of regional indicators (a flag) or a tag sequence (🏴󠁧󠁢󠁳󠁣󠁴󠁿);
- or is one of the few text-style symbols that people mean as emoji even without U+FE0F:
  ❤ ♥ ☺ ☹ ✌ ☝.
Other text-style symbols without U+FE0F (© ® ™ ‼ ↔ ✔ …), plain digits, # and * are text,
and so is anything with the text variation selector U+FE0E.
"""

from __future__ import annotations

import regex

# Only clusters that start with something emoji-like are looked at: fast on plain text.
_CANDIDATE = regex.compile(r"(?=[\p{Extended_Pictographic}\p{Regional_Indicator}#*0-9])\X")
_PRESENTATION = regex.compile(r"[\p{Emoji_Presentation}\p{Emoji_Modifier}]")
_EMOJI_WITH_VS16 = regex.compile(r"\p{Emoji}\ufe0f")
_FLAG = regex.compile(r"\p{Regional_Indicator}{2}")
_NOT_ON_ITS_OWN = regex.compile(r"[#*0-9\p{Regional_Indicator}]")
_TEXT_STYLE_MEANT_AS_EMOJI = frozenset("❤♥☺☹✌☝")


def find_emojis(text: str) -> list[str]:
    return [cluster for cluster in _CANDIDATE.findall(text) if _is_emoji(cluster)]


def _is_emoji(cluster: str) -> bool:
    if "\ufe0e" in cluster:
        return False
    if "\u20e3" in cluster or _FLAG.match(cluster):
        return True
    if _NOT_ON_ITS_OWN.match(cluster):
        return False  # a plain digit, # or *, or a lone regional indicator
    return bool(
        _PRESENTATION.search(cluster)
        or _EMOJI_WITH_VS16.search(cluster)
        or cluster[0] in _TEXT_STYLE_MEANT_AS_EMOJI
    )
