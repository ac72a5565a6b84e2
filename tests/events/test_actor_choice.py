"""Actor choice on conflict and protest events: the place force is used in, the people of a protest's place,
and unnamed gunmen who are not of their victims' country."""

from __future__ import annotations

import pytest

from .helpers import events, pairs


@pytest.mark.parametrize("text, root, pair", [
    # the place where force is used names the target country
    ("Russia launched an offensive in eastern Ukraine.", "19", ("RUS", "UKR")),
    ("The United States carried out airstrikes against hideouts inside Afghanistan.", "19", ("USA", "AFG")),
    ("Turkey launched a military operation in northern Iraq.", "19", ("TUR", "IRQ")),
    ("Saudi-led forces carried out air strikes in Yemen.", "19", ("SAU", "YEM")),
    ("Israel conducted a raid in southern Lebanon.", "19", ("ISR", "LBN")),
    ("France carried out a drone strike in Mali.", "19", ("FRA", "MLI")),
    # protesters whose country was only guessed are the people of the place they protest in
    ("Protesters demonstrated outside the Chinese embassy in Manila.", "14", ("PHL", "CHN")),
    ("Demonstrators marched outside the Russian consulate in Istanbul.", "14", ("TUR", "RUS")),
    ("Protesters rallied in Lagos against police brutality.", "14", ("NGA", None)),
    # a protest that breaks out is by the people of its place, with no target named
    ("Protests erupted in Lagos.", "14", ("NGA", None)),
    ("Demonstrations broke out in Tehran.", "14", ("IRN", None)),
    ("Riots broke out in Nairobi after the vote.", "14", ("KEN", None)),
    ("Protests continued in Hong Kong for a second week.", "14", ("HKG", None)),
    # gunmen are of the place they act in, not of their victims' nationality
    ("Armed men kidnapped a French journalist in northern Mali.", "18", ("MLI", "FRA")),
    ("Gunmen abducted two German aid workers in Niger on Tuesday.", "18", ("NER", "DEU")),
    ("Unknown attackers shot dead a British tourist in Tunisia.", "19", ("TUN", "GBR")),
    ("Masked gunmen abducted a Canadian nun in Burkina Faso.", "18", ("BFA", "CAN")),
    # clashes that break out between two sides go both ways
    ("Clashes broke out between Azerbaijani and Armenian troops.", "19", ("AZE", "ARM")),
    ("Clashes broke out between Azerbaijani and Armenian troops.", "19", ("ARM", "AZE")),
    ("Fighting broke out between Indian and Chinese soldiers in the Himalayas.", "19", ("CHN", "IND")),
    ("Clashes erupted between Israeli police and Palestinians in Jerusalem.", "19", ("ISR", "PSE")),
    ("China warned Taiwan against any move toward independence.", "13", ("CHN", "TWN")),
])
def test_actor_choice(text, root, pair):
    assert pair in pairs(events(text), root)


@pytest.mark.parametrize("text, root, own", [
    # one's own territory is no target of one's own force
    ("Pakistani troops launched an offensive in North Waziristan.", "19", "PAK"),
    ("Nigerian soldiers killed 20 militants in Borno state.", "19", None),
])
def test_no_own_country_target(text, root, own):
    found = pairs(events(text), root)
    assert found and all(t is None or t != own for _, t in found)


@pytest.mark.parametrize("text, root, victim", [
    ("Armed men kidnapped a French journalist in northern Mali.", "18", "FRA"),
    ("Protesters demonstrated outside the Chinese embassy in Manila.", "14", "CHN"),
    ("Unknown attackers shot dead a British tourist in Tunisia.", "19", "GBR"),
])
def test_source_not_the_other_sides_country(text, root, victim):
    assert all(s != victim for s, _ in pairs(events(text), root))


def test_crowd_needs_a_place():
    # a protest with no place and no one named stays uncoded
    assert not pairs(events("Protests erupted after the verdict."), "14")
