"""Grammar the coder handles, on sentences written by us (one test per phenomenon of issue 4)."""

from __future__ import annotations

import pytest

from .helpers import events as _events, pairs as _pairs


# --- active, passive, prepositional targets, objects that are not targets ---------------------------

def test_negation_is_flagged():
    (e,) = [e for e in _events("Russia did not attack Georgia.") if e.cameo.root == "19"]
    assert e.negated and (e.source.code, e.target.code) == ("RUS", "GEO")


def test_passive_agent_is_the_source():
    events = _events("Georgian villages were shelled by Russian troops.")
    assert _pairs(events, "19") == {("RUS", "GEO")}


def test_passive_relations_between_two_countries_are_severed_both_ways():
    events = _events("Relations between Georgia and Russia were severed.")
    assert {(e.cameo.code, e.source.code, e.target.code) for e in events} == {("161", "GEO", "RUS"),
                                                                             ("161", "RUS", "GEO")}


def test_fired_at_takes_the_prepositional_target():
    events = _events("Georgian troops fired at Russian positions near Tskhinvali.")
    assert _pairs(events, "19") == {("GEO", "RUS")}


def test_called_on_x_to_is_an_appeal_to_x():
    (e,) = _events("The European Union called on Moscow to withdraw its troops from Georgia.")
    assert e.cameo.code == "0256" and e.source.code.startswith("IGO") and e.target.country == "RUS"


def test_object_that_is_a_theme_is_not_the_target():
    (e,) = _events("Georgia signed an agreement on trade with Turkey.")
    assert (e.cameo.code, e.source.code, e.target.code) == ("057", "GEO", "TUR")


def test_meeting_in_the_targets_capital_is_a_visit_and_its_hosting():
    events = _events("Russian Foreign Minister Sergei Lavrov met with Turkish officials in Ankara.")
    assert {(e.cameo.code, e.source.country, e.target.country) for e in events} == {("042", "RUS", "TUR"),
                                                                                   ("043", "TUR", "RUS")}


# --- coordination -------------------------------------------------------------------------------

def test_coordinated_subjects_meet_reciprocally():
    events = [e for e in _events("Russia and Georgia met in Geneva.") if e.cameo.root == "04"]
    assert {(e.source.code, e.target.code) for e in events} == {("RUS", "GEO"), ("GEO", "RUS")}


def test_coordinated_subjects_agree_reciprocally():
    events = _events("Russia and Georgia agreed to resume direct flights.")
    assert _pairs(events, "03") == {("RUS", "GEO"), ("GEO", "RUS")}


def test_three_coordinated_parties_give_one_event_per_ordered_pair():
    events = _events("Georgia, Abkhazia and South Ossetia meet regularly in Geneva.")
    codes = ["GEO", "ABK", "SOS"]
    assert _pairs(events, "04") == {(a, b) for a in codes for b in codes if a != b}


def test_coordinated_country_adjectives_are_two_parties():
    events = _events("Georgian and Abkhaz negotiators will meet in Geneva next month.")
    assert _pairs(events, "04") == {("GEO", "ABK"), ("ABK", "GEO")}
    assert all(e.modality == "future" for e in events)


# --- light verbs and nominal events -------------------------------------------------------------

def test_carried_out_strikes_is_the_noun_s_event():
    (e,) = _events("Russian aircraft carried out strikes on Georgian villages.")
    assert e.cameo.root == "19" and (e.source.country, e.target.country) == ("RUS", "GEO")
    assert e.rule.startswith("light:carry")


def test_paid_a_visit_to():
    (e,) = _events("Abkhaz leader Aslan Bzhania paid a visit to Moscow.")
    assert (e.cameo.code, e.source.country, e.target.country) == ("042", "ABK", "RUS")


def test_held_regular_meetings_on_third_ground():
    events = _events("Officials of Georgia and Russia held regular meetings in Geneva.")
    assert {(e.cameo.code, e.source.country, e.target.country) for e in events} == {("044", "GEO", "RUS"),
                                                                                   ("044", "RUS", "GEO")}


def test_the_recognition_of_x_by_y():
    (e,) = _events("The recognition of Abkhazia's independence by Russia angered Georgia.")
    assert (e.cameo.code, e.source.code, e.target.code) == ("054", "RUS", "ABK")


def test_talks_between_two_countries():
    events = _events("The talks between Russia and Georgia collapsed.")
    assert _pairs(events, "04") == {("RUS", "GEO"), ("GEO", "RUS")}


def test_who_travels_for_talks_takes_part_in_them():
    events = _events("Russian Foreign Minister Sergei Lavrov traveled to Ankara for talks with Turkish officials.")
    assert ("046", "RUSGOV", "TURGOV") in {(e.cameo.code, e.source.code, e.target.code) for e in events}


def test_coordinated_verbs_share_the_last_object():
    events = _events("Israeli police arrested and deported two Palestinian activists.")
    assert {(e.cameo.code, e.target.country) for e in events} == {("173", "PSE"), ("174", "PSE")}


def test_an_ordinal_does_not_hide_a_two_word_noun():
    events = _events("North Korea conducted its sixth nuclear test on Sunday.")
    assert [(e.cameo.code, e.source.code) for e in events] == [("2042", "PRK")]


def test_a_verb_that_codes_its_theme_noun_codes_it_once():
    events = _events("Moscow lifted its embargo on Georgian wine in 2013.")
    assert [(e.cameo.code, e.target.country) for e in events] == [("085", "GEO")]


# --- clauses: participles, infinitives, chains, relative clauses --------------------------------

def test_participle_between_subject_and_verb():
    events = _events("Russia, protecting the inhabitants of South Ossetia, sent troops into Georgia.")
    assert ("RUS", "GEO") in {(e.source.code, e.target.code) for e in events if e.trigger.text == "sent"}


def test_asked_putin_to_provide_assistance_is_an_appeal_to_putin():
    events = _events("The Georgian opposition asked Putin to provide assistance to Georgia.")
    (e,) = events
    assert e.cameo.root == "02" and e.source.code == "GEOOPP" and e.target.code == "RUSGOV"


def test_a_chain_of_verbs_shares_its_subject():
    events = _events("Georgian troops fired rockets at Tskhinvali, attacked the city and destroyed Russian positions.")
    assert [e.trigger.text for e in events] == ["fired", "attacked", "destroyed"]
    assert {e.source.code for e in events} == {"GEOMIL"}
    assert ("destroyed", "RUS") in {(e.trigger.text, e.target and e.target.country) for e in events}


def test_relative_pronoun_is_its_noun():
    events = _events("Abkhazia hosted a delegation from Syria, which recognized its independence in 2018.")
    assert ("054", "SYR", "ABK") in {(e.cameo.code, e.source.country, e.target.code) for e in events}


def test_purpose_infinitive_is_not_an_event_of_its_own():
    events = _events("Georgian miners went on strike to demand higher wages.")
    assert [e.cameo.root for e in events] == ["14"]


# --- reported speech ----------------------------------------------------------------------------

def test_reported_speech_has_attribution():
    events = _events("The Georgian Foreign Ministry said that Russian troops attacked Georgian villages.")
    (e,) = [e for e in events if e.cameo.root in {"18", "19"}]
    assert e.modality == "reported" and e.attribution.code == "GEOGOV"
    assert (e.source.country, e.target.country) == ("RUS", "GEO")
    assert not [e for e in events if e.cameo.root == "01"], "the ministry's 'said' is no event"


def test_denial_that_an_event_happened_is_a_denial_not_the_event():
    events = _events("The Kremlin denied that Russian jets had bombed Georgian villages.")
    assert [(e.cameo.code, e.source.code, e.target.country) for e in events] == [("016", "RUSGOV", "GEO")]


def test_a_speakers_own_accusation_is_coded():
    (e,) = _events("The Kremlin accused Georgia of provoking the war.")
    assert (e.cameo.code, e.source.code, e.target.code) == ("112", "RUSGOV", "GEO")


def test_quote_over_two_sentences_keeps_its_speaker():
    events = _events('"We will not leave Georgia alone," the American ambassador said. '
                     '"We urge Russia to withdraw its troops."')
    (e,) = [e for e in events if e.cameo.root == "02"]
    assert e.source.country == "USA" and e.target.code == "RUS"


def test_speaker_pronoun_is_the_speaker():
    events = _events("Mogadishu announced it was cutting ties with Kenya.")
    assert [(e.cameo.code, e.source.country, e.target.code) for e in events] == [("161", "SOM", "KEN")]


# --- negation and modality ----------------------------------------------------------------------

def test_refusal_to_meet_is_a_rejection_not_a_meeting():
    events = _events("Georgia refused to meet Russian officials.")
    assert any(e.cameo.root == "12" for e in events) and not any(e.cameo.root == "04" for e in events)


def test_not_looking_to_improve_relations_is_a_pessimistic_comment():
    (e,) = _events("The Duma is not looking to improve relations with Georgia.")
    assert (e.cameo.code, e.target.code, e.negated) == ("012", "GEO", False)


def test_will_not_bow_to_pressure_is_a_refusal_to_yield():
    (e,) = _events("Georgia will not bow to Russian pressure.")
    assert e.cameo.root == "12" and not e.negated


def test_threatened_to_is_a_threat_with_the_inner_target():
    (e,) = _events("Moscow threatened to cut gas supplies to Georgia.")
    assert (e.cameo.code, e.source.country, e.target.code) == ("1312", "RUS", "GEO")


@pytest.mark.parametrize("text, modality", [
    ("Georgia will visit Moscow next year.", "future"),
    ("Turkey hopes to mediate between Armenia and Azerbaijan.", "intended"),
    ("Will Russia recognize the independence of Abkhazia?", "hypothetical"),
])
def test_modality(text, modality):
    events = _events(text)
    assert events and all(e.modality == modality for e in events)


def test_conditional_threat():
    events = _events("If Georgia attacks South Ossetia, Russia will defend it, the Russian Foreign Ministry warned.")
    attack = [e for e in events if e.cameo.root == "19"]
    threat = [e for e in events if e.cameo.root == "13"]
    assert [(e.source.code, e.target.code, e.modality) for e in attack] == [("GEO", "SOS", "hypothetical")]
    assert [(e.source.country, e.target.code) for e in threat] == [("RUS", "GEO")]
    assert not [e for e in events if e.cameo.root == "05"], "the promised defence is the threat, not an event"


# --- machine-translated word orders ---------------------------------------------------------------

def test_object_after_an_instrument_phrase():
    (e,) = _events("Georgia on the night of 8 August 2008 fired from rocket launchers «Grad» South Ossetia.")
    assert (e.cameo.code, e.source.code, e.target.code) == ("194", "GEO", "SOS")


def test_date_between_subject_and_verb():
    events = _events("Relations were severed after Moscow August 26, 2008 recognized the sovereignty of Abkhazia.")
    assert ("054", "RUS", "ABK") in {(e.cameo.code, e.source.country, e.target.code) for e in events}


# --- what is not an event -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Many Nigerians expressed relief after the girls came home.",
    "The committee released a report on the war in Georgia.",
    "The Kremlin spokesman said on Friday that the meeting was useful.",
])
def test_no_event(text):
    assert [(e.trigger.text, e.cameo.code) for e in _events(text)] == []


@pytest.mark.parametrize("text", ["Canada and Belgium are among the countries that have banned imports from Russia.",
                                  "Canada is one of the countries that banned imports from Russia."])
def test_relative_clause_on_a_copular_group_takes_the_copula_subject(text):
    assert ("CAN", "RUS") in _pairs(_events(text), "16")


@pytest.mark.parametrize("text,a,b", [
    ("Indian and Pakistani soldiers clashed along the Line of Control.", "IND", "PAK"),
    ("Armenian and Azerbaijani forces fought overnight.", "ARM", "AZE"),
])
def test_intransitive_fighting_between_coordinated_sides_is_reciprocal(text, a, b):
    pairs = _pairs(_events(text), "19")
    assert (a, b) in pairs and (b, a) in pairs


@pytest.mark.parametrize("text,a,b", [
    ("Israeli jets bombed targets in Gaza overnight.", "ISR", "GZA"),
    ("Ukrainian drones struck an oil depot in Russia's Belgorod region.", "UKR", "RUS"),
])
def test_an_attacked_site_belongs_to_the_place_the_clause_names(text, a, b):
    assert (a, b) in _pairs(_events(text), "19")


def test_a_recipient_the_parser_calls_dative_is_the_target():
    (e,) = [e for e in _events("The World Bank provided a loan to Kenya.") if e.cameo.root == "07"]
    assert (e.source.code, e.target.code, e.cameo.code) == ("IGOWB", "KEN", "071")


def test_aid_for_a_country_is_aid_to_it():
    events = _events("The World Bank approved a $1.2 billion loan for Egypt.")
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events] == [("071", "IGOWB", "EGY")]


def test_a_hostile_vow_is_a_threat():
    events = _events("Israel vowed to strike Hezbollah targets in Lebanon.")
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events] == [("138", "ISR", "LBN")]


def test_agreeing_to_sanctions_is_the_decision_to_impose_them():
    events = _events("The EU agreed to impose new sanctions on Russia.")
    assert [(e.cameo.code, e.source.code, e.target.code, e.modality) for e in events] == [
        ("163", "IGOEUR", "RUS", "future")]


def test_stopping_an_attack_is_de_escalation_and_stopping_cooperation_a_rejection():
    shelling = _events("Russian forces stopped shelling the city of Kharkiv on Monday.", published="2024-06-10")
    cooperating = _events("Pakistan stopped cooperating with the United States on counterterrorism.")
    assert [(e.cameo.code, e.source.code, e.target.code, e.negated) for e in shelling] == [
        ("087", "RUSMIL", "UKR", False)]
    assert [(e.cameo.code, e.target.code) for e in cooperating] == [("121", "USA")]


def test_what_a_subject_receives_from_someone_is_done_to_it():
    aid = _events("Ukraine received military aid from Germany.")
    attack = _events("Syrian government forces came under attack from Alawite militants near Latakia.")
    assert [(e.cameo.code, e.source.code, e.target.code) for e in aid] == [("072", "DEU", "UKR")]
    assert [(e.cameo.root, e.source.country, e.target.code) for e in attack] == [("19", "SYR", "SYRMIL")]


def test_meeting_with_a_person_is_still_a_meeting():
    events = _events("Zelenskyy met with Trump in Washington.", published="2025-03-01")
    assert {e.cameo.root for e in events} == {"04"}


def test_a_missing_target_is_the_other_country_in_the_clause():
    events = _events("The United States imposed sanctions in response to Russia's invasion of Ukraine.")
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events] == [("163", "USA", "RUS")]


def test_a_meeting_takes_no_target_from_the_clause():
    events = _events("Kenya's foreign minister met in Geneva to discuss Sudan's war.")
    assert all(e.target is None or e.target.country != "SDN" for e in events if e.cameo.root == "04")


def test_a_passive_appeal_is_made_by_its_agent_to_its_subject():
    events = _events("Georgia was urged by the EU to release the protesters.")
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events] == [("0253", "IGOEUR", "GEO")]


def test_an_infinitive_the_parser_hung_on_a_passive_takes_the_noun_before_it():
    events = _events("U.S. lawmakers were angered by a Turkish court ruling to imprison a U.S. consulate employee.")
    assert [(e.cameo.root, e.source.code, e.target.country) for e in events] == [("17", "TURJUD", "USA")]


def test_a_fronted_participle_happened_to_the_clause_subject():
    events = _events("Backed by Russia, the Abkhaz separatists attacked Georgian positions.")
    assert ("051", "RUS", "ABK") in {(e.cameo.code, e.source.code, e.target.country) for e in events}


def test_a_conditional_participle_is_a_hypothetical_event_on_the_subject():
    events = _events("If convicted, the Russian hackers face decades in prison.")
    assert [(e.cameo.code, e.target.code, e.modality) for e in events] == [("116", "RUSCRM", "hypothetical")]


def test_finding_someone_guilty_is_a_conviction():
    events = _events("A Georgian court found the former defence minister guilty of abuse of power.")
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events] == [("116", "GEOJUD", "GEOELI")]


def test_a_crowd_that_protests_is_the_people_of_its_place():
    events = _events("Tens of thousands protested in Bangkok on Sunday.", published="2024-06-10")
    assert [(e.cameo.root, e.source.code) for e in events] == [("14", "THACVL")]


def test_calling_for_someone_to_resign_is_an_appeal_to_them():
    events = _events("Protesters in Bangkok called for the prime minister to resign.", published="2024-06-10")
    assert [(e.cameo.root, e.source.code, e.target.code) for e in events] == [("02", "THACVL", "THAGOV")]


def test_in_protest_is_a_manner_not_a_protest():
    events = _events("Algeria recalled its ambassador to Spain in protest.")
    assert [(e.cameo.code, e.source.code, e.target.country) for e in events] == [("161", "DZA", "ESP")]


def test_a_match_result_is_no_assault():
    assert _events("Nigeria beat Ghana 2-1 in the African Cup of Nations qualifier on Saturday.") == []
    assert [e.cameo.code for e in _events("Kenyan police beat protesters in Nairobi.")] == ["182"]
