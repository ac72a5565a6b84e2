"""What a speaker's own words code (events/statements.py): criticism, accusation, findings, declined comment."""

from __future__ import annotations

import eventwire


def _events(text):
    return eventwire.extract(text, published="2021-08-13")


def _codes(text):
    return {(e.cameo.code, e.source and e.source.code, e.target and e.target.code) for e in _events(text)}


def test_a_charge_in_reported_speech_is_the_speakers_accusation():
    codes = _codes("The United States said Iran is flagrantly defying the Security Council.")
    assert ("112", "USA", "IRN") in codes              # the speaker accuses
    assert ("128", "IRN", "IGOUNSC") in codes          # and the reported defiance is Iran's


def test_an_evaluative_copula_in_reported_speech_is_criticism():
    assert _codes("President Biden said the Kremlin is hostile and irresponsible.") == {("111", "USAGOV", "RUSGOV")}


def test_a_negated_charge_accuses_nobody():
    assert not [e for e in _events("EU monitors reported that neither Georgian nor Russian forces have violated "
                                   "the truce.") if e.cameo.root == "11"]


def test_an_inquirys_finding_is_an_investigation():
    assert _codes("The United Nations concluded that Russian troops had committed war crimes in Bucha.") == {
        ("094", "IGOUNO", "RUSMIL")}


def test_a_parsed_away_predicate_still_characterizes():
    # the parser hangs "the ruling" on "arbitrary": the evaluation is still the Kenyan government's
    assert _codes("The Kenyan government called the ruling “arbitrary.”") == {("111", "KENGOV", None)}


def test_not_responding_to_a_request_is_declining_comment():
    (e,) = _events("The Russian Foreign Ministry did not respond to a request for comment.")
    assert (e.cameo.code, e.source.code, e.negated) == ("011", "RUSGOV", False)


def test_advice_in_reported_speech_is_an_appeal_to_the_advised():
    (e,) = _events("A French minister suggested that Britain should impose sanctions on Iran.")
    assert (e.cameo.root, e.source.code, e.target.code) == ("02", "FRAGOV", "GBR")


def test_a_denial_answers_the_accusation_before_it():
    codes = _codes("Ukraine accused Russia of shelling the city, a charge Moscow rejected.")
    assert ("112", "UKR", "RUS") in codes and ("016", "RUSGOV", "UKR") in codes


def test_a_refusal_answers_the_request_before_it():
    codes = _codes("The United Nations asked Georgia for access to the region, but the Georgian authorities refused.")
    assert ("120", "GEOGOV", "IGOUNO") in codes


def test_saying_another_state_harbors_or_spies_is_an_accusation():
    harbor = eventwire.extract("India said Pakistan harbors terrorists on its soil.", published="2024-06-10")
    spies = eventwire.extract("Georgia said the Russian officers were spying for Moscow.", published="2024-06-10")
    assert [(e.cameo.code, e.source.code, e.target.code) for e in harbor] == [("112", "IND", "PAK")]
    assert [(e.cameo.code, e.target.code) for e in spies] == [("1125", "RUSMIL")]


def test_saying_another_state_was_behind_an_attack_accuses_it():
    events = eventwire.extract("Israel said Iran was behind the attack on the tanker.", published="2024-06-10")
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events] == [("112", "ISR", "IRN")]


def test_being_responsible_for_security_is_no_accusation():
    assert eventwire.extract("Officials said the army was responsible for security in the region.") == []


def test_a_rejected_claim_answers_the_accuser_of_the_sentence_before():
    codes = _codes("Ukraine accuses Russia of shelling the city. Both Russia and Belarus reject the claims.")
    assert ("016", "RUS", "UKR") in codes and ("016", "BLR", "UKR") in codes


def test_a_rejected_claim_answers_the_speaker_of_the_sentence_before():
    codes = _codes("The Ukrainian foreign ministry said the attack was directed from Belarus. "
                   "Rebutting the claim, the Belarusian government said Kyiv must address its own problems.")
    assert ("016", "BLRGOV", "UKRGOV") in codes


def test_a_claim_with_two_possible_claimants_answers_nobody():
    codes = _codes("The United States accused Beijing of genocide. The United Nations says the abuses may be "
                   "crimes against humanity. Beijing denies the allegations.")
    assert ("016", "CHNGOV", None) in codes


def test_a_reiterated_call_is_an_appeal_to_its_addressee():
    codes = _codes("Amnesty International reiterated its call to the Turkish authorities to release the jailed "
                   "reporters.")
    assert any(c[0].startswith("02") and c[2] == "TURGOV" for c in codes)


def test_a_repeated_claim_is_the_speakers_accusation():
    codes = _codes("India repeated its claim that Pakistan is harboring terrorists.")
    assert ("112", "IND", "PAK") in codes


def test_the_agent_of_a_passive_charge_is_the_accused():
    codes = _codes("Kenya reiterated the claim that the bombing was orchestrated by the Somali government.")
    assert ("112", "KEN", "SOMGOV") in codes


def test_both_sides_are_the_two_actors_of_the_fight_before():
    codes = _codes("The Ethiopian army has been fighting Tigrayan rebels for months, and Amnesty International "
                   "says both sides have committed abuses against civilians.")
    assert {("1122", "NGOAMN", "ETHMIL"), ("1122", "NGOAMN", "ETHREB")} <= codes


def test_what_an_advice_clause_proposes_is_no_event():
    codes = _codes("A Polish senator suggested that the European Union should use sanctions against Belarus.")
    assert not any(c[0].startswith("16") for c in codes)


def test_an_object_parsed_as_the_predicate_s_compound_is_characterized():
    """ "called the Russian decision disappointing": the parser may make "decision" a compound of the adjective."""
    assert _codes("Germany called the Russian decision disappointing.") == {("111", "DEU", "RUS")}


def test_making_no_comment_is_declining_comment():
    (e,) = _events("The French Foreign Ministry made no comment.")
    assert (e.cameo.code, e.source.country, e.negated) == ("011", "FRA", False)
    (e,) = _events("The Turkish embassy offered no comment on the report.")
    assert (e.cameo.code, e.source.country) == ("011", "TUR")
    assert not [e for e in _events("Iran made a comment on the deal.") if e.cameo.code == "011"]
