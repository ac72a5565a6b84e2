"""What the analyses share: which events count, dyad and date filters, the cooperation–conflict index."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ..errors import ConfigError
from ..store.queries import FACTUAL

__all__ = ["FACTUAL", "dyad_clause", "date_clause", "cc_index", "check_date", "parse_dyad", "QUADS"]

QUADS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}


def check_date(value: Optional[str], option: str) -> Optional[str]:
    """Return an ISO date given as YYYY, YYYY-MM or YYYY-MM-DD as YYYY-MM-DD; raise ConfigError otherwise."""
    if value is None:
        return None
    text = value.strip()
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", text):
        raise ConfigError(f"{option} {value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD", code="E151")
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1).isoformat()
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1).isoformat()
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ConfigError(f"{option} {value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD", code="E151") from None


def parse_dyad(value: Optional[str]) -> Optional[tuple[str, str]]:
    """Split 'A,B' into two upper-case codes; raise ConfigError unless there are exactly two."""
    if not value:
        return None
    parts = [p.strip().upper() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise ConfigError(f"--dyad takes two actor codes separated by a comma (e.g. RUS,GEO), not {value!r}",
                          code="E152")
    return parts[0], parts[1]


def dyad_clause(a: str, b: str, alias: str = "") -> tuple[str, list]:
    """SQL (and parameters) for events between A and B in either direction; codes match as prefixes."""
    p = f"{alias}." if alias else ""
    sql = (f"(({p}source_code LIKE ? AND {p}target_code LIKE ?) OR "
           f"({p}source_code LIKE ? AND {p}target_code LIKE ?))")
    a, b = a.upper() + "%", b.upper() + "%"
    return sql, [a, b, b, a]


def date_clause(column: str, since: Optional[str], until: Optional[str]) -> tuple[list[str], list]:
    """SQL conditions (and parameters) keeping `column` within since..until (ISO dates, both optional)."""
    clauses, params = [], []
    if since:
        clauses.append(f"{column} >= CAST(? AS DATE)")
        params.append(since)
    if until:
        clauses.append(f"{column} <= CAST(? AS DATE)")
        params.append(until)
    return clauses, params


def cc_index(coop: int, conflict: int) -> Optional[float]:
    """(cooperation − conflict) / (cooperation + conflict): +1 all cooperation, −1 all conflict, None if neither."""
    total = coop + conflict
    return round((coop - conflict) / total, 3) if total else None
