"""Date each event by what the text says: its clause's time expression, its sentence's, the narrative
time of its paragraph, else the publication date; `background` marks events well before publication."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Optional

from ..records import ArticleResult, EventDate, Timex

__all__ = ["date_events", "period_end", "is_background"]

_DATED_TYPES = {"DATE", "TIME"}


def _usable(t: Timex) -> bool:
    return t.type in _DATED_TYPES and t.value[:4].isdigit() and t.precision is not None


def period_end(value: str) -> Optional[dt.date]:
    """Return the last day a TIMEX value (2008, 2008-09, 2008-09-02, 2025-W12) can stand for."""
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return dt.date.fromisoformat(value[:10])
        if "-W" in value:
            year, week = int(value[:4]), int(value[6:8])
            return dt.date.fromisocalendar(year, week, 7)
        if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
            year, month = int(value[:4]), int(value[5:7])
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        if "-Q" in value:
            year, q = int(value[:4]), int(value[6])
            return dt.date(year, q * 3, calendar.monthrange(year, q * 3)[1])
        if value[:4].isdigit():
            return dt.date(int(value[:4]), 12, 31)
    except ValueError:
        return None
    return None


def is_background(value: Optional[str], published: Optional[str], threshold_days: int) -> bool:
    """True when an event's date ends more than `threshold_days` before publication."""
    if not value or not published:
        return False
    end = period_end(value)
    return end is not None and (dt.date.fromisoformat(published) - end).days > threshold_days


def _clause_verb(tok):
    """The verb whose clause a token belongs to."""
    for _ in range(30):
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _relation(event_verb, timex_verb) -> Optional[str]:
    """'before' when the event's clause is "after X" below the dated clause, 'after' in the mirror case."""
    for a, b, when in ((event_verb, timex_verb, "before"), (timex_verb, event_verb, "after")):
        if a.dep_ == "advcl" and a.head.i == b.i:
            marks = {c.lower_ for c in a.children if c.dep_ == "mark"}
            if "after" in marks:
                return when
            if "before" in marks:
                return "after" if when == "before" else "before"
    return None


def date_events(result: ArticleResult, background_days: int) -> None:
    """Set `date` and `background` on every event of the result."""
    doc = result.doc
    published = result.article.published
    dated = [t for t in result.timexes if _usable(t)]
    token_at = {tok.idx: tok for tok in doc}
    candidates = result.scratch.get("candidates", {})
    by_sentence: dict[int, list[Timex]] = {}
    for t in dated:
        by_sentence.setdefault(t.sentence, []).append(t)
    for ev in result.events:
        cand = candidates.get(ev.event_id)
        trigger = token_at.get(ev.trigger.start)
        date = None
        if trigger is not None and cand is not None:
            ev_verb = _clause_verb(trigger) if cand.clause_verb < 0 else doc[cand.clause_verb]
            own = by_sentence.get(ev.sentence.index, [])
            best = None
            for t in own:
                ttok = doc.char_span(t.start, t.end, alignment_mode="expand")
                if ttok is None:
                    continue
                tverb = _clause_verb(ttok.root)
                if tverb.i == ev_verb.i:
                    best = (t, None)
                    break
                rel = _relation(ev_verb, tverb)
                if best is None or rel and best[1] is None:
                    best = (t, rel or "sentence")
            if best is not None:
                t, rel = best
                bound = t.bound if rel is None else (rel if rel in {"before", "after"} else t.bound)
                date = EventDate(t.value[:10] if t.precision == "day" else t.value, t.precision,
                                 "relative" if t.anchored else "explicit", t.text, bound)
        if date is None:
            date = _narrative(result, ev.sentence.index, by_sentence)
        if date is None:
            date = EventDate(published, "day", "publication") if published else EventDate(None, "day", "unknown")
        ev.date = date
        ev.background = is_background(date.value, published, background_days)


def _narrative(result: ArticleResult, index: int, by_sentence: dict) -> Optional[EventDate]:
    """The latest dated expression earlier in the same paragraph sets the narrative time."""
    paragraph = next((s.paragraph for s in result.sentences if s.index == index), None)
    for s in sorted((s for s in result.sentences if s.index < index and s.paragraph == paragraph),
                    key=lambda s: -s.index):
        times = [t for t in by_sentence.get(s.index, []) if t.bound is None or t.bound in {"since"}]
        if times:
            t = times[-1]
            return EventDate(t.value[:10] if t.precision == "day" else t.value, t.precision, "narrative", t.text,
                             t.bound)
    return None
