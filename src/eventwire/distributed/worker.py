"""What runs on a Dask worker: one partition through the pipeline and into its Parquet files."""

from __future__ import annotations

import dataclasses
import json
import threading
from dataclasses import dataclass, field
from typing import Optional

from ..errors import EventwireError
from ..pipeline import Pipeline
from ..records import Article, ArticleResult
from ..settings import Settings
from .parquet import article_row, event_row, write_partition
from .partitions import Partition, RecordError, split_origin

__all__ = ["PartitionResult", "process_partition"]

# One pipeline per worker thread: loading spaCy takes seconds, and the stages keep per-call state, so two
# threads must not share one. With threads_per_worker=1 (the default cluster) that is one per process.
_local = threading.local()


@dataclass
class PartitionResult:
    """What a worker reports back about one partition: counts and the failed records, not the events."""

    index: int
    articles: int = 0
    events: int = 0
    errors: list = field(default_factory=list)          # RecordError
    # (class name, code, message) of an error that stopped the whole partition. Exceptions of ours are
    # sent back as plain data: pickling one would rebuild it with the code doubled in its text.
    failure: Optional[tuple[str, str, str]] = None


def _pipeline(settings: Settings) -> Pipeline:
    key = json.dumps(dataclasses.asdict(settings), sort_keys=True)
    # Only the latest pipeline is kept: a long-lived cluster serving runs with other settings stays bounded.
    if getattr(_local, "key", None) != key:
        _local.pipeline, _local.key = Pipeline(settings), key
    return _local.pipeline


def _pipeline_error(article: Article, err: EventwireError) -> RecordError:
    file, line = split_origin(article.origin)
    prefix = f"{article.origin or article.id}: "
    reason = err.message.removeprefix(prefix)
    return RecordError(file, line, err.code, reason, article.id)


def process_partition(partition: Partition, settings: Settings, out_dir: str) -> PartitionResult:
    """Run the pipeline over one partition and write its events, articles and errors as Parquet."""
    result = PartitionResult(partition.index)
    try:
        pipeline = _pipeline(settings)
        articles = [item for item in partition.items if isinstance(item, Article)]
        outputs = iter(pipeline.pipe(articles))
        events, rows, errors = [], [], []
        for item in partition.items:
            if isinstance(item, RecordError):
                errors.append(item)
                continue
            # pipe yields exactly one output per article, in order, so the two walk together.
            out = next(outputs)
            if isinstance(out, ArticleResult):
                rows.append(article_row(out))
                events.extend(event_row(e) for e in out.events)
            else:
                errors.append(_pipeline_error(item, out))
        write_partition(out_dir, partition.index, events, rows, [e.row() for e in errors])
    except EventwireError as exc:
        result.failure = (type(exc).__name__, exc.code, exc.message)
        return result
    result.articles, result.events, result.errors = len(rows), len(events), errors
    return result
