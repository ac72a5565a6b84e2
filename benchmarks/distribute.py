"""Distributed extract vs in-process: articles/s on the VOA corpus repeated to N articles (default 256).

Usage: python benchmarks/distribute.py [--articles N] [--workers 1,2] [--partition-size N] [--corpus PATH]

Runs, on the same input: the in-process `extract_paths` (one process, as `eventwire extract`), then
`run_distributed` on a fresh local cluster of each worker count. For the clusters it prints the start-up
time apart (starting the worker processes) and the run time, which includes each worker loading spaCy
on its first partition, writing Parquet, and the client reading the input. Articles/s is articles over
the run time; CPU ms per article (client and workers together) is what the work costs whatever else
runs on the machine, and the load average after each run says how busy it was. On a machine with fewer
cores than workers plus one (the client and scheduler need a share too), more workers cannot run faster:
the numbers say so rather than hide it.

(Named distribute.py, not distributed.py: run as a script, its folder comes first on sys.path, and a
distributed.py there would hide the `distributed` package.)
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


def _write_corpus(src: str, n: int, out: str) -> None:
    with open(src, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            r = dict(records[i % len(records)])
            r["id"] = f"{r['id']}~{i // len(records)}"      # each copy is its own article
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _in_process(path: str) -> tuple[float, float, float, int, int]:
    from eventwire.jobs import RunSummary, extract_paths
    from eventwire.pipeline import Pipeline
    from eventwire.settings import Settings

    began = time.perf_counter()
    pipeline = Pipeline(Settings())
    loaded = time.perf_counter() - began
    summary = RunSummary()
    began, cpu = time.perf_counter(), _cpu()
    for _ in extract_paths([path], Settings(), pipeline=pipeline, summary=summary):
        pass
    return loaded, time.perf_counter() - began, _cpu() - cpu, summary.articles, summary.events


def _distributed(path: str, out: str, workers: int, size: int) -> tuple[float, float, float, int, int, int]:
    from distributed import Client

    from eventwire.distributed import local_cluster, run_distributed
    from eventwire.settings import Settings

    began = time.perf_counter()
    with local_cluster(workers) as cluster, Client(cluster) as client:
        started = time.perf_counter() - began
        began, cpu = time.perf_counter(), _cpu() + sum(client.run(_cpu).values())
        summary = run_distributed([path], out, Settings(), scheduler=client, partition_size=size, progress=False)
        took = time.perf_counter() - began
        # CPU seconds of the client and every worker process: the cost, whatever else the machine runs.
        cpu = _cpu() + sum(client.run(_cpu).values()) - cpu
    return started, took, cpu, summary.articles, summary.events, summary.partitions


def _load() -> str:
    # Other work on the machine slows every run; the 1-minute load average says how much there was.
    return f"{os.getloadavg()[0]:.1f}"


def main() -> None:
    """Print articles/s in-process and on local clusters of each worker count."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=256)
    ap.add_argument("--workers", default="1,2", help="Worker counts to try, comma-separated.")
    ap.add_argument("--partition-size", type=int, default=16)
    ap.add_argument("--corpus", default=str(DEFAULT))
    args = ap.parse_args()
    print(f"{os.cpu_count()} CPU cores; {args.articles} articles (VOA repeated), partitions of "
          f"{args.partition_size}")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "voa.jsonl")
        _write_corpus(args.corpus, args.articles, path)
        loaded, took, cpu, articles, events = _in_process(path)
        print(f"in-process extract:   model {loaded:5.1f} s, run {took:6.1f} s, {articles / took:5.2f} articles/s, "
              f"{cpu / articles * 1000:4.0f} ms CPU/article ({articles} articles, {events} events; "
              f"load {_load()})")
        baseline = articles / took
        for n in (int(w) for w in args.workers.split(",")):
            started, took, cpu, articles, events, parts = _distributed(path, os.path.join(tmp, f"out{n}"), n,
                                                                       args.partition_size)
            print(f"distribute {n} worker{'s' if n > 1 else ' '}: start {started:5.1f} s, run {took:6.1f} s, "
                  f"{articles / took:5.2f} articles/s = {articles / took / baseline:4.2f}x in-process, "
                  f"{cpu / articles * 1000:4.0f} ms CPU/article ({articles} articles, {events} events, "
                  f"{parts} partitions; load {_load()})")


if __name__ == "__main__":   # the local cluster spawns worker processes, which import this module again
    main()
