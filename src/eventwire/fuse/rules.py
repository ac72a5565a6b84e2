"""When two event mentions can describe the same real event: actors, code, date, place, polarity.

Every rule is a plain function on plain values so that it can be read, tested and changed alone;
docs/store.md ("Fusion rules") says the same in prose.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Optional

from ..time.dating import period_end, period_start

__all__ = ["period_start", "period_end", "date_interval", "codes_compatible", "more_specific_code", "actors_compatible",
           "more_specific_actor", "is_reciprocal", "CONVERSE", "places_compatible", "modality_class",
           "block_key", "PRECISION_RANK", "DAY_TOLERANCE", "BOUND_HORIZON_DAYS", "PUBLICATION_WINDOW_DAYS",
           "PLACE_RADIUS_KM"]

# Two outlets may date one event a day apart (time zones, "yesterday" resolved at different hours).
DAY_TOLERANCE = 1
# "after Moscow recognized ..." bounds a date on one side only; a year keeps such a bound from
# matching events that happened in another era.
BOUND_HORIZON_DAYS = 366
# An event dated only by its article's publication happened shortly before it was reported.
PUBLICATION_WINDOW_DAYS = 7
# Places farther apart than this, in different countries, are different events.
PLACE_RADIUS_KM = 150.0

PRECISION_RANK = {"day": 3, "week": 2.5, "month": 2, "quarter": 1.5, "year": 1}

# Codes whose source and target can swap without changing the event ("A met B" is "B met A").
_RECIPROCAL = {"04", "041", "044", "046", "057", "06", "061", "062", "063"}
# Codes that describe one event from either side: A visits B (042) is B hosts A (043).
CONVERSE = {"042": "043", "043": "042"}
# One encounter told differently: outlets call the same day's meeting a visit, a meeting or talks.
# (A phone call, 041, and mediation, 045, are other events.)
_ENCOUNTER = {"04", "042", "043", "044", "046"}

_FACTUAL = {"asserted", "reported"}


def date_interval(value: Optional[str], precision: Optional[str], basis: Optional[str], bound: Optional[str],
                  published: Optional[dt.date]) -> tuple[Optional[dt.date], Optional[dt.date]]:
    """Return the first and last day the event can have happened on; (None, None) when nothing is known.

    A day is widened by DAY_TOLERANCE, a month or year is its whole span, a date with a bound
    (before/until, after/since) extends BOUND_HORIZON_DAYS on its open side, and a date that is only
    the publication date covers the PUBLICATION_WINDOW_DAYS before it.
    """
    start, end = period_start(value), period_end(value)
    if start is None or end is None:
        if published is None:
            return None, None
        return published - dt.timedelta(days=BOUND_HORIZON_DAYS), published
    if basis == "publication":
        return start - dt.timedelta(days=PUBLICATION_WINDOW_DAYS), end
    if precision == "day" or start == end:
        start, end = start - dt.timedelta(days=DAY_TOLERANCE), end + dt.timedelta(days=DAY_TOLERANCE)
    if bound in {"before", "until"}:
        start = start - dt.timedelta(days=BOUND_HORIZON_DAYS)
    elif bound in {"after", "since"}:
        end = end + dt.timedelta(days=BOUND_HORIZON_DAYS)
    return start, end


def _general(code: str) -> str:
    # "040" is CAMEO's "Consult, not specified below": the root itself, so "042" is one of its sub-codes.
    return code[:2] if len(code) == 3 and code.endswith("0") else code


def codes_compatible(a: str, b: str) -> bool:
    """True when the codes are equal, one is a sub-code of the other (040 and 042, 084 and 0842), or both
    name an encounter (a visit, a meeting, talks: 042, 043, 044, 046)."""
    ga, gb = _general(a), _general(b)
    return ga.startswith(gb) or gb.startswith(ga) or (ga in _ENCOUNTER and gb in _ENCOUNTER)


def more_specific_code(a: str, b: str) -> str:
    """Return the more specific of two compatible codes (the first one on a tie)."""
    return b if len(_general(b)) > len(_general(a)) else a


def is_reciprocal(code: str) -> bool:
    """True for codes whose source and target can swap (consult, negotiate, sign, cooperate)."""
    return _general(code) in _RECIPROCAL


def actors_compatible(a: Optional[str], b: Optional[str]) -> bool:
    """True when two actor codes can name the same actor: equal, or one refines the other (RUS, RUSGOV).

    A missing actor matches only a missing actor: a mention that does not say who acted is not
    evidence that a particular actor did.
    """
    if a is None or b is None:
        return a is None and b is None
    return a.startswith(b) or b.startswith(a)


def more_specific_actor(a: Optional[str], b: Optional[str]) -> Optional[str]:
    """Return the longer (more specific) of two compatible actor codes."""
    if a is None or b is None:
        return a or b
    return b if len(b) > len(a) else a


def places_compatible(a: Optional[tuple], b: Optional[tuple]) -> bool:
    """True unless both places are known and lie in different countries more than PLACE_RADIUS_KM apart.

    Each place is (country, lat, lon); an unknown place is compatible with any.
    """
    if a is None or b is None:
        return True
    if a[0] and a[0] == b[0]:
        return True
    return _km(a[1], a[2], b[1], b[2]) <= PLACE_RADIUS_KM


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def modality_class(negated: bool, modality: Optional[str]) -> str:
    """Mentions fuse only within one class: what happened, what did not, and each kind of unrealised event."""
    if negated:
        return "negated"
    return "factual" if (modality or "asserted") in _FACTUAL else modality


def _side(code: Optional[str], country: Optional[str]) -> str:
    return country or (code[:3] if code else "-")


def block_key(root: str, source_code: Optional[str], source_country: Optional[str], target_code: Optional[str],
              target_country: Optional[str]) -> str:
    """Return the key under which candidate events are looked up: CAMEO root and the unordered pair of sides.

    Only mentions with the same key are compared; the key does not change when a fused event's codes
    are refined (RUS to RUSGOV, 040 to 042), so an event is always found under the key it was stored with.
    """
    sides = sorted((_side(source_code, source_country), _side(target_code, target_country)))
    return f"{root}|{sides[0]}|{sides[1]}"
