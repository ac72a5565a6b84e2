"""Export: fused events or event mentions to Parquet, CSV, JSON Lines or GDELT 2.0 columns (entry point: `export`).

DuckDB writes the file itself (`COPY ... TO`), so a million events export without passing through
Python and without pyarrow.
"""

from __future__ import annotations

from ..errors import ConfigError, StoreError
from . import gdelt

__all__ = ["export", "FORMATS", "KINDS"]

FORMATS = ("parquet", "csv", "jsonl", "gdelt")
KINDS = ("events", "mentions")

_EVENTS = """SELECT e.*, l.mention_ids FROM events e
    LEFT JOIN (SELECT event_id, list(mention_id ORDER BY published NULLS LAST, article_id, trigger_start)
               AS mention_ids FROM event_mentions GROUP BY event_id) l ON l.event_id = e.event_id
    ORDER BY e.event_num"""

_MENTIONS = """SELECT m.* EXCLUDE (record), json_extract_string(m.record, '$.trigger.text') AS trigger_text,
        json_extract_string(m.record, '$.sentence.text') AS sentence_text, a.duplicate_of
    FROM event_mentions m JOIN articles a ON a.id = m.article_id
    ORDER BY m.event_id NULLS LAST, m.published NULLS LAST, m.article_id, m.trigger_start"""


def _options(fmt: str) -> str:
    if fmt == "parquet":
        return "FORMAT parquet"
    if fmt == "jsonl":
        return "FORMAT json"
    if fmt == "csv":
        return "FORMAT csv, HEADER true"
    # GDELT's files are tab-separated without a header line.
    return "FORMAT csv, DELIMITER '\t', HEADER false"


def export(con, fmt: str, path: str, kind: str = "events") -> int:
    """Write the stored events (or mentions) to `path` in the format; return the number of rows written."""
    if fmt not in FORMATS:
        raise ConfigError(f"export format must be one of {', '.join(FORMATS)}, not {fmt!r}", code="E153")
    if kind not in KINDS:
        raise ConfigError(f"export writes one of {', '.join(KINDS)}, not {kind!r}", code="E153")
    if fmt == "gdelt":
        sql = gdelt.events_sql() if kind == "events" else gdelt.mentions_sql()
    else:
        sql = _EVENTS if kind == "events" else _MENTIONS
    target = path.replace("'", "''")
    try:
        row = con.execute(f"COPY ({sql}) TO '{target}' ({_options(fmt)})").fetchone()
    except Exception as exc:  # duckdb reports an unwritable path as one of several error types
        raise StoreError(f"cannot export to {path}: {exc}", code="E408") from None
    return int(row[0]) if row else 0
