"""Read a distributed run's Parquet partitions with DuckDB, as views named events, articles and errors."""

from __future__ import annotations

import glob
import os

import duckdb

from ..errors import StoreError
from .parquet import TABLES

__all__ = ["open_parquet", "parquet_summary"]


def _pattern(out_dir: str, table: str) -> str:
    return os.path.join(out_dir, table, "part-*.parquet")


def open_parquet(out_dir: str) -> duckdb.DuckDBPyConnection:
    """Return an in-memory DuckDB connection with views `events`, `articles` and `errors` over `out_dir`."""
    missing = [t for t in TABLES if not glob.glob(_pattern(out_dir, t))]
    if missing:
        raise StoreError(f"no Parquet partitions of {', '.join(missing)} under {out_dir}; run "
                         "`eventwire distribute PATH... --out DIR` first", code="E410")
    con = duckdb.connect()
    try:
        for table in TABLES:
            # DuckDB takes no parameters in a view's definition, so the path is quoted by hand.
            path = _pattern(out_dir, table).replace("'", "''")
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{path}')")
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"cannot read the Parquet partitions under {out_dir}: {exc}", code="E410") from None
    return con


def parquet_summary(out_dir: str) -> dict:
    """Return the counts of a Parquet output folder: partitions, articles, events, errors and event dates."""
    con = open_parquet(out_dir)
    try:
        partitions = len(glob.glob(_pattern(out_dir, "events")))
        articles, with_events = con.execute("SELECT count(*), count(*) FILTER (n_events > 0) FROM articles").fetchone()
        events, first, last = con.execute("SELECT count(*), min(event_date), max(event_date) FROM events").fetchone()
        (errors,) = con.execute("SELECT count(*) FROM errors").fetchone()
    finally:
        con.close()
    return {"partitions": partitions, "articles": articles, "articles_with_events": with_events, "events": events,
            "errors": errors, "first_event_date": first.isoformat() if first else None,
            "last_event_date": last.isoformat() if last else None}
