"""The 78 cards of the Rider–Waite–Smith tarot deck, and the card of the day.

`DECK` lists every card in the usual order: the 22 major arcana (The Fool, 0, to The
World, 21), then the minor arcana suit by suit (wands, cups, swords, pentacles), each
from Ace (1) to King (14: Page 11, Knight 12, Queen 13, King 14).

`find_card` turns what a person writes into a card. It ignores case, punctuation, a
leading "the" and a trailing "card", and knows the spellings people use: "judgment",
"wheel", "hanged man", "3 of swords", "queen of coins" (coins, discs and disks are
pentacles; rods, staves, staffs and batons are wands; chalices are cups), a major
arcanum's roman numeral ("XX"), alone or before its name ("XX Judgement"), and the names
in Spanish, French, Italian, Portuguese, German and Polish, accents or not ("la Torre",
"l'Étoile", "Huit de Coupes", "Königin der Schwerter", "Dziewiątka Kielichów").

`draw` picks a card and whether it is reversed from a seed string with SHA-256, so the
same seed always gives the same card on every machine and no global random state is
touched. Meanings are not here: they are written elsewhere.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

MAJOR = "major"
MINOR = "minor"
SUITS = ("wands", "cups", "swords", "pentacles")
RANKS = (
    "Ace", "Two", "Three", "Four", "Five", "Six", "Seven",
    "Eight", "Nine", "Ten", "Page", "Knight", "Queen", "King",
)  # fmt: skip
MAJOR_NAMES = (
    "The Fool", "The Magician", "The High Priestess", "The Empress", "The Emperor",
    "The Hierophant", "The Lovers", "The Chariot", "Strength", "The Hermit",
    "Wheel of Fortune", "Justice", "The Hanged Man", "Death", "Temperance", "The Devil",
    "The Tower", "The Star", "The Moon", "The Sun", "Judgement", "The World",
)  # fmt: skip


@dataclass(frozen=True)
class Card:
    name: str
    arcana: str  # MAJOR or MINOR
    suit: str | None  # one of SUITS for the minor arcana, None for the major
    number: int  # 0–21 for the major arcana, 1 (Ace) – 14 (King) for the minor

    @property
    def slug(self) -> str:
        """A stable key for this card, e.g. "three-of-swords", "the-fool"."""
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")


DECK: tuple[Card, ...] = tuple(
    Card(name, MAJOR, None, number) for number, name in enumerate(MAJOR_NAMES)
) + tuple(
    Card(f"{rank} of {suit.title()}", MINOR, suit, number)
    for suit in SUITS
    for number, rank in enumerate(RANKS, start=1)
)

# Other names for the major arcana, beside each card's own name with and without "the".
_MAJOR_ALIASES = {
    "The High Priestess": ("priestess", "papess", "popess"),
    "The Hierophant": ("pope",),
    "The Magician": ("magus",),
    "The Lovers": ("lover",),
    "Wheel of Fortune": ("wheel", "fortune"),
    "The Hanged Man": ("hanging man", "hangman"),
    "The Star": ("stars",),
    "Judgement": ("judgment", "last judgement", "last judgment"),
}
# The major arcana as writers of other languages name them ("saqué La Luna", "j'ai tiré
# l'Étoile", "ho pescato la Torre"), accents folded. A name that is also an everyday word
# keeps its article ("la luna", "le monde"); an elided one ("l'Étoile") is named without it.
_FOREIGN_MAJOR = {
    "The Fool": ("el loco", "le mat", "le fou", "il matto", "il folle", "o louco", "der narr"),
    "The Magician": ("el mago", "le bateleur", "le magicien", "il mago", "il bagatto", "o mago",
                     "der magier"),
    "The High Priestess": ("la sacerdotisa", "la papesse", "la papessa", "a sacerdotisa",
                           "a papisa", "die hohepriesterin"),
    "The Empress": ("la emperatriz", "imperatrice", "a imperatriz", "die herrscherin"),
    "The Emperor": ("el emperador", "empereur", "imperatore", "o imperador", "der herrscher"),
    "The Hierophant": ("el sumo sacerdote", "el hierofante", "le pape", "hierophante",
                       "il papa", "ierofante", "o hierofante", "der hierophant"),
    "The Lovers": ("los enamorados", "amoureux", "gli amanti", "gli innamorati",
                   "os enamorados", "os amantes", "die liebenden"),
    "The Chariot": ("el carro", "le chariot", "il carro", "o carro", "der wagen"),
    "Strength": ("la fuerza", "la force", "la forza", "a forca", "die kraft", "die starke"),
    "The Hermit": ("el ermitano", "ermite", "eremita", "o eremita", "der eremit"),
    "Wheel of Fortune": ("la rueda de la fortuna", "la roue de fortune", "la roue de la fortune",
                         "la ruota della fortuna", "a roda da fortuna", "das rad des schicksals"),
    "Justice": ("la justicia", "la giustizia", "a justica", "die gerechtigkeit"),
    "The Hanged Man": ("el colgado", "le pendu", "appeso", "o enforcado", "der gehangte"),
    "Death": ("la muerte", "la mort", "arcane sans nom", "la morte", "a morte", "der tod"),
    "Temperance": ("la templanza", "la temperance", "la temperanza", "a temperanca",
                   "die massigkeit", "die maessigkeit"),
    "The Devil": ("el diablo", "le diable", "il diavolo", "o diabo", "der teufel"),
    "The Tower": ("la torre", "la tour", "la maison dieu", "a torre", "der turm"),
    "The Star": ("la estrella", "etoile", "la stella", "a estrela", "der stern"),
    "The Moon": ("la luna", "la lune", "a lua", "der mond"),
    "The Sun": ("el sol", "le soleil", "il sole", "o sol", "die sonne"),
    "Judgement": ("el juicio", "le jugement", "il giudizio", "o julgamento", "das gericht"),
    "The World": ("el mundo", "le monde", "il mondo", "o mundo", "die welt"),
}  # fmt: skip
_SUIT_ALIASES = {
    "wands": ("wand", "rod", "rods", "stave", "staves", "staff", "staffs", "baton", "batons",
              "bastos", "batons", "bastoni", "paus", "stabe", "staebe"),
    "cups": ("cup", "chalice", "chalices", "copas", "coupes", "coppe", "kelche"),
    "swords": ("sword", "espadas", "epees", "spade", "schwerter"),
    "pentacles": ("pentacle", "pents", "coin", "coins", "disc", "discs", "disk", "disks", "oros",
                  "deniers", "denari", "pentacoli", "ouros", "pentaculos", "munzen", "muenzen",
                  "pentakel"),
}  # fmt: skip
# Ranks from Ace to King, and the word before the suit, in Spanish, French, Italian,
# Portuguese and German ("Huit de Coupes", "Regina di Spade", "König der Kelche").
_FOREIGN_RANKS = {
    "de": (
        ("as", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
         "sota", "caballo", "reina", "rey"),
        ("as", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
         "valet", "cavalier", "reine", "roi"),
        ("as", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
         "valete", "cavaleiro", "rainha", "rei"),
    ),
    "di": (
        ("asso", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
         "fante", "cavaliere", "regina", "re"),
    ),
    "der": (
        ("ass", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn",
         "bube", "ritter", "konigin", "konig"),
    ),
}  # fmt: skip
# Polish names a minor card as rank and suit with no word between ("Dziewiątka Kielichów").
_POLISH_RANKS = (
    "as", "dwojka", "trojka", "czworka", "piatka", "szostka", "siodemka", "osemka",
    "dziewiatka", "dziesiatka", "paz", "rycerz", "krolowa", "krol",
)  # fmt: skip
_POLISH_SUITS = {
    "wands": ("buzdyganow", "bulaw", "palek", "kijow"),
    "cups": ("kielichow", "pucharow"),
    "swords": ("mieczy",),
    "pentacles": ("denarow", "monet", "pentakli"),
}
_POLISH_MAJOR = (
    "glupiec", "mag", "kaplanka", "cesarzowa", "cesarz", "kaplan", "kochankowie", "rydwan",
    "moc", "pustelnik", "kolo fortuny", "sprawiedliwosc", "wisielec", "smierc", "umiarkowanie",
    "diabel", "wieza", "gwiazda", "ksiezyc", "slonce", "sad ostateczny", "swiat",
)  # fmt: skip
_RANK_ALIASES = {
    1: ("one", "1"),
    **{n: (str(n),) for n in range(2, 11)},
    11: ("princess", "knave"),
    12: ("prince",),
}
_ROMAN = (
    "0", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi",
)  # fmt: skip


def fold(text: str) -> str:
    """Lower case without accents ("Étoile" → "etoile", "König" → "konig", "ł" → "l")."""
    if text.isascii():
        return text.lower()  # the common case, and ten times quicker
    text = unicodedata.normalize("NFKD", text.lower().replace("ł", "l").replace("ß", "ss"))
    return _ACCENTS.sub("", text)


_ACCENTS = re.compile(r"[\u0300-\u036f]")  # the combining accents NFKD splits off


def _key(text: str) -> str:
    """Lower case, letters and digits only, single spaces, no "the"/"card" around."""
    text = re.sub(r"\bl'(?=[a-z])", "", fold(text).replace("’", "'"))  # l'Étoile
    text = re.sub(r"\bd'(?=[a-z])", "de ", text)  # "Deux d'Épées"
    text = re.sub(r"\bo'(?=\s)", "of", text)  # "Knight o' Pentacles"
    text = re.sub(r"[^a-z0-9]+", " ", text.replace("'", ""))
    text = re.sub(r"^(?:the )?(.*?)(?: card)?$", r"\1", text.strip())
    return text.strip()


def _build_index() -> dict[str, Card]:
    index: dict[str, Card] = {}
    for card in DECK[:22]:
        for alias in (card.name, *_MAJOR_ALIASES.get(card.name, ()), *_FOREIGN_MAJOR[card.name]):
            index[_key(alias)] = card
        # The shortest Polish names ("mag", "moc") are everyday words in English or Polish.
        if len(_POLISH_MAJOR[card.number]) > 3:
            index[_POLISH_MAJOR[card.number]] = card
            # The accusative after "wylosowałam": "Gwiazdę", "Wieżę", "Kapłankę".
            if _POLISH_MAJOR[card.number].endswith("a") and " " not in _POLISH_MAJOR[card.number]:
                index[_POLISH_MAJOR[card.number][:-1] + "e"] = card
    for card in DECK[22:]:
        ranks = (RANKS[card.number - 1].lower(), *_RANK_ALIASES.get(card.number, ()))
        suits = (card.suit, *_SUIT_ALIASES[card.suit])
        for rank in ranks:
            for suit in suits:
                index[f"{rank} of {suit}"] = card
        for suit in _POLISH_SUITS[card.suit]:
            index[f"{_POLISH_RANKS[card.number - 1]} {suit}"] = card
            if _POLISH_RANKS[card.number - 1].endswith("ka"):  # "Dziewiątkę Kielichów"
                index[f"{_POLISH_RANKS[card.number - 1][:-1]}e {suit}"] = card
        for joint, languages in _FOREIGN_RANKS.items():
            for ranks in languages:
                for suit in suits:
                    index[f"{ranks[card.number - 1]} {joint} {suit}"] = card
    return index


_INDEX = _build_index()


def _alternatives(words: set[str]) -> str:
    """One pattern for all `words`, as a tree of their letters: "wheel(?:\\s+of\\s+fortune)?"
    rather than "wheel of fortune|wheel", so that each place in a letter is tried against
    one branch, not hundreds of names; the longer name wins ("wheel of fortune" over
    "wheel") because an optional tail is greedy."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _branches(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if "" in node:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


_JOINTS = r" (?:of|de|di|der) "
_MINOR_KEYS = [
    re.split(_JOINTS, key, maxsplit=1)
    for key, card in _INDEX.items()
    if card.arcana == MINOR and re.search(_JOINTS, key)
]
# Every name `find_card` knows, as a pattern for lower-case text. Built as rank × suit rather
# than one alternative per name: a 200 KB letter is scanned in milliseconds instead of ~0.5 s.
_RANK_WORDS = _alternatives({rank for rank, _ in _MINOR_KEYS})
_SUIT_WORDS = _alternatives({suit for _, suit in _MINOR_KEYS})
_MAJOR_WORDS = _alternatives({key for key, card in _INDEX.items() if card.arcana == MAJOR})
# "Dziewiątka", and "Dziewiątkę" as the object of "wylosowałam".
_POLISH_RANK_FORMS = {*_POLISH_RANKS, *(r[:-1] + "e" for r in _POLISH_RANKS if r.endswith("ka"))}
_POLISH_MINOR = (
    rf"(?:{_alternatives(_POLISH_RANK_FORMS)})\s+"
    rf"(?:{_alternatives({s for suits in _POLISH_SUITS.values() for s in suits})})"
)
NAME_PATTERN = (
    rf"(?:the\s+)?(?:(?:{_RANK_WORDS})(?:[\s-]+(?:of|de|di|der|o['’])[\s-]+|\s+d['’])(?:{_SUIT_WORDS})"
    rf"|{_POLISH_MINOR}|{_MAJOR_WORDS})"
)


def find_card(text: str) -> Card | None:
    """The card `text` names, or None. See the module docstring for what is understood."""
    key = _key(text)
    if key in _INDEX:
        return _INDEX[key]
    numeral, _, rest = key.partition(" ")
    if numeral in _ROMAN:
        card = DECK[_ROMAN.index(numeral)]
        if not rest or _INDEX.get(_key(rest)) == card:
            return card
    return None


def draw(seed: str) -> tuple[Card, bool]:
    """The card for `seed` (e.g. a space and a date) and whether it is reversed."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    # 64 bits modulo 78: the bias is far below anything a person could notice.
    card = DECK[int.from_bytes(digest[:8], "big") % len(DECK)]
    return card, bool(digest[8] & 1)
