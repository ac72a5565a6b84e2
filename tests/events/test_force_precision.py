"""Violent verbs that are no force: disasters as the doer, problems and texts as the object, a time phrase read
as a target; and irregular fighters' attacks on civilian places (refine.py)."""

import pytest

from .helpers import events, pairs

FORCE = {"18", "19", "20"}


def _force(text: str) -> list:
    return [e for e in events(text) if e.cameo.root in FORCE]


@pytest.mark.parametrize("text", [
    "A bus crash in Peru killed 20 people on Sunday.",
    "An earthquake killed more than 300 people in Turkey.",
    "Floods killed hundreds of villagers in Bangladesh this week.",
    "A fire at a factory in India killed 14 workers.",
    "A plane crash in Nepal killed 72 people.",
])
def test_a_disaster_that_kills_is_no_force(text):
    assert _force(text) == []


@pytest.mark.parametrize("text", [
    "The Turkish central bank fought inflation by raising interest rates.",
    "The Kenyan president vowed to fight corruption in the ministries.",
    "Pakistani officials said they are fighting a losing battle against polio.",
    "Greek firefighters battled wildfires near Athens for a third day.",
    "The Colombian health minister said the country is fighting dengue fever.",
    "Canadian farmers are battling a drought that has ruined crops.",
    "Indian lawmakers shot down the proposal to raise fuel taxes.",
    "The Nigerian striker shot the ball past the Ghanaian goalkeeper.",
])
def test_fighting_a_problem_or_shooting_down_a_text_is_a_figure_of_speech(text):
    assert _force(text) == []


def test_fighting_to_do_something_is_striving():
    assert _force("Bangladesh is fighting to keep its garment exports competitive.") == []


def test_a_time_phrase_is_no_target_of_fire_on():
    assert _force("The Peruvian president fired the interior minister on Monday.") == []


@pytest.mark.parametrize("text", [
    "The ruling party stormed to victory in the Hungarian elections.",
    "The French film bombed at the box office last year.",
    "Mexico's war on drugs has cost billions of dollars, officials said.",
    "A fierce political fight broke out in the Brazilian Senate over the pension bill.",
    "The Spanish prime minister hit back at critics of his housing policy.",
    "Brazil beat Argentina 2-1 in the World Cup qualifier.",
])
def test_other_metaphors_and_sports_are_no_force(text):
    assert _force(text) == []


def test_militants_attacking_a_civilian_place_use_unconventional_violence():
    found = events("Al-Shabab militants attacked a hotel in Mogadishu.")
    assert pairs(found, "18") == {("SOM", "SOM")} and not pairs(found, "19")


def test_real_battles_stay_force():
    assert pairs(events("Russian troops fought Ukrainian forces near Kharkiv on Monday."), "19") >= {("RUS", "UKR")}
    assert pairs(events("Ethiopian troops shelled positions held by Eritrean forces."), "19") == {("ETH", "ERI")}


@pytest.mark.parametrize("text, pair", [
    ("Soldiers massacred hundreds of villagers in Myanmar's Sagaing region.", ("MMR", "MMR")),
    ("Sudanese militias killed hundreds of civilians in Darfur.", ("SDN", "SDN")),
    ("The Myanmar army expelled thousands of Rohingya from Rakhine state.", ("MMR", "MMR")),
    ("Syrian government forces used chemical weapons against civilians in Douma.", ("SYR", "SYR")),
    ("Serb forces carried out ethnic cleansing in Bosnia, the court found.", ("SRB", "BIH")),
])
def test_mass_violence_is_20(text, pair):
    assert pair in pairs(events(text), "20")


def test_police_on_protesters_is_repression():
    assert pairs(events("Sudanese security forces shot dead five protesters in Khartoum."), "17") == {("SDN", "SDN")}
    assert not pairs(events("Kenyan police fired tear gas at protesters in Nairobi on Tuesday."), "19")
