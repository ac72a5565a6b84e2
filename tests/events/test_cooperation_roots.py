"""Vocabulary of the cooperation, aid, yielding, posture and reduction roots (06, 07, 08, 15, 16, 20): one
sentence of ours per added wording, checked on the CAMEO code and the countries of source and target."""

from __future__ import annotations

import pytest

from tests.events.helpers import events

CASES = [
    # 06: two states that cooperate, with no "with"
    ("Kenya and Uganda will cooperate on border security.", "060", "KEN", "UGA"),
    ("Chile and Peru are collaborating on the search for the fishermen.", "060", "CHL", "PER"),
    # 07: aid given "X with Y", the theme the object of "with"
    ("The United States will provide Poland with air defense systems.", "072", "USA", "POL"),
    ("Germany supplied Lithuania with howitzers and armored vehicles.", "072", "DEU", "LTU"),
    ("Taiwan was provided with Harpoon missile systems by the United States.", "072", None, "TWN"),
    ("Japan provided Mongolia with emergency food and blankets.", "073", "JPN", "MNG"),
    ("Qatar furnished Lebanon with cash to pay its soldiers.", "071", "QAT", "LBN"),
    # 07: more kinds of aid after the verbs of giving
    ("Australia donated two million vaccine doses to Fiji.", "073", "AUS", "FJI"),
    ("Russia shipped grain and fuel to Mali.", "073", "RUS", "MLI"),
    ("Cuba sent doctors to Angola during the outbreak.", "073", "CUB", "AGO"),
    ("Saudi Arabia gave $3 billion to Egypt.", "071", "SAU", "EGY"),
    ("China extended a $2 billion credit line to Zambia.", "071", "CHN", "ZMB"),
    ("The Netherlands will deliver artillery to Ukraine.", "072", "NLD", "UKR"),
    ("India gifted vaccine doses to Bhutan.", "073", "IND", "BTN"),
    # ("shipment" is coded through its verb, as "delivery" is)
    ("Spain's shipment of tanks to Latvia arrived on Monday.", "072", "ESP", "LVA"),
    ("Sweden allocated 40 million euros to Moldova.", "071", "SWE", "MDA"),
    # 08: easing sanctions, returning remains and property, ceding land
    ("The United States provided Cuba with sanctions relief.", "085", "USA", "CUB"),
    ("Washington offered sanctions relief to Caracas.", "0354", "USA", "VEN"),
    ("Russia handed over the remains of 30 Ukrainian soldiers to Kyiv.", "0841", "RUS", "UKR"),
    ("North Korea returned the fishing boat to South Korea.", "0842", "PRK", "KOR"),
    ("Serbia ceded the district to Montenegro.", "080", "SRB", "MNE"),
    # 03: agreeing to talks
    ("Armenia agreed to negotiations with Azerbaijan.", "036", "ARM", "AZE"),
    # 15: ships, units and patrols
    ("Britain sent a destroyer to the Black Sea.", "154", "GBR", None),
    ("Russia dispatched strategic bombers to Belarus.", "154", "RUS", "BLR"),
    ("China deployed an aircraft carrier near Taiwan.", "154", "CHN", "TWN"),
    ("Greece increased naval patrols near Turkey.", "150", "GRC", "TUR"),
    # (a presence "in" a country names no target: it may be its host or its foe)
    ("The United States boosted its military presence in Japan.", "154", "USA", None),
    # 16: cooperation ended, aid held back
    ("Burkina Faso ended its military cooperation with France.", "160", "BFA", "FRA"),
    ("Chad terminated its defense agreement with France.", "160", "TCD", "FRA"),
    ("Washington withheld $80 million in aid from Cairo.", "162", "USA", "EGY"),
    # 20: whole places and peoples wiped out
    # (unnamed militias are of the place they act in)
    ("Militias wiped out entire villages in Sudan.", "202", "SDN", "SDN"),
]


@pytest.mark.parametrize("text,code,source,target", CASES, ids=[c[0][:48] for c in CASES])
def test_cooperation_root_sentence(text, code, source, target):
    got = {(e.cameo.code, e.source and e.source.country, e.target and e.target.country)
           for e in events(text) if not e.negated}
    assert (code, source, target) in got, got


@pytest.mark.parametrize("text", [
    "The teacher provided the pupils with books.",
    "The firm supplied its shops with bread.",
    "Floods wiped out roads and bridges in the north.",
    "The railway extended the line to the airport.",
    "The city increased the budget for its schools.",
    "Police stepped up patrols near the stadium.",
    "The ministry gave 5 million people access to clean water.",
])
def test_everyday_giving_is_no_event(text):
    assert events(text) == [], [(e.cameo.code, e.rule) for e in events(text)]
