"""The store: migration from schema version 1, near-duplicate links, re-ingest as a no-op, rollback, and one
writer with many readers."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.jobs import RunSummary, ingest_paths
from eventwire.records import ArticleResult
from eventwire.settings import Settings
from eventwire.store import SCHEMA_VERSION, Store
from eventwire.store import dedup
from eventwire.store.schema import TABLES

from ..conftest import SEEDS, need_shared
from ..fuse import corpus
from .v1_store import write_v1


def test_v1_file_migrates_and_keeps_every_mention(tmp_path, seed_results):
    path = str(tmp_path / "v1.duckdb")
    results = [seed_results["tass"], seed_results["sputnik"]]
    write_v1(path, results)
    with pytest.raises(StoreError, match="E407.*eventwire migrate"):
        Store(path, read_only=True)
    with Store(path) as store:
        assert store.con.execute("SELECT value FROM meta").fetchone()[0] == str(SCHEMA_VERSION)
        counts = store.counts()
        stored = {e.event_id: e for e in store.events()}
        recognitions = [e for e in store.fused_events(code="054") if e["num_sources"] == 2]
    mentions = {e.event_id: e for r in results for e in r.events}
    assert stored == mentions and counts["event_mentions"] == len(mentions)
    assert counts["articles"] == 2 and counts["sources"] == 2 and 0 < counts["events"] < len(mentions)
    assert {e["target_code"] for e in recognitions} == {"ABK", "SOS"}
    with Store(path, read_only=True) as again:                        # migrated once, now readable
        assert again.counts() == counts


def test_newer_schema_is_refused(tmp_path):
    path = str(tmp_path / "new.duckdb")
    Store(path).close()
    con = duckdb.connect(path)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreError, match="E402.*upgrade eventwire"):
        Store(path)


def test_second_ingest_parses_nothing_and_changes_nothing(tmp_path, pipeline):
    settings = Settings(db=str(tmp_path / "seeds.duckdb"))
    paths = [str(need_shared(SEEDS))]
    first = ingest_paths(paths, settings, pipeline=pipeline)
    with Store(settings.db, read_only=True) as store:
        before = store.counts()
        events = store.fused_events()
    summary = RunSummary()
    again = ingest_paths(paths, settings, pipeline=pipeline, summary=summary)
    with Store(settings.db, read_only=True) as store:
        assert store.counts() == before and store.fused_events() == events
    assert first.added == 2 and (again.added, again.unchanged, again.mentions) == (0, 2, 0)
    assert summary.articles == 0                                       # skipped before the pipeline


def test_failed_batch_leaves_nothing(tmp_path, pipeline):
    results = corpus.results(pipeline)
    with Store(str(tmp_path / "r.duckdb")) as store:
        store.ingest(results[:1])
        before = store.counts()
        broken = ArticleResult(article=corpus.article("bad", "2023-03-15", "X", "Russia met Georgia."))
        broken.article.text = None                                     # a bug upstream: no text to hash
        with pytest.raises(StoreError, match="E403.*rolled back"):
            store.ingest(results[1:] + [broken])
        assert store.counts() == before


def test_near_duplicates_on_real_stories(tmp_path, corpus_records):
    records = corpus_records
    sigs = [dedup.signature(r["text"]) for r in records]
    worst = max(dedup.similarity(a, b) for i, a in enumerate(sigs) for b in sigs[i + 1:])
    assert worst < 0.2                                                 # 64 different stories: none linked
    story = records[5]["text"]
    words = story.split()
    variants = {"copy": story, "update": story + " This story has been updated with a statement from officials.",
                "trimmed": " ".join(words[: int(len(words) * 0.85)])}
    results = [ArticleResult(article=corpus.article(r["id"], r["published"][:10], "VOA", r["text"])) for r in records]
    results += [ArticleResult(article=corpus.article(f"{records[5]['id']}-{k}", "2025-04-01", "Other", text))
                for k, text in variants.items()]
    with Store(str(tmp_path / "d.duckdb")) as store:
        counts = store.ingest(results[:40])
        counts = store.ingest(results[40:], counts)
        links = dict(store.con.execute("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL")
                     .fetchall())
        sources = {n: (a, c) for n, a, c in store.con.execute("SELECT name, num_articles, num_copies FROM sources")
                   .fetchall()}
    assert links == {f"{records[5]['id']}-{k}": records[5]["id"] for k in variants} and counts.duplicates == 3
    assert sources == {"VOA": (64, 0), "Other": (0, 3)}


_HOLDER = textwrap.dedent("""
    import sys
    from eventwire.store import Store
    store = Store(sys.argv[1])
    print("open", flush=True)
    sys.stdin.read()
""")


def test_one_writer_many_readers(tmp_path):
    path = str(tmp_path / "w.duckdb")
    Store(path).close()
    with Store(path, read_only=True) as a, Store(path, read_only=True) as b:   # readers side by side
        assert a.counts() == b.counts()
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, path], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match=r"E405.*PID \d+.*one writer or many readers"):
            Store(path)
        with pytest.raises(StoreError, match="E405"):
            Store(path, read_only=True)
    finally:
        holder.communicate("")
    with Store(path) as writer:                                        # once the writer is gone, it opens
        cursor = writer.reader()
        assert cursor.execute("SELECT count(*) FROM events").fetchone()[0] == 0
        assert writer.counts()["articles"] == 0


def test_docs_name_every_table_and_column():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "store.md").read_text()
    for table, (columns, _key) in TABLES.items():
        assert f"`{table}`" in doc, table
        for column, _type in columns:
            assert f"`{column}`" in doc, f"{table}.{column}"
