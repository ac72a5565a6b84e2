"""The fusion rules one by one: dates at their precisions, codes and sub-codes, actors, places, polarity."""

from __future__ import annotations

import datetime as dt

from eventwire.fuse.rules import (BOUND_HORIZON_DAYS, actors_compatible, block_key, codes_compatible, date_interval,
                                  is_reciprocal, modality_class, more_specific_code, places_compatible)

D = dt.date


def test_dates_widen_by_precision_and_bound():
    pub = D(2021, 8, 13)
    assert date_interval("2008-08-26", "day", "explicit", None, pub) == (D(2008, 8, 25), D(2008, 8, 27))
    assert date_interval("2020-10", "month", "explicit", None, pub) == (D(2020, 10, 1), D(2020, 10, 31))
    assert date_interval("2012", "year", "explicit", None, pub) == (D(2012, 1, 1), D(2012, 12, 31))
    start, end = date_interval("2008-09-02", "day", "explicit", "before", pub)
    assert end == D(2008, 9, 3) and (D(2008, 9, 2) - start).days == BOUND_HORIZON_DAYS + 1
    assert date_interval(None, "day", "unknown", None, None) == (None, None)
    start, end = date_interval("2021-08-13", "day", "publication", None, pub)
    assert end == pub and start < pub


def test_codes_sub_codes_and_encounters():
    assert codes_compatible("040", "042") and codes_compatible("084", "0842") and codes_compatible("190", "193")
    assert codes_compatible("044", "046")                      # a meeting and talks on one day: one encounter
    assert not codes_compatible("051", "054")                  # praise and recognition are two acts
    assert not codes_compatible("041", "044") and not codes_compatible("111", "112")
    assert more_specific_code("040", "043") == "043" and more_specific_code("0842", "084") == "0842"
    assert is_reciprocal("044") and is_reciprocal("057") and not is_reciprocal("042") and not is_reciprocal("190")


def test_actors_places_polarity_and_blocks():
    assert actors_compatible("RUS", "RUSGOV") and actors_compatible(None, None)
    assert not actors_compatible("GEOGOV", "GEOOPP") and not actors_compatible("RUS", None)
    tbilisi, batumi, moscow = ("GEO", 41.7, 44.8), ("GEO", 41.6, 41.6), ("RUS", 55.8, 37.6)
    assert places_compatible(tbilisi, batumi) and places_compatible(None, moscow)
    assert not places_compatible(tbilisi, moscow)
    assert modality_class(False, "reported") == modality_class(False, "asserted") == "factual"
    assert modality_class(True, "asserted") == "negated" and modality_class(False, "intended") == "intended"
    assert block_key("04", "RUSGOV", "RUS", "GEO", "GEO") == block_key("04", "GEO", "GEO", "RUS", "RUS")
