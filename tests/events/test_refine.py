"""Sentence-level refinements (refine.py) and nominal meetings (nominal.py), on sentences written by us."""

from __future__ import annotations

from .helpers import events as _events, pairs as _pairs


def test_recalling_an_envoy_for_consultations_is_no_meeting():
    events = _events("Ankara recalled its ambassador from Vienna for consultations.")
    assert not _pairs(events, "04")


def test_travelling_for_talks_is_a_meeting_of_the_traveller():
    events = _events("Turkish officials flew to Baghdad for talks with Iraqi leaders.")
    assert ("TUR", "IRQ") in _pairs(events, "04")


def test_a_passive_participle_on_a_noun_with_no_agent_is_no_event():
    events = _events("The rebels demanded the release of activists held in Syrian prisons.")
    assert not _pairs(events, "17")


def test_an_accusation_on_the_object_of_an_expulsion_is_the_expeller_s():
    events = _events("Kenya expelled two Somali diplomats accused of spying.")
    assert ("KEN", "SOM") in _pairs(events, "11")


def test_a_bombing_by_regular_forces_is_military_force():
    events = _events("Israeli soldiers detonated explosives at a house in Jenin.")
    assert _pairs(events, "19") and not _pairs(events, "18")


def test_handing_people_over_to_a_country_is_a_deportation():
    events = _events("Thailand handed over 40 Uyghur men to China.")
    assert ("THA", "CHN") in _pairs(events, "17")


def test_blocking_aid_to_a_country_stops_it():
    events = _events("Republicans in Congress blocked military aid to Ukraine.")
    assert ("USA", "UKR") in _pairs(events, "16")


def test_rebels_fighting_a_government_is_a_battle():
    events = _events("Rebels have been fighting the government in Bamako for years.")
    assert ("MLI", "MLI") in _pairs(events, "19") and not _pairs(events, "18")


def test_an_accusing_participle_restates_its_clause_s_accusation():
    events = _events("Pakistan blamed India, accusing it of backing the attackers.")
    assert len([e for e in events if e.cameo.code == "112"]) == 1


def test_unarmed_victims_among_the_targets_make_militant_force_an_assault():
    """An insurgents' shooting of soldiers is a fight (19x); with villagers among the shot it is an assault (18x)."""
    mixed = _events("Boko Haram fighters shot Nigerian soldiers and villagers in Borno state.")
    assert {(e.cameo.root, e.target.code) for e in mixed} == {("18", "NGAMIL"), ("18", "NGACVL")}
    soldiers = _events("Boko Haram fighters shot Nigerian soldiers in Borno state.")
    assert [(e.cameo.root, e.target.code) for e in soldiers] == [("19", "NGAMIL")]


def test_armed_irregulars_seizing_people_abduct_them():
    events = _events("Gunmen seized three Italian engineers in Nigeria.")
    assert [e.cameo.code for e in events] == ["181"]
    soldiers = _events("Rebels captured two soldiers in Darfur.")
    assert [e.cameo.code for e in soldiers] == ["173"]


def test_each_of_several_sources_meets_on_third_ground():
    events = _events("Blinken and other American officials held talks with Russian officials in Riyadh.")
    assert _pairs(events, "04") == {("USA", "RUS"), ("RUS", "USA")}
    assert {e.cameo.code for e in events} == {"044"}


def test_a_prisoner_swap_releases_both_groups():
    events = _events("Russia freed two American prisoners in exchange for three Russians held by the United States.")
    assert _pairs(events, "08") == {("RUS", "USA"), ("USA", "RUS")}


def test_protesters_who_gather_demonstrate_and_ministers_meet():
    protest = _events("Protesters gathered at Tbilisi airport when the first Russian plane arrived.")
    assert [(e.cameo.code, e.source.code) for e in protest] == [("141", "GEOCVL")]
    meeting = _events("Georgian and Armenian ministers gathered in Tbilisi for talks.")
    assert not any(e.cameo.root == "14" for e in meeting)


def test_a_protest_is_aimed_at_whom_its_participle_demands_or_denounces():
    found = _events("Demonstrators marched through Bucharest demanding the resignation of the prime minister.")
    assert ("ROU", "ROU") in _pairs(found, "14")
    found = _events("Thousands of protesters rallied in Accra, denouncing the government's handling of the economy.")
    assert ("GHA", "GHA") in _pairs(found, "14")
