"""The store's tables at the current schema version (documented column by column in docs/store.md)."""

from __future__ import annotations

__all__ = ["SCHEMA_VERSION", "TABLES", "create_all", "MENTION_COLUMNS", "EVENT_COLUMNS", "ARTICLE_COLUMNS", "table_sql"]

SCHEMA_VERSION = 2

# One entry per table: name -> column definitions. Only primary keys are indexed: DuckDB scans a
# column of a million rows in milliseconds, and an index on a column that ingest updates would turn
# each update into a delete and an insert.
def _cols(spec: str) -> list[tuple[str, str]]:
    return [tuple(c.split(None, 1)) for c in (x.strip() for x in spec.split(",")) if c]


# name -> (columns, primary key). Only primary keys are indexed: DuckDB scans a column of a million
# rows in milliseconds, and an index on a column that ingest updates would turn each update into a
# delete and an insert.
TABLES: dict[str, tuple[list[tuple[str, str]], str]] = {
    "meta": (_cols("key VARCHAR, value VARCHAR"), "key"),
    "sources": (_cols("name VARCHAR, num_articles INTEGER, num_copies INTEGER, first_published DATE, "
                      "last_published DATE"), "name"),
    "articles": (_cols("""id VARCHAR, content_hash VARCHAR, title VARCHAR, published DATE, published_basis VARCHAR,
        published_uncertain BOOLEAN, source VARCHAR, url VARCHAR, origin VARCHAR, text VARCHAR,
        ingested_at TIMESTAMP, minhash UINTEGER[], duplicate_of VARCHAR, similarity DOUBLE"""), "id"),
    "article_bands": (_cols("band SMALLINT, key BIGINT, article_id VARCHAR"), ""),
    "sentences": (_cols("article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR, "
                        "paragraph INTEGER"), "article_id, idx"),
    "actor_mentions": (_cols("""article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR,
        code VARCHAR, country VARCHAR, role VARCHAR, category VARCHAR, rule VARCHAR, sentence INTEGER"""),
        "article_id, start_char"),
    "event_mentions": (_cols("""mention_id VARCHAR, article_id VARCHAR, sentence_idx INTEGER,
        trigger_start INTEGER, source_code VARCHAR, source_country VARCHAR, target_code VARCHAR,
        target_country VARCHAR, cameo_code VARCHAR, cameo_root VARCHAR, goldstein DOUBLE, quad_class INTEGER,
        plover_event VARCHAR, date_value VARCHAR, date_precision VARCHAR, date_basis VARCHAR, date_bound VARCHAR,
        event_date DATE, date_start DATE, date_end DATE, background BOOLEAN, negated BOOLEAN, modality VARCHAR,
        published DATE, source_outlet VARCHAR, confidence DOUBLE, location_name VARCHAR, location_country VARCHAR,
        lat DOUBLE, lon DOUBLE, event_id VARCHAR, record VARCHAR"""), "mention_id"),
    "events": (_cols("""event_id VARCHAR, event_num BIGINT, block_key VARCHAR, source_code VARCHAR,
        source_country VARCHAR, target_code VARCHAR, target_country VARCHAR, cameo_code VARCHAR,
        cameo_root VARCHAR, goldstein DOUBLE, quad_class INTEGER, date_value VARCHAR, date_precision VARCHAR,
        date_basis VARCHAR, date_bound VARCHAR, event_date DATE, date_start DATE, date_end DATE,
        polarity VARCHAR, negated BOOLEAN, modality VARCHAR, location_name VARCHAR, location_country VARCHAR,
        lat DOUBLE, lon DOUBLE, background BOOLEAN, num_mentions INTEGER, num_articles INTEGER,
        num_sources INTEGER, num_copies INTEGER, first_reported DATE, last_reported DATE,
        is_root BOOLEAN"""), "event_id"),
}

ARTICLE_COLUMNS = [c for c, _ in TABLES["articles"][0]]
MENTION_COLUMNS = [c for c, _ in TABLES["event_mentions"][0]]
EVENT_COLUMNS = [c for c, _ in TABLES["events"][0]]


def table_sql(name: str) -> str:
    """Return the CREATE TABLE statement of a table at the current version."""
    columns, key = TABLES[name]
    body = ", ".join(f"{c} {t}" for c, t in columns) + (f", PRIMARY KEY ({key})" if key else "")
    return f"CREATE TABLE IF NOT EXISTS {name} ({body})"


def create_all(con) -> None:
    """Create every table that does not exist yet, at the current version."""
    for name in TABLES:
        con.execute(table_sql(name))
