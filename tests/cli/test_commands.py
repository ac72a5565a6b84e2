"""The command line, run in-process on the seeds, the bundled examples and bad input."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import cli

from ..conftest import SEEDS, need_shared


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, obj={}, catch_exceptions=False)


def test_extract_seeds_streams_jsonl_with_summary():
    res = run("extract", str(need_shared(SEEDS)))
    assert res.exit_code == 0
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(events) >= 13
    assert {e["article"]["id"] for e in events} == {"000_35ed4c8641d79165", "003_8ded52bee485b83b"}
    assert "2 articles" in res.stderr and "0 errors" in res.stderr


def test_extract_bad_input_names_file_and_line_and_exits_non_zero(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "Russia attacked Georgia."}\n{oops\n')
    (tmp_path / "empty.txt").write_text("")
    res = run("extract", str(tmp_path), "--published", "2008-08-09")
    assert res.exit_code == 1
    assert "bad.jsonl:2" in res.stderr and "empty.txt" in res.stderr
    assert "1 articles" in res.stderr and "2 errors" in res.stderr
    (event,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert event["cameo"]["root"] == "19" and event["source"]["code"] == "RUS"


def test_ingest_twice_changes_nothing_and_events_query(tmp_path):
    db = str(tmp_path / "ew.duckdb")
    first = run("ingest", str(need_shared(SEEDS)), "--db", db)
    assert first.exit_code == 0 and "2 added" in first.stderr
    again = run("ingest", str(need_shared(SEEDS)), "--db", db)
    assert "0 added" in again.stderr and "2 unchanged" in again.stderr
    from eventwire.store import Store

    with Store(db, read_only=True) as store:
        counts = store.counts()
    assert counts["articles"] == 2 and counts["events"] >= 13
    res = run("events", "--db", db, "--dyad", "GEO,RUS", "--code", "161", "--format", "jsonl")
    # TASS's "Georgia severed diplomatic ties with Russia"; Sputnik's "relations between the two countries were
    # severed" is the same break, told both ways
    dates = [json.loads(line)["date"]["value"] for line in res.stdout.splitlines()]
    assert "2008-09-02" in dates and all(d.startswith("2008") for d in dates)
    current = run("events", "--db", db, "--current-only", "--format", "jsonl")
    assert all(not json.loads(line)["background"] for line in current.stdout.splitlines())
    rel = run("relations", "RUS", "GEO", "--db", db, "--format", "json")
    years = {row["year"]: row for row in json.loads(rel.stdout)}
    assert years[2008]["material_conflict"] >= 1


def test_demo_prints_events_and_relations(tmp_path):
    res = run("demo", "--db", str(tmp_path / "demo.duckdb"))
    assert res.exit_code == 0
    assert "6 articles" in res.stderr
    assert "Russia–Georgia relations by year" in res.stdout and "2008" in res.stdout


def test_query_without_database_is_one_line_error(tmp_path):
    res = CliRunner().invoke(cli, ["events", "--db", str(tmp_path / "none.duckdb")], obj={})
    assert res.exit_code == 2 and "E404" in res.stderr and "Traceback" not in res.stderr


def test_timex_and_actors_commands():
    res = run("timex", str(need_shared(SEEDS / "000_35ed4c8641d79165.txt")))
    values = {json.loads(line)["text"]: json.loads(line)["value"] for line in res.stdout.splitlines()}
    assert values["September 2, 2008"] == "2008-09-02" and values["Last year"] == "2020"
    res = run("actors", str(need_shared(SEEDS / "000_35ed4c8641d79165.txt")), "--format", "jsonl")
    codes = {json.loads(line)["text"]: json.loads(line)["code"] for line in res.stdout.splitlines()}
    assert codes["Russian President Vladimir Putin"] == "RUSGOV" and codes["the Kremlin"] == "RUSGOV"


def test_explain_says_why():
    res = run("explain", "Georgia severed diplomatic ties with Russia.", "--published", "2008-09-02")
    assert "v.sever_tie_with.161" in res.stdout and "GEO -> RUS 161" in res.stdout


def test_actors_and_explain_read_a_users_dictionary(tmp_path):
    dictionary = tmp_path / "mine.tsv"
    dictionary.write_text("names\tcode\tcategory\nArnorian Liberation Front|ALF\tARNREB\tgroup\n")
    listed = run("actors", "-", "--actors", str(dictionary), "--format", "jsonl",
                 input="The Arnorian Liberation Front attacked a convoy.")
    assert listed.exit_code == 0
    assert [(m["text"], m["code"], m["rule"]) for m in map(json.loads, listed.stdout.splitlines())] == [
        ("Arnorian Liberation Front", "ARNREB", "mine.tsv:1")]
    explained = run("explain", "The ALF attacked a Georgian convoy.", "--actors", str(dictionary))
    assert explained.exit_code == 0 and "ARNREB -> GEO 190" in explained.stdout
