"""A schema-version-1 file as eventwire 0.1.0 wrote it (its DDL and row layout, kept here verbatim as a test
fixture), so that the migration to the current version is tested on a real v1 file."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import duckdb

V1_SCHEMA = [
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


def _period_start(value):
    if not value or not value[:4].isdigit():
        return None
    if len(value) >= 10 and value[7] == "-":
        return dt.date.fromisoformat(value[:10])
    if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
        return dt.date(int(value[:4]), int(value[5:7]), 1)
    return dt.date(int(value[:4]), 1, 1)


def write_v1(path: str, results) -> None:
    """Write results into a new file exactly as schema version 1 laid them out."""
    con = duckdb.connect(path)
    for stmt in V1_SCHEMA:
        con.execute(stmt)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    for r in results:
        a = r.article
        con.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [a.id, hashlib.sha1(a.text.encode("utf-8")).hexdigest(), a.title, a.published, a.published_basis,
                     a.published_uncertain, a.source, a.url, a.origin, a.text, dt.datetime.now()])
        con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
                        [[a.id, s.index, s.start, s.end, s.text] for s in r.sentences])
        con.executemany("INSERT INTO actor_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [[a.id, m.start, m.end, m.text, m.code, m.country, m.role, m.category, m.rule, m.sentence]
                         for m in {m.start: m for m in r.actors}.values()])
        seen = set()
        for e in r.events:
            if e.event_id in seen:
                continue
            seen.add(e.event_id)
            con.execute("INSERT INTO events VALUES (" + ", ".join(["?"] * 24) + ")",
                        [e.event_id, a.id, e.sentence.index, e.trigger.start,
                         e.source.code if e.source else None, e.source.country if e.source else None,
                         e.target.code if e.target else None, e.target.country if e.target else None,
                         e.cameo.code, e.cameo.root, e.cameo.goldstein, e.cameo.quad_class, e.plover.event,
                         e.date.value, e.date.precision, e.date.basis, _period_start(e.date.value), e.background,
                         e.negated, e.modality, e.article.get("published"), e.article.get("source"), e.confidence,
                         json.dumps(e.to_dict(), ensure_ascii=False)])
    con.close()
