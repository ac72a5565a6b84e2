"""The tokenizer splits name pairs joined by a hyphen after an abbreviation, and nothing else."""

import eventwire
from eventwire.nlp import load_model


def test_abbreviation_pairs_split_into_two_names():
    words = [t.text for t in load_model().tokenizer("U.S.-Ukraine talks and E.U.-China ties")]
    assert words[:3] == ["U.S.", "-", "Ukraine"] and words[5:8] == ["E.U.", "-", "China"]


def test_abbreviation_with_a_participle_stays_whole():
    words = [t.text for t in load_model().tokenizer("U.S.-led forces and U.N.-backed troops")]
    assert "U.S.-led" in words and "U.N.-backed" in words


def test_a_pair_of_abbreviated_and_full_names_codes_both_sides():
    events = eventwire.extract("The G7 meeting follows U.S.-Ukraine talks in Jeddah.", published="2025-03-13")
    assert {(e.source.code[:3], e.target.code[:3]) for e in events if e.cameo.root == "04"} == {
        ("USA", "UKR"), ("UKR", "USA")}
