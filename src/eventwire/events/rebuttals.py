"""Whom a denial or rejection with no target of its own answers.

"Pakistan accused India of ..., a charge New Delhi rejected": the accusation before it in its sentence.
"The UN sought permission ..., but Georgian authorities refused": the request or offer before it.
"The group accuses Pakistan of ... Both Pakistan and China reject claims that ...": a rejected claim noun
with no owner answers the accusation of the rejecters in the sentences just before, or else whoever made a
statement there ("... a statement from the ISPR said. Rebutting the claim, Balkhi said ...").
"""

from __future__ import annotations

import bisect
from typing import Optional

from ..nlp import sentences
from ..records import ActorMention
from .arguments import ActorIndex
from .candidate import Candidate
from .ontology import Ontology

__all__ = ["Rebuttals"]

_LOOKBACK = 2   # sentences: a claim answered further away is seldom the one named just before


class Rebuttals:
    """Targets for the denials and rejections of one Doc."""

    def __init__(self, ontology: Ontology, ix: ActorIndex) -> None:
        self.o = ontology
        self.ix = ix
        self.claims = set(ontology.word_class("claim"))
        self.speech = set(ontology.word_class("speech"))

    def apply(self, cands: list[Candidate]) -> None:
        """Give each denial or rejection with no target the one it answers, if it can be told."""
        doc = self.ix.doc
        self._sents = sentences(doc)    # (not Token.sent, which scans the Doc on every call)
        self._starts = [s.start for s in self._sents]
        for c in cands:
            if c.targets or not c.sources or c.code != "016" and c.code[:2] != "12":
                continue
            p = self._in_sentence(c, cands)
            if p is not None:
                c.targets, c.rule = list(p.sources), c.rule + "+answer"
                continue
            if c.code != "016" or self._claim(doc[c.trigger]) is None:
                continue
            # all the rejecters of one trigger ("Both Pakistan and China reject claims") answer one claimant
            same = [s for x in cands if x.trigger == c.trigger for s in x.sources]
            found = self._claimant(c, cands, {s.country for s in same if s.country}, {s.code for s in same})
            if found:
                c.targets, c.rule = found, c.rule + "+answer:previous"

    def _sentence(self, i: int) -> int:
        """The index of the sentence holding token i."""
        return bisect.bisect_right(self._starts, i) - 1

    def _in_sentence(self, c: Candidate, cands: list[Candidate]) -> Optional[Candidate]:
        sent = self._sents[self._sentence(c.trigger)]
        own = {s.code for s in c.sources}
        for p in cands:
            if not p.sources or not sent.start <= p.trigger < c.trigger or own & {s.code for s in p.sources}:
                continue
            if c.code == "016" and p.code[:2] == "11" and p.targets and c.sources[0].country and \
                    p.targets[0].country == c.sources[0].country or \
                    c.code[:2] == "12" and p.code[:2] in {"02", "03"} and \
                    (not p.targets or {s.country for s in c.sources} & {t.country for t in p.targets}):
                return p
        return None

    def _claim(self, v):
        """The claim noun a denial rejects with no owner named on it ("rejected the claim", "reject claims")."""
        for c in v.children:
            if c.dep_ == "dobj" and self.o.lemma(c) in self.claims and c.lemma_.lower() not in {"report", "statement"}:
                if any(x.dep_ == "poss" or x.dep_ == "prep" and x.lower_ in {"of", "by", "from"}
                       for x in c.children):
                    return None   # "rejected Kabul's claims": its owner, if any, is found elsewhere
                return c
        return None

    def _claimant(self, c: Candidate, cands: list[Candidate], rejecters: set, codes: set) -> list[ActorMention]:
        """Who made the claim in the sentences just before: an accusation of the rejecters, else a speaker."""
        k = self._sentence(c.trigger)
        before = [self._sents[j] for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1)]
        found: list[ActorMention] = []
        for prev in before:
            for p in cands:
                if prev.start <= p.trigger < prev.end and p.code[:2] == "11" and p.sources and \
                        {t.country for t in p.targets} & rejecters and \
                        not {s.code for s in p.sources} & codes:   # (separatists accuse their own state)
                    found.extend(p.sources)
            found.extend(m for m in self._speakers(prev) if m.country not in rejecters and m.code not in codes)
        # "The US accused Beijing of genocide ... The UN says ... Beijing denies the allegations": whose
        # allegations, when the sentences before name two claimants, cannot be told
        if len({m.country or m.code for m in found}) != 1 or not found[0].country:
            return []
        return [found[0]]

    def _speakers(self, sent) -> list[ActorMention]:
        """The actors who speak in a sentence: subjects of its speech verbs ("a statement from the ISPR said")."""
        out = []
        for t in sent:
            if self.o.lemma(t) not in self.speech or t.pos_ not in {"VERB", "AUX"}:
                continue
            for s in t.children:
                if s.dep_ != "nsubj":
                    continue
                found = self.ix.actors(s)
                if not found:
                    found = [m for x in s.children if x.dep_ == "prep" and x.lower_ in {"from", "by", "of"}
                             for p in x.children if p.dep_ == "pobj" for m in self.ix.actors(p)]
                out.extend(found)
        quoted = self.ix.speakers.get(sent.start)
        if quoted is not None:
            out.append(quoted)
        return out
