"""Schema versions and the steps between them: a file written by any earlier eventwire opens in this one.

Each step takes the connection inside the caller's transaction and leaves the file at the next
version; `migrate` runs the steps in order and records the version in `meta`.
"""

from __future__ import annotations

import json
from typing import Callable, Optional

from ..errors import StoreError
from ..records import Event
from . import dedup
from .schema import MENTION_COLUMNS, SCHEMA_VERSION, create_all, table_sql
from .writer import insert_rows, link_duplicates, mention_row, refresh_sources

__all__ = ["read_version", "migrate", "MIGRATIONS"]


def read_version(con) -> Optional[int]:
    """Return the schema version stored in the file, or None for a file eventwire never wrote to."""
    has_meta = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'").fetchone()[0]
    if not has_meta:
        return None
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def _v1_to_v2(con) -> None:
    """v2 keeps event mentions in `event_mentions`, adds fused `events`, `sources` and near-duplicate links."""
    old = con.execute("SELECT e.article_id, e.record, a.published FROM events e JOIN articles a "
                      "ON a.id = e.article_id ORDER BY e.article_id, e.trigger_start").fetchall()
    con.execute("DROP INDEX IF EXISTS events_date")
    con.execute("DROP TABLE events")
    for column in ("minhash UINTEGER[]", "duplicate_of VARCHAR", "similarity DOUBLE"):
        con.execute(f"ALTER TABLE articles ADD COLUMN {column}")
    # v1 did not keep paragraphs; NULL says "unknown", which `is_root` reads as not in the lead.
    con.execute("ALTER TABLE sentences ADD COLUMN paragraph INTEGER")
    for name in ("sources", "article_bands", "event_mentions", "events"):
        con.execute(table_sql(name))
    insert_rows(con, "event_mentions", MENTION_COLUMNS,
                [mention_row(aid, Event.from_dict(json.loads(record)), published and published.isoformat())
                 for aid, record, published in old])
    articles = con.execute("SELECT id, text FROM articles ORDER BY ingested_at, id").fetchall()
    sigs = [(aid, dedup.signature(text or "")) for aid, text in articles]
    links = link_duplicates(con, sigs)
    rows = [[aid, sig, *links.get(aid, (None, None))] for aid, sig in sigs]
    if rows:
        con.execute("""UPDATE articles SET minhash = u.minhash, duplicate_of = u.dup, similarity = u.sim
                       FROM (SELECT unnest(?) AS id, unnest(?::UINTEGER[][]) AS minhash, unnest(?) AS dup,
                                    unnest(?::DOUBLE[]) AS sim) u
                       WHERE articles.id = u.id""", [list(c) for c in zip(*rows)])
    insert_rows(con, "article_bands", ["band", "key", "article_id"],
                [[b, k, aid] for aid, sig in sigs if sig for b, k in dedup.bands(sig)])
    refresh_sources(con)


# version -> the step that takes a file from that version to the next.
MIGRATIONS: dict[int, Callable] = {1: _v1_to_v2}


def migrate(con, path: str) -> bool:
    """Bring the file to SCHEMA_VERSION inside the caller's transaction; return True when a step ran."""
    version = read_version(con)
    if version is None:
        create_all(con)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        return False
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path} has schema version {version}, newer than this eventwire ({SCHEMA_VERSION}); "
                         f"upgrade eventwire", code="E402")
    ran = False
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(f"{path} has schema version {version}, which this eventwire cannot migrate; "
                             f"re-ingest the articles into a new file", code="E406")
        step(con)
        version += 1
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
        ran = True
    return ran
