"""timeline, compare-sources, actors-top, dyads-top, export and migrate, run in-process on the seeds."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.export.gdelt import EVENT_COLUMNS, MENTION_COLUMNS

from ..conftest import SEEDS, need_shared
from ..store.v1_store import write_v1


def run(*args):
    return CliRunner().invoke(cli, list(args), obj={}, catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "seeds.duckdb")
    res = run("ingest", str(need_shared(SEEDS)), "--db", path)
    assert res.exit_code == 0 and "new events" in res.stderr
    return path


def test_timeline_json_and_plot(db, tmp_path):
    res = run("timeline", "RUS", "GEO", "--db", db, "--by", "year", "--by-published", "--format", "json")
    rows = {r["period"]: r for r in json.loads(res.stdout)}
    assert rows["2008"]["material_conflict"] >= 1 and rows["2008"]["reported"] == 0
    assert rows["2021"]["reported"] > rows["2021"]["events"]                 # reported when published, not when done
    plot = tmp_path / "rel.png"
    res = run("timeline", "RUS", "GEO", "--db", db, "--since", "2008", "--until", "2012", "--plot", str(plot))
    assert res.exit_code == 0 and plot.stat().st_size > 20_000 and "left out" in res.stderr
    assert "2008-08" in res.stdout and "2012-12" in res.stdout


def test_compare_sources_and_rankings(db):
    res = run("compare-sources", "--db", db, "--format", "jsonl")
    outlets = {json.loads(line)["outlet"]: json.loads(line) for line in res.stdout.splitlines()}
    assert set(outlets) == {"TASS", "Sputnik"} and outlets["Sputnik"]["roots"]["19"] >= 1
    table = run("compare-sources", "--db", db, "--dyad", "RUS,GEO")
    assert "Events only one outlet reports" in table.stdout and "TASS" in table.stdout
    only = run("compare-sources", "--db", db, "--exclusive", "--format", "csv")
    assert {r["outlet"] for r in csv.DictReader(io.StringIO(only.stdout))} == {"TASS", "Sputnik"}
    actors = list(csv.DictReader(io.StringIO(run("actors-top", "--db", db, "--limit", "3", "--format", "csv").stdout)))
    assert len(actors) == 3 and int(actors[0]["events"]) >= int(actors[2]["events"])
    dyads = json.loads(run("dyads-top", "--db", db, "--level", "country", "--format", "json").stdout)
    assert (dyads[0]["actor_a"], dyads[0]["actor_b"]) == ("GEO", "RUS")


def test_export_formats_read_back(db, tmp_path):
    with duckdb.connect(db, read_only=True) as con:
        n_events, n_mentions = con.execute("SELECT (SELECT count(*) FROM events), "
                                           "(SELECT count(*) FROM event_mentions)").fetchone()
    out = {}
    for fmt in ("parquet", "csv", "jsonl", "gdelt"):
        for kind in ("events", "mentions"):
            path = str(tmp_path / f"{kind}.{fmt}")
            res = run("export", "--format", fmt, f"--{kind}", "-o", path, "--db", db)
            assert res.exit_code == 0 and f"{n_events if kind == 'events' else n_mentions} {kind}" in res.stderr
            out[fmt, kind] = path
    with duckdb.connect() as con:
        parquet = f"read_parquet('{out['parquet', 'events']}')"
        count, linked, distinct = con.execute(f"SELECT count(*), sum(len(mention_ids)), "
                                              f"count(DISTINCT event_id) FROM {parquet}").fetchone()
    assert count == distinct == n_events and linked == n_mentions            # every mention linked once
    lines = [json.loads(line) for line in open(out["jsonl", "mentions"], encoding="utf-8")]
    assert len(lines) == n_mentions and all(m["event_id"] for m in lines) and "sentence_text" in lines[0]
    assert len(list(csv.DictReader(open(out["csv", "events"], encoding="utf-8")))) == n_events
    gdelt = [line.rstrip("\n").split("\t") for line in open(out["gdelt", "events"], encoding="utf-8")]
    assert len(gdelt) == n_events and {len(r) for r in gdelt} == {len(EVENT_COLUMNS)} == {61}
    recognition = [r for r in gdelt if r[EVENT_COLUMNS.index("EventCode")] == "054"
                   and r[EVENT_COLUMNS.index("NumSources")] == "2"]
    assert {r[EVENT_COLUMNS.index("SQLDATE")] for r in recognition} == {"20080826"}
    assert {r[EVENT_COLUMNS.index("Actor1Type1Code")] for r in recognition} == {"GOV"}
    mentions = [line.rstrip("\n").split("\t") for line in open(out["gdelt", "mentions"], encoding="utf-8")]
    assert len(mentions) == n_mentions and {len(r) for r in mentions} == {len(MENTION_COLUMNS)} == {16}


def test_migrate_command_and_errors(tmp_path, seed_results):
    old = str(tmp_path / "v1.duckdb")
    write_v1(old, [seed_results["tass"]])
    refused = CliRunner().invoke(cli, ["timeline", "RUS", "GEO", "--db", old], obj={})
    assert refused.exit_code == 2 and "E407" in refused.stderr and "Traceback" not in refused.stderr
    res = run("migrate", "--db", old)
    assert res.exit_code == 0 and "schema version 2" in res.stderr
    assert run("timeline", "RUS", "GEO", "--db", old, "--by", "year").exit_code == 0
    bad = CliRunner().invoke(cli, ["timeline", "RUS", "GEO", "--db", old, "--since", "2008-13"], obj={})
    assert bad.exit_code == 2 and "E151" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    bad = CliRunner().invoke(cli, ["compare-sources", "--db", old, "--dyad", "RUS"], obj={})
    assert bad.exit_code == 2 and "E152" in bad.stderr
