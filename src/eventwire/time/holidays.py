"""Named days ("Christmas Eve", "Easter", "Thanksgiving") from a data file users can extend."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from importlib import resources

__all__ = ["holiday_pattern", "holiday_date"]


@lru_cache(maxsize=1)
def _rules() -> list[tuple[str, str]]:
    text = resources.files("eventwire.time").joinpath("data/holidays.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [(name, rule) for name, rule in rows[1:]]


@lru_cache(maxsize=1)
def holiday_pattern() -> str:
    """One alternation of every holiday name, longest first so "Christmas Eve" beats "Christmas"."""
    # Specific names first: "Christmas Eve" must be tried before "Christmas( Day)?" can stop at "Christmas".
    names = sorted((name for name, _ in _rules()), key=lambda n: len(re.sub(r"\(\?:[^)]*\)\?", "", n)),
                   reverse=True)
    return "(?P<holiday>" + "|".join(f"(?:{n})" for n in names) + ")"


def _easter(year: int) -> dt.date:
    # Anonymous Gregorian computus.
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    return dt.date(year, month, (h + l - 7 * m + 114) % 31 + 1)


def _apply(rule: str, year: int) -> dt.date:
    if rule.startswith("easter"):
        return _easter(year) + dt.timedelta(days=int(rule[6:] or 0))
    if rule.startswith("nth:"):
        _, n, wd, month = rule.split(":")
        n, wd, month = int(n), int(wd), int(month)
        days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
                if dt.date(year, month, d).weekday() == wd]
        return dt.date(year, month, days[n - 1] if n > 0 else days[n])
    month, day = rule.split("-")
    return dt.date(year, int(month), int(day))


def holiday_date(name: str, year: int) -> dt.date | None:
    """Return the day a holiday name falls on in `year`, or None for an unknown name."""
    for pattern, rule in _rules():
        if re.fullmatch(pattern, name, re.IGNORECASE):
            return _apply(rule, year)
    return None
