"""Find time expressions in text (entry point: `find_timexes`); `normalise` gives them values.

Detection is a set of regular expressions over the raw text, so spans are exact character offsets.
Extents follow TIMEX3 practice: modifiers ("nearly two decades", "more than 800 days") are inside the
expression, prepositions ("for years", "in the past") and "later"/"earlier" are outside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .holidays import holiday_pattern

__all__ = ["TimexCandidate", "find_timexes", "sentence_is_future", "WEEKDAYS", "MONTH_NUM", "NUMBER_WORDS"]

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
                     "hundreds of": "X", "a dozen": 12, "a single": 1, "one full": 1})

MON = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\.|" \
      r"Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
FULL_MON = r"(?:January|February|March|April|June|July|August|September|October|November|December)"
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUM = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|" \
      r"forty|fifty|a few|a couple of|couple of|several|few|many|a|an)"
UNITS = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)"
PLURAL_UNITS = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
# Inside the extent, as TIMEX3 annotators mark them (TimeML's `mod`).
APPROX = r"(?:(?:nearly|almost|about|around|roughly|approximately|more than|less than|fewer than|at least|" \
         r"at most|no more than|no less than|not more than|just over|just under|well over|barely|just)\s+)?"
PART = r"(?:night|evening|afternoon|morning|midday|noon|midnight|dawn|dusk)"
COUNT_NOUNS = set("""people troops soldiers civilians residents workers members votes voters candidates dollars
euros tons tonnes kilometers kilometres miles meters metres deaths cases refugees homes houses buildings
households children women men students jobs prisoners pages seats units vehicles rockets missiles drones
shells barrels flights passengers tanks rounds attacks strikes fighters militants protesters delegates
hostages detainees migrants families patients beds doctors employees police officers lawmakers""".split())
_MODALS = {"to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "not", "'ll", "n't"}

_I = re.IGNORECASE


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
        """True when the value depends on the publication date (or an earlier date of the text)."""
        return self.kind in {"weekday", "offset", "ago", "partial", "partial_month", "near", "holiday", "edge",
                             "anaphoric", "part_of_day", "clock", "clock_day", "pod_rel",
                             "season_rel", "quarter", "half"}


# Each pattern: (regex, type, kind). Where spans overlap, the earliest start wins, then the longest.
_PATTERNS: list[tuple[re.Pattern, str, str]] = [(re.compile(p, f), t, k) for p, t, k, f in [
    (r"\b(?:the\s+)?(?P<pod>night|morning|evening|afternoon)\s+of\s+(?P<d>" + DAY + r")\s+(?P<m>" + MON +
     r")(?:,?\s+(?P<y>" + YEAR + r"))?\b", "TIME", "abs", _I),
    (r"\b(?:the\s+)?(?P<pod>night|morning|evening|afternoon)\s+of\s+(?P<m>" + MON + r")\s+(?P<d>" + DAY +
     r")(?:,?\s+(?P<y>" + YEAR + r"))?\b", "TIME", "abs", _I),
    (r"\b(?:" + WD + r",?\s+)?(?P<m>" + MON + r")\s+(?P<d>" + DAY + r")(?:,?\s+(?P<y>" + YEAR + r"))?(?![\d,.]\d)",
     "DATE", "abs", 0),
    (r"\b(?:" + WD + r",?\s+)?(?:the\s+)?(?P<d>" + DAY + r")\s+(?:of\s+)?(?P<m>" + MON + r")(?:,?\s+(?P<y>" + YEAR +
     r"))?\b", "DATE", "abs", 0),
    (r"\b(?P<y>" + YEAR + r")-(?P<mn>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b", "DATE", "abs", 0),
    (r"\b" + holiday_pattern() + r"(?:,?\s+(?P<y>" + YEAR + r"))?\b", "DATE", "holiday", 0),
    (r"\b(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y>" + YEAR + r")\b", "DATE", "season", _I),
    (r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?P<y>" + YEAR + r")\b", "DATE",
     "quarter", _I),
    (r"\b(?:the\s+)?(?P<q>first|second|third|fourth)\s+quarter\b(?!\s+of\s+\d)", "DATE", "quarter", _I),
    (r"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?P<y>" + YEAR + r")\b", "DATE", "half", _I),
    (r"\bfiscal\s+(?:year\s+)?(?P<fy>" + YEAR + r")\b", "DATE", "fiscal", _I),
    (r"\b(?P<m>" + MON + r"),?\s+(?:of\s+)?(?P<y>" + YEAR + r")\b", "DATE", "month", 0),
    (r"\b(?P<m>" + MON + r")\s+of\s+(?P<shift>(?i:this|last|next))\s+(?i:year)\b", "DATE", "partial_month", 0),
    (r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[- ])?(?P<dec>(?:1[89]|20)\d0)'?s\b", "DATE", "decade", _I),
    (r"\b(?:(?P<mod>early|mid|late)[- ])?(?P<y>" + YEAR + r")(?![\d,.]\d|%|\s*percent|-(?!year|\d)\w)", "DATE", "year",
     _I),
    (r"\b(?:(?P<mod>(?i:early|late))\s+)?(?P<wd>" + WD + r")(?:\s+(?P<pod>morning|afternoon|evening|night))?\b",
     "DATE", "weekday", 0),
    (r"\b(?P<shift>last|this|next|past|coming)\s+(?P<wd>" + WD + r")\b", "DATE", "weekday", _I),
    (r"\b(?P<rel>yesterday|today|tomorrow|tonight)\b", "DATE", "offset", _I),
    (r"\b(?P<when>earlier|later)\s+(?P<shift>this|last|next)\s+(?P<u>week|month|year)\b", "DATE", "offset", _I),
    (r"\b(?:(?P<mod>early|late|mid)[- ])?(?P<shift>last|this|next|coming)\s+"
     r"(?P<u>week|month|year|decade|weekend|century)\b", "DATE", "offset", _I),
    (r"\b(?:the\s+)?(?P<edge>beginning|start|end|middle|turn)[\s-]+of[\s-]+(?:the[\s-]+)?"
     r"(?P<shift>this[\s-]+|last[\s-]+|next[\s-]+)?(?P<u>year|month|week|decade|century)\b", "DATE", "edge", _I),
    (r"\bthe\s+(?P<u>day|week|month|year)\s+(?P<dir>before|after)\b", "DATE", "anaphoric", _I),
    (r"\bthe\s+(?P<dir>previous|following|next|preceding|prior)\s+(?P<u>day|week|month|quarter|year)\b(?!s)",
     "DATE", "anaphoric", _I),
    # "fell 12% from a year earlier": after a preposition the phrase names a time; elsewhere
    # ("warned a day earlier") the duration alone is the expression.
    (r"(?<=\b(?:from|than|with|over)\s)(?P<n>a|one)\s+(?P<u>day|week|month|quarter|year)\s+(?P<dir>earlier|before)\b",
     "DATE", "anaphoric", _I),
    (r"\b(?P<shift>last|this|next)\s+(?P<season>spring|summer|fall|autumn|winter)\b", "DATE", "season_rel", _I),
    (r"\bthe\s+(?P<season>spring|summer|fall|autumn|winter)\b(?!\s+of\b)", "DATE", "season_rel", _I),
    (r"\bthe\s+(?P<u>weekend)\b", "DATE", "offset", _I),
    (r"\b(?P<q>first|second|third|fourth)-quarter\b", "DATE", "quarter", _I),
    (r"\bthe\s+(?:near|foreseeable|distant)\s+future\b", "DATE", "future", _I),
    (r"\b(?:the\s+)?(?P<cent>1\d|2[01])(?:st|nd|rd|th)\s+century\b", "DATE", "century", _I),
    (r"\b(?:the\s+)?(?P<edge>beginning|start|end|middle)\s+of\s+(?P<m>" + FULL_MON + r")\b(?!\s+\d)", "DATE",
     "partial_month", 0),
    (r"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:the|this)\s+year\b", "DATE", "half", _I),
    (r"\b(?P<shift>this|last)\s+(?P<pod>morning|afternoon|evening)\b", "TIME", "offset", _I),
    (r"\b" + APPROX + r"(?P<n>" + NUM + r")[\s-]+(?P<u>" + UNITS + r")\s+ago\b", "DATE", "ago", _I),
    (r"\b(?P<u>" + PLURAL_UNITS + r")\s+ago\b", "DATE", "ago", _I),
    (r"\b(?:the\s+)?(?P<shift>past|last|next|coming|previous|first)\s+(?P<n>" + NUM + r")?\s*(?P<u>" + UNITS +
     r")\b", "DURATION", "span", _I),
    (r"\b(?P<shift>recent)\s+(?P<u>" + PLURAL_UNITS + r")\b", "DURATION", "span", _I),
    (r"\b" + APPROX + r"(?P<n>" + NUM + r")(?:\s+(?:full|single|whole|straight|consecutive))?[\s-]+(?P<u>" +
     UNITS + r")(?!\s+old|-old)\b", "DURATION", "duration", _I),
    (r"\b(?P<u>hours|days|weeks|months|years|decades)-?long\b", "DURATION", "vague_duration", _I),
    (r"\b(?P<one>hour|day|week|month|year)long\b", "DURATION", "duration", _I),
    (r"(?<![\w-])(?P<u>" + PLURAL_UNITS + r")\b", "DURATION", "vague_duration", _I),
    (r"\b(?:every|each)\s+(?P<n>other\s+|" + NUM + r"\s+)?(?P<u>" + UNITS + r")\b", "SET", "set", _I),
    (r"\b(?P<freq>once|twice|\w+\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>day|week|month|year|hour)\b", "SET", "set",
     _I),
    (r"\bevery\s+(?P<wd>" + WD + r")\b", "SET", "set", 0),
    (r"\bper\s+(?P<u>day|week|month|year|hour)\b", "SET", "set", _I),
    (r"\b(?P<adv>annually|daily|weekly|monthly|yearly|regularly|nightly|annual)\b", "SET", "set_adv", _I),
    (r"(?<=\b(?:on|at)\s)(?P<adv>weekends)\b", "SET", "set_adv", _I),
    (r"\b(?:(?P<clock>(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))|(?P<pod>noon|midnight))"
     r"\s+(?P<day>" + WD + r"|today|tomorrow|yesterday|tonight)\b", "TIME", "clock_day", _I),
    (r"\b(?P<clock>(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))", "TIME", "clock", _I),
    (r"\b(?P<shift>last|yesterday|tomorrow)\s+(?P<pod>night|morning|afternoon|evening)\b", "TIME", "pod_rel", _I),
    (r"\b(?:at|during|around|by|before|after|through|in|that|until)\s+(?P<det>the\s+|an?\s+|that\s+)?(?P<pod>" + PART +
     r")\b", "TIME", "part_of_day", _I),
    (r"\b(?P<ref>now|currently|at present|nowadays|recently)\b", "DATE", "ref", _I),
    (r"(?<=\b(?i:in)\s)(?P<ref>the past|the future)\b", "DATE", "ref", _I),
    (r"(?<=\bat\s)(?P<ref>the moment|this time|present)\b", "DATE", "ref", _I),
    (r"\b(?:(?i:in|since|until|by|from|through|of|last|next|this|early|late)\s+|(?i:mid)-)?"
     r"(?P<m>" + FULL_MON + r"|May(?=\s*[,.;]|\s+(?:and|or|to|through|until)\b))\b(?!\s+\d)", "DATE",
     "partial_month", 0),
    (r"\b(?i:in|since|until|by|from|through|early|late)\s+(?P<m>May)\b(?!\s+\d)", "DATE", "partial_month", 0),
]]

_BOUND_BEFORE = re.compile(r"(?:\b(since|until|till|through|before|after|by|from)|\b(no later than|not later than|"
                           r"no earlier than|as of|up to))\s+(?:the\s+)?$", re.IGNORECASE)
_BOUND_NAME = {"since": "since", "from": "since", "until": "until", "till": "until", "through": "until",
               "before": "before", "by": "before", "no later than": "before", "not later than": "before",
               "after": "after", "no earlier than": "after", "as of": "since", "up to": "until"}
_KEEP_PREFIX = {"last", "next", "this", "early", "late", "mid-", "mid"}


def find_timexes(text: str) -> list[TimexCandidate]:
    """Return the time expressions of `text` in order, longest match first where they overlap."""
    found: list[TimexCandidate] = []
    for regex, ttype, kind in _PATTERNS:
        for m in regex.finditer(text):
            start, end = m.span()
            if kind == "partial_month" and m.groupdict().get("shift") is None and "edge" not in m.groupdict():
                start = m.start("m")
                prefix = text[m.start():start].strip().lower()
                if prefix in _KEEP_PREFIX:
                    start = m.start()
            if kind == "part_of_day":
                start = m.start("pod")
                det = (m.group("det") or "").strip().lower()
                if m.group(0).lower().startswith("that "):
                    start = m.start()
                elif det in {"the", "that"} and re.match(r"\s*(?:[.,;:!?)]|$|and\b|or\b)", text[m.end():m.end() + 5]):
                    start = m.start("det")
            if not _keep(text, m, kind):
                continue
            parts = {k: v for k, v in m.groupdict().items() if v is not None}
            found.append(TimexCandidate(start, end, text[start:end], ttype, kind, parts))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[TimexCandidate] = []
    last_end = -1
    for cand in found:
        if cand.start >= last_end and not _in_title(text, cand):
            chosen.append(cand)
            last_end = cand.end
    for cand in chosen:
        m = _BOUND_BEFORE.search(text[max(0, cand.start - 20):cand.start])
        if m:
            cand.bound = _BOUND_NAME[(m.group(1) or m.group(2)).lower()]
    return chosen


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([\w']+)\s*$", text[max(0, start - 20):start])
    return m.group(1).lower() if m else ""


def _keep(text: str, m: re.Match, kind: str) -> bool:
    s = m.group(0)
    before = text[max(0, m.start() - 2):m.start()]
    g = m.groupdict()
    if kind == "year":
        if re.search(r"[$€£#\d.,]\s?$", before) and not before.endswith(" ") or re.search(r"\d-$", before):
            return False
        after = text[m.end():m.end() + 25]
        nxt = re.match(r"\s+([a-z]+)", after)
        if nxt and nxt.group(1) in COUNT_NOUNS:
            return False
        if re.match(r"\s*(?:%|per\s?cent)", after):
            return False
    if kind in {"duration", "span", "vague_duration", "ago"} and g.get("u"):
        unit = g["u"].lower()
        n = g.get("n")
        if n and n.lower() in {"a", "an"} and kind == "duration" and unit.endswith("s"):
            return False
        if re.match(r"-?old\b|\s+old\b|\s+of\s+age\b", text[m.end():m.end() + 8]):
            return False
        if n and n.lower() in {"a", "an", "one"} and unit == "second" and \
                not re.match(r"\s+(?:ago|later|earlier|before|after)\b", text[m.end():m.end() + 10]):
            return False   # "a second commission" is an ordinal
    if kind == "span" and g.get("shift", "").lower() == "last" and _word_before(text, m.start("shift")) in _MODALS:
        return False       # "meant to last a few months": the verb, not "the last few months"
    if kind == "vague_duration" and "-" not in s and not s.lower().endswith("long"):
        if _word_before(text, m.start()) in {"the", "these", "those", "recent", "past", "coming", "next", "last",
                                             "many", "several", "few", "of"} or \
                re.match(r"\s+ago\b", text[m.end():m.end() + 5]):
            return False
    if kind == "weekday" and not g["wd"][0].isupper() and "shift" not in g:
        return False
    if kind == "abs" and g.get("m", "").lower().startswith("may") and not g.get("y") and not g.get("d"):
        return False
    if kind == "holiday" and re.match(r"\s+(?:gifts?|trees?|presents?|cards?|shopping|season|markets?|decorations|"
                                      r"lights|music|songs|carols|dinner|spirit|sales)\b", text[m.end():m.end() + 14]):
        return False       # "a Christmas gift" is not a day
    if kind == "set_adv" and s[0].isupper() and not _sentence_start(text, m.start()):
        return False       # "Apple Daily" is a name
    if kind == "ref" and s.lower() == "now" and (re.match(r"\s+(?:that|than)\b|-", text[m.end():m.end() + 6])):
        return False
    if kind == "partial_month" and g.get("m") == "March" and \
            re.match(r"\s+(?:on|to|toward|towards|against|through|in|with|for|from|into|down|up|out|past|together)\b",
                     text[m.end():m.end() + 12]):
        return False       # "March on the capital" is the verb or the event, not the month
    if kind == "partial_month" and m.start("m") == m.start() and re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]):
        return False       # "April Mensah", "June Alvarez": a first name
    if kind == "year" and re.search(r"\b(?:Section|Flight|Resolution|Article|Room|Route|Highway|Chapter|Rule|Bill|"
                                    r"Act|Paragraph|Order|No\.|Number|Suite|Gate|Platform|Bus|Unit|Code|Title|Law)\s*$",
                                    text[max(0, m.start() - 14):m.start()]):
        return False       # "Section 1983", "Flight 2019" are numbers
    return True


def _sentence_start(text: str, start: int) -> bool:
    return bool(re.search(r"(?:^|[.!?]\s+|[“\"(]\s*)$", text[max(0, start - 3):start]))


def _in_title(text: str, cand: TimexCandidate) -> bool:
    """A time word that opens a quoted title ("“Sunday Morning Futures”", "“This Week”") names a show."""
    if cand.kind not in {"weekday", "offset", "ref", "set_adv"} or text[max(0, cand.start - 1):cand.start] not in {"“", '"'}:
        return False
    words = cand.text.split()
    following = re.match(r"\s+([A-Z][a-z]+)", text[cand.end:cand.end + 20])
    return bool(following) or len(words) > 1 and all(w[0].isupper() for w in words)


_FUTURE = re.compile(r"\b(will|'ll|shall|plans? to|planned|intends? to|is to|are to|is due|are due|expected to|"
                     r"scheduled|upcoming|next|set to|going to|would be held|to be held)\b", re.IGNORECASE)


def sentence_is_future(sentence: str) -> bool:
    """Return True when a sentence speaks of the future (will, plans to, is scheduled ...)."""
    return bool(_FUTURE.search(sentence))
