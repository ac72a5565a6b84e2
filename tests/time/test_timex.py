"""Time expressions on the seeds and on sentences of our own, with the numbers that are not dates."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.time import tag

from ..conftest import SPUTNIK, TASS, need_shared


def _values(text, anchor):
    return {t.text: (t.type, t.value, t.bound) for t in tag(text, anchor)}


def test_tass_time_expressions():
    got = _values(need_shared(TASS).read_text(), dt.date(2021, 8, 13))
    assert got["September 2, 2008"] == ("DATE", "2008-09-02", None)
    assert got["Last year"] == ("DATE", "2020", None)
    assert got["October 2020"] == ("DATE", "2020-10", None)
    assert got["March 2009"] == ("DATE", "2009-03", "since")
    assert got["2012"] == ("DATE", "2012", "since")
    assert got["Friday"] == ("DATE", "2021-08-13", None)
    assert not any("3.14" in t or "150" in t for t in got)


def test_sputnik_time_expressions():
    got = _values(need_shared(SPUTNIK).read_text(), dt.date(2018, 10, 29))
    assert got["the night of 8 August 2008"] == ("TIME", "2008-08-08TNI", None)
    assert got["August 26, 2008"][1] == "2008-08-26"
    assert got["2 December"] == ("DATE", "2018-12-02", "before")
    assert got["five days"] == ("DURATION", "P5D", "after")
    assert got["Monday"][1] == "2018-10-29" and got["Sunday"][1] == "2018-10-28"
    assert not any(t in got for t in ("25", "38.64%", "We"))


@pytest.mark.parametrize("text,value", [
    ("They met two weeks ago.", "2021-W30"),
    ("The talks resumed yesterday.", "2021-08-12"),
    ("Turnout fell earlier this month.", "2021-08"),
    ("Elections will be held next year.", "2022"),
    ("The country changed in the 1990s.", "199"),
    ("Inspectors visit every year.", "P1Y"),
    ("Talks will resume on Monday.", "2021-08-16"),
    ("The vote took place in March.", "2021-03"),
])
def test_relative_expressions(text, value):
    (t,) = tag(text, dt.date(2021, 8, 13))
    assert t.value == value


@pytest.mark.parametrize("text", ["The party won 3.14% of the vote.", "It has 150-seat chamber.",
                                  "We fought 25 candidates.", "About 2000 troops were sent."])
def test_numbers_are_not_dates(text):
    assert tag(text, dt.date(2021, 8, 13)) == []
