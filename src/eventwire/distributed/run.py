"""The client side of a distributed run: connect to a cluster, feed it partitions, collect the counts."""

from __future__ import annotations

import dataclasses
import logging
import os
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Callable, Iterable, Iterator, Optional, Union

from .. import __version__
from ..errors import ConfigError, EventwireError, InputError, PipelineError, StoreError
from ..settings import Settings
from .parquet import remove_stale
from .partitions import Partition, partitions
from .worker import PartitionResult, process_partition

__all__ = ["DistributedSummary", "run_distributed", "local_cluster", "check_versions"]

_ERRORS = {"ConfigError": ConfigError, "InputError": InputError, "PipelineError": PipelineError,
           "StoreError": StoreError}


@dataclass
class DistributedSummary:
    """Counts of one distributed run, the records that failed, and where the Parquet files are."""

    out_dir: str
    articles: int = 0
    events: int = 0
    errors: list = field(default_factory=list)      # EventwireError, in input order
    partitions: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        """Return the one-line summary the CLI prints."""
        return (f"{self.articles} articles, {self.events} events, {len(self.errors)} errors, "
                f"{self.partitions} partitions in {self.seconds:.1f} s -> {self.out_dir}")


def local_cluster(workers: int = 0):
    """Start a Dask LocalCluster of `workers` single-threaded processes (0: one per CPU core)."""
    import dask
    from distributed import LocalCluster

    n = workers or os.cpu_count() or 1
    # Processes, not threads: spaCy holds the GIL, so threads of one process would take turns. The
    # scheduler's HTTP server takes any free port: on its default 8787, a second cluster on the machine
    # would make it warn and move. To watch the dashboard, start your own cluster and pass its address.
    # Dask's statistical profiler samples every worker's stack each 10 ms; it took ~9% of a worker's CPU here.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(n_workers=n, processes=True, threads_per_worker=1, dashboard_address=":0",
                            silence_logs=logging.ERROR)


@contextmanager
def _client(scheduler, workers: int) -> Iterator:
    from distributed import Client

    if isinstance(scheduler, Client):
        yield scheduler
        return
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; start one with "
                              "`dask scheduler` (and `dask worker ADDRESS` on each machine), or leave "
                              "--scheduler out to run on a local cluster", code="E160") from None
        try:
            yield client
        finally:
            client.close()
        return
    with local_cluster(workers) as cluster, Client(cluster) as client:
        yield client


def check_versions(versions: dict, mine: str) -> None:
    """Raise ConfigError E161 unless the scheduler and every worker run eventwire `mine` (`Client.get_versions`)."""
    machines = {"the scheduler": versions.get("scheduler", {})}
    machines.update({f"worker {address}": info for address, info in versions.get("workers", {}).items()})
    wrong = [f"{name} has {(info.get('packages') or {}).get('eventwire') or 'no eventwire'}"
             for name, info in machines.items() if (info.get("packages") or {}).get("eventwire") != mine]
    if wrong:
        # Without it the scheduler cannot even read the tasks, and every partition would fail the same way.
        raise ConfigError(f"the Dask cluster cannot run eventwire {mine}: {'; '.join(wrong)}; install the same "
                          "eventwire (and its spaCy model) on the scheduler and every worker", code="E161")


def _settle(future, meta: tuple[int, str], summary: DistributedSummary, per_part: dict, written: set,
            on_error: Optional[Callable]) -> PartitionResult:
    index, first = meta
    try:
        result: PartitionResult = future.result()
    except Exception as exc:  # a worker died or a bug escaped: that partition is lost, the run goes on
        err = PipelineError(f"partition {index} (from {first}) failed on the cluster: {type(exc).__name__}: "
                            f"{exc}; its files were not written, run the same command again to retry",
                            code="E306")
        per_part[index] = [err]
        if on_error:
            on_error(err)
        return PartitionResult(index)
    if result.failure:
        kind, code, message = result.failure
        raise _ERRORS.get(kind, EventwireError)(message, code=code)
    written.add(index)
    summary.articles += result.articles
    summary.events += result.events
    per_part[index] = [e.error() for e in result.errors]
    if on_error:
        for err in per_part[index]:
            on_error(err)
    return result


def run_distributed(paths: Iterable[str], out_dir: str, settings: Optional[Settings] = None, *,
                    scheduler: Union[str, object, None] = None, workers: Optional[int] = None,
                    partition_size: Optional[int] = None, published: Optional[str] = None,
                    source: Optional[str] = None, stdin: Optional[IO[str]] = None,
                    on_error: Optional[Callable] = None, progress: bool = True) -> DistributedSummary:
    """Extract every article under `paths` on a Dask cluster into Parquet partitions under `out_dir`.

    `scheduler` is an address (tcp://host:port), a `distributed.Client`, or None for a local cluster of
    `workers` processes; defaults come from the `scheduler`, `dask_workers` and `partition_size` settings.
    """
    from distributed import wait

    settings = settings or Settings()
    size = partition_size or settings.partition_size
    if size < 1:
        raise ConfigError("partition_size must be at least 1", code="E102")
    # A worker process cannot fork spaCy workers of its own: the cluster is the parallelism. The settings
    # of the distribution itself are reset so that they do not make workers build a new pipeline.
    worker_settings = dataclasses.replace(settings, n_process=1, scheduler="", dask_workers=0, partition_size=1)
    summary = DistributedSummary(out_dir=out_dir)
    per_part: dict[int, list] = {}
    written: set[int] = set()
    began = time.perf_counter()
    parts = partitions(paths, size, published=published, source=source, max_chars=settings.max_article_chars,
                       stdin=stdin)
    run = uuid.uuid4().hex[:8]
    scheduler = scheduler if scheduler is not None else settings.scheduler
    workers = workers if workers is not None else settings.dask_workers
    with _client(scheduler, workers) as client, _progress(progress) as bar:
        check_versions(client.get_versions(packages=["eventwire"]), __version__)
        # Two partitions per worker thread in flight: each worker has the next one queued while it runs
        # one, and the client holds no more than that in memory however large the input is.
        limit = 2 * max(1, sum(client.nthreads().values()))
        inflight: dict = {}
        try:
            for part in parts:
                while len(inflight) >= limit:
                    _drain(wait(list(inflight), return_when="FIRST_COMPLETED").done, inflight, summary, per_part,
                           written, on_error, bar)
                inflight[_submit(client, part, worker_settings, out_dir, run)] = (part.index, part.first())
                summary.partitions += 1
                bar(summary, len(per_part))
            while inflight:
                _drain(wait(list(inflight), return_when="FIRST_COMPLETED").done, inflight, summary, per_part,
                       written, on_error, bar)
        except BaseException:
            client.cancel(list(inflight))
            raise
        # Files of an earlier, longer run (or of a partition that failed now) would mix with this run's.
        client.submit(remove_stale, out_dir, sorted(written), pure=False).result()
    summary.errors = [err for index in sorted(per_part) for err in per_part[index]]
    summary.seconds = time.perf_counter() - began
    return summary


def _submit(client, part: Partition, settings: Settings, out_dir: str, run: str):
    # Scattered, the partition goes to a worker as data instead of swelling the task graph.
    data = client.scatter(part, hash=False)
    return client.submit(process_partition, data, settings, out_dir, key=f"eventwire-part-{part.index:05d}-{run}",
                         pure=False)


def _drain(done, inflight: dict, summary, per_part, written, on_error, bar) -> None:
    for future in sorted(done, key=lambda f: inflight[f][0]):
        _settle(future, inflight.pop(future), summary, per_part, written, on_error)
        future.release()
    bar(summary, len(per_part))


@contextmanager
def _progress(show: bool) -> Iterator[Callable]:
    if not show:
        yield lambda summary, done: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("partitions"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("", total=None)

        def update(summary: DistributedSummary, done: int) -> None:
            # The total grows as the input is read: a streamed corpus has no count up front.
            bar.update(task, total=summary.partitions, completed=done,
                       description=f"{summary.articles} articles, {summary.events} events")
        yield update
