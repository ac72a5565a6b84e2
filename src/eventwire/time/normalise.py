"""Normalise detected time expressions to TIMEX3-style values (entry points: `normalise`, `to_timexes`).

Relative and partial expressions resolve against the publication date; anaphoric ones ("the day after",
"at night") against the latest date the text has named. The tense of the expression's clause chooses
between the past and the future for dates without a year and for bare weekdays.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ..records import Timex
from .holidays import holiday_date
from .timex import MONTH_NUM, NUMBER_WORDS, WEEKDAYS, TimexCandidate, find_timexes, sentence_is_future

__all__ = ["normalise", "to_timexes", "tag", "Reference"]

UNIT = {"second": "S", "minute": "MIN", "hour": "H", "day": "D", "week": "W", "month": "M", "quarter": "Q",
        "year": "Y", "decade": "DE", "century": "CE", "weekend": "WE"}
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
               "midday": "MI", "dawn": "MO", "dusk": "EV", "noon": "12:00", "midnight": "24:00"}
_SET_ADV = {"annually": "P1Y", "annual": "P1Y", "yearly": "P1Y", "daily": "P1D", "weekly": "P1W", "monthly": "P1M",
            "regularly": "PX", "nightly": "XXXX-XX-XXTNI", "weekends": "XXXX-WXX-WE"}


class Reference:
    """The latest date the text has named so far: what "the day after" and "at night" count from."""

    def __init__(self, anchor: Optional[dt.date]) -> None:
        self.anchor = anchor
        self.value: Optional[str] = None
        self.precision: Optional[str] = None

    def update(self, value: str, precision: Optional[str]) -> None:
        """Remember a resolved date with a real year."""
        if precision in {"day", "month", "year"} and value[:4].isdigit():
            self.value, self.precision = value, precision

    def day(self) -> Optional[dt.date]:
        """The day named last, else the anchor."""
        if self.precision == "day":
            try:
                return dt.date.fromisoformat(self.value[:10])
            except ValueError:
                pass
        return self.anchor


def _num(word: Optional[str]):
    if not word:
        return 1
    w = word.lower().strip()
    if re.fullmatch(r"\d+", w):
        return int(w)
    if re.fullmatch(r"\d+\.\d+", w):
        return w
    return NUMBER_WORDS.get(w, "X")


def _unit(word: str) -> str:
    w = word.lower()
    w = "century" if w.startswith("centur") else w.rstrip("s")
    return UNIT.get(w, "D")


def _period(n, unit: str) -> str:
    if unit in {"H", "MIN", "S"}:
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    return f"P{n}{unit}"


def _month_of(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTH_NUM[w[:4] if w.startswith("sept") else w[:3]]


def _day_of(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def _nearest(anchor: dt.date, month: int, day: Optional[int], tense: Optional[str]) -> int:
    """The year that puts month/day on the side of the anchor the tense points to, else nearest it."""
    if day is None and month == anchor.month:
        return anchor.year
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append((year, (dt.date(year, month, day or 15) - anchor).days))
        except ValueError:
            continue
    if tense == "future":
        ahead = [o for o in options if o[1] >= (-15 if day is None else 0)]
        return min(ahead, key=lambda o: o[1])[0] if ahead else anchor.year
    if tense == "past":
        behind = [o for o in options if o[1] <= (15 if day is None else 0)]
        return max(behind, key=lambda o: o[1])[0] if behind else anchor.year
    return min(options, key=lambda o: abs(o[1]))[0] if options else anchor.year


def _weekday(anchor: dt.date, wd: int, shift: Optional[str], tense: Optional[str]) -> dt.date:
    delta = (wd - anchor.weekday()) % 7
    nxt = anchor + dt.timedelta(days=delta)
    prev = nxt if delta == 0 else nxt - dt.timedelta(days=7)
    if shift in {"next", "coming"}:
        return nxt if delta else anchor + dt.timedelta(days=7)
    if shift in {"last", "past"}:
        return prev if delta else anchor - dt.timedelta(days=7)
    if tense == "future":
        return nxt
    if tense in {"present", "habitual"}:   # "rules Wednesday", "as they march Thursday": the nearer one
        return nxt if (nxt - anchor).days < (anchor - prev).days else prev
    return prev


def _week_anchor(anchor: dt.date) -> dt.date:
    # Newspapers count a Sunday with the week ahead: on a Sunday "last week" is the week just ending.
    return anchor + dt.timedelta(days=1) if anchor.weekday() == 6 else anchor


def normalise(cand: TimexCandidate, anchor: Optional[dt.date], tense: Optional[str] = None,
              reference: Optional[Reference] = None) -> tuple[str, Optional[str]]:
    """Return (TIMEX3 value, precision) for a candidate, resolved against `anchor` when it is relative."""
    p, k = cand.parts, cand.kind
    reference = reference or Reference(anchor)
    if k == "abs":
        month = _month_of(p["m"]) if "m" in p else int(p["mn"])
        day = _day_of(p["d"])
        year = int(p["y"]) if "y" in p else (_nearest(anchor, month, day, tense) if anchor else None)
        value = f"{year if year else 'XXXX'}-{month:02d}-{day:02d}"
        if "pod" in p:
            value += "T" + PART_OF_DAY[p["pod"].lower()]
        return value, "day"
    if k == "holiday":
        year = int(p["y"]) if "y" in p else None
        if year is None and anchor:
            probe = holiday_date(p["holiday"], anchor.year)
            year = _nearest(anchor, probe.month, probe.day, tense) if probe else anchor.year
        day = holiday_date(p["holiday"], year) if year else None
        return (day.isoformat(), "day") if day else ("XXXX-XX-XX", "day")
    if k == "month":
        return f"{int(p['y'])}-{_month_of(p['m']):02d}", "month"
    if k == "partial_month":
        return _partial_month(cand, anchor, tense)
    if k == "year":
        return p["y"], "year"
    if k == "decade":
        return p["dec"][:3], "year"
    if k == "season":
        return f"{p['y']}-{_season(p['season'])}", "month"
    if k == "quarter":
        q = "1234"["first second third fourth".split().index(p["q"].lower())] if p["q"][0].isalpha() else p["q"][0]
        year = p.get("y") or (str(anchor.year) if anchor else "XXXX")
        if "y" not in p and anchor and tense == "past" and (int(q) - 1) * 3 + 1 > anchor.month:
            year = str(anchor.year - 1)    # "profits rose in the third quarter", said in June
        return f"{year}-Q{q}", "month"
    if k == "half":
        year = p.get("y") or (str(anchor.year) if anchor else "XXXX")
        return f"{year}-H{1 if p['h'].lower() == 'first' else 2}", "month"
    if k == "future":
        return "FUTURE_REF", None
    if k == "century":
        return str(int(p["cent"]) - 1), "year"
    if k == "clock_day":
        day = _named_day(p["day"], anchor, tense)
        if "clock" in p:
            m = re.match(r"(\d{1,2})(?::(\d{2}))?\s*([ap])", p["clock"].lower())
            suffix = f"{int(m.group(1)) % 12 + (12 if m.group(3) == 'p' else 0):02d}:{m.group(2) or '00'}"
        else:
            suffix = PART_OF_DAY[p["pod"].lower()]
        return f"{day.isoformat() if day else 'XXXX-XX-XX'}T{suffix}", "day"
    if k == "pod_rel":
        shift = {"last": -1, "yesterday": -1, "tomorrow": 1}[p["shift"].lower()]
        if p["shift"].lower() == "last" and p["pod"].lower() != "night":
            shift = -1
        day = anchor + dt.timedelta(days=shift) if anchor else None
        return f"{day.isoformat() if day else 'XXXX-XX-XX'}T{PART_OF_DAY[p['pod'].lower()]}", "day"
    if k == "fiscal":
        return f"FY{p['fy']}", "year"
    if k == "weekday":
        wd = WEEKDAYS.index(p["wd"].lower())
        if not anchor:
            return f"XXXX-WXX-{wd + 1}", "day"
        value = _weekday(anchor, wd, p.get("shift", "").lower() or None, tense).isoformat()
        return (value + "T" + PART_OF_DAY[p["pod"].lower()] if "pod" in p else value), "day"
    if k in {"offset", "edge"}:
        return _offset(p, anchor)
    if k == "anaphoric":
        return _anaphoric(p, reference)
    if k == "ago":
        if "n" not in p:
            return "PAST_REF", None
        n, unit = _num(p["n"]), _unit(p["u"])
        if not anchor or not isinstance(n, int):
            return "PAST_REF", None
        if unit in {"DE", "CE"}:
            return str(anchor.year - n * (10 if unit == "DE" else 100)), "year"
        return _shift(anchor, unit, -n)
    if k == "season_rel":
        if not anchor:
            return f"XXXX-{_season(p['season'])}", "month"
        if "shift" not in p:     # "in the spring": the nearest one the tense allows
            month = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[_season(p["season"])]
            return f"{_nearest(anchor, month, None, tense)}-{_season(p['season'])}", "month"
        shift = {"last": -1, "this": 0, "next": 1}[p["shift"].lower()]
        return f"{anchor.year + shift}-{_season(p['season'])}", "month"
    if k in {"duration", "span"}:
        if "one" in p:
            return _period(1, _unit(p["one"])), None
        n = _num(p["n"]) if p.get("n") else ("X" if p["u"].lower().endswith("s") else 1)
        return _period(n, _unit(p["u"])), None
    if k == "vague_duration":
        return _period("X", _unit(p["u"])), None
    if k == "set":
        if "wd" in p:
            return f"XXXX-WXX-{WEEKDAYS.index(p['wd'].lower()) + 1}", None
        every = p.get("n", "").strip()
        n = 2 if every.startswith("other") else _num(every) if every else 1
        return _period(n, _unit(p["u"])), None
    if k == "set_adv":
        return _SET_ADV[p["adv"].lower()], None
    if k in {"clock", "part_of_day"} and tense == "habitual":
        day = None         # "residents hear gunfire at night": a habit, not a day
    elif k in {"clock", "part_of_day"}:
        day = reference.day()
    if k == "clock":
        m = re.match(r"(\d{1,2})(?::(\d{2}))?\s*([ap])", p["clock"].lower())
        hour = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0)
        return f"{day.isoformat() if day else 'XXXX-XX-XX'}T{hour:02d}:{m.group(2) or '00'}", "day"
    if k == "part_of_day":
        return f"{day.isoformat() if day else 'XXXX-XX-XX'}T{PART_OF_DAY[p['pod'].lower()]}", "day"
    if k == "ref":
        ref = p["ref"].lower()
        if ref in {"recently", "the past"}:
            return "PAST_REF", None
        if ref == "in recent years":
            return "PXY", None
        if ref == "the future":
            return "FUTURE_REF", None
        return "PRESENT_REF", None
    return "XXXX", None


def _partial_month(cand: TimexCandidate, anchor: Optional[dt.date], tense: Optional[str]) -> tuple[str, str]:
    month = _month_of(cand.parts["m"])
    if not anchor:
        return f"XXXX-{month:02d}", "month"
    year = _nearest(anchor, month, None, tense)
    prefix = (cand.parts.get("shift") or cand.text.split()[0]).lower()
    if prefix == "last":
        year = anchor.year - 1 if month >= anchor.month else anchor.year
    elif prefix == "next":
        year = anchor.year + 1 if month <= anchor.month else anchor.year
    elif prefix == "this":
        year = anchor.year
    if cand.parts.get("shift"):   # "January of last year" names the year, not the nearest January
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[cand.parts["shift"].lower()]
    return f"{year}-{month:02d}", "month"


def _season(word: str) -> str:
    return {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}[word.lower()]


def _offset(p: dict, anchor: Optional[dt.date]) -> tuple[str, Optional[str]]:
    rel = p.get("rel", "").lower()
    if rel:
        if not anchor:
            return ("PRESENT_REF", None) if rel in {"today", "tonight"} else ("XXXX-XX-XX", "day")
        days = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[rel]
        value = (anchor + dt.timedelta(days=days)).isoformat()
        return (value + "TNI" if rel == "tonight" else value), "day"
    word = (p.get("shift") or "this").strip().lower()
    shift = {"last": -1, "this": 0, "next": 1, "coming": 1}[word]
    if "pod" in p:
        return ((anchor.isoformat() if anchor else "XXXX-XX-XX") + "T" + PART_OF_DAY[p["pod"].lower()]), "day"
    unit = p["u"].lower()
    if not anchor:
        return ("PAST_REF" if shift < 0 else "FUTURE_REF" if shift > 0 else "PRESENT_REF"), None
    if unit == "weekend":
        sat = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7 + 7 * (shift if shift > 0 else 0))
        if shift < 0:
            sat = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7 or 7)
        y, w, _ = sat.isocalendar()
        return f"{y}-W{w:02d}-WE", "day"
    if unit == "week":
        anchor = _week_anchor(anchor)
    return _shift(anchor, UNIT[unit], shift)


def _named_day(word: str, anchor: Optional[dt.date], tense: Optional[str]) -> Optional[dt.date]:
    if anchor is None:
        return None
    w = word.lower()
    if w in {"today", "tonight", "yesterday", "tomorrow"}:
        return anchor + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(w, 0))
    return _weekday(anchor, WEEKDAYS.index(w), None, tense)


def _anaphoric(p: dict, reference: Reference) -> tuple[str, Optional[str]]:
    step = -1 if p["dir"].lower() in {"before", "previous", "preceding", "prior", "earlier"} else 1
    n = _num(p.get("n")) if p.get("n") else 1
    if not isinstance(n, int):
        return ("PAST_REF" if step < 0 else "FUTURE_REF"), None
    step *= n
    unit = _unit(p["u"])
    value = reference.value or ""
    if unit == "Q" and "-Q" in value:
        total = int(value[:4]) * 4 + int(value[6]) - 1 + step
        return f"{total // 4}-Q{total % 4 + 1}", "month"
    if unit == "Y" and value[:4].isdigit() and ("-Q" in value or "-H" in value):
        return str(int(value[:4]) + step) + value[4:], "month"   # "a year earlier" than the third quarter
    if unit == "Y" and reference.value:
        return str(int(reference.value[:4]) + step), "year"
    if unit == "M" and reference.precision in {"day", "month"} and value[5:7].isdigit():
        year, month = int(reference.value[:4]), int(reference.value[5:7])
        return _shift(dt.date(year, month, 1), "M", step)
    day = reference.day()
    if day is None:
        return ("PAST_REF" if step < 0 else "FUTURE_REF"), None
    return _shift(day, unit, step)


def _shift(anchor: dt.date, unit: str, n: int) -> tuple[str, Optional[str]]:
    if unit == "D":
        return (anchor + dt.timedelta(days=n)).isoformat(), "day"
    if unit == "W":
        y, w, _ = (anchor + dt.timedelta(weeks=n)).isocalendar()
        return f"{y}-W{w:02d}", "week"
    if unit == "M":
        total = anchor.year * 12 + anchor.month - 1 + n
        return f"{total // 12}-{total % 12 + 1:02d}", "month"
    if unit == "Y":
        return str(anchor.year + n), "year"
    if unit == "DE":
        return str(anchor.year // 10 + n)[:3], "year"
    if unit == "CE":
        return str(anchor.year // 100 + n), "year"
    if unit in {"H", "MIN", "S"}:
        return anchor.isoformat(), "day"
    return anchor.isoformat(), "day"


def tag(text: str, anchor: Optional[dt.date] = None, sentences: Optional[list] = None) -> list[Timex]:
    """Find and normalise every time expression of `text` (a convenience over find_timexes + normalise)."""
    return to_timexes(find_timexes(text), text, anchor, sentences)


def to_timexes(cands: list[TimexCandidate], text: str, anchor: Optional[dt.date],
               sentences: Optional[list] = None, tenses: Optional[list] = None) -> list[Timex]:
    """Normalise candidates in text order; `tenses` (one per candidate, from the parse) overrides the
    sentence-level guess of the tense."""
    out = []
    reference = Reference(anchor)
    for i, cand in enumerate(cands):
        sent_text, sent_index = _sentence_of(cand.start, text, sentences)
        if tenses is not None:
            tense = tenses[i]
        else:
            tense = "future" if sentence_is_future(sent_text) else None
        if cand.bound == "since":
            tense = "past"
        elif cand.bound in {"until", "before"} and tense == "past":
            tense = None       # "delayed the tariffs until April 2": the bound may lie ahead
        local = reference
        if cand.kind in {"part_of_day", "clock"} and i + 1 < len(cands) and \
                text[cand.end:cands[i + 1].start].strip().lower() in {"on", "of", ",", ""}:
            # "at midnight on Tuesday": the part of the day belongs to the day named next
            local = Reference(anchor)
            value, precision = normalise(cands[i + 1], anchor, tense, reference)
            local.update(value, precision)
        value, precision = normalise(cand, anchor, tense, local)
        if cand.type in {"DATE", "TIME"} and cand.kind not in {"part_of_day", "clock", "ref", "anaphoric"}:
            reference.update(value, precision)
        out.append(Timex(cand.start, cand.end, cand.text, cand.type, value, cand.bound, precision,
                         anchored=cand.needs_anchor and anchor is not None, sentence=sent_index))
    return out


def _sentence_of(offset: int, text: str, sentences: Optional[list]) -> tuple[str, int]:
    if sentences:
        for s in sentences:
            if s.start <= offset < s.end:
                return s.text, s.index
    left = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset))
    right = text.find(". ", offset)
    return text[left + 1: right if right >= 0 else len(text)], 0
