"""Reading the store: table counts, event mentions as records, fused events as rows, relations by year."""

from __future__ import annotations

import json
from typing import Iterator, Optional

from ..records import Event

__all__ = ["table_counts", "mention_records", "fused_events", "relations_by_year", "filters", "TABLE_NAMES",
           "FACTUAL"]

TABLE_NAMES = ("articles", "sources", "sentences", "actor_mentions", "event_mentions", "events")
# What relations and the analyses count: fused events that happened (not negated, not only planned,
# asked for or supposed).
FACTUAL = "polarity = 'factual'"


def table_counts(con) -> dict:
    """Return the number of rows of each table."""
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLE_NAMES}


def filters(actor=None, dyad=None, code=None, since=None, until=None, current_only=False) -> tuple[str, list]:
    """Return a WHERE clause and its parameters over columns that mentions and events share."""
    clauses, params = [], []
    if actor:
        clauses.append("(source_code LIKE ? OR target_code LIKE ?)")
        params += [actor.upper() + "%"] * 2
    if dyad:
        a, b = (x.strip().upper() for x in dyad)
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


def mention_records(con, actor=None, dyad=None, code=None, since=None, until=None, current_only=False,
                    limit: Optional[int] = None) -> Iterator[Event]:
    """Yield stored event mentions matching the filters as records, ordered by event date."""
    where, params = filters(actor, dyad, code, since, until, current_only)
    sql = f"SELECT record FROM event_mentions {where} ORDER BY event_date NULLS LAST, article_id, trigger_start"
    if limit:
        sql += f" LIMIT {int(limit)}"
    for (record,) in con.execute(sql, params).fetchall():
        yield Event.from_dict(json.loads(record))


_EVENT_OUT = """event_id, event_date, date_value, date_precision, source_code, cameo_code, target_code, goldstein,
    quad_class, num_mentions, num_articles, num_sources, num_copies, first_reported, last_reported, background,
    polarity, location_name"""


def fused_events(con, actor=None, dyad=None, code=None, since=None, until=None, current_only=False,
                 limit: Optional[int] = None, with_mentions: bool = True) -> list[dict]:
    """Return fused events matching the filters, ordered by event date, with their mention ids."""
    where, params = filters(actor, dyad, code, since, until, current_only)
    sql = f"SELECT {_EVENT_OUT} FROM events {where} ORDER BY event_date NULLS LAST, event_num"
    if limit:
        sql += f" LIMIT {int(limit)}"
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    if with_mentions and rows:
        links: dict[str, list] = {}
        for event_id, mention_id, article_id in con.execute(
                "SELECT event_id, mention_id, article_id FROM event_mentions WHERE list_contains(?, event_id) "
                "ORDER BY published NULLS LAST, article_id, trigger_start", [[r["event_id"] for r in rows]]).fetchall():
            links.setdefault(event_id, []).append({"mention_id": mention_id, "article_id": article_id})
        for r in rows:
            r["mentions"] = links.get(r["event_id"], [])
    for r in rows:
        for k in ("event_date", "first_reported", "last_reported"):
            r[k] = r[k].isoformat() if r[k] is not None else None
    return rows


def relations_by_year(con, a: str, b: str) -> list[dict]:
    """Per year of event date: fused events between two countries per quad class and their Goldstein sum."""
    a, b = a.upper(), b.upper()
    rows = con.execute(
        f"""SELECT year(event_date) AS year,
                  count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                  count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                  round(sum(goldstein), 1), count(*), sum(num_mentions)
           FROM events
           WHERE {FACTUAL} AND event_date IS NOT NULL AND
                 ((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))
           GROUP BY 1 ORDER BY 1""", [a, b, b, a]).fetchall()
    return [{"year": y, "verbal_coop": q1, "material_coop": q2, "verbal_conflict": q3, "material_conflict": q4,
             "goldstein": g, "events": n, "mentions": int(nm or 0)} for y, q1, q2, q3, q4, g, n, nm in rows]
