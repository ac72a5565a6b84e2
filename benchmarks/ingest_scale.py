"""Ingest at scale: the VOA corpus repeated to N articles (default 10,000), then the same ingest again.

Usage: python benchmarks/ingest_scale.py [--articles N] [--corpus PATH] [--db FILE] [--keep]

Each copy gets its own id (`<id>~<k>`), so the store sees N articles; the texts are the 64 stories again,
so near-duplicate detection links every copy to its original: the fused events keep the counts of the 64
stories and carry the copies in `num_copies`. That is the point of the detection, and the run reports it
(articles linked, events before and after), with the cost of the detection measured apart (MinHash and bands
of every text). Printed: wall time, articles/s, time spent in the store (writing, linking, fusing), peak RSS
and RSS at each tenth (bounded memory means it stops growing), then the second ingest's time and counts.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa_stories.jsonl"


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def _write_corpus(src: str, n: int, out: str) -> int:
    records = [json.loads(line) for line in open(src, encoding="utf-8")]
    words = 0
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            r = dict(records[i % len(records)])
            r["id"] = f"{r['id']}~{i // len(records)}"
            words += len(r["text"].split())
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return words


def main() -> None:
    """Print the ingest figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--corpus", default=str(DEFAULT))
    ap.add_argument("--db", help="DuckDB file to create (default: a temporary file)")
    ap.add_argument("--keep", action="store_true", help="Keep the database and the generated corpus.")
    args = ap.parse_args()
    from eventwire.jobs import RunSummary, ingest_paths
    from eventwire.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.store import Store, dedup

    work = tempfile.mkdtemp(prefix="ew-bench-")
    corpus = os.path.join(work, "corpus.jsonl")
    db = args.db or os.path.join(work, "bench.duckdb")
    words = _write_corpus(args.corpus, args.articles, corpus)
    texts = [json.loads(line)["text"] for line in open(args.corpus, encoding="utf-8")]
    t0 = time.perf_counter()
    for i in range(args.articles):
        dedup.bands(dedup.signature(texts[i % len(texts)]))
    dedup_s = time.perf_counter() - t0

    settings = Settings(db=db)
    pipeline = Pipeline(settings)
    store_time = [0.0]
    rss = []
    original = Store.ingest

    def timed(self, results, counts=None):
        t = time.perf_counter()
        out = original(self, results, counts)
        store_time[0] += time.perf_counter() - t
        rss.append((out.added + out.replaced, _rss_mb()))
        return out

    Store.ingest = timed
    t0 = time.perf_counter()
    summary = RunSummary()
    counts = ingest_paths([corpus], settings, pipeline=pipeline, summary=summary)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with Store(db, read_only=True) as store:
        tables = store.counts()
        copies = store.con.execute("SELECT sum(num_copies), max(num_articles) FROM events").fetchone()
    print(f"corpus: {args.corpus} repeated to {args.articles} articles ({words:,} words), distinct ids")
    print(f"first ingest: {wall:.1f} s wall, {args.articles / wall:.2f} articles/s, {summary.events} event "
          f"mentions, {len(summary.errors)} errors")
    print(f"  store (write, near-duplicate links, fusion, one transaction per batch of 200): {store_time[0]:.1f} s "
          f"({100 * store_time[0] / wall:.1f}% of wall)")
    print(f"  near-duplicate detection alone (MinHash + bands of every text): {dedup_s:.2f} s "
          f"({1000 * dedup_s / args.articles:.2f} ms/article)")
    print(f"  counts: {counts}")
    print(f"  tables: {tables}")
    print(f"  fused: {tables['events']} events from {tables['event_mentions']} mentions; copies' mentions "
          f"{copies[0]}; largest num_articles {copies[1]} (copies are linked, not counted)")
    print(f"  peak RSS {peak:.0f} MiB; RSS by articles stored: " +
          ", ".join(f"{n}: {mb:.0f}" for n, mb in rss[:: max(1, len(rss) // 10)] + rss[-1:]))
    Store.ingest = original
    t0 = time.perf_counter()
    again_summary = RunSummary()
    again = ingest_paths([corpus], settings, pipeline=pipeline, summary=again_summary)
    again_wall = time.perf_counter() - t0
    with Store(db, read_only=True) as store:
        same = store.counts() == tables
    print(f"second ingest: {again_wall:.1f} s wall, {again_summary.articles} articles parsed; {again}; "
          f"table counts unchanged: {same}")
    if not args.keep:
        for path in (corpus, db):
            if os.path.exists(path):
                os.remove(path)
        os.rmdir(work)
    else:
        print(f"kept {db} and {corpus}")


if __name__ == "__main__":
    main()
