"""The 78 card faces: pure SVG from the deck data, checked without a database."""

import xml.etree.ElementTree as ET

from midway.checkins.card_faces import card_face, card_mini, corner_mark, label
from midway.text.deck import DECK, Card, find_card

SVG = "{http://www.w3.org/2000/svg}"


def test_every_card_has_its_own_face():
    faces = {card_face(card) for card in DECK}
    assert len(faces) == 78


def test_every_face_is_well_formed_svg_named_for_a_screen_reader():
    for card in DECK:
        for reversed_ in (False, True):
            root = ET.fromstring(card_face(card, reversed_))
            assert root.tag == f"{SVG}svg"
            assert root.get("role") == "img"
            way = "reversed" if reversed_ else "upright"
            assert root.get("aria-label") == f"{card.name}, {way}"


def test_a_face_holds_nothing_that_reaches_outside_or_runs():
    for card in DECK:
        markup = card_face(card, True)
        root = ET.fromstring(markup)
        for element in root.iter():
            assert element.tag.removeprefix(SVG) not in {
                "script",
                "image",
                "use",
                "foreignObject",
                "a",
                "style",
            }
            for name in element.attrib:
                assert "href" not in name
                assert name != "style"  # the CSP refuses inline style attributes
                assert not name.startswith("on")
        assert "url(" not in markup
        assert "http://" not in markup.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_the_face_shows_the_name_and_the_corner_mark():
    root = ET.fromstring(card_face(find_card("queen of cups")))
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "Q" in texts
    assert "Queen of Cups" in " ".join(texts[1:])


def test_a_long_name_is_split_over_two_lines():
    root = ET.fromstring(card_face(find_card("the high priestess")))
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert texts[1:] == ["The High", "Priestess"]


def test_corner_marks_follow_the_deck():
    assert [corner_mark(c) for c in DECK[:3]] == ["0", "I", "II"]
    assert corner_mark(find_card("judgement")) == "XX"
    wands = [corner_mark(c) for c in DECK if c.suit == "wands"]
    assert wands == ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "P", "Kn", "Q", "K"]


def test_a_reversed_face_is_the_upright_face_turned_half_a_turn():
    card = find_card("the tower")
    upright, turned = ET.fromstring(card_face(card)), ET.fromstring(card_face(card, True))
    group = turned.find(f"{SVG}g")
    assert group.get("transform") == "rotate(180 60 100)"
    assert len(list(group)) == len(list(upright))
    assert "tarot-reversed" in turned.get("class")


def test_minor_cards_show_as_many_suit_symbols_as_their_number():
    for number in range(2, 11):
        card = next(c for c in DECK if c.suit == "cups" and c.number == number)
        root = ET.fromstring(card_face(card))
        pips = [g for g in root.iter(f"{SVG}g") if "translate" in (g.get("transform") or "")]
        assert len(pips) == number, card.name


def test_major_cards_each_have_a_symbol_of_their_own():
    pictures = set()
    for card in DECK[:22]:
        markup = card_face(card)
        # The picture without the name and numeral: no two majors share one.
        pictures.add(markup.split('<path d="M10 162 H110"')[1].split("<text")[0])
    assert len(pictures) == 22


def test_text_in_a_face_is_escaped():
    odd = Card('<b>"Tom" & Jerry</b>', "minor", "cups", 3)
    markup = card_face(odd)
    root = ET.fromstring(markup)  # still well-formed
    assert "<b>" not in markup
    assert root.get("aria-label") == '<b>"Tom" & Jerry</b>, upright'


def test_label_says_the_way_up():
    assert label(find_card("the star"), False) == "The Star, upright"
    assert label(find_card("the star"), True) == "The Star, reversed"


def test_every_small_face_is_its_own_light_svg_named_for_a_screen_reader():
    minis = {card_mini(card, reversed_) for card in DECK for reversed_ in (False, True)}
    assert len(minis) == 156
    for card in DECK:
        upright, turned = card_mini(card), card_mini(card, True)
        assert len(upright) < 900
        assert ET.fromstring(turned).get("aria-label") == f"{card.name}, reversed"
        assert "rotate(180 60 100)" in turned and "rotate(180 60 100)" not in upright
        assert f">{corner_mark(card)}</text>" in upright
