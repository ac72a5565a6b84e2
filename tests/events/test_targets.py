"""How the target chooser reads a verb's clause, on sentences written by us."""

from __future__ import annotations

from .helpers import events as _events, pairs as _pairs


def _targets(text: str, root: str) -> set:
    return {e.target and e.target.code for e in _events(text) if e.cameo.root == root}


def test_a_participle_counting_the_head_clause_object_takes_that_object():
    found = _events("Witnesses said Taliban gunmen singled out Afghan police officers and Pakistani passengers, "
                    "shooting many.")
    force = {e.target and e.target.code for e in found if e.cameo.root in {"18", "19"}}
    assert force == {"AFGCOP", "PAKCVL"}


def test_the_content_of_an_allegation_names_no_target_of_its_rejection():
    text = "The Afghan foreign ministry rejected the allegation that Pakistani separatists had crossed the border."
    assert _targets(text, "01") == {None}


def test_a_companion_of_the_subject_is_no_target_and_an_international_body_is_one():
    text = ("Germany, along with Britain and France, called an emergency meeting on Thursday of the U.N. "
            "Security Council.")
    targets = _targets(text, "02")
    assert "GBR" not in targets and {t[:3] for t in targets if t} == {"IGO"}


def test_an_eased_measure_is_aimed_at_the_one_it_blocks():
    text = "A Kenyan court lifted orders blocking the appointment of Interior Minister Kithure Kindiki."
    assert _targets(text, "08") == {"KENGOV"}


def test_deported_people_are_not_of_the_place_or_the_deporting_state():
    assert _targets("Last week ICE deported 120 detainees from Texas to Honduras.", "17") == {None}
    assert _targets("Thailand deported 60 women and children to Turkey in 2016.", "17") == {None}


def test_deported_people_of_a_named_nationality_are_the_target():
    assert _targets("Thailand deported 60 Uyghurs to China in 2016.", "17") == {"CHNCVL"}


def test_an_international_body_in_a_purpose_clause_is_no_target():
    found = _events("Japan held naval drills last week to demonstrate the Quad's strength.")
    assert not any(e.target and e.target.code.startswith("IGO") for e in found)


def test_a_force_noun_hits_whom_its_relative_clause_kills():
    text = "The Nigerian army carried out an airstrike that killed 20 Boko Haram fighters."
    assert ("NGAMIL", "NGAINS") in {(e.source and e.source.code, e.target and e.target.code)
                                    for e in _events(text) if e.cameo.root == "19"}


def test_a_comment_on_an_event_noun_is_aimed_at_its_doer():
    events = _events("Guatemala criticized the expulsion of its nationals by Mexican police.")
    assert _pairs(events, "11") == {("GTM", "MEX")}


def test_a_measure_lifted_past_its_own_possessive_is_on_what_it_names():
    events = _events("Beijing lifted its ban on Australian wine.")
    assert _pairs(events, "08") == {("CHN", "AUS")}


def test_the_sources_own_people_are_no_target_of_its_praise():
    assert _targets("The Sudanese general thanked his supporters after the vote.", "05") == {None}
    assert _targets("The Georgian president praised his supporters on Monday after the vote.", "05") == {None}


def test_the_sources_own_commitments_name_no_target():
    text = "Iran signed the accord, which gave Tehran relief from sanctions. In June, it stopped implementing its " \
           "commitments altogether."
    assert _targets(text, "12") == {None}


def test_repression_of_ones_own_people_keeps_them_as_target():
    assert _targets("The Venezuelan government detained its own citizens at the border.", "17") == {"VENCVL"}


def test_a_possessive_of_another_actor_of_the_sources_country_still_names_a_target():
    # the government's treatment is not the rights groups' own; the minister's resignation not the protesters'
    assert _targets("Rights groups sued the Indian government over its treatment of refugees.", "11") == {"INDGOV"}
    assert _targets("Protesters in Lima demanded the president's resignation.", "10") == {"PERGOV"}


def test_a_claim_of_responsibility_takes_no_target_from_the_act_it_claims():
    text = "The Pakistani Taliban claimed responsibility for ambushing a patrol protecting a dam built by China."
    assert _targets(text, "01") == {None}
    assert _targets("Al-Shabab took credit for bombing a truck serving a base run by Turkey.", "01") == {None}


def test_a_force_posture_faces_the_country_of_its_place():
    assert _targets("China deployed an aircraft carrier near Vietnam.", "15") == {"VNM"}
    assert _targets("Israel deployed tanks along the Lebanese border.", "15") == {"LBN"}
    assert _targets("Iran deployed forces to the border with Iraq.", "15") == {"IRQ"}
    assert _targets("Mexico sent troops to its northern border.", "15") == {None}


def test_a_passive_force_posture_faces_the_country_of_its_place():
    assert _targets("Israeli troops were sent to the Lebanese border.", "15") == {"LBN"}
    assert _targets("Russian troops were deployed near the Ukrainian border.", "15") == {"UKR"}


def test_a_country_named_on_a_mission_abroad_is_its_owner_not_the_protest_place():
    # "the U.S. embassy in Seoul" stands in Seoul: the protesters there are South Koreans
    found = _events("Protesters rallied outside the U.S. Embassy in Seoul against the missile deployment.")
    assert _pairs(found, "14") == {("KOR", "USA")}
    found = _events("Demonstrators gathered outside the U.S. embassy in Manila to denounce the base deal.")
    assert _pairs(found, "14") == {("PHL", "USA")}


def test_protesters_are_of_the_place_their_march_goes_to():
    found = _events("Protesters marched to the French embassy in Niamey to demand the withdrawal of French troops.")
    assert _pairs(found, "14") == {("NER", "FRA")}


def test_a_threatened_use_of_force_in_another_country_is_aimed_at_it():
    assert _pairs(_events("The Turkish president threatened a new military operation in northern Syria."),
                  "13") == {("TUR", "SYR")}
    assert _pairs(_events("Russia threatened sanctions against Moldova."), "13") == {("RUS", "MDA")}


def test_the_giver_hung_on_the_of_noun_of_an_offer_is_its_owner():
    assert _pairs(_events("Japan turned down an offer of vaccines from South Korea."), "12") == {("JPN", "KOR")}
    assert _pairs(_events("Kenya welcomed a donation of vaccines by China."), "05") == {("KEN", "CHN")}
    assert _pairs(_events("Kenya accepted an offer of aid from the United States."), "03") == {("KEN", "USA")}


def test_a_worry_is_about_the_country_its_topic_names():
    assert _pairs(_events("Poland voiced concern over the Russian troop buildup."), "01") == {("POL", "RUS")}
    assert _pairs(_events("Poland expressed alarm about the Chinese military drills."), "01") == {("POL", "CHN")}
    # one's own country's affairs are no target
    assert _pairs(_events("Poland voiced concern over the Polish economy."), "01") == {("POL", None)}


def test_a_finite_verb_conjoined_to_a_charge_gerund_names_no_target_of_the_charge():
    found = _events("Armenia accused Azerbaijan of violating the truce and called on Russia to intervene.")
    assert _pairs(found, "19") == {("AZE", None)}


def test_a_carrier_near_the_philippines_faces_the_philippines():
    assert _pairs(_events("China deployed a carrier near the Philippines."), "15") == {("CHN", "PHL")}
    assert _pairs(_events("The United States deployed an aircraft carrier near the Philippines."),
                  "15") == {("USA", "PHL")}
