"""The country of a role noun that names none of its own: the last resort of `phrase.PhraseCoder`.

In order: no country at all for a plural spread over a region or several countries; the federal state the article
names most for a "federal" role ("federal prosecutor Jacob Gutwillig" in a New York trial of an Iranian plot is no
Iranian prosecutor); the person whose clause the noun is in; else the country its sentence names before it, or the
article's own. A generic noun that a state acts on ("Paris was accused of aiding rebels fighting then-president
Laurent Gbagbo") is not that state's own when the sentence names another country or one of its people: it is the
other country's. The words that signal these are in data/context_words.tsv; which states are federal is in
data/federal_states.tsv.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Optional

from .context import _NEARBY
from .dictionary import _data, read_tsv

__all__ = ["ContextCountry", "kin_complement"]

# roles of nouns for people in general, whom a state acts on rather than is: rebels, civilians, protesters
_ACTED_ON_ROLES = {"REB", "INS", "CVL", "UAF"}
_SUBJECTS = {"nsubj", "nsubjpass"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset]:
    kinds: dict[str, set] = {}
    for row in read_tsv(_data("context_words.tsv")):
        kinds.setdefault(row["kind"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in kinds.items()}


@lru_cache(maxsize=1)
def _federal_states() -> frozenset:
    return frozenset(row["code"] for row in read_tsv(_data("federal_states.tsv")))


def kin_complement(doc, head: int, inner: int) -> bool:
    """True when token `inner` is in the "of" complement of a relative noun at `head` ("the son of ... Jimmy Lai")."""
    if doc[head].lemma_.lower() not in _words()["kin"]:
        return False
    tok = doc[inner]
    for _ in range(8):
        if tok.head.i == tok.i or tok.i == head:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == head:
            return True
        tok = tok.head
    return False


class ContextCountry:
    """Mixin of `PhraseCoder`: the country a role noun takes from its sentence or article."""

    def _context_country(self, head: int, start: int, role: Optional[str], disowned: set,
                         unknown: bool) -> tuple[Optional[str], str]:
        """(country, rule suffix) for the role noun at `head`; country None when it is no one country's."""
        doc, ctx = self.doc, self.ctx
        head_tok = doc[head]
        if head_tok.tag_ in {"NNS", "NNPS"} and not unknown and (
                any(t.i in self.region_tokens for t in head_tok.subtree) or len(ctx.countries_after(head)) >= 3):
            # "Africa's ruling parties", "opposition parties across the continent", "ruling parties won again in
            # Botswana, Mozambique and Namibia": no one country's
            return None, ""
        federal = self._federal_country(head, start)
        if federal is not None:
            return federal, f"+federal:{federal}"
        # "Poroshenko accused Moscow of arming pro-Russian separatists": not the country they are for, but the
        # other one the sentence names (a person counts)
        speaker = None if disowned or any(c.dep_ in {"poss", "det"} for c in head_tok.children) else \
            self._clause_person(head, start)
        if speaker is not None:
            return speaker.country, f"+clause:{speaker.text}"
        trial = self._trial_country() if role == "JUD" and not disowned else None
        if trial is not None:
            return trial, f"+trial:{trial}"
        country = ctx.country_for(head, start, any_kind=bool(disowned), exclude=frozenset(disowned))
        if country is None:
            return None, ""
        other = self._acted_on_by(head, start, country) if role in _ACTED_ON_ROLES and not disowned else None
        if other is not None:
            return other, f"+acted-on:{other}"
        return country, f"+context:{country}"

    def _trial_country(self) -> Optional[str]:
        """The country of the places the article is set in, for a court or prosecutor of no country named: a
        trial in New York of an Iranian plot is an American court's, whatever the sentence names; else None."""
        counts = Counter(c for s, e, c, k in self.ctx.evidence if k == "place")
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
            return None
        return ranked[0][0]

    def _federal_country(self, head: int, start: int) -> Optional[str]:
        """The federal state the article names most, for a role the word "federal" modifies; else None."""
        doc = self.doc
        cues = _words()["federal"]
        if not any(t.lower_ in cues for t in doc[min(start, doc[head].left_edge.i):head + 1]):
            return None
        federal = _federal_states()
        counts = Counter(c for s, e, c, k in self.ctx.evidence if c in federal)
        if not counts:
            return None
        best = max(counts.values())
        # (a tie goes to the one named first)
        return next(c for s, e, c, k in self.ctx.evidence if counts.get(c) == best)

    def _acted_on_by(self, head: int, start: int, country: str) -> Optional[str]:
        """The other country a generic noun belongs to when `country` is the state acting on it: the subject of a
        verb above the noun, while the sentence names another country or a person of one; else None."""
        doc, ctx = self.doc, self.ctx
        sent_start, sent_end = ctx.sent_start[head], ctx.sent_end[head]
        evidence = [(s, e, c, k) for s, e, c, k in ctx.evidence if sent_start <= s and e <= sent_end]
        actor = next(((s, e) for s, e, c, k in reversed(evidence) if e <= start and c == country and k in _NEARBY),
                     None)
        if actor is None:
            return None
        subjects = set()
        tok = doc[head]
        for _ in range(12):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            subjects.update(c.i for c in tok.children if c.dep_ in _SUBJECTS and c.i < head)
        if not any(actor[0] <= i < actor[1] for i in subjects):
            return None
        others = [(s, c) for s, e, c, k in evidence if c != country and k != "place" and not s <= head < e]
        after = [c for s, c in others if s > head]
        return after[0] if after else None
