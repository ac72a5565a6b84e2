"""Arguments across relative clauses, free relatives, companions and state verbs (arguments.py), on sentences
written by us."""

from __future__ import annotations

from .helpers import events as _events, pairs as _pairs


def test_a_stranded_preposition_governs_the_noun_the_clause_hangs_on():
    events = _events("Britain criticized the treaty, which Iran pulled out of in 2019.")
    assert ("IRN", None) in _pairs(events, "12")


def test_a_zero_relative_with_a_stranded_preposition():
    events = _events("Britain praised the accord Tehran withdrew from.")
    assert ("IRN", None) in _pairs(events, "12")


def test_a_fronted_preposition_with_which_governs_the_noun():
    events = _events("Britain praised the treaty from which Iran withdrew last year.")
    assert ("IRN", None) in _pairs(events, "12")


def test_a_relative_pronoun_object_is_the_noun_the_clause_hangs_on():
    events = _events("Britain condemned the sanctions that Russia imposed on Georgia.")
    assert ("RUS", "GEO") in _pairs(events, "16")


def test_a_zero_relative_object_keeps_the_clauses_preposition():
    events = _events("Britain praised the agreement Iran signed with Russia.")
    assert ("IRN", "RUS") in _pairs(events, "05")


def test_which_after_a_date_stands_for_the_clause_not_the_date():
    events = _events("Japan sent vaccines to Vietnam in March, which Hanoi described as a gesture of friendship.")
    assert ("VNM", None) in _pairs(events, "05")


def test_a_free_relative_object_names_its_thing_in_its_own_clause():
    events = _events("Beijing imposed what it called countermeasures on Lithuania.")
    assert ("CHN", "LTU") in _pairs(events, "16")
    events = _events("Moscow imposed what officials described as sanctions on Tbilisi.")
    assert ("RUS", "GEO") in _pairs(events, "16")


def test_a_place_hung_on_an_adverb_is_the_verbs():
    events = _events("A Kenyan court sent the opposition activist back to prison on Monday.")
    assert _pairs(events, "17") == {("KEN", "KEN")}


def test_companions_hung_on_the_verb_act_too():
    events = _events("Japan, along with South Korea and Australia, called an emergency meeting of the U.N. "
                     "Security Council.")
    assert {s for s, _ in _pairs(events, "02")} == {"JPN", "KOR", "AUS"}
    events = _events("France, together with Germany, condemned the Russian strikes on Ukraine.")
    assert {s for s, _ in _pairs(events, "11")} == {"FRA", "DEU"}


def test_companions_after_the_verb_are_not_its_subject():
    events = _events("The EU sanctioned Russia along with Belarus.")
    assert "BLR" not in {s for s, _ in _pairs(events, "16")}


def test_the_subject_of_a_state_undergoes_it(tmp_path, pipeline):
    from eventwire.events import EventStage
    from eventwire.ingest import article_from_text
    from eventwire.settings import Settings

    path = tmp_path / "states.tsv"
    path.write_text("lemma\tobject\tprep\tcode\tid\nremain in\tdetention\t-\t173\tmine.remain_in\n"
                    "be in\tdetention\t-\t173\tmine.be_in\n", encoding="utf-8")
    stage = EventStage(pipeline.nlp, Settings(patterns=[str(path)]))

    def coded(text):
        result = pipeline.pipe([article_from_text(text, published="2021-08-13")], keep_doc=True)
        return [(e.cameo.code, e.source and e.source.code, e.target and e.target.code)
                for e in stage(next(iter(result))).events]

    assert ("173", None, "KENHRI") in coded("The Kenyan activist remains in detention.")
    assert ("173", None, "KENHRI") in coded("The Kenyan activist has been in detention since May.")
    # a state the subject takes part in is no state it undergoes
    assert ("046", "RUS", "UKR") in coded("Russia has been in talks with Ukraine since May.")
