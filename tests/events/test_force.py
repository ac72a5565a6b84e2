"""Force told by its weapon or means, and its victims named only by the place (events/force.py, targets.py)."""

from __future__ import annotations

import eventwire


def _codes(text):
    return {(e.cameo.code, e.source and e.source.code, e.target and e.target.code)
            for e in eventwire.extract(text, published="2021-08-13")}


def test_a_weapon_as_subject_gives_its_code():
    assert _codes("A roadside bomb killed five Afghan soldiers in Kandahar.") == {("1833", None, "AFGMIL")}


def test_the_means_in_an_in_phrase_gives_its_code():
    assert _codes("Three policemen were killed in an airstrike in northern Syria.") == {("195", None, "SYRCOP")}


def test_the_people_of_a_named_place_are_its_civilians():
    assert _codes("Islamist militants attacked a passenger train in Pakistan's Balochistan province.") == {
        ("180", "PAKINS", "PAKCVL")}


def test_a_states_unnamed_people_are_its_own():
    assert _codes("The Georgian government apologised to the families of the victims.") == {("055", "GEOGOV", "GEOCVL")}


def test_shot_and_killed_is_one_assault():
    events = eventwire.extract("Russian soldiers shot and killed three Ukrainian civilians.", published="2021-08-13")
    assert [(e.source.code, e.target.code) for e in events if e.cameo.root in {"18", "19"}] == [("RUSMIL", "UKRCVL")]


def test_ones_own_troops_are_the_means_not_the_target():
    assert _codes("Russia has massed troops along its border with Ukraine.") == {("154", "RUS", "UKR")}


def test_drills_the_parser_made_a_subject_are_still_conducted():
    # "drills" parsed as the subject of "encircling": the object of "conducted", aimed at Taiwan
    assert ("150", "CHNMIL", "TWN") in _codes("The Chinese army conducted military drills encircling Taiwan.")


def test_the_country_of_the_means_is_the_source_of_a_passive_without_agent():
    assert _codes("Three Palestinian children were killed in an Israeli airstrike in Gaza.") == {
        ("195", "ISR", "PSECVL")}


def test_the_possessor_of_the_means_is_the_source():
    assert _codes("Four Syrian civilians were killed in Turkey's shelling of Kobani.") == {("194", "TUR", "SYRCVL")}


def test_those_who_died_in_an_attack_are_its_target():
    assert _codes("Twenty-one passengers died in the attack by the Baloch Liberation Army in Pakistan.") == {
        ("180", "PAKSEP", "PAKCVL")}


def test_a_bomb_that_exploded_says_how_its_consequence_was_done():
    assert _codes("A car bomb exploded near a military checkpoint in Mogadishu, killing five Somali soldiers.") == {
        ("1832", None, "SOMMIL")}


def test_security_forces_killing_their_own_protesters_is_repression():
    assert _codes("Kenyan police shot dead two protesters in Nairobi.") == {("175", "KENCOP", "KENCVL")}


def test_foreign_troops_killing_civilians_stay_military_force():
    assert _codes("Russian troops killed three Ukrainian civilians.") == {("190", "RUSMIL", "UKRCVL")}


def test_ones_own_troops_sent_somewhere_are_the_means():
    assert _codes("Russia sent troops into Georgia in August 2008.") == {("190", "RUS", "GEO")}
