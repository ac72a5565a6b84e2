"""Find time expressions in text and normalise them to TIMEX3-style values.

Detection is a set of regular expressions over the raw text, so spans are exact character offsets;
normalisation resolves relative and partial expressions against an anchor (the publication date),
using the tense of the sentence to choose between the past and the future.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

from ..records import Timex

__all__ = ["TimexCandidate", "find_timexes", "normalise", "tag", "to_timexes", "sentence_is_future"]

_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"]
MONTH_NUM = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
MONTH_NUM.update({m[:3]: i for m, i in list(MONTH_NUM.items())})
MONTH_NUM["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a": 1, "an": 1, "a few": "X",
                     "few": "X", "several": "X", "many": "X", "a couple of": 2, "couple of": 2, "dozens of": "X",
                     "hundreds of": "X", "a dozen": 12})
UNIT = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y",
        "decade": "DE", "century": "CE", "weekend": "WE"}
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

MON = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\.|" \
      r"Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|" \
      r"fifty|a few|a couple of|several|few|many|a|an)"
UNITS = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)"
COUNT_NOUNS = set("""people troops soldiers civilians residents workers members votes voters candidates dollars
euros tons tonnes kilometers kilometres miles meters metres deaths cases refugees homes houses buildings
households children women men students jobs prisoners pages seats units vehicles rockets missiles drones
shells barrels flights passengers tanks rounds attacks strikes fighters militants protesters delegates
hostages detainees migrants families patients beds doctors employees police officers lawmakers""".split())

_FLAGS = re.IGNORECASE


@dataclass
class TimexCandidate:
    """A detected time expression with what is needed to normalise it later."""

    start: int
    end: int
    text: str
    type: str
    kind: str                      # how to normalise: abs, month, year, decade, weekday, offset, ago, ...
    parts: dict = field(default_factory=dict)
    bound: Optional[str] = None

    @property
    def needs_anchor(self) -> bool:
        """True when the value depends on the publication date."""
        return self.kind in {"weekday", "offset", "ago", "partial", "partial_month", "near"}


def _num(word: str):
    w = word.lower()
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w, "X")


def _unit(word: str) -> str:
    w = word.lower().rstrip("s")
    if w == "centurie":
        w = "century"
    return UNIT.get(w, "D")


# Each pattern: (regex, type, kind). Earlier, longer patterns win where spans overlap.
_PATTERNS: list[tuple[re.Pattern, str, str]] = [(re.compile(p, f), t, k) for p, t, k, f in [
    (r"\b(?:the\s+)?(?P<pod>night|morning|evening|afternoon)\s+of\s+(?P<d>" + DAY + r")\s+(?P<m>" + MON +
     r")(?:,?\s+(?P<y>" + YEAR + r"))?\b", "TIME", "abs", _FLAGS),
    (r"\b(?:the\s+)?(?P<pod>night|morning|evening|afternoon)\s+of\s+(?P<m>" + MON + r")\s+(?P<d>" + DAY +
     r")(?:,?\s+(?P<y>" + YEAR + r"))?\b", "TIME", "abs", _FLAGS),
    (r"\b(?:" + WD + r",?\s+)?(?P<m>" + MON + r")\s+(?P<d>" + DAY + r")(?:,?\s+(?P<y>" + YEAR + r"))?(?![\d,.]\d)",
     "DATE", "abs", 0),
    (r"\b(?:" + WD + r",?\s+)?(?:the\s+)?(?P<d>" + DAY + r")\s+(?:of\s+)?(?P<m>" + MON + r")(?:,?\s+(?P<y>" + YEAR +
     r"))?\b", "DATE", "abs", 0),
    (r"\b(?P<y>" + YEAR + r")-(?P<mn>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b", "DATE", "abs", 0),
    (r"\b(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y>" + YEAR + r")\b", "DATE", "season", _FLAGS),
    (r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?P<y>" + YEAR + r")\b", "DATE",
     "quarter", _FLAGS),
    (r"\b(?P<m>" + MON + r"),?\s+(?:of\s+)?(?P<y>" + YEAR + r")\b", "DATE", "month", 0),
    (r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[- ])?(?P<dec>(?:1[89]|20)\d0)'?s\b", "DATE", "decade", _FLAGS),
    (r"\b(?:(?P<mod>early|mid|late)[- ])?(?P<y>" + YEAR + r")(?![\d,.]\d|%|\s*percent|-(?!year)\w)", "DATE", "year",
     _FLAGS),
    (r"\b(?P<wd>" + WD + r")(?:\s+(?P<pod>morning|afternoon|evening|night))?\b", "DATE", "weekday", 0),
    (r"\b(?P<shift>last|this|next|past|coming)\s+(?P<wd>" + WD + r")\b", "DATE", "weekday", _FLAGS),
    (r"\b(?P<rel>yesterday|today|tomorrow|tonight)\b", "DATE", "offset", _FLAGS),
    (r"\b(?P<when>earlier|later)\s+(?P<shift>this|last|next)\s+(?P<u>week|month|year)\b", "DATE", "offset", _FLAGS),
    (r"\b(?P<shift>last|this|next|coming)\s+(?P<u>week|month|year|decade|weekend|century)\b", "DATE", "offset",
     _FLAGS),
    (r"\b(?P<shift>last|this|next)\s+(?P<season>spring|summer|fall|autumn|winter)\b", "DATE", "season_rel", _FLAGS),
    (r"\b(?P<shift>this|last)\s+(?P<pod>morning|afternoon|evening)\b", "TIME", "offset", _FLAGS),
    (r"\b(?P<n>" + NUM + r")[\s-]+(?P<u>" + UNITS + r")\s+(?:ago|earlier|before)\b", "DATE", "ago", _FLAGS),
    (r"\b(?:the\s+)?(?:(?:past|last|next|coming|previous|first)\s+)(?P<n>" + NUM + r")?\s*(?P<u>" + UNITS + r")\b",
     "DURATION", "span", _FLAGS),
    (r"\b(?P<n>" + NUM + r")[\s-]+(?P<u>" + UNITS + r")(?!\s+(?:ago|old)|-old)\b", "DURATION", "duration", _FLAGS),
    (r"\b(?:for|over)\s+(?P<u>years|decades|months|weeks|days)\b", "DURATION", "vague_duration", _FLAGS),
    (r"\b(?:every|each)\s+(?P<n>other\s+|\d+\s+)?(?P<u>day|week|month|year|decade)\b", "SET", "set", _FLAGS),
    (r"\b(?P<adv>annually|daily|weekly|monthly|yearly|regularly)\b", "SET", "set_adv", _FLAGS),
    (r"\b(?P<clock>(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))", "TIME", "clock", _FLAGS),
    (r"\b(?P<ref>now|currently|at present|nowadays|recently|in the past|in the future|soon|in recent years)\b",
     "DATE", "ref", _FLAGS),
    (r"\b(?:in\s+|since\s+|until\s+|by\s+|from\s+|through\s+|of\s+|last\s+|next\s+|this\s+|early\s+|late\s+|mid-)"
     r"(?P<m>January|February|March|April|June|July|August|September|October|November|December)\b(?!\s+\d)",
     "DATE", "partial_month", 0),
]]

_BOUND_BEFORE = re.compile(r"(?:\b(since|until|till|through|before|after|by|from)|\b(no later than|not later than|"
                           r"no earlier than|as of|up to))\s+(?:the\s+)?$", re.IGNORECASE)
_BOUND_NAME = {"since": "since", "from": "since", "until": "until", "till": "until", "through": "until",
               "before": "before", "by": "before", "no later than": "before", "not later than": "before",
               "after": "after", "no earlier than": "after", "as of": "since", "up to": "until"}


def find_timexes(text: str) -> list[TimexCandidate]:
    """Return the time expressions of `text` in order, longest match first where they overlap."""
    found: list[TimexCandidate] = []
    for regex, ttype, kind in _PATTERNS:
        for m in regex.finditer(text):
            start, end = m.span()
            if kind == "partial_month":
                start = m.start("m")
                prefix = text[m.start():start].strip().lower()
                if prefix in {"last", "next", "this", "early", "late", "mid-", "mid"}:
                    start = m.start()
            if not _keep(text, m, kind):
                continue
            parts = {k: v for k, v in m.groupdict().items() if v is not None}
            found.append(TimexCandidate(start, end, text[start:end], ttype, kind, parts))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[TimexCandidate] = []
    last_end = -1
    for cand in found:
        if cand.start >= last_end:
            chosen.append(cand)
            last_end = cand.end
    for cand in chosen:
        m = _BOUND_BEFORE.search(text[max(0, cand.start - 20):cand.start])
        if m:
            cand.bound = _BOUND_NAME[(m.group(1) or m.group(2)).lower()]
    return chosen


def _keep(text: str, m: re.Match, kind: str) -> bool:
    s = m.group(0)
    before = text[max(0, m.start() - 2):m.start()]
    if kind == "year":
        if re.search(r"[$€£#\d.,]\s?$", before) and not before.endswith(" "):
            return False
        after = text[m.end():m.end() + 25]
        nxt = re.match(r"\s+([a-z]+)", after)
        if nxt and nxt.group(1) in COUNT_NOUNS:
            return False
        if re.match(r"\s*(?:%|per\s?cent)", after):
            return False
    if kind in {"duration", "span"}:
        unit = m.group("u").lower()
        n = m.groupdict().get("n")
        if n and n.lower() in {"a", "an"} and kind == "duration" and unit.endswith("s"):
            return False
        if text[m.end():m.end() + 4].lower().startswith("-old"):
            return False
    if kind == "weekday" and not m.group(0)[0].isupper() and "shift" not in m.groupdict():
        return False
    if kind == "abs" and m.groupdict().get("m", "").lower().startswith("may") and not m.groupdict().get("y"):
        if not m.groupdict().get("d"):
            return False
    if kind == "ref" and s.lower() == "now" and re.match(r"\s+(?:that|than)\b", text[m.end():m.end() + 6]):
        return False
    return True


# --- normalisation ------------------------------------------------------------------------------

_FUTURE = re.compile(r"\b(will|'ll|shall|plans? to|planned|intends? to|is to|are to|is due|are due|expected to|"
                     r"scheduled|upcoming|next|set to|going to|would be held|to be held)\b", re.IGNORECASE)


def sentence_is_future(sentence: str) -> bool:
    """Return True when a sentence speaks of the future (will, plans to, is scheduled ...)."""
    return bool(_FUTURE.search(sentence))


def _month_of(word: str) -> int:
    return MONTH_NUM[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else word.lower().rstrip(".")[:3]]


def _day_of(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def _nearest(anchor: dt.date, month: int, day: Optional[int], future: bool) -> int:
    """Return the year that puts month/day nearest to the anchor on the side the tense points to."""
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = dt.date(year, month, day or 15)
        except ValueError:
            continue
        diff = (d - anchor).days
        if day is None:
            same_month = year == anchor.year and month == anchor.month
            if same_month:
                return year
        if future and diff < 0 or not future and diff > 0:
            continue
        if best is None or abs(diff) < abs(best[1]):
            best = (year, diff)
    return best[0] if best else anchor.year


def _weekday(anchor: dt.date, wd: int, shift: Optional[str], future: bool) -> dt.date:
    delta = (wd - anchor.weekday()) % 7
    nxt = anchor + dt.timedelta(days=delta)
    prev = nxt if delta == 0 else nxt - dt.timedelta(days=7)
    if shift == "next" or shift == "coming":
        return nxt if delta else anchor + dt.timedelta(days=7)
    if shift in {"last", "past"}:
        return prev if delta else anchor - dt.timedelta(days=7)
    return nxt if future else prev


def normalise(cand: TimexCandidate, anchor: Optional[dt.date], future: bool = False) -> tuple[str, Optional[str]]:
    """Return (TIMEX3 value, precision) for a candidate, resolved against `anchor` when it is relative."""
    p = cand.parts
    k = cand.kind
    if k == "abs":
        month = _month_of(p["m"]) if "m" in p else int(p["mn"])
        day = _day_of(p["d"])
        year = int(p["y"]) if "y" in p else (_nearest(anchor, month, day, future) if anchor else None)
        value = f"{year if year else 'XXXX'}-{month:02d}-{day:02d}"
        if "pod" in p:
            value += "T" + PART_OF_DAY[p["pod"].lower()]
        return value, "day"
    if k == "month":
        return f"{int(p['y'])}-{_month_of(p['m']):02d}", "month"
    if k == "partial_month":
        month = _month_of(p["m"])
        if not anchor:
            return f"XXXX-{month:02d}", "month"
        year = _nearest(anchor, month, None, future)
        prefix = cand.text.lower().split()[0]
        if prefix == "last":
            year = anchor.year - 1 if month >= anchor.month else anchor.year
        elif prefix == "next":
            year = anchor.year + 1 if month <= anchor.month else anchor.year
        elif prefix == "this":
            year = anchor.year
        return f"{year}-{month:02d}", "month"
    if k == "year":
        return p["y"], "year"
    if k == "decade":
        return p["dec"][:3], "year"
    if k == "season":
        return f"{p['y']}-{_season(p['season'])}", "month"
    if k == "quarter":
        q = "1234"["first second third fourth".split().index(p["q"].lower())] if p["q"][0].isalpha() else p["q"][0]
        return f"{p['y']}-Q{q}", "month"
    if k == "weekday":
        wd = WEEKDAYS.index(p["wd"].lower())
        if not anchor:
            return f"XXXX-WXX-{wd + 1}", "day"
        d = _weekday(anchor, wd, p.get("shift", "").lower() or None, future)
        value = d.isoformat()
        if "pod" in p:
            value += "T" + PART_OF_DAY[p["pod"].lower()]
        return value, "day"
    if k == "offset":
        return _offset(p, anchor)
    if k == "ago":
        n = _num(p["n"])
        unit = _unit(p["u"])
        if not anchor or n == "X":
            return "PAST_REF", None
        return _shift(anchor, unit, -n)
    if k == "season_rel":
        if not anchor:
            return f"XXXX-{_season(p['season'])}", "month"
        shift = {"last": -1, "this": 0, "next": 1}[p["shift"].lower()]
        return f"{anchor.year + shift}-{_season(p['season'])}", "month"
    if k in {"duration", "span"}:
        n = _num(p["n"]) if p.get("n") else 1
        unit = _unit(p["u"])
        return _period(n, unit), None
    if k == "vague_duration":
        return _period("X", _unit(p["u"])), None
    if k == "set":
        every = p.get("n", "").strip()
        n = 2 if every.startswith("other") else int(every) if every.isdigit() else 1
        return _period(n, _unit(p["u"])), None
    if k == "set_adv":
        return {"annually": "P1Y", "yearly": "P1Y", "daily": "P1D", "weekly": "P1W", "monthly": "P1M",
                "regularly": "PX"}[p["adv"].lower()], None
    if k == "clock":
        m = re.match(r"(\d{1,2})(?::(\d{2}))?\s*([ap])", p["clock"].lower())
        hour = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0)
        day = anchor.isoformat() if anchor else "XXXX-XX-XX"
        return f"{day}T{hour:02d}:{m.group(2) or '00'}", "day"
    if k == "ref":
        ref = p["ref"].lower()
        if ref in {"recently", "in the past", "in recent years"}:
            return "PAST_REF", None
        if ref in {"in the future", "soon"}:
            return "FUTURE_REF", None
        return "PRESENT_REF", None
    return "XXXX", None


def _season(word: str) -> str:
    return {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}[word.lower()]


def _period(n, unit: str) -> str:
    if unit in {"H", "S"} or (unit == "M" and False):
        return f"PT{n}{unit}"
    return f"P{n}{unit}"


def _offset(p: dict, anchor: Optional[dt.date]) -> tuple[str, Optional[str]]:
    rel = p.get("rel", "").lower()
    if rel:
        if not anchor:
            return ("PRESENT_REF", None) if rel in {"today", "tonight"} else ("XXXX-XX-XX", "day")
        days = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[rel]
        value = (anchor + dt.timedelta(days=days)).isoformat()
        return (value + "TNI" if rel == "tonight" else value), "day"
    shift = {"last": -1, "this": 0, "next": 1, "coming": 1}[p["shift"].lower()]
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
    return _shift(anchor, {"week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}[unit], shift)


def _shift(anchor: dt.date, unit: str, n: int) -> tuple[str, Optional[str]]:
    if unit == "D":
        return (anchor + dt.timedelta(days=n)).isoformat(), "day"
    if unit == "W":
        y, w, _ = (anchor + dt.timedelta(weeks=n)).isocalendar()
        return f"{y}-W{w:02d}", "day"
    if unit == "M":
        total = anchor.year * 12 + anchor.month - 1 + n
        return f"{total // 12}-{total % 12 + 1:02d}", "month"
    if unit == "Y":
        return str(anchor.year + n), "year"
    if unit == "DE":
        return str(anchor.year // 10 + n)[:3], "year"
    if unit == "CE":
        return str(anchor.year // 100 + n), "year"
    return anchor.isoformat(), "day"


def tag(text: str, anchor: Optional[dt.date] = None, sentences: Optional[list] = None) -> list[Timex]:
    """Find and normalise every time expression of `text` (a convenience over find_timexes + normalise)."""
    return to_timexes(find_timexes(text), text, anchor, sentences)


def to_timexes(cands: list[TimexCandidate], text: str, anchor: Optional[dt.date],
               sentences: Optional[list] = None) -> list[Timex]:
    """Normalise detected candidates against `anchor`, each by the tense of its sentence."""
    out = []
    for cand in cands:
        sent_text, sent_index = _sentence_of(cand.start, text, sentences)
        value, precision = normalise(cand, anchor, sentence_is_future(sent_text))
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
