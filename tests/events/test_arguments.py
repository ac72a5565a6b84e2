"""Argument reading and noun-phrase events: shared objects, misread names, particles read as prepositions,
(arguments.py, nominal.py), on sentences written by us."""

from __future__ import annotations

from .helpers import events as _events, pairs as _pairs


def test_first_conjunct_under_a_preposition_shares_the_later_object():
    events = _events("The government responded by first arresting and then deporting dozens of Afghan refugees.")
    assert ("AFG", "AFG") in _pairs(events, "17")


def test_a_name_read_as_a_verb_is_the_subject_of_its_clause():
    events = _events("Trump at first imposed 25% tariffs on Canadian and Mexican exports to the U.S., then "
                     "delayed the tariffs on almost all items for four weeks.")
    assert ("USA", "CAN") in _pairs(events, "16")


def test_particle_read_as_a_preposition_still_governs_the_next_one():
    events = _events("The United States pulled out of the deal with Iran in 2018.")
    assert _pairs(events, "12") == {("USA", "IRN")}


def test_backed_out_of_a_treaty_rejects_it():
    events = _events("Washington backed out of the nuclear agreement with Tehran.")
    assert _pairs(events, "12") == {("USA", "IRN")}


def test_from_names_who_threatens():
    events = _events("Fresh threats from North Korea against South Korea alarmed Japan.")
    assert ("PRK", "KOR") in _pairs(events, "13")


def test_withdrawal_from_is_a_place_not_a_source():
    events = _events("The withdrawal of Russian troops from Georgia began on Monday.")
    assert _pairs(events, "08") == {("RUS", "GEO")}


def test_an_agent_nouns_infinitive_is_the_agents_act():
    # "by a Pakistani court ruling ... to keep detaining": the court detains, not the angered lawmakers
    events = _events("Indian lawmakers may be irritated by a Pakistani court ruling on Monday to keep detaining "
                     "Ravi Kumar, an Indian diplomat.")
    assert _pairs(events, "17") == {("PAK", "IND")}


def test_a_purpose_phrase_is_the_clause_subjects():
    events = _events("Prime Minister Narendra Modi is expected to visit Japan in May, in a bid to deepen ties after "
                     "meeting with Chinese President Xi Jinping.")
    assert _pairs(events, "04") >= {("IND", "JPN"), ("IND", "CHN")}


def test_a_bare_quantifier_subject_counts_the_first_clauses_people():
    events = _events("On social media in Iran some commenters praised the deal, but many criticized the government.")
    assert _pairs(events, "11") == {("IRN", "IRN")}
    assert _pairs(events, "05") == {("IRN", None)}


def test_a_person_in_a_relative_clause_is_not_the_bodys_title():
    events = _events("The FBI and DHS, which works under President Joe Biden, have declined to respond to questions.")
    assert {e.source.code for e in events if e.cameo.root == "01"} == {"USACOP", "USAGOV"}


def test_subjects_joined_by_as_well_as_both_act():
    events = _events("Norway as well as Sweden criticized Belarus over the elections.")
    assert _pairs(events, "11") == {("NOR", "BLR"), ("SWE", "BLR")}


def test_a_past_tense_the_parser_read_as_a_participle_of_a_verbless_sentence_is_its_main_verb():
    # the parser roots "Nigerian youths protested in Lagos ..." in the noun, with "protested" a participle on it
    found = _events("Nigerian youths protested in Lagos against police brutality.")
    assert {s for s, _ in _pairs(found, "14")} == {"NGA"}
    # a caption's participle of a transitive verb stays passive: the activists are not the ones arresting
    assert not _events("Three Belarusian activists arrested in Minsk.")
