"""Distributed runs on a local Dask cluster (one per module) over a slice of the VOA corpus, read back with DuckDB."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import ConfigError, InputError
from eventwire.jobs import RunSummary, extract_paths
from eventwire.settings import Settings

from ..conftest import CORPUS, need_shared

BAD_LINE = 5          # the line of the input that is not JSON


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def input_file(tmp_path_factory) -> str:
    """The 8 shortest VOA stories in corpus order, with a broken record at line 5: 9 records, 3 partitions of 3."""
    lines = need_shared(CORPUS).read_text(encoding="utf-8").splitlines()
    shortest = sorted(sorted(range(len(lines)), key=lambda i: len(json.loads(lines[i])["text"]))[:8])
    chosen = [lines[i] for i in shortest]
    chosen.insert(BAD_LINE - 1, '{"id": "broken", "text": ')
    path = tmp_path_factory.mktemp("input") / "voa8.jsonl"
    path.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def client():
    """One local cluster of 2 single-threaded worker processes for the whole module, closed after it."""
    from distributed import Client

    from eventwire.distributed import local_cluster

    with local_cluster(2) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def first_run(client, input_file, tmp_path_factory):
    from eventwire.distributed import run_distributed

    out = tmp_path_factory.mktemp("parquet")
    summary = run_distributed([input_file], str(out), Settings(), scheduler=client, partition_size=3, progress=False)
    return summary, out


@pytest.fixture(scope="module")
def in_process(input_file, pipeline):
    summary = RunSummary()
    events = list(extract_paths([input_file], Settings(), pipeline=pipeline, summary=summary))
    return summary, events


@pytest.mark.slow
def test_partitions_hold_what_in_process_extract_gives(first_run, in_process):
    from eventwire.distributed import open_parquet, parquet_summary

    summary, out = first_run
    expected, events = in_process
    assert sorted(p.name for p in (out / "events").iterdir()) == ["part-00000.parquet", "part-00001.parquet",
                                                                  "part-00002.parquet"]
    assert (summary.partitions, summary.articles, summary.events) == (3, expected.articles, len(events))
    assert len(events) > 20
    con = open_parquet(str(out))
    rows = con.execute("SELECT event_id, record, typeof(event_date), cameo_root, source_code FROM "
                       f"read_parquet('{out}/events/*.parquet', filename=true, file_row_number=true) "
                       "ORDER BY filename, file_row_number").fetchall()
    # The same events in the same order, and each row's record is the event record extract prints.
    assert [r[0] for r in rows] == [e.event_id for e in events]
    assert [json.loads(r[1]) for r in rows] == [e.to_dict() for e in events]
    assert {r[2] for r in rows} == {"DATE"}
    assert [(r[3], r[4]) for r in rows] == [(e.cameo.root, e.source.code if e.source else None) for e in events]
    ids = [a for (a,) in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    assert len(ids) == expected.articles and "broken" not in ids
    n_events = con.execute("SELECT sum(n_events) FROM articles").fetchone()[0]
    assert n_events == len(events)
    counts = parquet_summary(str(out))
    assert (counts["partitions"], counts["articles"], counts["events"], counts["errors"]) == \
        (3, expected.articles, len(events), len(expected.errors))


@pytest.mark.slow
def test_bad_record_is_reported_with_file_and_line(first_run, input_file):
    from eventwire.distributed import open_parquet

    summary, out = first_run
    (bad,) = [e for e in summary.errors if isinstance(e, InputError)]
    assert (bad.path, bad.line, bad.code) == (input_file, BAD_LINE, "E208")
    assert f"{input_file}:{BAD_LINE}: the line is not JSON" in str(bad)
    rows = open_parquet(str(out)).execute("SELECT file, line, code, message FROM errors WHERE code = 'E208'").fetchall()
    assert rows == [(input_file, BAD_LINE, "E208", bad.message.split(": ", 1)[1])]
    # The record after the broken one, in the same partition, was still processed.
    assert summary.articles >= 7


@pytest.mark.slow
def test_cli_rerun_by_address_writes_identical_files(first_run, client, input_file, tmp_path):
    summary, out = first_run
    before = _files(out)
    res = CliRunner().invoke(cli, ["distribute", input_file, "--out", str(out), "--scheduler",
                                   client.scheduler.address, "--partition-size", "3"], obj={})
    assert res.exit_code == 1, res.output                       # a record failed, as with `extract`
    assert f"{input_file}:{BAD_LINE}:" in res.stderr
    assert f"{summary.articles} articles, {summary.events} events, {len(summary.errors)} errors, 3 partitions" \
        in res.stderr
    assert _files(out) == before                                 # byte for byte, no temporary files left
    res = CliRunner().invoke(cli, ["distribute-summary", str(out), "--format", "json"], obj={})
    assert json.loads(res.stdout)[0]["events"] == summary.events


@pytest.mark.slow
def test_fewer_partitions_replace_the_old_ones(first_run, client, input_file, tmp_path):
    from eventwire.distributed import parquet_summary, run_distributed

    summary, out = first_run
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    again = run_distributed([input_file], str(copy), Settings(), scheduler=client, partition_size=100,
                            progress=False)
    assert again.partitions == 1
    for table in ("events", "articles", "errors"):
        assert os.listdir(copy / table) == ["part-00000.parquet"]
    counts = parquet_summary(str(copy))
    assert (counts["articles"], counts["events"]) == (summary.articles, summary.events)


@pytest.mark.slow
def test_a_worker_that_cannot_load_the_model_stops_the_run(client, input_file, tmp_path):
    from eventwire.distributed import run_distributed

    with pytest.raises(ConfigError, match=r"^\[E120\] spaCy pipeline 'no_such_model' is not installed"):
        run_distributed([input_file], str(tmp_path), Settings(model="no_such_model"), scheduler=client,
                        progress=False)


@pytest.mark.slow
def test_a_cluster_without_eventwire_is_refused_before_any_partition(client):
    import eventwire
    from eventwire.distributed import check_versions

    versions = client.get_versions(packages=["eventwire"])
    check_versions(versions, eventwire.__version__)
    worker = sorted(versions["workers"])[0]
    versions["workers"][worker]["packages"]["eventwire"] = None
    versions["scheduler"]["packages"]["eventwire"] = "0.0.1"
    with pytest.raises(ConfigError, match=f"E161.*the scheduler has 0.0.1; worker {worker} has no eventwire"):
        check_versions(versions, eventwire.__version__)


def test_a_partition_lost_on_the_cluster_is_reported_and_the_run_goes_on():
    from eventwire.distributed.run import DistributedSummary, _settle

    class Lost:
        """Stands for the future of a partition whose workers all died (Dask gave up after its retries)."""

        def result(self):
            raise RuntimeError("worker tcp://10.0.0.5:40123 died 3 times running eventwire-part-00002")

    summary, per_part, written, seen = DistributedSummary("out"), {}, set(), []
    _settle(Lost(), (2, "big.jsonl:1001"), summary, per_part, written, seen.append)
    (err,) = seen
    assert per_part == {2: [err]} and written == set() and summary.articles == 0
    assert str(err).startswith("[E306] partition 2 (from big.jsonl:1001) failed on the cluster: RuntimeError: "
                               "worker tcp://10.0.0.5:40123 died")


def test_unreachable_scheduler_and_bad_sizes_are_config_errors(input_file, tmp_path):
    from eventwire.distributed import run_distributed

    with pytest.raises(ConfigError, match="E160.*cannot reach the Dask scheduler at nosuch://host"):
        run_distributed([input_file], str(tmp_path), Settings(scheduler="nosuch://host"), progress=False)
    with pytest.raises(ConfigError, match="E102"):
        Settings().replace(partition_size=0)


def test_a_failed_write_leaves_no_half_file(tmp_path, monkeypatch):
    from eventwire.distributed import parquet

    parquet.write_partition(str(tmp_path), 0, [], [], [{"file": "a.jsonl", "line": 3, "code": "E208",
                                                         "message": "the line is not JSON", "article_id": None}])
    old = _files(tmp_path)

    def crash(table, where):
        Path(where).write_bytes(b"PAR1 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(parquet.pq, "write_table", crash)
    with pytest.raises(Exception, match=r"E409.*cannot write part-00000.parquet .*No space left on device"):
        parquet.write_partition(str(tmp_path), 0, [], [], [])
    assert _files(tmp_path) == old
