"""Whose a role noun with no country of its own is: the federal state, the other party, a relative's name."""

from __future__ import annotations

from eventwire.ingest import article_from_text


def _code_of(pipeline, text, word, published="2025-03-12"):
    res = pipeline.process(article_from_text(text, published=published))
    at = text.index(word)
    found = [m for m in res.actors if m.start < at + len(word) and at < m.end]
    return found[0].code if found else None


def test_a_federal_prosecutor_in_a_new_york_trial_of_an_iranian_plot(pipeline):
    text = ("Iran plotted the murder of a journalist, prosecutors in the United States say. Iran denies it. "
            "Iran's Foreign Ministry did not reply. During opening statements, federal prosecutor Jacob Gutwillig "
            "said Tehran offered to pay the defendants.")
    assert _code_of(pipeline, text, "prosecutor Jacob") == "USAJUD"


def test_rebels_a_state_aids_are_the_other_country_the_sentence_names(pipeline):
    text = "Paris was accused of aiding rebels fighting then-president, Laurent Gbagbo."
    assert _code_of(pipeline, text, "rebels", published="2021-03-29") == "CIVREB"


def test_a_name_in_the_of_complement_of_a_relative_is_not_the_relative(pipeline):
    text = ("The son of imprisoned publisher Jimmy Lai this week brought his campaign to Washington. "
            "Lai, the founder of a newspaper in Hong Kong, is accused of collusion.")
    res = pipeline.process(article_from_text(text, published="2025-03-13"))
    at = text.index("Lai,")
    lai = [m for m in res.actors if m.start <= at < m.end]
    assert not lai or lai[0].code != "USACVL"


def test_china_s_vice_foreign_minister_by_name(pipeline):
    text = ("It will be chaired by Executive Vice Foreign Minister Ma Zhaoxu, and Iranian Deputy Foreign Minister "
            "Kazem Gharibabadi is expected to attend.")
    assert _code_of(pipeline, text, "Ma Zhaoxu") == "CHNGOV"


def test_a_nationality_said_of_a_person_is_not_the_sentence_s_country(pipeline):
    text = ("The trial in New York continued. Jurors in New York heard from a witness in Brooklyn. "
            "Mehdiyev, who is Azerbaijani, said he is cooperating with prosecutors.")
    assert _code_of(pipeline, text, "prosecutors") != "AZEJUD"


def test_a_court_takes_the_country_of_the_places_of_the_trial(pipeline):
    text = ("A member of a Russian crime group told a court in New York that he tried to kill a journalist in "
            "Brooklyn. The trial in New York City of his associates goes on. Iran denies any role.")
    assert _code_of(pipeline, text, "court") == "USAJUD"


def test_then_president_is_the_office_held_then(pipeline):
    text = "Paris was accused of aiding rebels fighting then-president, Laurent Gbagbo."
    assert _code_of(pipeline, text, "Laurent Gbagbo", published="2021-03-29") == "CIVGOV"
    text = "Gbagbo, the former president, spoke."
    assert _code_of(pipeline, text, "Gbagbo", published="2021-03-29") == "CIVELI"


def test_a_suspended_hyphen_country_adjective_is_a_country_word(pipeline):
    from eventwire.actors import ActorStage
    from eventwire.settings import Settings
    stage = ActorStage(pipeline.nlp, Settings())
    doc = pipeline.nlp("Trump exempted Mexican- and Canadian-made vehicles.")
    stage.resolver.resolve(doc, "2025-03-10")
    found = {(doc[m.start:m.end].text, m.entry.code) for m in stage.resolver.raw_matches}
    assert ("Mexican-", "MEX") in found
