"""Split the input into partitions while reading it: the client holds one partition at a time, not the corpus."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Iterable, Iterator, NamedTuple, Optional, Union

from ..errors import EventwireError, InputError, PipelineError
from ..ingest import read_articles
from ..records import Article

__all__ = ["Partition", "RecordError", "partitions", "split_origin"]


class RecordError(NamedTuple):
    """A record that failed: where it is and why; plain data, so it travels to workers and into Parquet."""

    file: Optional[str]
    line: Optional[int]
    code: str
    message: str
    article_id: Optional[str] = None

    def row(self) -> dict:
        """Return the row of errors/*.parquet."""
        return self._asdict()

    def error(self) -> EventwireError:
        """Return the error as the exception the in-process commands report, with the same text."""
        if self.code.startswith("E2"):
            return InputError(self.message, path=self.file, line=self.line, code=self.code)
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return PipelineError(f"{where or self.article_id}: {self.message}", article_id=self.article_id,
                             code=self.code)


@dataclass
class Partition:
    """Records `start`..`start + len(items)` of the input: articles, and the records that failed to read."""

    index: int
    start: int
    items: list = field(default_factory=list)      # Article | RecordError, in input order

    def first(self) -> str:
        """Return where the partition begins, for messages about it."""
        item = self.items[0] if self.items else None
        if isinstance(item, Article):
            return item.origin or item.id
        return f"{item.file}:{item.line}" if item is not None else "(empty)"


def split_origin(origin: Optional[str]) -> tuple[Optional[str], Optional[int]]:
    """Split an article origin `file:line` (JSON Lines) or `file` (text file) into file and line."""
    if origin and ":" in origin:
        path, _, line = origin.rpartition(":")
        if line.isdigit():
            return path, int(line)
    return origin, None


def _record_error(err: InputError) -> RecordError:
    # InputError's message starts with "FILE:LINE: "; the Parquet row keeps the file, the line and the reason apart.
    prefix = f"{err.where}: "
    reason = err.message.removeprefix(prefix)
    return RecordError(err.path, err.line, err.code, reason)


def partitions(paths: Iterable[str], size: int, *, published: Optional[str] = None, source: Optional[str] = None,
               max_chars: int = 1_000_000, stdin: Optional[IO[str]] = None) -> Iterator[Partition]:
    """Yield the input as partitions of `size` records each (the last may be shorter), streaming it."""
    items: list[Union[Article, RecordError]] = []
    index = start = 0
    for item in read_articles(paths, published=published, source=source, max_chars=max_chars, stdin=stdin):
        items.append(item if isinstance(item, Article) else _record_error(item))
        if len(items) == size:
            yield Partition(index, start, items)
            index, start, items = index + 1, start + size, []
    if items:
        yield Partition(index, start, items)
