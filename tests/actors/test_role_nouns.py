"""Role nouns and phrases that name actors the resolver used to leave out: guards, jurors, patrols, relatives,
commenters and nationals; "the three military-led nations"; a body that asks ("ignored VOA requests"); "the
Chinese side"; "a Briton"; international bodies in a coordination. Sentences written by the eventwire team."""

from __future__ import annotations

import eventwire
from eventwire.ingest import article_from_text


def _codes_at(pipeline, text, words, published="2024-06-01"):
    at = text.index(words)
    actors = pipeline.process(article_from_text(text, published=published)).actors
    return sorted(m.code for m in actors if m.start < at + len(words) and at < m.end)


def test_guards_jurors_and_patrols(pipeline):
    text = ("LAGOS — Nigerian police said prison guards beat two inmates. A police patrol was ambushed near "
            "the market, and jurors heard the case on Monday.")
    assert _codes_at(pipeline, text, "prison guards") == ["NGACOP"]
    assert _codes_at(pipeline, text, "police patrol") == ["NGACOP"]
    assert _codes_at(pipeline, text, "jurors") == ["NGAJUD"]
    assert _codes_at(pipeline, "The Revolutionary Guards fired missiles.", "Revolutionary Guards") == ["IRNMIL"]


def test_relatives_commenters_and_nationals(pipeline):
    text = ("ISLAMABAD — Police in Pakistan detained two Chinese nationals. The relatives of the victims "
            "protested, and some commenters online praised the arrests.")
    assert _codes_at(pipeline, text, "Chinese nationals") == ["CHNCVL"]
    assert _codes_at(pipeline, text, "relatives") == ["PAKCVL"]
    assert _codes_at(pipeline, text, "commenters") == ["PAKCVL"]


def test_one_person_named_by_a_demonym(pipeline):
    text = "A Briton was kidnapped in Mali on Friday."
    assert _codes_at(pipeline, text, "Briton") == ["GBRCVL"]


def test_a_group_anaphor_with_a_modifier(pipeline):
    text = ("Mali, Burkina Faso and Niger quit the bloc last year. The three military-led nations accused it "
            "of serving foreign interests.")
    assert _codes_at(pipeline, text, "The three military-led nations") == ["BFA", "MLI", "NER"]


def test_a_group_anaphor_outranks_an_earlier_head_noun(pipeline):
    text = ("The Kenyan and Somali governments signed a border deal. The two governments have not said when "
            "it takes effect.")
    assert _codes_at(pipeline, text, "The two governments") == ["KENGOV", "SOMGOV"]


def test_a_body_that_asks_is_an_actor(pipeline):
    text = "Ugandan officials ignored VOA requests for comment."
    assert _codes_at(pipeline, text, "VOA") == ["USAMED"]
    assert _codes_at(pipeline, "Censors blocked the VOA website.", "VOA") == []


def test_a_countrys_side_in_talks(pipeline):
    text = "The Chinese side rejected the offer. Troops crossed to the Syrian side of the border."
    assert _codes_at(pipeline, text, "Chinese side") == ["CHNGOV"]
    assert _codes_at(pipeline, text, "Syrian side") == []


def test_international_body_in_a_coordination(pipeline):
    text = ("HARARE — A reporter was arrested on Monday. International and local human rights organizations "
            "condemned the arrest, while Zimbabwean rights organizations stayed silent.")
    assert _codes_at(pipeline, text, "local human rights organizations") == ["NGO"]
    assert _codes_at(pipeline, text, "Zimbabwean rights organizations") == ["ZWEHRI"]


def test_a_body_named_by_its_head_and_topic_complement(pipeline):
    text = ("WASHINGTON — Ana Ruiz, director of the Council for Human Rights in Peru, urged Congress to act. "
            "The Society of Friends met on Sunday.")
    assert _codes_at(pipeline, text, "Council for Human Rights") == ["PERHRI"]
    assert _codes_at(pipeline, text, "Society of Friends") == []


def test_rioters_are_civilians_of_their_place():
    events = eventwire.extract("Rioters clashed with police in Paris.", published="2023-07-01")
    assert {(e.source.code, e.target.code) for e in events} == {("FRACVL", "FRACOP")}
