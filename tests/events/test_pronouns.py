"""Pronouns stand for the nearest earlier actor that agrees with them (events/pronouns.py), on our sentences."""

from __future__ import annotations

import eventwire


def _coded(text, root):
    """(source code, target code) of the events of a CAMEO root."""
    return {(e.source and e.source.code, e.target and e.target.code)
            for e in eventwire.extract(text, published="2021-08-13") if e.cameo.root == root}


def test_a_possessive_in_a_rejection_is_the_other_sides():
    # "its offer" is not Tehran's own: the rejection answers Washington
    assert _coded("Washington proposed new talks on Monday. Tehran rejected its offer.", "12") == {
        ("IRNGOV", "USAGOV")}


def test_they_who_attack_are_the_armed_group_not_the_nearest_plural():
    text = ("Somali militants surrounded the hotel where Somali government officials were meeting. "
            "They attacked it at dawn.")
    events = [e for e in eventwire.extract(text, published="2021-08-13") if e.trigger.text == "attacked"]
    assert [(e.source.code, e.target) for e in events] == [("SOMINS", None)]   # "it" is the hotel, no actor


def test_an_object_pronoun_is_not_its_own_clauses_subject():
    text = "Police arrested the 48 Chinese Uyghurs in 2014 and deported them to China."
    events = [e for e in eventwire.extract(text, published="2021-08-13") if e.trigger.text == "deported"]
    assert [e.target.country for e in events] == ["CHN"]
