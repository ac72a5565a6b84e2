"""Timeline, outlets compared and rankings on a store of the corpus where several outlets tell the same events."""

from __future__ import annotations

import pytest

from eventwire.analysis import actors_top, compare_sources, dyads_top, exclusive_events, timeline, write_plot
from eventwire.errors import ConfigError
from eventwire.store import Store

from ..fuse import corpus


@pytest.fixture
def store(tmp_path, pipeline):
    with Store(str(tmp_path / "told.duckdb")) as s:
        s.ingest(corpus.results(pipeline, with_copy=True))
        yield s


def _goldstein(store, month: str) -> float:
    rows = store.con.execute("SELECT goldstein FROM events WHERE strftime(event_date, '%Y-%m') = ? AND "
                             "source_country IN ('RUS', 'GEO') AND target_country IN ('RUS', 'GEO')",
                             [month]).fetchall()
    return round(sum(g for (g,) in rows), 1)


def test_timeline_by_month_counts_fused_events(store):
    tl = timeline(store.con, "RUS", "GEO", by="month")
    rows = {r["period"]: r for r in tl.rows}
    assert list(rows) == ["2023-03", "2023-04", "2023-05", "2023-06"]          # quiet months are zeros
    march, june = rows["2023-03"], rows["2023-06"]
    # March: one meeting told by four articles (and a copy) and one criticism; June: a meeting and the agreement.
    assert (march["events"], march["verbal_coop"], march["verbal_conflict"]) == (2, 1, 1)
    assert march["coop_conflict_index"] == 0.0 and march["goldstein_sum"] == _goldstein(store, "2023-03")
    assert (june["events"], june["verbal_coop"], june["coop_conflict_index"]) == (2, 2, 1.0)
    assert june["goldstein_mean"] == round(_goldstein(store, "2023-06") / 2, 2)
    assert rows["2023-04"]["events"] == 0 and rows["2023-04"]["coop_conflict_index"] is None
    assert tl.too_coarse == 0


def test_timeline_by_publication_date_is_the_gdelt_view(store):
    tl = timeline(store.con, "GEO", "RUS", by="quarter", by_published=True)
    rows = {r["period"]: r for r in tl.rows}
    q1, q2 = rows["2023-Q1"], rows["2023-Q2"]
    assert (q1["events"], q2["events"]) == (2, 2)
    # Reported: the meeting by four articles, the criticism by one, and June's agreement, announced in March.
    assert (q1["reported"], q1["reported_coop"], q1["reported_conflict"]) == (6, 5, 1)
    assert q2["reported"] == 1


def test_timeline_leaves_out_events_too_coarse_for_the_period(seed_results, tmp_path):
    with Store(str(tmp_path / "seeds.duckdb")) as s:
        s.ingest([seed_results["tass"], seed_results["sputnik"]])
        monthly = timeline(s.con, "RUS", "GEO", by="month", since="2008-01-01", until="2013-12-31")
        yearly = timeline(s.con, "RUS", "GEO", by="year", since="2008-01-01", until="2013-12-31")
    assert monthly.too_coarse >= 1 and len(monthly.rows) == 72
    assert sum(r["events"] for r in yearly.rows) == sum(r["events"] for r in monthly.rows) + monthly.too_coarse


def test_compare_sources_and_exclusive_events(store):
    outlets = {r["outlet"]: r for r in compare_sources(store.con)}
    assert set(outlets) == {"Agency One", "Daily Two", "Wire Three"}          # the reprint is a copy
    one = outlets["Agency One"]
    assert (one["events"], one["exclusive"], one["roots"]) == (4, 3, {"04": 2, "11": 2})
    assert outlets["Wire Three"]["exclusive"] == 0 and outlets["Daily Two"]["events"] == 3
    assert all(0 <= r["background_share"] <= 1 for r in outlets.values())
    only = exclusive_events(store.con, ("RUS", "GEO"))
    assert {(r["outlet"], r["cameo_code"]) for r in only} == {("Agency One", "111"), ("Daily Two", "057"),
                                                              ("Daily Two", "044")}
    dyad = {r["outlet"]: r for r in compare_sources(store.con, ("GEO", "RUS"))}
    assert dyad["Agency One"]["roots"] == {"04": 1, "11": 1}


def test_actors_and_dyads_ranked(store):
    top = actors_top(store.con, level="country", limit=2)
    assert [(r["actor"], r["events"]) for r in top] == [("GEO", 5), ("RUS", 4)]
    pairs = dyads_top(store.con, level="country")
    assert (pairs[0]["actor_a"], pairs[0]["actor_b"], pairs[0]["events"]) == ("GEO", "RUS", 4)
    assert {(p["actor_a"], p["actor_b"]) for p in pairs} == {("GEO", "RUS"), ("ARM", "GEO"), ("GRC", "TUR")}
    march_only = actors_top(store.con, since="2023-03-01", until="2023-03-31", level="country")
    assert {r["actor"]: r["events"] for r in march_only}["GEO"] == 3


def test_plots_are_real_files(store, tmp_path):
    tl = timeline(store.con, "RUS", "GEO", by="month", by_published=True)
    png = write_plot(tl, str(tmp_path / "t.png"))
    data = open(png, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    page = open(write_plot(tl, str(tmp_path / "t.html")), encoding="utf-8").read()
    assert page.count("<svg") == 1 and "http" not in page.replace("http://www.w3.org/2000/svg", "")
    assert page.count("<rect") >= 6 and "2023-03" in page and "<table>" in page
    with pytest.raises(ConfigError, match="E150"):
        write_plot(tl, str(tmp_path / "t.pdf"))
