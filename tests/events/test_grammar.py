"""Grammar the coder handles, on sentences written by us."""

from __future__ import annotations

import eventwire


def _events(text, published="2021-08-13"):
    return eventwire.extract(text, published=published)


def test_negation_is_flagged():
    (e,) = [e for e in _events("Russia did not attack Georgia.") if e.cameo.root == "19"]
    assert e.negated and (e.source.code, e.target.code) == ("RUS", "GEO")


def test_reported_speech_has_attribution():
    events = _events("The Georgian Foreign Ministry said that Russian troops attacked Georgian villages.")
    (e,) = [e for e in events if e.cameo.root in {"18", "19"}]
    assert e.modality == "reported" and e.attribution.code == "GEOGOV"


def test_refusal_to_meet_is_a_rejection_not_a_meeting():
    events = _events("Georgia refused to meet Russian officials.")
    assert any(e.cameo.root == "12" for e in events) and not any(e.cameo.root == "04" for e in events)


def test_future_modality():
    (e,) = [e for e in _events("Georgia will visit Moscow next year.") if e.cameo.code.startswith("04")]
    assert e.modality == "future"


def test_coordinated_subjects_meet_reciprocally():
    events = [e for e in _events("Russia and Georgia met in Geneva.") if e.cameo.root == "04"]
    assert {(e.source.code, e.target.code) for e in events} == {("RUS", "GEO"), ("GEO", "RUS")}
