"""Publication dates from datelines, captions and weekdays."""

from __future__ import annotations


def test_tass_year_is_fixed_by_friday_and_2020(seed_results):
    a = seed_results["tass"].article
    assert (a.published, a.published_basis, a.published_uncertain) == ("2021-08-13", "dateline", False)


def test_sputnik_caption_sunday_then_monday(seed_results):
    a = seed_results["sputnik"].article
    assert (a.published, a.published_basis) == ("2018-10-29", "weekday+context")


def test_dateline_without_any_year_evidence_is_uncertain():
    from eventwire.ingest import article_from_text
    from eventwire.time import find_timexes, infer_publication

    text = "TBILISI, March 3. /TASS/. Georgia's parliament met to discuss the budget."
    article = article_from_text(text)
    pub = infer_publication(text, article.dateline_date, find_timexes(text))
    assert pub.uncertain and pub.value.endswith("-03-03")
