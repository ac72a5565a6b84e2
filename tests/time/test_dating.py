"""Event dates on text of our own: the clause's time, the clause holding it, narrative time, publication."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import date_within
from eventwire.ingest import article_from_text


def _dates(pipeline, text, published):
    result = pipeline.process(article_from_text(text, published=published))
    return {e.trigger.text: (e.date.value, e.date.basis) for e in result.events}


def test_conjoined_verbs_share_the_time(pipeline):
    got = _dates(pipeline, "In April, the Sudanese army arrested President Bashir and jailed him.", "2019-11-29")
    assert got["arrested"][0] == got["jailed"][0] == "2019-04"


def test_a_date_inside_a_relative_clause_does_not_date_the_main_clause(pipeline):
    got = _dates(pipeline, "Abkhazia hosted a delegation from Syria, which recognized its independence in 2018.",
                 "2021-08-13")
    assert got["hosted"] == ("2021-08-13", "publication")


def test_part_of_day_takes_the_day_named_next(pipeline):
    got = _dates(pipeline, "Russia and Georgia declared a ceasefire at midnight on Tuesday.", "2008-08-13")
    assert got["declared"][0] == "2008-08-12"


def test_background_year_does_not_carry_into_the_next_sentence(pipeline):
    got = _dates(pipeline, "In 2019, the Nigerian government banned the opposition party. "
                           "Nigerian students criticized the government.", "2025-03-12")
    assert got["banned"][0] == "2019" and got["criticized"] == ("2025-03-12", "publication")


def test_past_tense_sentences_take_the_day_of_the_lead(pipeline):
    text = ("Separatist militants attacked a train in Balochistan on Tuesday, officials said. "
            "The attackers opened fire on the passengers. Soldiers killed 33 militants.")
    got = _dates(pipeline, text, "2025-03-13")
    assert got["killed"] == ("2025-03-11", "narrative")


def test_the_future_is_not_background(pipeline):
    result = pipeline.process(article_from_text("Russia will hold talks with Georgia next year.",
                                                published="2021-08-13"))
    assert all(not e.background for e in result.events)


@pytest.mark.parametrize("value,gold,right", [
    ("2025-03-13", "2025-03", True), ("2025-03-13", "2025", True), ("2025-W11", "2025-03", True),
    ("2025", "2025-03-13", False), ("2025-02-27", "2025-03", False), ("2008-08-08", "2008-08-08", True),
    (None, "2008", False),
])
def test_dates_are_judged_at_the_gold_precision(value, gold, right):
    assert date_within(value, gold) is right


def test_a_conjunct_shares_the_perfect_of_its_first_verb(pipeline):
    got = _dates(pipeline, "A court in Zimbabwe jailed a reporter on Wednesday. Rights groups have condemned "
                           "the ruling and urged the government to free him.", "2025-03-14")
    assert got["urged"] == ("2025-03-14", "publication")


def test_a_time_said_to_lie_ahead_does_not_carry(pipeline):
    got = _dates(pipeline, "Trump raised tariffs on Canadian steel on Tuesday. He said the new tariffs would take "
                           "effect on Thursday. Trump also threatened Mexico with tariffs.", "2025-03-12")
    assert got["threatened"][0] == "2025-03-11"


def test_a_month_named_just_before_carries(pipeline):
    got = _dates(pipeline, "In early February, Chad expelled French troops. "
                           "The Chadian government accused Paris of meddling.", "2025-03-12")
    assert got["accused"] == ("2025-02", "narrative")


def test_a_noun_event_takes_the_date_that_modifies_it(pipeline):
    got = _dates(pipeline, "Egypt on Monday condemned Sunday's bombing of the hospital by Israel.", "2023-10-17")
    assert got["condemned"][0] == "2023-10-16" and got["bombing"][0] == "2023-10-15"


def test_a_date_of_a_noun_in_a_leading_phrase_does_not_date_the_clause(pipeline):
    got = _dates(pipeline, "Before the vote this month, the Japanese premier visited Taiwan in August.", "2024-10-04")
    assert got["visited"][0] == "2024-08"
