"""Store: everything eventwire extracted, and the events fused from it, in one DuckDB file (entry point: `Store`).

Ingest is one transaction per batch, keyed by article id and a hash of its text: the same article
again changes nothing, an edited article replaces its old rows, and a failure leaves no half article.
The batch's event mentions are fused into events in the same transaction. The schema, its version
and its migrations are documented in docs/store.md.

One writer, many readers: DuckDB lets one process open a file for writing, or any number of
processes open it read-only, never both at once. Inside the writing process, `Store.reader()` gives
more cursors that read while it writes.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional

from ..errors import StoreError
from ..records import Article, ArticleResult, Event
from . import queries
from .migrations import migrate, read_version
from .schema import SCHEMA_VERSION
from .writer import IngestCounts, content_hash, refresh_sources, write_batch

__all__ = ["Store", "SCHEMA_VERSION", "IngestCounts"]


def _connect(path: str, read_only: bool):
    import duckdb

    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{path} is open for writing in another process ({_holder(str(exc))}); DuckDB allows "
                             f"one writer or many readers at a time: wait for it to finish, then retry",
                             code="E405") from None
        raise StoreError(f"cannot open the database {path}: {exc}", code="E401") from None
    except Exception as exc:  # duckdb raises several unrelated types for a bad file
        raise StoreError(f"cannot open the database {path}: {exc}", code="E401") from None


def _holder(message: str) -> str:
    start = message.find("(PID")
    return message[start + 1:message.find(")", start)] if start >= 0 else "another process"


class Store:
    """One DuckDB file holding articles, mentions and fused events; opening it for writing migrates it."""

    def __init__(self, path: str, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.con = _connect(path, read_only)
        if read_only:
            self._check_version()
        else:
            self._migrate()

    def _check_version(self) -> None:
        version = read_version(self.con)
        if version is None:
            self.con.close()
            raise StoreError(f"{self.path} is not an eventwire database (no schema version); "
                             f"run `eventwire ingest --db {self.path}` first", code="E404")
        if version != SCHEMA_VERSION:
            self.con.close()
            newer = version > SCHEMA_VERSION
            raise StoreError(f"{self.path} has schema version {version}; this eventwire reads {SCHEMA_VERSION}: "
                             + ("upgrade eventwire" if newer else f"run `eventwire migrate --db {self.path}`"),
                             code="E402" if newer else "E407")

    def _migrate(self) -> None:
        from ..fuse import fuse_pending

        self.con.execute("BEGIN TRANSACTION")
        try:
            if migrate(self.con, self.path):
                fuse_pending(self.con)
            self.con.execute("COMMIT")
        except StoreError:
            self.con.execute("ROLLBACK")
            self.con.close()
            raise
        except Exception as exc:
            self.con.execute("ROLLBACK")
            self.con.close()
            raise StoreError(f"migrating {self.path} to schema version {SCHEMA_VERSION} failed and was rolled "
                             f"back, the file is unchanged: {exc}", code="E406") from None

    def close(self) -> None:
        """Close the database."""
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def reader(self):
        """Return another cursor on the same file, to read while this process writes."""
        return self.con.cursor()

    # --- writing ---------------------------------------------------------------------------------

    def unchanged(self, article: Article) -> bool:
        """True when this article is stored with the same text, so ingesting it again would change nothing."""
        row = self.con.execute("SELECT content_hash FROM articles WHERE id = ?", [article.id]).fetchone()
        return row is not None and row[0] == content_hash(article.text)

    def ingest(self, results: Iterable[ArticleResult], counts: Optional[IngestCounts] = None) -> IngestCounts:
        """Store a batch of results and fuse its mentions in one transaction; unchanged articles are skipped."""
        from ..fuse import fuse_pending

        counts = counts or IngestCounts()
        self.con.execute("BEGIN TRANSACTION")
        try:
            stale = write_batch(self.con, results, counts)
            fused = fuse_pending(self.con, stale)
            refresh_sources(self.con)
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"ingest into {self.path} failed and was rolled back: {exc}", code="E403") from None
        counts.new_events += fused.new_events
        counts.merged += fused.merged
        return counts

    # --- reading ---------------------------------------------------------------------------------

    def counts(self) -> dict:
        """Return the number of rows of each table."""
        return queries.table_counts(self.con)

    def events(self, actor: Optional[str] = None, dyad: Optional[tuple[str, str]] = None,
               code: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
               current_only: bool = False, limit: Optional[int] = None) -> Iterator[Event]:
        """Yield stored event mentions (one record per sentence that tells an event), ordered by event date."""
        return queries.mention_records(self.con, actor, dyad, code, since, until, current_only, limit)

    def fused_events(self, actor: Optional[str] = None, dyad: Optional[tuple[str, str]] = None,
                     code: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                     current_only: bool = False, limit: Optional[int] = None) -> list[dict]:
        """Return fused events (one per real event) with their counts and mention links."""
        return queries.fused_events(self.con, actor, dyad, code, since, until, current_only, limit)

    def relations_by_year(self, a: str, b: str) -> list[dict]:
        """Per year of event date: fused events between two countries per quad class and their Goldstein sum."""
        return queries.relations_by_year(self.con, a, b)
