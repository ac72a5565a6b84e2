"""Pronoun antecedents: the nearest earlier actor that agrees with the pronoun, within a short window.

"he/she" take a person; "it" a singular state, body or group; "they/them" a plural noun, a group or
coordinated actors. An object pronoun is not its own clause's subject ("the attackers ... shot them"), and
the caller may exclude the event's source ("Tehran rejected its offer": not Tehran's own offer).
"""

from __future__ import annotations

import bisect
from typing import Iterable, Optional

from ..nlp import sentences
from ..records import ActorMention

__all__ = ["Antecedents", "PERSONAL", "SINGULAR", "PLURAL"]

PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
SINGULAR = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
# actor categories that stand for a country as a whole: a state, its capital, a territory
STATE_CATEGORIES = frozenset({"state", "capital", "territory"})
_BODIES = STATE_CATEGORIES | {"organisation", "institution", "group", "media", "party"}
_PLURAL_TAGS = {"NNS", "NNPS"}
# nouns for one person, which "he/she" and "the two leaders" may stand for, also as the head of a body's
# mention ("the UNICEF director", "the ministry spokesman")
PERSON_NOUNS = frozenset({
    "man", "woman", "leader", "official", "suspect", "defendant", "president", "minister", "member", "spokesman",
    "spokeswoman", "spokesperson", "officer", "soldier", "lawyer", "envoy", "ambassador", "commander", "director",
    "chief", "head", "chairman", "chairwoman", "chair", "secretary", "governor", "mayor", "prosecutor"})
_WINDOW = 2          # sentences before the pronoun's own that an antecedent may stand in


class Antecedents:
    """The actor mentions of one Doc in text order, searched backwards from a pronoun."""

    def __init__(self, doc, mentions: Iterable[ActorMention]) -> None:
        self.doc = doc
        seen: dict[int, ActorMention] = {}
        for m in mentions:
            if m.category != "adjective":
                seen.setdefault(m.head, m)
        self.mentions = [seen[h] for h in sorted(seen)]
        self.heads = sorted(seen)
        self.covered = {i for m in seen.values() for i in m.tokens}
        starts = [s.start for s in sentences(doc)]
        self.sent_starts = starts

    def resolve(self, t, exclude: frozenset = frozenset(), exclude_countries: frozenset = frozenset(),
                prefer=None) -> Optional[ActorMention]:
        """The antecedent of pronoun t, or None when no agreeing actor stands close enough before it."""
        word = t.lower_
        if word not in PERSONAL | SINGULAR | PLURAL:
            return None
        if word == "it" and t.dep_ in {"dobj", "pobj"} and self._thing_before(t):
            return None
        k = bisect.bisect_right(self.sent_starts, t.i) - 1   # Token.sent scans the Doc; bisect does not
        limit = self.sent_starts[max(0, k - _WINDOW)]
        bound = self._bound_subject(t) | self._modified_noun(t)
        fits = []
        for i in range(bisect.bisect_left(self.heads, t.i) - 1, -1, -1):
            m = self.mentions[i]
            if m.head < limit:
                break
            if m.head in bound or t.i in m.tokens or not self._agrees(m, word):
                continue
            if m.code in exclude or m.country and m.country in exclude_countries and \
                    m.category in STATE_CATEGORIES:
                continue
            fits.append(m)
        if prefer is not None:
            # selection: "They attacked the hotel" is the armed group's act, not the officials meeting there
            return next((m for m in fits if prefer(m)), None)
        if t.dep_ in {"nsubj", "nsubjpass"} or t.dep_ == "poss" and t.head.dep_ in {"nsubj", "nsubjpass"}:
            # a subject pronoun (or a subject's owner: "its troops attacked") continues an earlier subject
            # ("The militants blew up tracks, bringing the train with 450 passengers to a halt, where they
            # stormed it")
            subjects = [m for m in fits if _is_subject(self.doc[m.head])]
            if subjects:
                return subjects[0]
        return fits[0] if fits else None

    def _thing_before(self, t) -> bool:
        """Is the nearest singular noun before an object "it" in its sentence a thing, not an actor?
        ("bringing the train to a halt in a tunnel, where they stormed it")"""
        start = self.sent_starts[bisect.bisect_right(self.sent_starts, t.i) - 1]
        for j in range(t.i - 1, start - 1, -1):
            tok = self.doc[j]
            if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"compound", "poss"} and tok.tag_ in {"NN", "NNP"}:
                return j not in self.covered
        return False

    def _agrees(self, m: ActorMention, word: str) -> bool:
        head = self.doc[m.head]
        coordinated = any(c.dep_ == "conj" for c in head.children) or head.dep_ == "conj"
        if word in PERSONAL:
            person = m.category == "person" or head.tag_ == "NN" and head.lemma_.lower() in PERSON_NOUNS
            return person and not coordinated
        counted = any(c.dep_ == "nummod" and c.lower_ not in {"one", "1"} for c in head.children)   # "48 Uyghurs"
        if word in SINGULAR:   # (the tagger may call "Uyghurs" singular; its number says it is not)
            return m.category in _BODIES and head.tag_ not in _PLURAL_TAGS and not coordinated and not counted
        return head.tag_ in _PLURAL_TAGS or coordinated or counted or m.category == "group"

    @staticmethod
    def _bound_subject(t) -> set:
        """Tokens of the subject of an object pronoun's own clause: "them" in "X shot them" is not X."""
        if t.dep_ not in {"dobj", "dative", "pobj"}:
            return set()
        verb = t.head.head if t.dep_ == "pobj" else t.head
        return {x.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for x in c.subtree}

    @staticmethod
    def _modified_noun(t) -> set:
        """Tokens of the noun a relative clause modifies, when t is its subject: "it" in "the detainees it
        held" is not the detainees."""
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.head.dep_ not in {"relcl", "acl"}:
            return set()
        noun = t.head.head
        return {noun.i, *(x.i for x in noun.children if x.dep_ in {"compound", "amod", "nummod"})}


def _is_subject(tok) -> bool:
    """A subject, or a word coordinated with one."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"}
