"""Store: articles, sentences, actor mentions and events in one embedded DuckDB file (entry point: `Store`).

Ingest is one transaction per batch, keyed by article id and a hash of its text: the same article
again changes nothing, an edited article replaces its old rows, and a failure leaves no half article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Iterable, Iterator, Optional

from ..errors import StoreError
from ..records import ArticleResult, Event

__all__ = ["Store", "SCHEMA_VERSION", "IngestCounts"]

SCHEMA_VERSION = 1

_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY, content_hash VARCHAR, title VARCHAR, published DATE, published_basis VARCHAR,
        published_uncertain BOOLEAN, source VARCHAR, url VARCHAR, origin VARCHAR, text VARCHAR,
        ingested_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS sentences (
        article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
        PRIMARY KEY (article_id, idx))""",
    """CREATE TABLE IF NOT EXISTS actor_mentions (
        article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, code VARCHAR, country VARCHAR,
        role VARCHAR, category VARCHAR, rule VARCHAR, sentence INTEGER, PRIMARY KEY (article_id, start_char))""",
    """CREATE TABLE IF NOT EXISTS events (
        event_id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence_idx INTEGER, trigger_start INTEGER,
        source_code VARCHAR, source_country VARCHAR, target_code VARCHAR, target_country VARCHAR,
        cameo_code VARCHAR, cameo_root VARCHAR, goldstein DOUBLE, quad_class INTEGER, plover_event VARCHAR,
        date_value VARCHAR, date_precision VARCHAR, date_basis VARCHAR, event_date DATE, background BOOLEAN,
        negated BOOLEAN, modality VARCHAR, published DATE, source_outlet VARCHAR, confidence DOUBLE,
        record VARCHAR)""",
    "CREATE INDEX IF NOT EXISTS events_date ON events (event_date)",
]


def _period_start(value: Optional[str]) -> Optional[dt.date]:
    if not value or not value[:4].isdigit():
        return None
    try:
        if len(value) >= 10 and value[7] == "-":
            return dt.date.fromisoformat(value[:10])
        if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        return dt.date(int(value[:4]), 1, 1)
    except ValueError:
        return None


class IngestCounts:
    """What one ingest did."""

    def __init__(self) -> None:
        self.added = self.unchanged = self.replaced = self.events = 0

    def __repr__(self) -> str:
        return (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, "
                f"{self.events} events stored")


class Store:
    """One DuckDB file holding everything eventwire extracted."""

    def __init__(self, path: str, read_only: bool = False) -> None:
        import duckdb

        self.path = path
        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except Exception as exc:  # duckdb raises several unrelated types for a bad or locked file
            raise StoreError(f"cannot open the database {path}: {exc}", code="E401") from None
        if not read_only:
            self._migrate()

    def _migrate(self) -> None:
        for stmt in _SCHEMA:
            self.con.execute(stmt)
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {row[0]}, newer than this eventwire "
                             f"({SCHEMA_VERSION}); upgrade eventwire", code="E402")

    def close(self) -> None:
        """Close the database."""
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------------

    def ingest(self, results: Iterable[ArticleResult], counts: Optional[IngestCounts] = None) -> IngestCounts:
        """Store a batch of results in one transaction; articles already stored unchanged are skipped."""
        counts = counts or IngestCounts()
        self.con.execute("BEGIN TRANSACTION")
        try:
            for r in results:
                self._ingest_one(r, counts)
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"ingest into {self.path} failed and was rolled back: {exc}", code="E403") from None
        return counts

    def _ingest_one(self, r: ArticleResult, counts: IngestCounts) -> None:
        a = r.article
        digest = hashlib.sha1(a.text.encode("utf-8")).hexdigest()
        row = self.con.execute("SELECT content_hash FROM articles WHERE id = ?", [a.id]).fetchone()
        if row is not None and row[0] == digest:
            counts.unchanged += 1
            return
        if row is not None:
            for table, key in (("articles", "id"), ("sentences", "article_id"), ("actor_mentions", "article_id"),
                               ("events", "article_id")):
                self.con.execute(f"DELETE FROM {table} WHERE {key} = ?", [a.id])
            counts.replaced += 1
        else:
            counts.added += 1
        self.con.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [a.id, digest, a.title, a.published, a.published_basis, a.published_uncertain, a.source,
                          a.url, a.origin, a.text, dt.datetime.now()])
        if r.sentences:
            self.con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
                                 [[a.id, s.index, s.start, s.end, s.text] for s in r.sentences])
        mentions = {m.start: m for m in r.actors}
        if mentions:
            self.con.executemany("INSERT INTO actor_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 [[a.id, m.start, m.end, m.text, m.code, m.country, m.role, m.category, m.rule,
                                   m.sentence] for m in mentions.values()])
        seen = set()
        rows = []
        for e in r.events:
            if e.event_id in seen:
                continue
            seen.add(e.event_id)
            rows.append(self._event_row(a.id, e))
        if rows:
            self.con.executemany("INSERT INTO events VALUES (" + ", ".join(["?"] * 24) + ")", rows)
        counts.events += len(rows)

    @staticmethod
    def _event_row(article_id: str, e: Event) -> list:
        return [e.event_id, article_id, e.sentence.index, e.trigger.start,
                e.source.code if e.source else None, e.source.country if e.source else None,
                e.target.code if e.target else None, e.target.country if e.target else None,
                e.cameo.code, e.cameo.root, e.cameo.goldstein, e.cameo.quad_class, e.plover.event,
                e.date.value, e.date.precision, e.date.basis, _period_start(e.date.value), e.background, e.negated,
                e.modality, e.article.get("published"), e.article.get("source"), e.confidence,
                json.dumps(e.to_dict(), ensure_ascii=False)]

    # --- reading ---------------------------------------------------------------------------------

    def counts(self) -> dict:
        """Return the number of rows of each table."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "sentences", "actor_mentions", "events")}

    def events(self, actor: Optional[str] = None, dyad: Optional[tuple[str, str]] = None,
               code: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
               current_only: bool = False, limit: Optional[int] = None) -> Iterator[Event]:
        """Yield stored events matching the filters, ordered by event date."""
        where, params = self._filters(actor, dyad, code, since, until, current_only)
        sql = f"SELECT record FROM events {where} ORDER BY event_date NULLS LAST, article_id, trigger_start"
        if limit:
            sql += f" LIMIT {int(limit)}"
        for (record,) in self.con.execute(sql, params).fetchall():
            yield Event.from_dict(json.loads(record))

    @staticmethod
    def _filters(actor, dyad, code, since, until, current_only) -> tuple[str, list]:
        clauses, params = [], []
        if actor:
            clauses.append("(source_code LIKE ? OR target_code LIKE ?)")
            params += [actor.upper() + "%"] * 2
        if dyad:
            a, b = (x.upper() for x in dyad)
            clauses.append("((source_code LIKE ? AND target_code LIKE ?) OR (source_code LIKE ? AND target_code LIKE ?))")
            params += [a + "%", b + "%", b + "%", a + "%"]
        if code:
            clauses.append("cameo_code LIKE ?")
            params.append(code + "%")
        if since:
            clauses.append("event_date >= CAST(? AS DATE)")
            params.append(since)
        if until:
            clauses.append("event_date <= CAST(? AS DATE)")
            params.append(until)
        if current_only:
            clauses.append("NOT background")
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def relations_by_year(self, a: str, b: str) -> list[dict]:
        """Per year of event date: events between two countries per quad class and their Goldstein sum."""
        a, b = a.upper(), b.upper()
        rows = self.con.execute(
            """SELECT year(event_date) AS year,
                      count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                      count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                      round(sum(goldstein), 1), count(*)
               FROM events
               WHERE NOT negated AND event_date IS NOT NULL AND
                     ((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))
               GROUP BY 1 ORDER BY 1""", [a, b, b, a]).fetchall()
        return [{"year": y, "verbal_coop": q1, "material_coop": q2, "verbal_conflict": q3, "material_conflict": q4,
                 "goldstein": g, "events": n} for y, q1, q2, q3, q4, g, n in rows]
