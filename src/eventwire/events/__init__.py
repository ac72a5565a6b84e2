"""Events: CAMEO-coded events with PLOVER types, negation, modality and evidence (entry point: `EventStage`)."""

from __future__ import annotations

import hashlib
from typing import Optional

from ..places import place_for
from ..records import ActorMention, ArticleResult, Attribution, Event, EventDate, Location, Sentence, Span
from ..settings import Settings
from .candidate import Candidate
from .coder import EventCoder
from .ontology import Ontology, cameo_table, load_ontology

__all__ = ["EventStage", "EventCoder", "Candidate", "Ontology", "load_ontology", "cameo_table", "event_id"]


def event_id(article_id: str, trigger_start: int, code: str, source: Optional[str], target: Optional[str]) -> str:
    """Return the stable id of an event mention: the same input always gives the same id."""
    key = f"{article_id}|{trigger_start}|{code}|{source or ''}|{target or ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class EventStage:
    """Pipeline stage: event mentions of the article, one per (source, target) pair."""

    name = "events"
    requires = ("doc", "actors", "places")
    provides = ("events",)

    def __init__(self, nlp, settings: Settings) -> None:
        self.ontology = load_ontology(tuple(settings.patterns))
        self.coder = EventCoder(self.ontology)
        from ..actors.dictionary import load_countries
        self.territories = {r["code"]: Location(r["name"], r["code"], float(r["lat"]), float(r["lon"]))
                            for r in load_countries()}

    def __call__(self, result: ArticleResult) -> ArticleResult:
        doc = result.doc
        explain = result.scratch.get("explain")
        candidates = self.coder.code(doc, result.actors, result.scratch.get("country_tokens"), explain,
                                     result.places)
        events = []
        by_id = {}
        for cand in candidates:
            for ev in self._events(result, cand):
                if ev.event_id not in by_id:
                    by_id[ev.event_id] = cand
                    events.append(ev)
        result.events = events
        result.scratch["candidates"] = by_id
        return result

    def _events(self, result: ArticleResult, cand: Candidate) -> list[Event]:
        doc = result.doc
        tok = doc[cand.trigger]
        sent = result.sentence_at(tok.idx)
        cameo = self.ontology.code(cand.code)
        sources = cand.sources or [None]
        targets = cand.targets or [None]
        out = []
        for src in sources:
            for tgt in targets:
                if src is not None and tgt is not None and src.code == tgt.code:
                    continue
                location = place_for(result, sent.index, tok.idx) or _territory(tgt, cameo.quad_class, self)
                out.append(Event(
                    event_id=event_id(result.article.id, tok.idx, cand.code, src and src.code, tgt and tgt.code),
                    article=result.article.ref(),
                    sentence=Sentence(sent.index, sent.start, sent.end, sent.text),
                    trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text),
                    source=src.ref() if src else None, target=tgt.ref() if tgt else None,
                    cameo=cameo, plover=self.ontology.plover_for(cand.code),
                    date=EventDate(result.article.published, "day", "publication") if result.article.published
                    else EventDate(None, "day", "unknown"),
                    negated=cand.negated, modality=cand.modality,
                    attribution=Attribution(cand.attribution.text, cand.attribution.code)
                    if cand.attribution else None,
                    location=location, confidence=round(cand.confidence * (1.0 if src and tgt else 0.8), 2),
                    rule=cand.rule))
        return out


def _territory(target: Optional[ActorMention], quad_class: int, stage: "EventStage") -> Optional[Location]:
    """Material conflict against a territory happens in it, when the sentence names no place."""
    if target is None or quad_class != 4 or target.category != "territory":
        return None
    return stage.territories.get(target.country)
