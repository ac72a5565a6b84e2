"""Values that need the parse or the text's own dates: tense, anaphora, holidays, modifiers, extents."""

from __future__ import annotations

import pytest

from eventwire import Pipeline
from eventwire.ingest import article_from_text


@pytest.fixture(scope="module")
def timex_pipeline():
    return Pipeline(stages=("time.publication.v1", "time.timex.v1"))


def _timexes(pipeline, text, published):
    result = pipeline.process(article_from_text(text, published=published))
    return {t.text: (t.type, t.value) for t in result.timexes}


@pytest.mark.parametrize("text,published,expected", [
    # The tense of the clause chooses the year of a date without one.
    ("In April, the military removed the president.", "2019-11-29", {"April": ("DATE", "2019-04")}),
    ("The summit held in February failed.", "2019-12-18", {"February": ("DATE", "2019-02")}),
    ("Elections will be held in February.", "2019-12-18", {"February": ("DATE", "2020-02")}),
    ("The envoy arrived on Dec. 12 and left.", "2019-12-23", {"Dec. 12": ("DATE", "2019-12-12")}),
    ("Tests have continued since May.", "2019-12-18", {"May": ("DATE", "2019-05")}),
    ("Trump delayed the tariffs until April 2.", "2025-03-09", {"April 2": ("DATE", "2025-04-02")}),
    ("The court rules Wednesday on the appeal.", "2021-03-29", {"Wednesday": ("DATE", "2021-03-31")}),
    ("Protesters marched Thursday in the capital.", "2019-11-29", {"Thursday": ("DATE", "2019-11-28")}),
    # Sunday papers count the week ahead.
    ("Officials met last week.", "2024-06-30", {"last week": ("DATE", "2024-W26")}),
    # Anaphora counts from the last date named.
    ("The deportations took place on Feb. 27 and photos appeared the day after.", "2025-03-11",
     {"Feb. 27": ("DATE", "2025-02-27"), "the day after": ("DATE", "2025-02-28")}),
    ("Deaths rose in 2024 from the year before.", "2025-03-12", {"2024": ("DATE", "2024"),
                                                                  "the year before": ("DATE", "2023")}),
    # Holidays and named periods.
    ("The ceasefire will begin on Christmas Eve.", "2019-12-20", {"Christmas Eve": ("DATE", "2019-12-24")}),
    ("Shops closed over Easter.", "2021-04-10", {"Easter": ("DATE", "2021-04-04")}),
    ("Tourism may resume by early next month.", "2021-05-03", {"early next month": ("DATE", "2021-06")}),
    ("Sales fell at the end of last year.", "2024-06-10", {"the end of last year": ("DATE", "2023")}),
    # Modifiers are inside the extent, prepositions and "later" outside it.
    ("The insurgency has lasted for nearly two decades.", "2025-03-12",
     {"nearly two decades": ("DURATION", "P2DE")}),
    ("He spent more than 800 days in prison.", "2025-03-12", {"more than 800 days": ("DURATION", "P800D")}),
    ("Hours later, the rebels left.", "2020-01-27", {"Hours": ("DURATION", "PTXH")}),
    ("The dispute has festered for years.", "2021-04-02", {"years": ("DURATION", "PXY")}),
    ("Violence rose in recent months.", "2021-04-02", {"recent months": ("DURATION", "PXM")}),
    ("The operation lasted almost 30 hours.", "2025-03-12", {"almost 30 hours": ("DURATION", "PT30H")}),
    ("He spoke for five minutes.", "2025-03-12", {"five minutes": ("DURATION", "PT5M")}),
    ("Refugees first arrived nearly 30 years ago.", "2021-04-02", {"nearly 30 years ago": ("DATE", "1991")}),
    ("The turbines were installed more than a decade ago.", "2019-12-09",
     {"more than a decade ago": ("DATE", "2009")}),
    ("Gaming is limited to one hour per day.", "2025-03-14", {"one hour": ("DURATION", "PT1H"),
                                                             "per day": ("SET", "P1D")}),
    ("Residents hear gunfire at night.", "2021-03-19", {"night": ("TIME", "XXXX-XX-XXTNI")}),
    ("Reforms have stalled in recent years.", "2021-04-02", {"recent years": ("DURATION", "PXY")}),
    ("The region could face more unrest in the future.", "2021-04-02", {"the future": ("DATE", "FUTURE_REF")}),
])
def test_values(timex_pipeline, text, published, expected):
    assert _timexes(timex_pipeline, text, published) == expected


@pytest.mark.parametrize("text", [
    "Kim promised a Christmas gift to the United States.",
    "He founded the Apple Daily newspaper.",
    "She told ABC News' “This Week” program that talks failed.",
    "A second commission will investigate the escape.",
    "The operation was meant to last a few months.",
])
def test_not_these(timex_pipeline, text):
    got = _timexes(timex_pipeline, text, "2021-04-02")
    assert not any(k in got for k in ("Christmas", "Daily", "This Week", "A second", "last a few months")), got


@pytest.mark.parametrize("text,published,expected", [
    ("Revenue fell 12% from a year earlier.", "2023-10-20", {"a year earlier": ("DATE", "2022")}),
    ("The Senate passed the bill late Thursday.", "2024-03-15", {"late Thursday": ("DATE", "2024-03-14")}),
    ("Trading will resume at 9 a.m. Monday.", "2023-03-19", {"9 a.m. Monday": ("TIME", "2023-03-20T09:00")}),
    ("Residents were told last night to stay inside.", "2025-06-13", {"last night": ("TIME", "2025-06-12TNI")}),
    ("Delegates gather every four years.", "2024-06-01", {"every four years": ("SET", "P4Y")}),
    ("Inspectors visit twice a year.", "2024-06-01", {"twice a year": ("SET", "P1Y")}),
    ("No treaty since the 19th century has done so.", "2024-06-01", {"the 19th century": ("DATE", "18")}),
    ("She expects to rule before the summer.", "2024-03-01", {"the summer": ("DATE", "2024-SU")}),
    ("Classes end at the end of June.", "2021-03-01", {"the end of June": ("DATE", "2021-06")}),
    ("A deal could come in the near future.", "2022-03-15", {"the near future": ("DATE", "FUTURE_REF")}),
    ("Aftershocks rattled the region through the night.", "2023-02-06", {"the night": ("TIME", "2023-02-06TNI")}),
])
def test_timeml_conventions(timex_pipeline, text, published, expected):
    assert _timexes(timex_pipeline, text, published) == expected


@pytest.mark.parametrize("text", ['"March with us," union leader April Mensah told the crowd.',
                                  "The claim proceeds under Section 1983 of the law.",
                                  "The fall of the regime surprised everyone."])
def test_names_and_numbers_are_not_times(timex_pipeline, text):
    assert _timexes(timex_pipeline, text, "2021-04-02") == {}
