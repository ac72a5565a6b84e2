"""The arguments of a verb (subject, object, prepositions, complements) and the actors its words stand for.

`ActorIndex` answers "which actor is this token?": a resolved mention, a country word on a generic noun
("Georgian villages"), a place ("the city of Gori") or a pronoun resolved to an earlier actor or to the
speaker of a quote. `arguments` reads a verb's dependents through passives, coordination and control.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..records import ActorMention

__all__ = ["ActorIndex", "Args", "arguments"]

_SUBJ = {"nsubj", "nsubjpass", "csubj"}


class ActorIndex:
    """Which actor each token of one Doc stands for."""

    def __init__(self, doc, mentions: list[ActorMention], words, country_tokens: Optional[dict] = None,
                 places: Optional[list] = None) -> None:
        self.doc = doc
        self.words = words
        self.by_token: dict[int, ActorMention] = {}
        for m in mentions:
            for t in m.tokens:
                self.by_token.setdefault(t, m)
            self.by_token[m.head] = m
        self.country_tokens = country_tokens or {}
        self.place_tokens: dict[int, str] = {}
        for p in places or ():
            country = p.location.country
            span = doc.char_span(p.start, p.end, alignment_mode="expand") if country else None
            for t in span or ():
                self.place_tokens[t.i] = country
        self.last_person: Optional[ActorMention] = None
        self.last_source: Optional[ActorMention] = None
        self.speakers: dict[int, ActorMention] = {}   # sentence start token -> speaker of its quote
        self._derived: dict[tuple, ActorMention] = {}

    def mention(self, i: int) -> Optional[ActorMention]:
        """Return the resolved mention covering token i."""
        return self.by_token.get(i)

    def actors(self, tok, loose: bool = True, places: bool = False) -> list[ActorMention]:
        """The actors a token stands for, with its coordinated siblings and resolved pronouns.

        `loose` also reads a country word on a generic noun ("Russian jets"); `places` also a place name
        or one in an "of/near" phrase ("the port of Poti"), for targets only.
        """
        tok = self.through(tok)
        tokens = [tok, *(self.through(c) for c in tok.conjuncts)]
        m0 = self.by_token.get(tok.i)
        if m0 is not None and m0.category == "institution":
            # a title whose person the parse put further down: "Special Representative ... Zurab Abashidze
            # and ... Grigory Karasin held meetings"
            for t in tok.subtree:
                pm = self.by_token.get(t.i)
                if pm is not None and pm.category == "person" and t.i == pm.head:
                    tokens = [t, *t.conjuncts]
                    break
        out: list[ActorMention] = []
        for t in tokens:
            m = self.by_token.get(t.i)
            if m is None:
                for c in t.children:
                    if c.dep_ in {"compound", "poss", "amod"} and c.i in self.by_token and \
                            self.by_token[c.i].category not in {"adjective"}:
                        m = self.by_token[c.i]
                        break
            if m is None and t.lower_ in self.words("pronoun"):
                m = self.pronoun(t)
            if m is None and t.lower_ in self.words("first"):
                m = self.speakers.get(t.sent.start)
            if m is None and loose:
                m = self.derived(t, places)
            if m is not None and loose and m.category not in {"person", "state", "capital", "territory"}:
                split = self._split_adjectives(t, m)
                if split:
                    out.extend(x for x in split if x not in out)
                    continue
                if not m.country and m.code[:3] not in {"IGO", "NGO", "IMG", "MNC"}:
                    m = self._complete(t, m)
            if m is not None and m not in out:
                out.append(m)
                out.extend(x for x in self._outer_conjuncts(m) if x not in out)
        return out

    def _outer_conjuncts(self, m: ActorMention) -> list:
        """ "Officials of the two countries, Georgia and Russia": actors coordinated with a word inside the
        mention but left outside it by the actor stage."""
        found = []
        for i in m.tokens:
            for c in self.doc[i].conjuncts:
                other = self.by_token.get(c.i)
                if c.i not in m.tokens and other is not None and other is not m and \
                        other.category in {"state", "capital", "territory", "institution", "organisation"}:
                    found.append(other)
        return found

    def through(self, tok):
        """The noun a partitive stands for: "thousands of troops" is troops, "members of X" is X."""
        quantity = self.words("quantity")
        for _ in range(3):
            if tok.lower_ not in quantity and tok.lemma_.lower() not in quantity or tok.i in self.by_token:
                return tok
            of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
            if not of:
                return tok
            tok = of[0]
        return tok

    def _split_adjectives(self, t, m: ActorMention) -> list:
        """ "Georgian and Abkhaz negotiators", "Cameroon and C.A.R. officials": one actor per coordinated
        country word (not "Iranian American journalist", whose words are not coordinated)."""
        mods = [c for c in t.children if c.dep_ in {"amod", "compound", "nmod"} and c.i in self.country_tokens]
        mods += [self.doc[i] for i in m.tokens if i in self.country_tokens and self.doc[i].dep_ in {"appos", "conj"}
                 and self.doc[i] not in mods]   # "Council members Greece, Panama and South Korea"
        if not any(c.conjuncts or any(x.dep_ == "cc" for x in c.children) for c in mods):
            return []
        countries: list[str] = []
        for c in mods:
            for x in (c, *c.conjuncts):
                if x.i in self.country_tokens and self.country_tokens[x.i] not in countries:
                    countries.append(self.country_tokens[x.i])
        if len(countries) < 2:
            return []
        role = m.role if m.country is None or m.code.startswith(m.country) else None
        return [self._synthetic(t, c, "coordinated-adjective", role) for c in countries]

    def _complete(self, t, m: ActorMention) -> ActorMention:
        """A mention with no country ("a delegation from Syria", "Kenyan authorities' forces"): the country
        its own words give, as an event argument; the mention itself is left as the actor stage made it."""
        country = None
        for c in t.children:
            if c.dep_ in {"amod", "compound", "nmod"} and c.i in self.country_tokens:
                country = self.country_tokens[c.i]
            elif c.dep_ == "prep" and c.lower_ in {"from", "of"}:
                for p in c.children:
                    pm = self.by_token.get(p.i)
                    if p.dep_ == "pobj" and pm is not None and pm.category in {"state", "capital", "territory"}:
                        country = pm.country
            if country:
                break
        if not country:
            return m
        return self._synthetic(t, country, "completed", m.role or m.code)

    def derived(self, t, places: bool = False, depth: int = 0) -> Optional[ActorMention]:
        """A country actor for a generic noun: its country adjective or compound, or (for targets) its place."""
        if t.i in self.country_tokens and t.pos_ in {"PROPN", "NOUN", "ADJ"}:
            return self._synthetic(t, self.country_tokens[t.i], "country-word")
        for c in t.children:
            if c.dep_ in {"amod", "compound", "nmod"} and c.i in self.country_tokens:
                return self._synthetic(t, self.country_tokens[c.i], "country-adjective")
        if not places:
            return None
        if t.i in self.place_tokens:
            return self._synthetic(t, self.place_tokens[t.i], "place")
        if depth < 2:
            placenoun = t.lemma_.lower() in self.words("placenoun")
            for c in t.children:
                if c.dep_ == "prep" and (c.lower_ == "of" and placenoun or c.lower_ in {"near", "outside"}):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            m = self.by_token.get(p.i)
                            if m is not None and m.country and m.category in {"state", "capital", "territory"}:
                                return self._synthetic(t, m.country, "place")
                            found = self.derived(p, True, depth + 1)
                            if found is not None:
                                return found
        return None

    def _synthetic(self, t, country: str, rule: str, role: Optional[str] = None) -> ActorMention:
        key = (t.i, country, role)
        if key not in self._derived:
            self._derived[key] = ActorMention(t.idx, t.idx + len(t.text), t.text, country + (role or ""), country,
                                              role, "derived", rule, head=t.i, tokens=(t.i,))
        return self._derived[key]

    def pronoun(self, t) -> Optional[ActorMention]:
        """Resolve a third-person pronoun: he/she to the last person, who/which to its noun, else the last source."""
        word = t.lower_
        if word in {"who", "which", "that"}:
            clause = t.head
            while clause.dep_ not in {"relcl", "acl"} and clause.head.i != clause.i and clause.pos_ != "NOUN":
                clause = clause.head
            if clause.dep_ in {"relcl", "acl"}:
                return self.by_token.get(clause.head.i) or self.derived(clause.head)
            return None
        if t.dep_ == "poss" and word in {"its", "their", "his", "her"}:
            # "Beijing cites records to back its claims": a possessive in the clause is its subject's
            clause = t.head
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
            subj = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in self.words("pronoun")]
            if not subj and clause.dep_ in {"xcomp", "advcl", "conj"}:
                subj = [c for c in clause.head.children if c.dep_ == "nsubj" and c.lower_ not in self.words("pronoun")]
            found = [m for s in subj for m in self.actors(s, loose=True)]
            if found:
                return found[0]
        if word in {"he", "she", "him", "her", "his"}:
            return self.last_person
        return self.last_source


@dataclass
class Args:
    """The dependents of one verb that the coder reads."""

    subj: list = field(default_factory=list)      # subject actors (or the inherited ones)
    subj_tok: Optional[object] = None
    subj_how: str = ""                            # nsubj, inherited, left (machine-translated order)
    pronoun: bool = False
    dobj: Optional[object] = None
    dobj_actors: list = field(default_factory=list)
    dobj_raw: Optional[object] = None             # the object as parsed ("tens" of "tens of thousands of troops")
    dative: list = field(default_factory=list)    # the recipient of a double-object verb
    dative_tok: Optional[object] = None
    oprds: list = field(default_factory=list)     # "called X baseless": the object's predicate
    nsubjpass: Optional[object] = None
    agent: list = field(default_factory=list)
    preps: dict = field(default_factory=dict)     # preposition -> its object token
    xcomp: Optional[object] = None
    ccomp: Optional[object] = None
    prt: Optional[str] = None
    negated: bool = False

    @property
    def passive(self) -> bool:
        """True for a passive verb ("was attacked by")."""
        return self.nsubjpass is not None


def arguments(v, ix: ActorIndex, negators: dict) -> Args:
    """Read the arguments of verb v."""
    a = Args()
    for c in v.children:
        dep = c.dep_
        if dep == "nsubj":
            a.subj, a.subj_tok, a.subj_how = ix.actors(c), c, "nsubj"
            a.subj = a.subj + [m for m in _along_with(c, ix) if m not in a.subj]
            a.pronoun = c.lower_ in ix.words("pronoun") or c.lower_ in ix.words("first")
            if _negated_noun(c, negators):
                a.negated = True
        elif dep == "nsubjpass":
            a.nsubjpass = ix.through(c)
            if _negated_noun(c, negators):
                a.negated = True
        elif dep == "dative" or dep == "dobj" and a.dobj is not None and a.dative_tok is None and a.dobj_actors:
            # "gave the U.N. agency 14 days": the first of two objects is the recipient
            if dep == "dobj":
                a.dative_tok, a.dative = a.dobj, a.dobj_actors
                a.dobj, a.dobj_actors = ix.through(c), ix.actors(c)
            else:
                a.dative_tok, a.dative = c, ix.actors(c)
        elif dep in {"dobj", "attr"} and a.dobj is None:
            a.dobj_raw = c
            a.dobj = ix.through(c)
            a.dobj_actors = ix.actors(c)
        elif dep in {"oprd", "acomp"} or dep == "ccomp" and c.pos_ in {"ADJ", "NOUN"}:
            a.oprds.append(c)
        elif dep == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    a.agent = ix.actors(p)
        elif dep == "prep":
            for p in c.children:
                if p.dep_ in {"pobj", "pcomp"}:
                    a.preps.setdefault(c.lower_, ix.through(p))
        elif dep == "xcomp":
            a.xcomp = c
        elif dep == "ccomp":
            a.ccomp = c
        elif dep == "neg" or dep == "advmod" and c.lower_ in {"never"}:
            a.negated = True
        elif dep == "prt" or dep == "advmod" and c.lower_ in ix.words("particle") and a.prt is None and c.i == v.i + 1:
            a.prt = c.lower_
    if a.dobj is None and a.dative_tok is not None:
        a.dobj, a.dobj_actors, a.dative_tok, a.dative = a.dative_tok, a.dative, None, []
    if v.dep_ == "acl" and v.tag_ == "VBN" and a.nsubjpass is None and not a.subj:
        a.nsubjpass = v.head   # "officers accused of espionage": the noun is the patient
        return a
    if v.dep_ == "conj" and v.tag_ == "VBN" and not a.subj and a.nsubjpass is None and not a.agent:
        patient = [c for c in v.head.children if c.dep_ == "nsubjpass"]
        if patient:   # "had been arrested and sentenced"
            a.nsubjpass = ix.through(patient[0])
            return a
    if not a.subj:
        inherited = _inherited_subject(v, ix)
        if inherited:
            a.subj, a.subj_how = inherited, "inherited"
    if not a.subj and a.nsubjpass is None and v.dep_ not in {"conj", "xcomp", "acl", "relcl"}:
        left = _left_actor(v, ix)
        if left:
            a.subj, a.subj_how = left, "left"
    if not a.negated and v.dep_ == "pcomp" and v.head.lower_ == "without":
        a.negated = True
    if not a.negated and v.dep_ == "xcomp" and any(c.dep_ == "neg" for c in v.head.children):
        a.negated = True   # "did not agree to meet"
    return a


def _along_with(tok, ix: ActorIndex) -> list:
    """ "The United States, along with Britain and France, called ...": the companions act too."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"along", "together"}:
            for w in c.children:
                if w.dep_ == "prep" and w.lower_ == "with":
                    out.extend(m for p in w.children if p.dep_ == "pobj" for m in ix.actors(p))
    return out


def _negated_noun(tok, negators: dict) -> bool:
    """A subject such as "no country" or "neither Georgian nor South Ossetian forces"."""
    return any(c.dep_ in {"det", "preconj"} and c.lower_ in negators for c in tok.subtree
               if c.i < tok.i and c.head.i in {tok.i, *(x.i for x in tok.children)})


def _inherited_subject(v, ix: ActorIndex) -> list:
    """The subject a verb without one takes from its clause: conjoined verb, controller, participle's noun."""
    control = ix.words("control")
    tok = v
    for _ in range(4):
        dep, head = tok.dep_, tok.head
        if head.i == tok.i:
            break
        if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
            # "responded by destroying", "was accused of aiding": the clause verb's subject (or patient)
            clause = head.head
            obj = [c for c in clause.children if c.dep_ == "dobj"] if head.lower_ in {"of", "for"} else []
            if obj and ix.actors(obj[0]):
                return ix.actors(obj[0])   # "accused Moscow of arming": Moscow arms
            subj = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subj:
                return ix.actors(subj[0])
            tok = clause
            continue
        if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ in {"acomp", "attr"}:
            tok = head   # "Ukraine is ready to accept": the copula's subject
            continue
        if dep in {"acomp", "attr"} and head.pos_ in {"AUX", "VERB"}:
            subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subj:
                return ix.actors(subj[0])
            break
        if dep in {"conj", "xcomp", "advcl"}:
            if dep == "xcomp" and head.lemma_.lower() in control:
                obj = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
                if not obj:
                    obj = [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"}
                           for p in c.children if p.dep_ == "pobj"]
                if obj:
                    return ix.actors(obj[0])
            subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subj:
                return ix.actors(subj[0])
            tok = head
            continue
        if dep == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
                head.dep_ == "dobj" and not ix.actors(head):
            # "sought permission to deliver food": the one who seeks permission delivers
            subj = [c for c in head.head.children if c.dep_ == "nsubj"]
            return ix.actors(subj[0]) if subj else []
        if dep in {"relcl", "acl"}:
            return ix.actors(head)
        break
    return []


def _left_actor(v, ix: ActorIndex) -> list:
    """Machine-translated word orders ("after Moscow August 26, 2008 recognized"): the nearest actor to the
    left of the verb, with no other verb or clause mark between them."""
    doc = v.doc
    for i in range(v.i - 1, max(v.sent.start, v.i - 8) - 1, -1):
        tok = doc[i]
        if tok.pos_ == "VERB" or tok.dep_ == "mark" or tok.text in {";", ":", "\"", "«", "»", "“", "”"}:
            return []
        m = ix.mention(i)
        if m is not None and m.category != "adjective":
            return [m]
    return []
