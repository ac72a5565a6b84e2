"""Actor codes at the event's date: an official's code follows when the event happened, not when it was told.

The actor stage codes every mention as of the publication date. An event dated 2008 in a 2021 article must
carry the codes its actors had in 2008 (Mikheil Saakashvili: GEOGOV, not the opposition figure of 2021). This
stage re-codes each event's source and target from the dated dictionary entry (people.tsv, organizations.tsv
periods, users' dated entries) of the mention it came from, at the event's date, and marks the actor
`code_basis: event-date`. Actors with no dated entry, and events with no stated date, keep their code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Optional

from ..events import event_id
from ..records import ActorMention, ActorRef, ArticleResult, EventDate
from ..settings import Settings
from ..time.dating import period_end, period_start
from .dictionary import Entry, split_code

__all__ = ["DatedActorStage", "event_days", "code_during"]


def event_days(date: EventDate) -> Optional[tuple[str, str]]:
    """Return the first and last ISO day an event's date stands for; None when the text states no date."""
    if not date.value or date.basis in {"publication", "unknown"}:
        return None
    first, last = period_start(date.value), period_end(date.value)
    if first is None or last is None:
        return None
    if date.bound == "before":          # "before 2008": the day before is the latest it can be
        first = last = first - dt.timedelta(days=1)
    return first.isoformat(), last.isoformat()


def code_during(entry: Entry, first: str, last: str, text: str = "") -> Optional[str]:
    """Return the entry's code for an event between two ISO days, or None when its periods do not say.

    Of several offices held in the event's year or month, the one whose title the mention's text names
    decides ("In 2012, Prime Minister Bidzina Ivanishvili"), else the one held on the first day. Before the
    first known period the dictionary does not say what the actor was, and None keeps the code it has.
    """
    periods = entry.periods
    if not periods:
        return None
    during = [p for p in periods if (p.start is None or p.start <= last) and (p.end is None or first < p.end)]
    if not during:
        if all(p.start is not None and p.start > last for p in periods):
            return None
        return entry.code_at(first)     # after the last office: a former official (ELI), as at publication
    if len(during) > 1:
        titled = [p for p in during if p.title and re.search(r"\b" + re.escape(p.title) + r"\b", text, re.I)]
        if titled:
            return max(titled, key=lambda p: len(p.title)).code
        held = [p for p in during if p.holds(first)]
        if held:
            return max(held, key=lambda p: p.start or "").code
    return min(during, key=lambda p: p.start or "").code


def _as(code: str, how: str) -> str:
    """The mention's code from its entry's code: the party of a leader governs with him, else it opposes."""
    if how == "party-of":
        country, role = split_code(code)
        return (country or "") + ("GOV" if role == "GOV" else "OPP")
    return code


class DatedActorStage:
    """Pipeline stage: each event's source and target coded as of the event's date."""

    name = "actor_dates"
    requires = ("actors", "event_dates")
    provides = ("dated_actors",)

    def __init__(self, nlp, settings: Settings) -> None:
        pass

    def __call__(self, result: ArticleResult) -> ArticleResult:
        entries = result.scratch.get("actor_entries")
        if not entries or not result.events:
            return result
        candidates = result.scratch.get("candidates", {})
        published = result.article.published
        events, seen = [], set()
        for ev in result.events:
            days = event_days(ev.date)
            if days is None or ev.date.value == published:
                events.append(ev)
                seen.add(ev.event_id)
                continue
            cand = candidates.get(ev.event_id)
            source = self._recode(ev.source, cand.sources if cand else (), result, entries, days, ev.trigger.start)
            target = self._recode(ev.target, cand.targets if cand else (), result, entries, days, ev.trigger.start)
            if (source, target) != (ev.source, ev.target):
                if source is not None and target is not None and source.code == target.code:
                    continue        # an actor acting on itself, as the event stage never codes one
                new_id = event_id(result.article.id, ev.trigger.start, ev.cameo.code, source and source.code,
                                  target and target.code)
                if cand is not None:
                    candidates[new_id] = cand
                ev.source, ev.target, ev.event_id = source, target, new_id
            if ev.event_id not in seen:
                seen.add(ev.event_id)
                events.append(ev)
        result.events = events
        return result

    def _recode(self, ref: Optional[ActorRef], pool, result: ArticleResult, entries: dict, days: tuple,
                trigger: int) -> Optional[ActorRef]:
        """The actor re-coded at the event's days, or the same actor when its entry gives no other code."""
        if ref is None:
            return None
        key = _mention_key(ref, pool, result.actors, entries, trigger)
        if key is None:
            return ref
        entry, how = entries[key]
        code = code_during(entry, days[0], days[1], ref.text)
        if code is None:
            return ref
        code = _as(code, how)
        if code == _as(entry.code_at(result.article.published), how):
            return ref          # the same as at publication: the mention's own code (and its context) stands
        country, role = split_code(code)
        return dataclasses.replace(ref, code=code, country=country, role=role, code_basis="event-date")


def _mention_key(ref: ActorRef, pool, actors: list, entries: dict, trigger: int) -> Optional[tuple]:
    """The (start, end) of the mention an event actor came from: one of the event's own arguments, else the
    actor mention of that text and code nearest before the trigger (a pronoun carries its antecedent's)."""
    def same(m: ActorMention) -> bool:
        return m.text == ref.text and m.code == ref.code and (m.start, m.end) in entries

    for m in pool or ():
        if same(m):
            return m.start, m.end
    found = [m for m in actors if same(m)]
    if not found:
        return None
    before = [m for m in found if m.start <= trigger]
    m = before[-1] if before else found[0]
    return m.start, m.end
