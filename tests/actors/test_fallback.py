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
