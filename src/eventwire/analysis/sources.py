"""Outlets compared: how each tells the events (of a dyad), and which events only one outlet reports."""

from __future__ import annotations

from typing import Optional

from .common import FACTUAL, date_clause, dyad_clause

__all__ = ["compare_sources", "exclusive_events", "UNKNOWN_OUTLET"]

UNKNOWN_OUTLET = "(unknown)"

# One row per (outlet, fused event) from articles that are not near-duplicate copies (a syndicated copy
# tells nothing its original did not); the events are filtered first, so only their mentions are grouped.
_OUTLET_EVENTS = """
WITH e AS (SELECT * FROM events e WHERE {where}),
o AS (
    SELECT coalesce(a.source, '(unknown)') AS outlet, m.event_id, count(*) AS mentions,
           bool_and(m.background) AS background
    FROM event_mentions m JOIN e ON e.event_id = m.event_id JOIN articles a ON a.id = m.article_id
    WHERE a.duplicate_of IS NULL
    GROUP BY 1, 2)
"""


def _where(dyad: Optional[tuple[str, str]], since: Optional[str], until: Optional[str]) -> tuple[str, list]:
    clauses, params = ["e." + FACTUAL], []
    if dyad:
        sql, p = dyad_clause(dyad[0], dyad[1], "e")
        clauses.append(sql)
        params += p
    dates, p = date_clause("e.event_date", since, until)
    return " AND ".join(clauses + dates), params + p


def compare_sources(con, dyad: Optional[tuple[str, str]] = None, since: Optional[str] = None,
                    until: Optional[str] = None) -> list[dict]:
    """Per outlet: events, mentions, events per CAMEO root, mean Goldstein, background share, exclusive events."""
    where, params = _where(dyad, since, until)
    base = _OUTLET_EVENTS.format(where=where)
    rows = con.execute(f"""{base}
        SELECT o.outlet, count(*) AS events, sum(o.mentions) AS mentions, round(avg(e.goldstein), 2),
               round(avg(CASE WHEN o.background THEN 1.0 ELSE 0.0 END), 3),
               count(*) FILTER (WHERE e.num_sources = 1)
        FROM o JOIN e ON e.event_id = o.event_id GROUP BY o.outlet ORDER BY events DESC, o.outlet""",
                       params).fetchall()
    roots: dict[str, dict[str, int]] = {}
    for outlet, root, n in con.execute(f"""{base}
            SELECT o.outlet, e.cameo_root, count(*) FROM o JOIN e ON e.event_id = o.event_id
            GROUP BY 1, 2 ORDER BY 1, 2""", params).fetchall():
        roots.setdefault(outlet, {})[root] = n
    return [{"outlet": outlet, "events": n, "mentions": int(mentions), "roots": roots.get(outlet, {}),
             "mean_goldstein": gmean, "background_share": bshare, "exclusive": excl}
            for outlet, n, mentions, gmean, bshare, excl in rows]


def exclusive_events(con, dyad: Optional[tuple[str, str]] = None, since: Optional[str] = None,
                     until: Optional[str] = None) -> list[dict]:
    """The fused events that a single outlet reports, with that outlet, ordered by outlet and event date."""
    where, params = _where(dyad, since, until)
    cur = con.execute(f"""{_OUTLET_EVENTS.format(where=where + ' AND e.num_sources = 1')}
        SELECT o.outlet, e.event_id, e.event_date, e.date_precision, e.source_code, e.cameo_code, e.target_code,
               e.goldstein, e.num_mentions, e.num_articles
        FROM o JOIN e ON e.event_id = o.event_id
        ORDER BY o.outlet, e.event_date NULLS LAST, e.event_num""", params)
    names = [d[0] for d in cur.description]
    out = []
    for r in cur.fetchall():
        row = dict(zip(names, r))
        row["event_date"] = row["event_date"].isoformat() if row["event_date"] else None
        out.append(row)
    return out
