"""Agency datelines ("MOSCOW, August 13. /TASS/.") and titles at the head of a plain-text article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

__all__ = ["Dateline", "parse_dateline", "parse_title", "MONTHS"]

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
            r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'.\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.]+)?)\s*"
    r"(?:,\s*(?P<date>(?:" + _MONTH_RE + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH_RE + r")(?:,?\s*(?P<year>\d{4}))?))?"
    r"\s*[.,]?\s*"
    r"(?:/(?P<outlet1>[A-Za-z][A-Za-z .-]{1,30})/\.?|\((?P<outlet2>[A-Za-z][A-Za-z .-]{1,30})\))?"
    r"\s*(?:—|–|-{1,2}|:)?\s+(?=[A-Z\"«“])", re.M)


@dataclass
class Dateline:
    """What a dateline says: the place it was filed from, the outlet, and a (possibly partial) date."""

    place: str
    outlet: Optional[str]
    date: Optional[str]          # TIMEX value: 2021-08-13, or XXXX-08-13 when the year is missing
    end: int                     # offset just after the dateline


def parse_dateline(text: str) -> Optional[Dateline]:
    """Return the dateline at the start of the text's first body line, if it has one."""
    start = 0
    title = parse_title(text)
    if title is not None:
        start = text.index(title) + len(title)
        start += len(text[start:]) - len(text[start:].lstrip())
    m = _DATELINE.match(text, start)
    if not m or not (m.group("date") or m.group("outlet1") or m.group("outlet2")):
        return None
    place = m.group("place").strip().rstrip(",")
    if not re.search(r"[A-Z]{3}", place):
        return None
    value = None
    if m.group("date"):
        value = _partial_date(m.group("date"), m.group("year"))
    outlet = (m.group("outlet1") or m.group("outlet2") or "").strip() or None
    return Dateline(place=place.title(), outlet=outlet, date=value, end=m.end())


def _partial_date(text: str, year: Optional[str]) -> Optional[str]:
    words = re.findall(r"[A-Za-z]+|\d+", text)
    month = next((MONTHS[w.lower().rstrip(".")] for w in words if w.lower().rstrip(".") in MONTHS), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2), None)
    if month is None or day is None or not 1 <= day <= 31:
        return None
    return f"{year or 'XXXX'}-{month:02d}-{day:02d}"


def parse_title(text: str) -> Optional[str]:
    """Return the first line when it reads as a headline: short, followed by a blank line, no dateline."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    if not sep or not rest.startswith("\n") and not rest.lstrip(" \t").startswith("\n"):
        return None
    first = first.strip()
    if not first or len(first) > 200 or first.endswith((".", ":", ";", ",")):
        return None
    if _DATELINE.match(first + " X"):
        return None
    return first
