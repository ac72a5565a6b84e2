"""The plain functions behind the CLI commands: tests and the Python API call these directly."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional

from .errors import EventwireError
from .ingest import read_articles
from .pipeline import Pipeline
from .records import Article, ArticleResult, Event
from .settings import Settings
from .store import IngestCounts, Store

__all__ = ["RunSummary", "extract_paths", "ingest_paths", "example_paths"]


@dataclass
class RunSummary:
    """Counts of one run, and the errors it recorded."""

    articles: int = 0
    events: int = 0
    errors: list = field(default_factory=list)

    def line(self) -> str:
        """Return the one-line summary the CLI prints."""
        return f"{self.articles} articles, {self.events} events, {len(self.errors)} errors"


def example_paths() -> list[str]:
    """Return the paths of the example articles bundled with eventwire."""
    folder = resources.files("eventwire").joinpath("examples")
    return sorted(str(p) for p in Path(str(folder)).glob("*.txt"))


def _results(paths: Iterable[str], settings: Settings, pipeline: Optional[Pipeline], published, source,
             summary: RunSummary, on_error: Optional[Callable], stdin: Optional[IO[str]],
             skip: Optional[Callable] = None) -> Iterator[ArticleResult]:
    pipeline = pipeline or Pipeline(settings)
    articles = read_articles(paths, published=published, source=source, max_chars=settings.max_article_chars,
                             stdin=stdin)
    if skip is not None:
        # Articles the store already holds unchanged are not parsed again: a second ingest is a no-op.
        articles = (a for a in articles if not (isinstance(a, Article) and skip(a)))
    for item in pipeline.pipe(articles):
        if isinstance(item, EventwireError):
            summary.errors.append(item)
            if on_error:
                on_error(item)
            continue
        summary.articles += 1
        summary.events += len(item.events)
        yield item


def extract_paths(paths: Iterable[str], settings: Settings, *, published: Optional[str] = None,
                  source: Optional[str] = None, pipeline: Optional[Pipeline] = None,
                  summary: Optional[RunSummary] = None, on_error: Optional[Callable] = None,
                  stdin: Optional[IO[str]] = None) -> Iterator[Event]:
    """Yield the events of every article under `paths`, in input order; bad articles go to `on_error`."""
    summary = summary if summary is not None else RunSummary()
    for result in _results(paths, settings, pipeline, published, source, summary, on_error, stdin):
        yield from result.events


def ingest_paths(paths: Iterable[str], settings: Settings, *, published: Optional[str] = None,
                 source: Optional[str] = None, pipeline: Optional[Pipeline] = None,
                 summary: Optional[RunSummary] = None, on_error: Optional[Callable] = None,
                 stdin: Optional[IO[str]] = None, batch: int = 200) -> IngestCounts:
    """Extract, store and fuse every article under `paths` in `settings.db`, one transaction per batch."""
    summary = summary if summary is not None else RunSummary()
    counts = IngestCounts()

    def unchanged(article: Article) -> bool:
        if store.unchanged(article):
            counts.unchanged += 1
            return True
        return False

    with Store(settings.db) as store:
        pending: list[ArticleResult] = []
        for result in _results(paths, settings, pipeline, published, source, summary, on_error, stdin, unchanged):
            pending.append(result)
            if len(pending) >= batch:
                store.ingest(pending, counts)
                pending = []
        if pending:
            store.ingest(pending, counts)
    return counts
