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


def test_he_in_a_reported_clause_is_the_one_who_reports_it():
    text = ("A former member of a Colombian drug cartel told a judge on Monday that he tried to kill the "
            "Venezuelan journalist Luisa Ortega.")
    assert _coded(text, "18") == {("COLCRM", "VENMED")}


def test_a_counted_definite_plural_is_the_earlier_coordination():
    text = ("Kenya, Uganda and Tanzania left the bloc last year. "
            "The three East African nations accused the bloc of ignoring them.")
    assert {s for s, _ in _coded(text, "11")} == {"KEN", "UGA", "TZA"}


def test_the_two_governments_are_both_named_before():
    text = ("The Kenyan and Ugandan governments have said little about the refugees. "
            "The two governments have ignored requests from Somalia.")
    assert {s for s, _ in _coded(text, "01")} == {"KENGOV", "UGAGOV"}


def test_it_is_not_a_counted_plural_nor_the_noun_its_clause_modifies():
    # (the tagger may take "Uyghurs" for a singular name; "12" says it is not)
    text = ("The Malaysian government moved the prisoners north. "
            "The 12 Chinese Uyghurs it had held since arresting them in 2019 were freed on Monday.")
    assert _coded(text, "17") == {("MYSGOV", "CHNCVL")}


def test_its_soldiers_are_the_owners_not_the_context_country():
    text = "Russia sent more units to the border with Ukraine. Its soldiers attacked villages near Kharkiv on Monday."
    events = [e for e in eventwire.extract(text, published="2021-08-13") if e.trigger.text == "attacked"]
    assert [e.source.country for e in events] == ["RUS"]


def test_a_repeated_surname_is_the_person_named_before():
    text = "Honduran journalist Carlos Mejia was jailed again in March. Mejia’s legal team has rejected the charges."
    events = [e for e in eventwire.extract(text, published="2021-08-13") if e.trigger.text == "rejected"]
    assert [e.source.code for e in events] == ["HNDMED"]


def test_he_of_a_reporter_no_actor_stands_for_is_not_an_earlier_person():
    text = ("Russian journalist Anna Ivanova testified in Moscow on Monday. "
            "Later, Oleg Sokolenko told jurors that he was arrested in 2019.")
    assert not [e for e in eventwire.extract(text, published="2021-08-13") if e.trigger.text == "arrested"]


def test_she_may_stand_for_a_body_s_titled_person():
    """ "The WHO director": a mention of a body headed by a title is one of its people, whom "she" can be."""
    assert _coded("The WHO director said the agency needs more money. She urged Germany to donate vaccines to "
                  "Africa.", "02") == {("IGOWHO", "DEU")}
