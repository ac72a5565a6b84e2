"""The most active actors and pairs of actors in a period, counted in fused events."""

from __future__ import annotations

from typing import Optional

from ..errors import ConfigError
from .common import FACTUAL, cc_index, date_clause

__all__ = ["actors_top", "dyads_top", "LEVELS"]

LEVELS = ("code", "country")


def _columns(level: str) -> tuple[str, str]:
    if level not in LEVELS:
        raise ConfigError(f"--level must be one of {', '.join(LEVELS)}, not {level!r}", code="E153")
    return ("source_code", "target_code") if level == "code" else ("source_country", "target_country")


def _where(since: Optional[str], until: Optional[str]) -> tuple[str, list]:
    dates, params = date_clause("event_date", since, until)
    return " AND ".join([FACTUAL, *dates]), params


_TOTALS = """count(*) AS events, sum(num_mentions) AS mentions, round(avg(goldstein), 2) AS goldstein_mean,
    count(*) FILTER (WHERE quad_class <= 2) AS coop, count(*) FILTER (WHERE quad_class >= 3) AS conflict"""


def actors_top(con, since: Optional[str] = None, until: Optional[str] = None, limit: int = 20,
               level: str = "code") -> list[dict]:
    """Rank actors by the fused events they take part in (as source or target) between since and until."""
    src, tgt = _columns(level)
    where, params = _where(since, until)
    rows = con.execute(f"""
        WITH sides AS (
            SELECT {src} AS actor, 'source' AS side, num_mentions, goldstein, quad_class FROM events
            WHERE {where} AND {src} IS NOT NULL
            UNION ALL
            SELECT {tgt}, 'target', num_mentions, goldstein, quad_class FROM events
            WHERE {where} AND {tgt} IS NOT NULL)
        SELECT actor, {_TOTALS}, count(*) FILTER (WHERE side = 'source') AS as_source,
               count(*) FILTER (WHERE side = 'target') AS as_target
        FROM sides GROUP BY actor ORDER BY events DESC, mentions DESC, actor LIMIT ?""",
        params + params + [int(limit)]).fetchall()
    return [{"actor": actor, "events": n, "as_source": s, "as_target": t, "mentions": int(m or 0),
             "goldstein_mean": g, "coop_conflict_index": cc_index(c, k)}
            for actor, n, m, g, c, k, s, t in rows]


def dyads_top(con, since: Optional[str] = None, until: Optional[str] = None, limit: int = 20,
              level: str = "code") -> list[dict]:
    """Rank unordered pairs of actors by the fused events between them (either direction)."""
    src, tgt = _columns(level)
    where, params = _where(since, until)
    rows = con.execute(f"""
        SELECT least({src}, {tgt}) AS a, greatest({src}, {tgt}) AS b, {_TOTALS},
               count(*) FILTER (WHERE {src} = least({src}, {tgt})) AS a_to_b
        FROM events WHERE {where} AND {src} IS NOT NULL AND {tgt} IS NOT NULL AND {src} <> {tgt}
        GROUP BY 1, 2 ORDER BY events DESC, mentions DESC, a, b LIMIT ?""", params + [int(limit)]).fetchall()
    return [{"actor_a": a, "actor_b": b, "events": n, "a_to_b": ab, "b_to_a": n - ab, "mentions": int(m or 0),
             "goldstein_mean": g, "coop_conflict_index": cc_index(c, k)}
            for a, b, n, m, g, c, k, ab in rows]
