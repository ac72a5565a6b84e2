"""Fused events in memory: whether a mention matches one, and how the event absorbs it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from .rules import (CONVERSE, PRECISION_RANK, actors_compatible, block_key, codes_compatible, is_reciprocal,
                    modality_class, more_specific_actor, more_specific_code, places_compatible)

__all__ = ["Mention", "FusedEvent", "match", "absorb", "new_event", "MENTION_FIELDS", "EVENT_FIELDS"]

_BASIS_RANK = {"explicit": 3, "relative": 2, "narrative": 1}


@dataclass
class Mention:
    """What fusion reads of one stored event mention."""

    mention_id: str
    article_id: str
    source_code: Optional[str]
    source_country: Optional[str]
    target_code: Optional[str]
    target_country: Optional[str]
    cameo_code: str
    cameo_root: str
    goldstein: float
    quad_class: int
    date_value: Optional[str]
    date_precision: Optional[str]
    date_basis: Optional[str]
    date_bound: Optional[str]
    date_start: Optional[dt.date]
    date_end: Optional[dt.date]
    negated: bool
    modality: Optional[str]
    location_name: Optional[str]
    location_country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]

    @property
    def key(self) -> str:
        """The block key candidates are looked up under."""
        return block_key(self.cameo_root, self.source_code, self.source_country, self.target_code,
                         self.target_country)


@dataclass
class FusedEvent:
    """One real-world event as fused so far: the most specific actors, code, date and place of its mentions."""

    event_id: str
    event_num: int
    block_key: str
    source_code: Optional[str]
    source_country: Optional[str]
    target_code: Optional[str]
    target_country: Optional[str]
    cameo_code: str
    cameo_root: str
    goldstein: float
    quad_class: int
    date_value: Optional[str]
    date_precision: Optional[str]
    date_basis: Optional[str]
    date_bound: Optional[str]
    date_start: Optional[dt.date]
    date_end: Optional[dt.date]
    polarity: str
    negated: bool
    modality: Optional[str]
    location_name: Optional[str]
    location_country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    size: int = 1                 # mentions absorbed so far (for ranking candidates only)


MENTION_FIELDS = list(Mention.__dataclass_fields__)
EVENT_FIELDS = [f for f in FusedEvent.__dataclass_fields__ if f != "size"]


def new_event(m: Mention, event_num: int) -> FusedEvent:
    """Start a fused event from its first mention; its id is derived from that mention's, so it is stable."""
    return FusedEvent(
        "e" + m.mention_id, event_num, m.key, m.source_code, m.source_country, m.target_code, m.target_country,
        m.cameo_code, m.cameo_root, m.goldstein, m.quad_class, m.date_value, m.date_precision, m.date_basis,
        m.date_bound, m.date_start, m.date_end, modality_class(m.negated, m.modality), m.negated, m.modality,
        m.location_name, m.location_country, m.lat, m.lon)


def _orientations(e: FusedEvent, m: Mention):
    """Yield (swapped, code) readings of the mention in the event's frame."""
    yield False, m.cameo_code
    if is_reciprocal(e.cameo_code) or is_reciprocal(m.cameo_code):
        yield True, m.cameo_code
    if m.cameo_code in CONVERSE:
        yield True, CONVERSE[m.cameo_code]


def _overlap(e: FusedEvent, m: Mention) -> Optional[int]:
    """Days the two date ranges share (0 or more), None when they are disjoint; unknown dates fit any."""
    if m.date_start is None or e.date_start is None:
        return 10 ** 6
    start, end = max(e.date_start, m.date_start), min(e.date_end, m.date_end)
    return (end - start).days if start <= end else None


def match(e: FusedEvent, m: Mention) -> Optional[tuple]:
    """Return a score (higher is better) and the reading under which the mention fits the event, or None."""
    if e.polarity != modality_class(m.negated, m.modality):
        return None
    overlap = _overlap(e, m)
    if overlap is None:
        return None
    place = (m.location_country, m.lat, m.lon) if m.lat is not None else None
    if not places_compatible((e.location_country, e.lat, e.lon) if e.lat is not None else None, place):
        return None
    best = None
    for swapped, code in _orientations(e, m):
        src, tgt = (m.target_code, m.source_code) if swapped else (m.source_code, m.target_code)
        if not (codes_compatible(e.cameo_code, code) and actors_compatible(e.source_code, src)
                and actors_compatible(e.target_code, tgt)):
            continue
        # Prefer the same code, the reading as written, the narrowest shared date range, the larger event.
        score = (code == e.cameo_code, not swapped, -overlap, e.size)
        if best is None or score > best[0]:
            best = (score, swapped, code)
    return best


def _date_rank(precision, bound, basis) -> tuple:
    return PRECISION_RANK.get(precision or "", 0), bound is None, _BASIS_RANK.get(basis or "", 0)


def absorb(e: FusedEvent, m: Mention, swapped: bool, code: str) -> None:
    """Refine the event with a matching mention (read in the event's frame as `match` returned)."""
    msrc = (m.target_code, m.target_country) if swapped else (m.source_code, m.source_country)
    mtgt = (m.source_code, m.source_country) if swapped else (m.target_code, m.target_country)
    adopted = more_specific_code(e.cameo_code, code)
    if adopted != e.cameo_code:
        if swapped and code == m.cameo_code and not is_reciprocal(code):
            # A directed code replaces a reciprocal one: take the direction the mention gives it.
            e.source_code, e.source_country, e.target_code, e.target_country = (
                e.target_code, e.target_country, e.source_code, e.source_country)
            msrc, mtgt = mtgt, msrc
        e.cameo_code, e.cameo_root, e.goldstein, e.quad_class = adopted, m.cameo_root, m.goldstein, m.quad_class
    e.source_code = more_specific_actor(e.source_code, msrc[0])
    e.source_country = e.source_country or msrc[1]
    e.target_code = more_specific_actor(e.target_code, mtgt[0])
    e.target_country = e.target_country or mtgt[1]
    if m.date_start is not None:
        if e.date_start is None:
            e.date_start, e.date_end = m.date_start, m.date_end
        else:
            e.date_start, e.date_end = max(e.date_start, m.date_start), min(e.date_end, m.date_end)
        if _date_rank(m.date_precision, m.date_bound, m.date_basis) > _date_rank(e.date_precision, e.date_bound,
                                                                                 e.date_basis):
            e.date_value, e.date_precision, e.date_basis, e.date_bound = (m.date_value, m.date_precision,
                                                                          m.date_basis, m.date_bound)
    if e.lat is None and m.lat is not None:
        e.location_name, e.location_country, e.lat, e.lon = m.location_name, m.location_country, m.lat, m.lon
    e.size += 1
