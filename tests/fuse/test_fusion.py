"""Fusion on the seeds and on a corpus where several outlets tell the same events: what should merge merges,
and a different month, different actors or a different code keep events apart."""

from __future__ import annotations

import pytest

from eventwire.store import Store

from . import corpus


def _events(store, **where) -> list[dict]:
    rows = store.fused_events()
    return [r for r in rows if all(r[k] == v for k, v in where.items())]


@pytest.fixture
def seeds_store(tmp_path, seed_results):
    with Store(str(tmp_path / "seeds.duckdb")) as store:
        store.ingest([seed_results["tass"], seed_results["sputnik"]])
        yield store


@pytest.fixture
def told_store(tmp_path, pipeline):
    with Store(str(tmp_path / "told.duckdb")) as store:
        store.ingest(corpus.results(pipeline))
        yield store


def test_seeds_recognition_of_each_republic_is_one_event_with_two_sources(seeds_store, seed_results):
    for republic in ("ABK", "SOS"):
        (e,) = _events(seeds_store, source_code="RUSGOV", cameo_code="054", target_code=republic)
        assert (e["num_sources"], e["num_articles"], e["num_mentions"]) == (2, 2, 2)
        assert e["date_value"] == "2008-08-26"            # Sputnik's exact date refines TASS's "before 2 September"
        assert (e["first_reported"], e["last_reported"]) == ("2018-10-29", "2021-08-13")
        told = {m.event_id for r in seed_results.values() for m in r.events
                if m.cameo.code == "054" and m.target and m.target.code == republic and m.date.value[:4] == "2008"}
        assert {m["mention_id"] for m in e["mentions"]} == told and len(told) == 2


def test_seeds_break_of_ties_is_one_event(seeds_store):
    # Sputnik's "Relations between the two countries were severed" is told both ways (GEO->RUS and RUS->GEO)
    (e,) = _events(seeds_store, cameo_code="161", source_code="GEO")
    assert (e["source_code"], e["target_code"], e["date_value"]) == ("GEO", "RUS", "2008-09-02")


def test_seeds_break_of_ties_has_two_sources(seeds_store):
    (e,) = _events(seeds_store, cameo_code="161", source_code="GEO")
    assert e["num_sources"] == 2


def test_seeds_meetings_of_other_years_stay_apart(seeds_store):
    # TASS: the 2012 Karasin–Abashidze channel; Sputnik: Geneva talks after October 2012; TASS: 2021 visit.
    meetings = [e for e in seeds_store.fused_events() if e["cameo_code"].startswith("04")]
    assert len({e["date_value"][:4] for e in meetings}) >= 3
    assert all(e["num_sources"] == 1 for e in meetings)


def test_one_meeting_told_by_three_outlets_is_one_event(told_store):
    march = _events(told_store, event_date="2023-03-14", cameo_code="044")
    (meeting,) = [e for e in march if {e["source_code"][:3], e["target_code"][:3]} == {"RUS", "GEO"}]
    assert (meeting["num_articles"], meeting["num_sources"]) == (4, 3)
    articles = {m["article_id"] for m in meeting["mentions"]}
    assert articles == {"one-0315", "two-0316", "three-0314", "three-0315"}
    assert meeting["num_mentions"] == len(meeting["mentions"])          # both readings of "A and B met", and talks
    assert (meeting["first_reported"], meeting["last_reported"]) == ("2023-03-14", "2023-03-16")


def test_another_month_other_actors_or_another_code_stay_apart(told_store):
    events = told_store.fused_events()
    june = [e for e in events if e["date_value"] == "2023-06-20"]
    assert len(june) == 1 and june[0]["num_articles"] == 1              # a second meeting, three months later
    armenia = [e for e in events if "ARM" in (e["source_code"][:3], e["target_code"][:3])]
    assert len(armenia) == 1 and armenia[0]["num_articles"] == 1        # same day, same place, other actors
    roots = {e["cameo_code"][:2] for e in events if e["event_date"] == "2023-03-14"
             and {e["source_code"][:3], e["target_code"][:3]} == {"RUS", "GEO"}}
    assert roots == {"04", "11"}                                        # the criticism is not the meeting
    (agreement,) = [e for e in events if e["cameo_code"] == "057"]
    assert agreement["num_mentions"] == 2 and agreement["num_articles"] == 1   # "Russia and Georgia signed"
    assert len(events) == 6


def _partition(store) -> set:
    return {frozenset(m["mention_id"] for m in e["mentions"]) for e in store.fused_events()}


def test_fusion_is_incremental(tmp_path, pipeline, told_store):
    results = corpus.results(pipeline)
    with Store(str(tmp_path / "two-batches.duckdb")) as store:
        first = store.ingest(results[:2])
        second = store.ingest(results[2:])
        assert second.merged > 0 and first.new_events + second.new_events == len(store.fused_events())
        assert _partition(store) == _partition(told_store)


def test_replaced_article_is_fused_again(told_store, pipeline):
    edited = corpus.article("three-0314", "2023-03-14", "Wire Three", "Russia criticized Georgia on Tuesday.")
    counts = told_store.ingest([pipeline.process(edited)])
    assert counts.replaced == 1
    (meeting,) = [e for e in _events(told_store, event_date="2023-03-14", cameo_code="044")
                  if "ARM" not in (e["source_code"][:3], e["target_code"][:3])]
    assert meeting["num_articles"] == 3
    (criticism,) = _events(told_store, cameo_code="111")
    assert criticism["num_sources"] == 2 and criticism["num_articles"] == 2


def test_syndicated_copy_is_linked_and_not_counted_twice(tmp_path, pipeline, told_store):
    with Store(str(tmp_path / "copy.duckdb")) as store:
        counts = store.ingest(corpus.results(pipeline, with_copy=True))
        assert counts.duplicates == 1
        dup, sim = store.con.execute("SELECT duplicate_of, similarity FROM articles WHERE id = ?",
                                     [corpus.COPY[0]]).fetchone()
        assert dup == "one-0315" and sim >= 0.7
        with_copy = {e["event_id"]: e for e in store.fused_events()}
    alone = {e["event_id"]: e for e in told_store.fused_events()}
    assert set(with_copy) == set(alone)
    for eid, e in alone.items():
        c = with_copy[eid]
        assert (c["num_mentions"], c["num_articles"], c["num_sources"]) == (
            e["num_mentions"], e["num_articles"], e["num_sources"])
        assert len(c["mentions"]) == len(e["mentions"]) + c["num_copies"]
    assert sum(e["num_copies"] for e in with_copy.values()) == len(
        [m for m in corpus.results(pipeline, with_copy=True)[-1].events])
