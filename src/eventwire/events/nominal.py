"""Nominal events: "the recognition of Abkhazia's independence by Moscow", "talks between A and B",
"the Russian occupation of Abkhazia", "Trump's imposition of sanctions", "told Trump in phone calls".

A noun trigger takes its source from a possessive, a country word or a "by" phrase, its target from the
prepositions that name targets for its root and, unless the noun is intransitive (withdrawal, visit), its
"of" phrase. A nominalization ("the lifting of sanctions") is coded by its verb's patterns over the "of"
phrase. A trigger inside "in/during/at" of a clause takes the clause's subject and object ("X told Y in
phone conversations").
"""

from __future__ import annotations

from typing import Optional

from .arguments import ActorIndex, arguments
from .candidate import Candidate
from .ontology import NounPattern, Ontology
from .targets import Roles, theme_keys

__all__ = ["Nominal"]

# roots whose "from" phrase names a place left or cut off, not the one who acts
_FROM_PLACE = {"08", "16"}


class Nominal:
    """Codes noun triggers that stand on their own (light-verb objects are coded with their verb)."""

    def __init__(self, ontology: Ontology, ix: ActorIndex, roles: Roles) -> None:
        self.o = ontology
        self.ix = ix
        self.roles = roles
        self.nominalizations = ontology.word_class("nominalization")
        self.negators = ontology.word_class("negator")
        self.victims = ontology.word_class("victim")
        self.receivers = ontology.word_class("receiver")
        self.travel = ontology.word_class("travel")
        self.two_word_heads = {k.rsplit(" ", 1)[1] for k in ontology.nouns if " " in k}

    def pattern(self, tok) -> Optional[NounPattern]:
        """The noun pattern of a token: modifier + head first ("ethnic cleansing"), then the head alone."""
        lemma = tok.lemma_.lower()
        if lemma in self.two_word_heads:   # (most nouns head no two-word pattern: skip building the keys)
            for key in theme_keys(tok):
                if key in self.o.nouns:
                    return self.o.nouns[key]
        return self.o.nouns.get(lemma)

    def is_trigger(self, tok) -> bool:
        """Could this noun be a nominal event?"""
        return tok.lemma_.lower() in self.nominalizations or self.pattern(tok) is not None

    def _via_verb(self, tok) -> Optional[tuple[str, str, object]]:
        """ "the lifting of sanctions": the verb's pattern over the "of" object gives the code."""
        verb = self.nominalizations.get(tok.lemma_.lower())
        if verb is None:
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    for row in self.o.verbs.get(verb, []):
                        if row.objects and not row.word2 and self.roles.theme_matches(p, row.objects):
                            return row.code, f"nominal:{tok.lemma_.lower()}+{row.id}", p
        return None

    def _compound_pair(self, tok) -> list:
        """Two actors in the compounds of a relation or conflict noun ("U.S.-Ukraine talks")."""
        found: list = []
        for c in tok.children:
            if c.dep_ not in {"compound", "nmod", "amod"}:
                continue
            for x in (c, *c.children):
                m = self.ix.mention(x.i) or self.ix.derived(x)
                if m is not None and m.category != "person" and all(m.country != f.country for f in found):
                    found.append(m)
        return found if len(found) == 2 else []

    @staticmethod
    def _between(tok) -> bool:
        return any(c.dep_ == "prep" and c.lower_ in {"between", "by"} for c in tok.children)

    def code(self, tok, drop, coded_verbs: frozenset = frozenset()) -> Optional[Candidate]:
        """The nominal event of a noun trigger, or None (with the reason given to `drop`)."""
        via = self._via_verb(tok)
        pattern = self.pattern(tok)
        if via is not None:
            code, rule, theme = via
            of_role = "theme"
        elif pattern is not None:
            code, rule, theme = pattern.code, pattern.id, None
            of_role = pattern.of
        else:
            return None
        if code in {"010", "01"}:
            return None
        if tok.dep_ == "pobj" and tok.head.head.pos_ in {"NOUN", "PROPN"} and not self._between(tok):
            drop(tok, f"nominal trigger {tok.text!r} modifies a noun: a reference, not an event")
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and not list(tok.children) and tok.tag_ == "NN":
            drop(tok, f"nominal trigger {tok.text!r} says how its clause's act was done ('in protest')")
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during", "amid"} and tok.head.head.i in coded_verbs \
                and code[:2] in {"18", "19", "20"}:
            drop(tok, f"nominal trigger {tok.text!r} is the means of its clause's event")
            return None
        sources, targets, how = [], [], []
        ix = self.ix
        children = list(tok.children)
        for c in tok.children:   # "the recognition of Abkhazia's independence by Moscow": "by" under the "of"
            if c.dep_ == "prep" and c.lower_ == "of":
                children += [b for p in c.children if p.dep_ == "pobj" for b in p.children
                             if b.dep_ == "prep" and b.lower_ == "by"]
        pair = self._compound_pair(tok)
        if pair:   # "U.S.-Ukraine talks", "the Russia-Ukraine war"
            return Candidate(tok.i, code, rule + "+pair", [pair[0]], [pair[1]], confidence=0.6,
                             clause_verb=tok.head.i, note="between", why="a compound naming both sides", pairs=pair)
        for c in children:
            if c.dep_ == "prep":
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                word = c.lower_
                if word == "by" and not sources:
                    sources = ix.actors(pobj)
                    how.append("source from 'by'")
                elif word == "from" and not sources and code[:2] not in _FROM_PLACE and \
                        not any(b.dep_ == "poss" for b in children):
                    # "criticism from the EU", "strong opposition from China": "from" names who did it (but
                    # "withdrawal from the country" names a place)
                    sources = ix.actors(pobj)
                    how.append("source from 'from'")
                elif word == "between":
                    both = ix.actors(pobj)
                    if len(both) >= 2:
                        return Candidate(tok.i, code, rule + "+between", [both[0]], [both[1]], confidence=0.6,
                                         clause_verb=tok.head.i, note="between", why="between A and B",
                                         pairs=both)
                elif word == "of" and of_role == "source" and not sources:
                    sources = ix.actors(pobj)
                    how.append("source from 'of'")
                elif word == "of" and of_role == "target" and not targets:
                    targets = ix.actors(pobj, places=True) or self.roles.of_actors(pobj)
                    how.append("target from 'of'")
            elif c.dep_ == "poss" and not sources:
                sources = ix.actors(c)
                how.append("source from the possessive")
        if not sources:
            own = ix.derived(tok)
            if own is not None:
                sources = [own]
                how.append("source from a country word")
        if sources and not targets and code[:2] in {"18", "19", "20"} and tok.dep_ == "pobj" and \
                tok.head.lower_ in {"in", "during"} and tok.head.head.lemma_.lower() in self.victims:
            # "21 passengers died in the attack by the BLA": who died suffered it
            subj = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
            targets = ix.actors(subj[0]) if subj else []
            how.append("target: the subject who died in it")
        if theme is not None and not targets:
            targets = self.roles.of_actors(theme)
        if not targets:
            found, prep_how = self.roles.prep_targets(tok, theme, code, {s.code for s in sources})
            targets = found
            if found:
                how.append(prep_how)
        if code.startswith("045") and sources and not targets and tok.dep_ == "pobj" and \
                tok.head.head.pos_ in {"VERB", "AUX"}:
            # "released the servicemen after mediation by the OSCE": the mediator stands between the parties
            clause = arguments(tok.head.head, ix, self.negators)
            own = {s.code for s in sources}
            targets = [m for m in clause.subj + clause.dobj_actors if m.code not in own]
            how.append("the parties of the clause it mediated")
        if not sources and tok.dep_ == "pobj" and (tok.head.lower_ in {"in", "during", "at"} or
                                                   tok.head.lower_ == "for" and code[:2] == "04" and
                                                   tok.head.head.lemma_.lower() in self.travel) and \
                tok.head.head.pos_ in {"VERB", "AUX"}:
            # "hopes to resolve the pause during talks with Ukrainian officials", "traveled to Ankara for talks
            # with Turkish officials": the clause's subject (or the one it inherits) takes part
            clause = tok.head.head
            sources = arguments(clause, ix, self.negators).subj
            if not targets:
                obj = [c for c in clause.children if c.dep_ in {"dobj", "dative"}]
                targets = ix.actors(obj[0]) if obj else []
            how.append("the clause's subject and object")
        if not sources and tok.dep_ == "dobj" and tok.head.i not in coded_verbs:
            # "He announced a separation from the United States", "the military claimed the killing of":
            # the object of a verb that is no event itself is its subject's act
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            sources = ix.actors(subj[0]) if subj else []
            how.append("source: the subject of the verb it is the object of")
        if not sources or not targets:
            drop(tok, f"nominal trigger {tok.text!r} lacks a source or a target")
            return None
        return Candidate(tok.i, code, rule, sources, targets, confidence=0.6, clause_verb=tok.head.i,
                         why="; ".join(how))

    def received(self, v, a, lemma: str) -> Optional[tuple[Candidate, object]]:
        """ "received military aid from Germany", "came under attack from militants", "drew criticism from the
        EU", "faced U.S. sanctions": the noun's event, done by whoever is named after "from" or "by" (or by its
        country word), to the verb's subject. Returns the candidate and the noun it codes."""
        prep = self.receivers.get(lemma)
        if prep is None:
            return None
        noun = a.dobj if prep == "-" else a.preps.get(prep)
        pattern = self.pattern(noun) if noun is not None and noun.pos_ == "NOUN" else None
        if pattern is None or pattern.code[:2] == "01" or not a.subj:
            return None
        givers: list = []
        for holder in (noun, v):
            for c in holder.children:
                if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}:
                    givers = [m for p in c.children if p.dep_ == "pobj" for m in self.ix.actors(p)]
                    if givers:
                        break
            if givers:
                break
        if not givers:
            own = self.ix.derived(noun)
            givers = [own] if own is not None else []
        own_codes = {s.code for s in a.subj}
        givers = [g for g in givers if g.code not in own_codes]
        if not givers:
            return None
        return Candidate(v.i, pattern.code, f"received:{lemma}+{pattern.id}", givers, a.subj, confidence=0.6,
                         clause_verb=v.i, why="source: named after 'from' or 'by'; target: the subject that "
                                              "received it"), noun
