"""`eventwire eval` on gold files written here, and its errors."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import cli


def run(*args):
    return CliRunner().invoke(cli, list(args), obj={}, catch_exceptions=False)


def _gold(tmp_path, name, records):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return str(path)


ATTACK = {"id": "t1", "published": "2008-08-09", "text": "Russian troops attacked Georgia on Friday.",
          "events": [{"source": "RUSMIL", "target": "GEO", "code": "190", "date": "2008-08-08",
                      "negated": False, "modality": "asserted"}]}
NOTHING = {"id": "t2", "published": "2008-08-09", "text": "The weather in the capital was mild.", "events": []}


def test_eval_events_scores_three_levels_and_the_date(tmp_path):
    res = run("eval", "events", _gold(tmp_path, "g.jsonl", [ATTACK, NOTHING]), "--format", "json")
    assert res.exit_code == 0, res.output
    (report,) = json.loads(res.stdout)
    assert report["records"] == 2
    level1 = report["scores"]["level1"]
    assert level1["expected"] == 1 and level1["expected_found"] == 1 and level1["precision"] == 1.0
    assert report["accuracies"]["date"] == {"accuracy": 1.0, "right": 1, "total": 1}
    assert set(report["root"]) == {"19"}


def test_eval_fails_under_floors_with_one_line(tmp_path):
    floors = tmp_path / "floors.toml"
    floors.write_text('[events]\n"level1.f1" = 1.01\n')
    res = run("eval", "events", _gold(tmp_path, "g.jsonl", [ATTACK]), "--floors", str(floors))
    assert res.exit_code == 1
    assert "E305" in res.stderr and "level1.f1" in res.stderr and "below its floor" in res.stderr


def test_eval_errors_name_the_file_and_line(tmp_path, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_CORPUS", raising=False)   # the stand-off record must find no corpus
    missing = run("eval", "actors", str(tmp_path / "nope.jsonl"))
    assert missing.exit_code == 2 and "E214" in missing.stderr and "nope.jsonl" in missing.stderr
    standoff = _gold(tmp_path, "s.jsonl", [{"article_id": "42", "published": "2020-01-01", "mentions": []}])
    res = run("eval", "actors", standoff)
    assert res.exit_code == 2 and "E213" in res.stderr and "s.jsonl:1" in res.stderr and "--corpus" in res.stderr
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"id": "x", "text": "Hi", "timexes": []}\n{oops\n')
    res = run("eval", "timex", str(bad))
    assert res.exit_code == 2 and "E212" in res.stderr and "b.jsonl:2" in res.stderr


def test_eval_unknown_metric_in_floors_is_a_config_error(tmp_path):
    floors = tmp_path / "floors.toml"
    floors.write_text('[timex]\n"nonsense.f1" = 0.5\n')
    res = run("eval", "timex", _gold(tmp_path, "g.jsonl", [{"id": "x", "published": "2020-01-01",
                                                           "text": "It rained on 3 May 2019.", "timexes": []}]),
              "--floors", str(floors))
    assert res.exit_code == 2 and "E106" in res.stderr


def test_one_file_commands_and_date_options_give_error_lines(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Russia attacked Georgia on Friday.")
    res = run("timex", str(text), "--published", "garbage")
    assert res.exit_code == 2 and "E207" in res.stderr and "garbage" in res.stderr
    from eventwire.store import Store

    db = str(tmp_path / "ew.duckdb")
    Store(db).close()
    res = run("timeline", "RUS", "GEO", "--db", db, "--until", "2_08")
    assert res.exit_code == 2 and "E151" in res.stderr
