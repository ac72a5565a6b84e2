"""Nominal triggers: where a noun event finds its source and target (sentences written by us)."""

from __future__ import annotations

from .helpers import events as _events, pairs as _pairs


# --- the one charged with an act did it -------------------------------------------------------------

def test_the_object_of_an_active_charge_did_the_act():
    assert _pairs(_events("Kyiv accused Moscow of the shelling of Ukrainian villages."), "19") == {("RUS", "UKR")}


def test_the_subject_of_a_passive_charge_did_the_act():
    events = _events("Two Serbian officers were accused of the shelling of a Croatian town.")
    assert _pairs(events, "19") == {("SRB", "HRV")}


def test_found_guilty_of_an_act_did_it():
    events = _events("Syrian troops were found guilty of the killing of Lebanese soldiers.")
    assert _pairs(events, "19") == {("SYR", "LBN")}


# --- prepositions of time keep a noun an event ----------------------------------------------------

def test_an_act_after_following_on_a_noun_is_still_an_event():
    events = _events("Venezuela slid into a recession following Washington's imposition of sanctions on Caracas.")
    assert _pairs(events, "16") == {("USA", "VEN")}


# --- the noun's prepositions that the parser hung on its verb ----------------------------------------

def test_by_after_an_active_verb_belongs_to_the_noun():
    events = _events("Twelve passengers lost their lives in the hijacking of a bus by Somali militants.")
    assert _pairs(events, "18") == {("SOM", "SOM")}


def test_by_after_the_object_of_an_active_verb_belongs_to_the_noun():
    events = _events("The EU condemned the crackdown on protesters by Belarusian police.")
    assert _pairs(events, "17") == {("BLR", "BLR")}


def test_on_after_the_object_of_a_verb_is_the_noun_target():
    assert _pairs(_events("Iran condemned the Israeli airstrikes on Syria."), "19") == {("ISR", "SYR")}


def test_between_on_a_verb_of_happening_names_both_sides():
    events = _events("Clashes broke out between Sudanese and Ethiopian forces.")
    assert _pairs(events, "19") == {("SDN", "ETH"), ("ETH", "SDN")}


def test_between_on_another_verb_is_not_the_subject_noun_s():
    assert not [e for e in _events("Sanctions drove a wedge between Russia and China.") if e.cameo.root == "16"]


def test_a_target_whose_compounds_name_two_countries_is_both():
    events = _events("Al-Shabab's attack on a joint Kenya-U.S. military base killed three Americans.")
    assert {t for s, t in _pairs(events, "19")} >= {"KEN", "USA"}


# --- a nominalization's theme names its owner ------------------------------------------------------

def test_the_country_word_on_the_theme_is_the_source():
    assert _pairs(_events("The delivery of U.S. weapons to Ukraine resumed."), "07") == {("USA", "UKR")}


def test_people_in_the_theme_are_the_target_of_the_one_named_by_by():
    events = _events("The expulsion of Russian diplomats by Poland angered Moscow.")
    assert _pairs(events, "16") == {("POL", "RUS")}


def test_a_country_word_on_people_names_who_they_are_not_the_source():
    assert _pairs(_events("Poland announced the expulsion of Russian diplomats."), "16") == {("POL", "RUS")}


# --- precision ---------------------------------------------------------------------------------------

def test_a_nominal_with_no_source_is_dropped():
    assert not [e for e in _events("The crackdown on protesters continued.") if e.cameo.root == "17"]


def test_a_bare_nominal_after_a_time_preposition_is_dropped():
    assert not _events("Markets fell after the bombing.")


# --- "between" on a participle, and "the country" of a motion --------------------------------------

def test_between_on_a_reported_participle_names_both_sides():
    events = _events("Tensions rose overnight with heavy exchange of fire reported between Indian and Pakistani troops.")
    assert _pairs(events, "19") == {("IND", "PAK"), ("PAK", "IND")}


def test_the_country_withdrawn_from_is_the_last_other_country_named():
    events = _events("Mali's junta welcomed the withdrawal of French troops from the country.")
    assert ("FRA", "MLI") in _pairs(events, "08")


def test_the_country_of_a_motion_is_not_the_actors_own():
    events = _events("France said the withdrawal of French troops from the country will end in August.")
    assert _pairs(events, "08") == set()


def test_a_by_phrase_under_the_recipient_belongs_to_the_noun():
    # the parser hangs the trailing "by" on the recipient of "the provision of ... to X"
    events = _events("The provision of air defense systems to Georgia by France was confirmed on Friday.")
    assert ("FRA", "GEO") in _pairs(events, "07")
    assert ("TUR", "AZE") in _pairs(_events("The delivery of drones to Azerbaijan by Turkey began in May."), "07")


def test_joint_exercises_of_coordinated_subjects_are_military_cooperation_both_ways():
    events = _events("Egypt and Sudan began joint air force exercises on Sunday.")
    assert _pairs(events, "06") == {("EGY", "SDN"), ("SDN", "EGY")}
    assert not _pairs(events, "15")
    found = _events("Japan and Australia held joint naval patrols in the South China Sea.")
    assert _pairs(found, "06") == {("JPN", "AUS"), ("AUS", "JPN")}
    # drills of one's own are a show of force
    assert _pairs(_events("China conducted military drills near Taiwan."), "15") == {("CHN", "TWN")}
