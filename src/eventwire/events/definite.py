"""Definite descriptions that stand for earlier actors: counted plurals ("the three nations", "the two
governments", "the trio") and "the country" a motion leads from or to ("the withdrawal of U.S. troops from the
country": the last-named country other than the actor's own).
"""

from __future__ import annotations

import bisect
from typing import Optional

from ..records import ActorMention
from .pronouns import PERSON_NOUNS, STATE_CATEGORIES

__all__ = ["PERSON_NOUNS", "counted", "the_country"]

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5, "both": 2}
_COUNT_NOUNS = {"trio": 3, "pair": 2, "duo": 2}   # "the trio"
# prepositions of a motion: one's own country is not what one withdraws from or sends troops into, so "the
# country" there is another one
_MOTION = {"from", "into", "to", "toward", "towards"}


def counted(ix, t) -> list[ActorMention]:
    """ "The three East African nations", "the two governments", "both countries": a definite counted
    plural stands for the nearest earlier coordination of as many actors (within two sentences), unless
    its own words name a country."""
    n = _COUNT_NOUNS.get(t.lemma_.lower()) if t.tag_ in {"NN", "NNP"} else None
    if n is None and t.tag_ in {"NNS", "NNPS"}:
        n = next((_NUMBERS[c.lower_] for c in t.children if c.dep_ in {"nummod", "det", "predet"}
                  and c.lower_ in _NUMBERS), None)
    if n is None or not any(c.dep_ in {"det", "predet"} and c.lower_ in {"the", "these", "those", "both"}
                            for c in t.children):
        return []
    m0 = ix.by_token.get(t.i)
    if m0 is not None and len(ix.spans.get((m0.start, m0.end), ())) >= n:
        return []   # the actor stage found them already
    if any(c.i in ix.country_tokens or c.pos_ == "PROPN" for c in t.children) or \
            m0 is not None and any(ix.doc[i].pos_ == "PROPN" for i in m0.tokens):
        return []
    people = t.lemma_.lower() in PERSON_NOUNS
    ante = ix.antecedents
    k = bisect.bisect_right(ante.sent_starts, t.i) - 1
    limit = ante.sent_starts[max(0, k - 2)]
    for i in range(bisect.bisect_left(ante.heads, t.i) - 1, -1, -1):
        m = ante.mentions[i]
        if m.head < limit:
            break
        group: list[ActorMention] = []
        coordinated = [ix.by_token.get(c.i) for c in ix.doc[m.head].conjuncts]
        for other in [*ix.by_head.get(m.head, [m]), *coordinated]:
            if other is not None and other.category != "adjective" and \
                    other.code not in {g.code for g in group}:
                group.append(other)
        if any(t.i in g.tokens for g in group):
            continue
        if len(group) == n and all((g.category == "person") == people for g in group):
            return sorted(group, key=lambda g: g.head)
    return []


def the_country(ix, t) -> Optional[str]:
    """ "pulled its troops out of Kabul ... the withdrawal of U.S. troops from the country": a bare "the country"
    after a preposition of motion is the last country named before it (within two sentences) that is not the
    actor's own (`ix.own_countries`); None when the actor is unknown or no other country was named."""
    if t.lemma_.lower() not in {"country", "nation"} or t.tag_ != "NN" or not ix.own_countries or \
            t.dep_ != "pobj" or t.head.lower_ not in _MOTION or \
            [c.lower_ for c in t.children] != ["the"]:
        return None
    starts = ix.antecedents.sent_starts
    k = bisect.bisect_right(starts, t.i) - 1
    for x in range(t.i - 1, starts[max(0, k - 2)] - 1, -1):
        m = ix.by_token.get(x)
        country = ix.country_tokens.get(x) or ix.place_tokens.get(x) or (
            m.country if m is not None and m.category in STATE_CATEGORIES else None)
        if country and country not in ix.own_countries:
            return country
    return None
