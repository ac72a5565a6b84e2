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


# protests and threats as wire copy words them: who protests or threatens, and against whom (CAMEO 13, 14)
@pytest.mark.parametrize("text, root, pair", [
    ("Ukrainian refugees protested outside the Russian embassy in Berlin on Sunday.", "14", ("UKR", "RUS")),
    ("Thousands of people rallied in Belgrade against the government on Saturday.", "14", ("SRB", "SRB")),
    ("Hundreds of students protested in Jakarta against Israel's offensive in Gaza.", "14", ("IDN", "ISR")),
    ("Pakistani students staged a sit-in outside the French embassy in Islamabad.", "14", ("PAK", "FRA")),
    ("Iranian women protested in Tehran against the morality police.", "14", ("IRN", "IRN")),
    ("Chinese nationalists protested in Beijing against Japan's release of water from the Fukushima plant.", "14",
     ("CHN", "JPN")),
    ("Demonstrators in London protested against the British government's asylum policy.", "14", ("GBR", "GBR")),
    ("Thousands marched in Seoul to protest against the visit of the Japanese prime minister.", "14",
     ("KOR", "JPN")),
    ("Palestinian demonstrators protested in Ramallah against Israeli raids.", "14", ("PSE", "ISR")),
    ("Sri Lankan protesters stormed the president's residence in Colombo.", "14", ("LKA", "LKA")),
    ("Thousands rallied in Lima to demand the resignation of the president.", "14", ("PER", "PER")),
    ("Hundreds of Afghan refugees demonstrated outside the Pakistani embassy in Kabul.", "14", ("AFG", "PAK")),
    ("Thousands of Syrians rallied in Idlib against the Assad government.", "14", ("SYR", "SYR")),
    ("Hundreds of Mexicans protested outside the U.S. consulate in Tijuana against deportations.", "14",
     ("MEX", "USA")),
    ("Taiwanese activists demonstrated in Taipei against Chinese military pressure.", "14", ("TWN", "CHN")),
    ("Armenians protested in Yerevan against Azerbaijan's blockade of the Lachin corridor.", "14", ("ARM", "AZE")),
    ("Bangladeshi garment workers protested in Dhaka over low wages.", "14", ("BGD", None)),
    ("Russia warned Iran of serious consequences if it supplied missiles.", "13", ("RUS", "IRN")),
    ("The United States threatened to expel Russian diplomats.", "13", ("USA", "RUS")),
    ("Hamas threatened to kill the hostages if Israel continued its offensive.", "13", ("PSE", "ISR")),
    ("North Korea threatened to attack South Korea.", "13", ("PRK", "KOR")),
    ("China warned the Philippines against provocations in the South China Sea.", "13", ("CHN", "PHL")),
    ("President Joe Biden threatened sanctions against Russia.", "13", ("USA", "RUS")),
    ("Turkey threatened to block Sweden's bid to join NATO.", "13", ("TUR", "SWE")),
    ("Iran threatened to close the Strait of Hormuz if the United States attacked it.", "13", ("IRN", "USA")),
    ("Opposition leaders in Kenya threatened to hold mass protests against the government.", "13", ("KEN", "KEN")),
    ("Israel warned Hezbollah that it would respond forcefully to any attack.", "13", ("ISR", "LBN")),
    ("The Taliban threatened to retaliate against Pakistan for the airstrikes.", "13", ("AFG", "PAK")),
    ("Washington threatened Beijing with new tariffs on Monday.", "13", ("USA", "CHN")),
    ("Moscow threatened to cut gas supplies to Moldova.", "13", ("RUS", "MDA")),
    ("The Houthis threatened to target ships bound for Israel.", "13", ("YEM", "ISR")),
    ("Azerbaijan threatened Armenia with military action.", "13", ("AZE", "ARM")),
    ("Beijing threatened countermeasures if Washington approved the arms sale to Taiwan.", "13", ("CHN", "USA")),
    ("China threatened retaliation against the Philippines.", "13", ("CHN", "PHL")),
    ("North Korea issued a warning to the United States over the military drills.", "13", ("PRK", "USA")),
])
def test_the_actors_of_protests_and_threats(text, root, pair):
    assert pair in pairs(events(text), root)


@pytest.mark.parametrize("text, root, pair", [
    # a finite verb the parser conjoined to the charge's gerund is the accuser's own second act
    ("Armenia accused Azerbaijan of violating the truce and called on Russia to intervene.", "02", ("ARM", "RUS")),
    ("Georgia accused Russia of bombing its towns and urged France to mediate.", "02", ("GEO", "FRA")),
    # a conjoined gerund is still the one charged
    ("Ukraine accused Moscow of arming the rebels and shelling its villages.", "19", ("RUS", None)),
])
def test_the_second_act_after_a_charge(text, root, pair):
    assert pair in pairs(events(text), root)
