"""Verbs over other events: double negatives, conditional threats and the demands their conditions make
(coder.py, refine.py), on sentences written by us."""

from __future__ import annotations

from .helpers import events as _events, pairs as _pairs


def test_will_not_hesitate_affirms_a_conditional_threat():
    events = _events("“If the United States escalates, we will not hesitate to cut off electricity,” "
                     "Canadian Prime Minister Justin Trudeau said.")
    threats = [e for e in events if e.cameo.root == "13"]
    assert threats and not threats[0].negated
    assert ("CAN", "USA") in _pairs(events, "13")


def test_did_not_hesitate_is_a_past_act():
    events = _events("Trudeau did not hesitate to criticize Trump.")
    found = [e for e in events if e.cameo.root == "11"]
    assert found and not found[0].negated and found[0].modality != "future"


def test_an_unmet_condition_of_a_threat_is_a_demand():
    events = _events("The rebels warned they would kill the hostages unless Kenya releases their commander.")
    assert _pairs(events, "13")
    demands = [e for e in events if e.cameo.root == "10"]
    assert demands and demands[0].cameo.code == "1053" and not demands[0].negated
    assert demands[0].target.country == "KEN"


def test_a_negated_if_condition_of_a_threat_is_a_demand():
    events = _events("Moscow warned that it would expel Georgian diplomats if Tbilisi did not release the Russian "
                     "officers.")
    assert ("RUS", "GEO") in _pairs(events, "13")
    assert ("RUS", "GEO") in _pairs(events, "10")


def test_a_plain_condition_of_a_threat_stays_hypothetical():
    events = _events("If Tbilisi attacks South Ossetia, Russia will defend its citizens, the ministry warned.")
    assert not _pairs(events, "10")


def test_the_charge_of_an_accusation_is_reported_by_the_accuser():
    events = _events("Georgia accused Moscow of arming the separatists in Abkhazia.")
    assert ("GEO", "RUS") in _pairs(events, "11")
    armed = [e for e in events if e.cameo.root == "07"]
    assert armed and armed[0].modality == "reported" and armed[0].attribution.code == "GEO"


def test_making_bombs_is_no_bombing():
    events = _events("Moroccan police said Islamic State militants were making bombs in Rabat.")
    assert not _pairs(events, "18")


def test_will_not_shy_away_from_is_a_threat_when_said():
    events = _events("Russia will not shy away from imposing sanctions on Georgia, Lavrov said.")
    found = [e for e in events if e.cameo.root == "13"]
    assert found and not found[0].negated
    assert ("RUS", "GEO") in _pairs(events, "13")


def test_a_warning_without_a_target_of_its_own_threatens_the_one_warned():
    events = _events("Turkey warned Greece that it would respond to any provocation.")
    assert _pairs(events, "13") == {("TUR", "GRC")}


def test_not_ruling_out_a_hostile_act_is_a_threat():
    events = _events("Israel has not ruled out attacking Iran.")
    assert _pairs(events, "13") == {("ISR", "IRN")} and not _pairs(events, "19")
    assert not any(e.negated for e in events)
    nominal = _events("Britain has not ruled out an attack on Syria.")
    assert _pairs(nominal, "13") == {("GBR", "SYR")}
    double = _events("Biden refused to rule out imposing sanctions on Russia.")
    assert [e.cameo.code for e in double] == ["1312"] and _pairs(double, "13") == {("USA", "RUS")}


def test_ruling_out_an_act_rejects_it():
    events = _events("Israel ruled out negotiating with Hamas.")
    assert [e.cameo.code for e in events] == ["125"]
    attack = _events("Israel ruled out an attack on Iran.")
    assert _pairs(attack, "12") == {("ISR", "IRN")} and not _pairs(attack, "19")


def test_refusing_to_join_a_plan_rejects_its_owner():
    events = _events("Poland refused to take part in the EU migrant relocation plan.")
    assert [(e.cameo.root, e.source.code, e.target.code) for e in events] == [("12", "POL", "IGOEUR")]


def test_an_offer_of_a_force_posture_is_an_intent_not_a_threat():
    for text in ("Kenya offered to send police officers to Haiti.", "Brazil pledged to deploy troops to Haiti."):
        events = _events(text)
        assert not _pairs(events, "13"), text
        assert {e.cameo.code for e in events if e.cameo.root == "03"} == {"0334"}, text
    assert ("RUS", "GEO") in _pairs(_events("Russia threatened to send troops to Georgia."), "13")


def test_an_expressed_readiness_is_an_intent_of_the_subject():
    events = _events("Turkey signaled its willingness to mediate between Russia and Ukraine.")
    assert {e.cameo.code for e in events} == {"039"}
    assert _pairs(events, "03") == {("TUR", "RUS"), ("TUR", "UKR")}
    assert ("QAT", "GZA") in _pairs(_events("Qatar expressed its readiness to help rebuild Gaza."), "03")
    assert ("IRN", "USA") in _pairs(_events("Iran expressed readiness to resume talks with the United States."), "03")
    # another's readiness, welcomed, is no intent of the one who welcomes it
    assert not _pairs(_events("The United States welcomed Iran's willingness to negotiate."), "03")


def test_agreeing_to_talks_is_an_intent_to_negotiate():
    # the parser reads "to talks" as an infinitive when a second phrase follows
    events = _events("Sudan agreed to talks with Ethiopia on the border dispute.")
    assert ("SDN", "ETH") in _pairs(events, "03")


def test_a_labour_strike_threatened_unless_a_demand_is_met():
    """Teachers, doctors and workers who strike walk out (143, threatened 133); the "unless" clause on the threat
    names whom it is aimed at."""
    events = _events("Ghanaian nurses threatened to strike unless the government paid their salaries.")
    assert [(e.cameo.code, e.source.country, e.target and e.target.country) for e in events
            if e.cameo.root == "13"] == [("133", "GHA", "GHA")]
    assert [e.cameo.code for e in _events("Zambian miners struck for a week.")] == ["143"]
    assert [e.cameo.code for e in _events("Kenyan teachers will strike next month.")] == ["143"]
    # armed forces still strike with force
    assert _pairs(_events("Israeli warplanes struck Gaza overnight."), "19") == {("ISR", "GZA")}


def test_a_condition_on_the_threatening_verb_names_the_target():
    events = _events("Serbian opposition supporters threatened to march on parliament unless the prime minister "
                     "resigned.")
    threats = [e for e in events if e.cameo.root == "13"]
    assert threats and threats[0].target is not None and threats[0].target.country == "SRB"


def test_vowing_a_reprisal_is_a_threat():
    assert [(e.cameo.code, e.target.country) for e in _events("Iran vowed to retaliate against Israel.")] == \
        [("138", "ISR")]
    assert _pairs(_events("North Korea pledged to avenge the sanctions imposed by Japan."), "13")
    assert not _pairs(_events("Egypt vowed to retaliate against Sudan."), "03")


def test_a_governing_noun_with_a_possessor_is_the_possessor_s_act():
    """ "X's refusal to withdraw" is X's refusal (12x), not a withdrawal; a threat or pledge the same."""
    events = _events("Serbia's refusal to withdraw its troops angered Kosovo.")
    assert [(e.cameo.code, e.source.country) for e in events] == [("1246", "SRB")]
    assert all(e.cameo.root != "08" for e in _events("Washington criticized Moscow's refusal to pull out its forces."))
    talks = _events("Iran's refusal to negotiate with the United States surprised diplomats.")
    assert ("IRN", "USA") in _pairs(talks, "12") and not _pairs(talks, "04")
    attempt = _events("Beijing's attempt to intimidate Taiwan failed.")
    assert ("CHN", "TWN") in _pairs(attempt, "13")


def test_an_appeal_to_ones_own_allies_keeps_the_appeal():
    events = _events("France urged its allies to send more weapons to Ukraine.")
    appeals = [e for e in events if e.cameo.root == "02"]
    assert [(e.cameo.code, e.source.country, e.target) for e in appeals] == [("0232", "FRA", None)]
