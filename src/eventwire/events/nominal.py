"""Nominal events: "the recognition of Abkhazia's independence by Moscow", "talks between A and B",
"the Russian occupation of Abkhazia", "Trump's imposition of sanctions", "told Trump in phone calls".

A noun trigger takes its source from a possessive, a country word or a "by" phrase, its target from the
prepositions that name targets for its root and, unless the noun is intransitive (withdrawal, visit), its
"of" phrase. A nominalization ("the lifting of sanctions") is coded by its verb's patterns over the "of"
phrase. A trigger inside "in/during/at" of a clause takes the clause's subject and object ("X told Y in
phone conversations"). The one charged with an act did it ("accused Moscow of the shelling of"); a thing's
country word or name is its owner's act ("the delivery of U.S. weapons to Ukraine"); phrases of the noun that
the parser hung on its verb are read as the noun's ("condemned the crackdown on protesters by police",
"clashes broke out between A and B"); a target with two countries in its compounds is both ("a joint
Kenya-U.S. base"); a protest that breaks out with no one named is by the people of its place ("protests erupted
in Lagos").
"""

from __future__ import annotations

from typing import Optional

from ..records import ActorMention
from .arguments import ActorIndex, arguments
from .candidate import Candidate
from .ontology import NounPattern, Ontology
from .targets import Roles, theme_keys

__all__ = ["Nominal"]

# roots whose "from" phrase names a place left or cut off, not the one who acts
_FROM_PLACE = {"08", "16"}
# roots whose acts need no one on the other side: reject, show force, cut ties, coerce ("the rejection of the
# plan", "the mobilization of reservists", "the expulsion of diplomats by Poland", "the arrest of activists")
_ONE_SIDED = {"12", "15", "16", "17"}
# prepositions of time or cause: a noun phrase they put on a noun is still an event ("a recession following
# Trump's imposition of sanctions"), not a reference that names a thing ("the anniversary of the attack")
_TIME_PREPS = {"following", "after", "before", "since", "amid", "despite", "until"}
# words of a charge whose "of/for/with" phrase is the charged one's act ("soldiers accused of the bombing of X")
# verbs of happening whose "between" phrase is their subject's ("fighting erupted between A and B")
_OCCUR = {"break", "erupt", "occur", "happen", "report", "continue", "resume", "flare", "intensify", "escalate",
          "rage", "begin", "start", "end", "ensue", "take", "hold"}
_CHARGES = {"accuse", "charge", "convict", "suspect", "blame", "guilty", "responsible"}


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

    def _suffered(self, verb) -> bool:
        """A verb whose subject suffered the event of its "in" phrase: "died", "lost their lives"."""
        return verb.lemma_.lower() in self.victims or verb.lemma_.lower() == "lose" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)

    @staticmethod
    def _detached(tok) -> list:
        """Prepositions of the noun that the parser hung on its active verb, right after the noun: "condemned
        the airstrikes on Syria", "condemned the crackdown on protesters by police", "lost their lives in the
        hijacking by militants" (an active verb's "by" names no agent of its own)."""
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in _OCCUR:
            # "clashes broke out between A and B", "clashes were reported between A and B"
            return [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "between" and c.i > tok.i]
        reported = [c for a in tok.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in _OCCUR
                    for c in a.children if c.dep_ == "prep" and c.lower_ == "between"]
        if reported:   # "an exchange of fire reported between A and B"
            return reported
        if tok.dep_ == "dobj":
            verb, words = tok.head, {"on", "against", "by"}
        elif tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during"}:
            verb, words = tok.head.head, {"by"}
        else:
            return []
        if verb.pos_ != "VERB" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
            return []
        return [c for c in verb.children if c.dep_ == "prep" and c.lower_ in words and c.i == tok.right_edge.i + 1]

    def _detached_targets(self, children: list, code: str, own: set) -> list:
        """The target in an "on/against" phrase of the noun that the parser hung on its verb."""
        for c in children:
            roots = self.roles.target_preps.get(c.lower_, ())
            if c.dep_ == "prep" and c.lower_ in {"on", "against"} and c.head.pos_ == "VERB" and \
                    (roots is None or code[:2] in roots):
                for p in c.children:
                    found = [m for m in self.ix.actors(p, places=True) if m.code not in own] if p.dep_ == "pobj" else []
                    if found:
                        return found
        return []

    def _owner(self, theme):
        """The actor a country word or a name in a compound on a thing names ("U.S. weapons", "EU sanctions");
        on people it names who they are ("the expulsion of Russian diplomats"), not whose act it is."""
        if self.ix.mention(theme.i) is not None or theme.lemma_.lower() in self.ix.words("people"):
            return None
        for c in theme.children:
            m = self.ix.mention(c.i)
            if c.dep_ == "compound" and m is not None and m.category not in {"adjective", "person"}:
                return m
        return self.ix.derived(theme)

    def _joint(self, tok, targets: list) -> list:
        """ "an attack on a joint Kenya-U.S. base": a target whose compounds name two countries is both."""
        head = self.ix.head_token(targets[0]) if len(targets) == 1 else None
        if head is None:
            return targets
        pair = self._compound_pair(head)
        return pair if pair and targets[0].country in {m.country for m in pair} else targets

    def _charged(self, tok) -> list:
        """ "Two soldiers stand accused of the bombing of the base", "Kyiv accused Moscow of the shelling of",
        "militants were blamed for the attack on": the one charged did it (the object of an active charge, else
        the subject)."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in {"of", "for", "with"}:
            return []
        word = tok.head.head
        if word.lemma_.lower() not in _CHARGES:
            return []
        for holder in (word, word.head):
            if holder.pos_ in {"NOUN", "PROPN"}:   # "soldiers accused of the bombing"
                return self.ix.actors(holder)
            for dep in ("dobj", "nsubjpass", "nsubj"):   # ("found the rebels guilty of")
                arg = [c for c in holder.children if c.dep_ == dep]
                if arg:
                    return self.ix.actors(arg[0])
            if holder.dep_ not in {"advcl", "acomp", "oprd", "xcomp", "acl", "relcl"}:
                break
        return []

    def _crowd(self, tok, code: str) -> Optional[ActorMention]:
        """ "Protests erupted in Lagos": a protest that breaks out with no one named is by the people of its place."""
        if code[:2] != "14" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _OCCUR:
            return None
        country = self.ix.clause_country(tok.head)
        return self.ix.located(tok, country, "CVL") if country else None

    @staticmethod
    def _between(tok) -> bool:
        return any(c.dep_ == "prep" and c.lower_ in {"between", "by"} for c in tok.children)

    def code(self, tok, drop, coded_verbs: frozenset = frozenset()) -> Optional[Candidate]:
        """The nominal event of a noun trigger, or None (with the reason given to `drop`)."""
        try:
            return self._code(tok, drop, coded_verbs)
        finally:
            self.ix.own_countries = frozenset()

    def _code(self, tok, drop, coded_verbs: frozenset) -> Optional[Candidate]:
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
        if tok.dep_ == "pobj" and tok.head.head.pos_ in {"NOUN", "PROPN"} and not self._between(tok) and \
                tok.head.lower_ not in _TIME_PREPS:
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
        for c in tok.children:   # "the recognition of Abkhazia's independence by Moscow", "the crackdown on
            # protesters by police": a "by" under the noun's object is the noun's
            # (and under its recipient: "the delivery of tanks to Ukraine by Germany")
            if c.dep_ == "prep" and c.lower_ in {"of", "on", "against", "to"}:
                children += [b for p in c.children if p.dep_ == "pobj" for b in p.children
                             if b.dep_ == "prep" and b.lower_ == "by"]
        children += self._detached(tok)
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
                tok.head.lower_ in {"in", "during"} and self._suffered(tok.head.head):
            # "21 passengers died in the attack by the BLA": who died suffered it
            subj = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
            targets = ix.actors(subj[0]) if subj else []
            how.append("target: the subject who died in it")
        owner = self._owner(theme) if theme is not None and not sources else None
        if owner is not None:
            # "the delivery of U.S. weapons to Ukraine", "the lifting of EU sanctions on Iran": the country word
            # or name on the theme is whose it is, the one who acts
            sources = [owner]
            how.append("source from the theme's country word")
        # ("the withdrawal of U.S. troops from the country": not the source's own country)
        ix.own_countries = frozenset(s.country for s in sources if s.country)
        if theme is not None and not targets:
            own = {s.country for s in sources}
            targets = [m for m in self.roles.of_actors(theme) if m.country not in own]
            if not targets and sources:   # "the expulsion of Russian diplomats by Poland"
                targets = [m for m in ix.actors(theme) if m.country not in own]
        if not targets:
            found, prep_how = self.roles.prep_targets(tok, theme, code, {s.code for s in sources})
            targets = found
            if found:
                how.append(prep_how)
        if not targets:
            targets = self._detached_targets(children, code, {s.code for s in sources})
            if targets:
                how.append("target from a preposition the parser hung on the verb")
        targets = self._joint(tok, targets)
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
        if not sources and tok.dep_ == "nsubjpass" and tok.head.i not in coded_verbs:
            # "the withdrawal was announced by Moscow"
            sources = [m for c in tok.head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                       for m in ix.actors(p)]
            how.append("source: the agent of the passive it is the subject of")
        if not sources:
            sources = self._charged(tok)
            if sources:
                how.append("source: the one charged with it")
        crowd = self._crowd(tok, code) if not sources else None
        if crowd is not None:   # (a protest need not name whom it is against)
            sources = [crowd]
            how.append("source: the people of the place it broke out in")
        elif not sources or not targets and not self._one_sided(tok, code, how):
            drop(tok, f"nominal trigger {tok.text!r} lacks a source or a target")
            return None
        return Candidate(tok.i, code, rule, sources, targets, confidence=0.6, clause_verb=tok.head.i,
                         why="; ".join(how))

    @staticmethod
    def _one_sided(tok, code: str, how: list) -> bool:
        """"Iran's rejection of the proposal", "the mobilization of Armenian reservists": a subject or object noun
        whose "of" names a thing (or its own side) and whose doer is named is an event without a target, for the
        roots whose acts need no one on the other side (a withdrawal or a visit still wants its other side)"""
        named = any(h in how for h in ("source from the possessive", "source from 'by'", "source from 'of'"))
        return named and code[:2] in _ONE_SIDED and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)

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
