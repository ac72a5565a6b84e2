"""Infer an article's publication date when its metadata does not give one.

Evidence, strongest first: a dateline with a full date; a photo caption's date ("© Sputnik ... October 28,
2018"); a dateline without a year, whose year is the one that makes the weekdays of the text agree with the
date and is not before the latest past year the text mentions. Weekdays told in the past tense move a caption
date forward to the latest of them ("On Monday ... reported" after a Sunday caption).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from .normalise import normalise
from .timex import WEEKDAYS, TimexCandidate, sentence_is_future

__all__ = ["PublicationDate", "infer_publication"]


@dataclass
class PublicationDate:
    """The inferred publication date and why."""

    value: Optional[str]
    basis: str
    uncertain: bool = False


def _sentence_around(text: str, offset: int) -> str:
    left = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset), 0)
    right = text.find(".", offset)
    return text[left: right if right >= 0 else len(text)]


def _weekday_mentions(text: str, cands: list[TimexCandidate]) -> list[int]:
    """Weekdays the text tells in the past tense, without an explicit date beside them."""
    out = []
    for c in cands:
        if c.kind == "weekday" and "shift" not in c.parts and not sentence_is_future(_sentence_around(text, c.start)):
            out.append(WEEKDAYS.index(c.parts["wd"].lower()))
    return out


def _year_floor(text: str, cands: list[TimexCandidate]) -> Optional[int]:
    """The latest year the text tells as past; failing that, a year before the latest it names at all."""
    past, every = [], []
    for c in cands:
        if c.kind in {"abs", "month", "year", "season", "quarter"} and "y" in c.parts:
            every.append(int(c.parts["y"]))
            if not sentence_is_future(_sentence_around(text, c.start)):
                past.append(int(c.parts["y"]))
    for m in re.finditer(r"\b(?:19|20)\d\d\b", text):
        every.append(int(m.group(0)))
    if past:
        return max(past)
    return max(every) - 1 if every else None


def _caption_date(text: str, cands: list[TimexCandidate]) -> Optional[dt.date]:
    for c in cands:
        if c.kind == "abs" and "y" in c.parts and c.start < 1500:
            line_start = text.rfind("\n", 0, c.start) + 1
            if "©" in text[line_start:c.start] or re.search(r"\b(?:photo|file|image)\b", text[line_start:c.start],
                                                            re.IGNORECASE):
                value, _ = normalise(c, None)
                return dt.date.fromisoformat(value[:10])
    return None


def infer_publication(text: str, dateline_date: Optional[str], cands: list[TimexCandidate],
                      today: Optional[dt.date] = None) -> PublicationDate:
    """Return the publication date the text supports, or an unknown one with the reason."""
    today = today or dt.date.today()
    weekdays = _weekday_mentions(text, cands)
    if dateline_date and not dateline_date.startswith("XXXX"):
        return PublicationDate(dateline_date, "dateline")
    if dateline_date:
        month, day = int(dateline_date[5:7]), int(dateline_date[8:10])
        low = _year_floor(text, cands)
        recent_first = low is None
        years = []
        for year in range(low or today.year - 30, today.year + 1):
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            if d <= today:
                years.append(d)
        if recent_first:
            years.reverse()
        if weekdays:
            fitting = [d for d in years if d.weekday() in weekdays]
            if fitting:
                return PublicationDate(fitting[0].isoformat(), "dateline", uncertain=len(fitting) > 1)
        if years:
            return PublicationDate(years[0].isoformat(), "dateline", uncertain=len(years) > 1)
        return PublicationDate(None, "unknown", uncertain=True)
    caption = _caption_date(text, cands)
    if caption:
        latest = caption
        for wd in weekdays:
            d = caption + dt.timedelta(days=(wd - caption.weekday()) % 7)
            latest = max(latest, d)
        return PublicationDate(latest.isoformat(), "weekday+context" if latest != caption else "caption")
    return PublicationDate(None, "unknown", uncertain=True)
