"""Relations of two actors over time: per period, events per quad class, Goldstein sum and mean, and the
cooperation–conflict index, dated by when events happened, and optionally by when they were reported."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from ..errors import ConfigError
from .common import FACTUAL, QUADS, cc_index, date_clause, dyad_clause

__all__ = ["timeline", "Timeline", "PERIODS"]

PERIODS = ("month", "quarter", "year")
# A period can only hold events dated at least as precisely as itself.
_PRECISE_ENOUGH = {"month": ("day", "week", "month"), "quarter": ("day", "week", "month", "quarter"),
                   "year": None}


@dataclass
class Timeline:
    """The rows of a timeline and what was left out of it."""

    a: str
    b: str
    by: str
    by_published: bool
    rows: list = field(default_factory=list)
    too_coarse: int = 0           # events dated less precisely than the period (e.g. only a year, by month)


def _period_sql(by: str, column: str) -> str:
    if by == "month":
        return f"strftime({column}, '%Y-%m')"
    if by == "quarter":
        return f"CAST(year({column}) AS VARCHAR) || '-Q' || CAST(quarter({column}) AS VARCHAR)"
    return f"CAST(year({column}) AS VARCHAR)"


def _label(day: dt.date, by: str) -> str:
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if by == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year:04d}"


def _next(day: dt.date, by: str) -> dt.date:
    step = {"month": 1, "quarter": 3, "year": 12}[by]
    month = day.month - 1 + step
    return dt.date(day.year + month // 12, month % 12 + 1, 1)


def _start(label: str, by: str) -> dt.date:
    if by == "month":
        return dt.date(int(label[:4]), int(label[5:7]), 1)
    if by == "quarter":
        return dt.date(int(label[:4]), (int(label[6]) - 1) * 3 + 1, 1)
    return dt.date(int(label[:4]), 1, 1)


def _quad_sql(goldstein: str, quad: str) -> str:
    return ", ".join([f"count(*) FILTER (WHERE {quad} = {q})" for q in QUADS] + [f"sum({goldstein})"])


def timeline(con, a: str, b: str, by: str = "month", since: Optional[str] = None, until: Optional[str] = None,
             by_published: bool = False) -> Timeline:
    """Return per-period counts of fused events between A and B (either direction), dated by event date.

    With `by_published`, each row also gives the publication-date view: one record per article
    (near-duplicate copies left out) that reports an event of the dyad, dated by its publication
    date, which is how GDELT's event table dates and counts events.
    """
    if by not in PERIODS:
        raise ConfigError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}", code="E153")
    result = Timeline(a.upper(), b.upper(), by, by_published)
    dyad, params = dyad_clause(a, b)
    dates, date_params = date_clause("event_date", since, until)
    precise = _PRECISE_ENOUGH[by]
    where = " AND ".join([FACTUAL, "event_date IS NOT NULL", dyad, *dates])
    if precise:
        result.too_coarse = con.execute(
            f"SELECT count(*) FROM events WHERE {where} AND date_precision NOT IN {precise!r}",
            params + date_params).fetchone()[0]
        where += f" AND date_precision IN {precise!r}"
    stats: dict[str, dict] = {}
    for period, q1, q2, q3, q4, gsum in con.execute(
            f"SELECT {_period_sql(by, 'event_date')} AS p, {_quad_sql('goldstein', 'quad_class')} "
            f"FROM events WHERE {where} GROUP BY p", params + date_params).fetchall():
        stats.setdefault(period, {})["event"] = (q1, q2, q3, q4, gsum)
    if by_published:
        edyad, eparams = dyad_clause(a, b, "e")
        pdates, pparams = date_clause("m.published", since, until)
        pwhere = " AND ".join(["e." + FACTUAL, edyad])
        # The dyad is picked from the events first, so only its mentions are joined and de-duplicated.
        sql = f"""WITH e AS (SELECT event_id, goldstein, quad_class FROM events e WHERE {pwhere})
                  SELECT {_period_sql(by, 'x.published')} AS p, {_quad_sql('e.goldstein', 'e.quad_class')}
                  FROM (SELECT DISTINCT m.article_id, m.event_id, m.published
                        FROM event_mentions m JOIN e ON e.event_id = m.event_id
                        JOIN articles art ON art.id = m.article_id
                        WHERE art.duplicate_of IS NULL AND {' AND '.join(['m.published IS NOT NULL', *pdates])}) x
                  JOIN e ON e.event_id = x.event_id
                  GROUP BY p"""
        for period, q1, q2, q3, q4, gsum in con.execute(sql, eparams + pparams).fetchall():
            stats.setdefault(period, {})["reported"] = (q1, q2, q3, q4, gsum)
    result.rows = [_row(label, stats.get(label, {}), by_published) for label in _labels(stats, by, since, until)]
    return result


def _labels(stats: dict, by: str, since: Optional[str], until: Optional[str]) -> list[str]:
    """Every period from the first to the last (or since..until), so that quiet periods show as zeros."""
    if not stats and not (since and until):
        return []
    first = _start(min(stats), by) if stats else None
    last = _start(max(stats), by) if stats else None
    if since:
        first = dt.date.fromisoformat(since)
    if until:
        last = dt.date.fromisoformat(until)
    if first is None or last is None:
        return sorted(stats)
    day, out = _start(_label(first, by), by), []
    while day <= last:
        out.append(_label(day, by))
        day = _next(day, by)
    return out


def _row(period: str, got: dict, by_published: bool) -> dict:
    q1, q2, q3, q4, gsum = got.get("event", (0, 0, 0, 0, None))
    n = q1 + q2 + q3 + q4
    row = {"period": period, "events": n, "verbal_coop": q1, "material_coop": q2, "verbal_conflict": q3,
           "material_conflict": q4, "goldstein_sum": round(gsum or 0.0, 1),
           "goldstein_mean": round(gsum / n, 2) if n else None, "coop_conflict_index": cc_index(q1 + q2, q3 + q4)}
    if by_published:
        r1, r2, r3, r4, rsum = got.get("reported", (0, 0, 0, 0, None))
        rn = r1 + r2 + r3 + r4
        row.update({"reported": rn, "reported_coop": r1 + r2, "reported_conflict": r3 + r4,
                    "reported_goldstein_sum": round(rsum or 0.0, 1),
                    "reported_index": cc_index(r1 + r2, r3 + r4)})
    return row
