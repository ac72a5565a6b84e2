"""Events that govern another event: appeals, intents, threats, demands, refusals and denials of it
("called on X to withdraw", "threatened to cut gas", "refused to meet"), advice ("said Y should ..."), and
restatements ("reiterated its call to X to ...").

`GovernedEvents` is a part of `EventCoder` (coder.py): its methods use the coder's index, ontology, context
and roles, and call back into `EventCoder._verb` for the governed clause's own event.
"""

from __future__ import annotations

from dataclasses import replace

from .arguments import Args, arguments
from .candidate import Candidate


class GovernedEvents:
    """The coder's handling of verbs over other events (mixed into EventCoder)."""

    def _restated(self, v, a: Args, consumed: set) -> list[Candidate] | None:
        """ "reiterated its call to the authorities to drop all charges" (an appeal), "repeated the claim that
        the attack was orchestrated by militants in Afghanistan" (an accusation): the restated noun says what
        the statement is, as the plain verb would ("called on the authorities to", "claimed that")."""
        noun, clause = a.dobj, None
        if noun is None and a.ccomp is not None:   # the parser's reading: "call" the subject of "to drop"
            noun = next((c for c in a.ccomp.children if c.dep_ == "nsubj"), None)
            clause = a.ccomp
        if noun is None:
            return None
        word = noun.lemma_.lower()
        addressees = [m for c in noun.children if c.dep_ == "prep" and c.lower_ in {"to", "on", "upon"}
                      for p in c.children if p.dep_ == "pobj" for m in self.ix.actors(p)]
        if word in self.restated:
            clause = clause or next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children)), None)
            if clause is None or clause.pos_ not in {"VERB", "AUX"}:
                return None
            return self._governed(v, replace(a, dobj=None, dobj_actors=addressees, preps={}),
                                  self.restated[word], clause, consumed)
        if word in self.statements.claims and clause is None:
            clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and any(
                x.dep_ == "mark" and x.lower_ == "that" for x in c.children)), None)
            if clause is None:
                return None
            said = self.statements.assessment(v, replace(a, ccomp=clause))
            if said is not None:
                consumed.update(t.i for t in clause.subtree)
                said.rule = f"restate+{said.rule}"
                return [said]
        return None

    def _governing_noun(self, v):
        """The noun of a family whose infinitive v is, with an actor as its possessor: "Russia's refusal to
        withdraw", "Iran's threat to close the strait", "Turkey's pledge to send troops"."""
        noun = v.head
        if v.dep_ != "acl" or noun.i in self.governing_nouns or self.o.lemma(noun) not in self.noun_families or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return None
        if not any(c.dep_ == "poss" and self.ix.actors(c) for c in noun.children):
            return None
        return noun

    def _noun_governed(self, noun, v, a: Args, consumed: set) -> list[Candidate]:
        """The governing noun's event over its infinitive, as the verb of its family would be: the refusal,
        threat or pledge is what its possessor did, not the act it names."""
        self.governing_nouns.add(noun.i)
        self.themes.add(noun.i)
        bare = replace(a, dobj=None, dobj_actors=[], dative=[], preps={}, xcomp=None, ccomp=None, nsubjpass=None,
                       agent=[], negated=False)
        return self._governed(noun, bare, self.noun_families[self.o.lemma(noun)], v, consumed)

    def _addressees(self, a: Args) -> list:
        """Whom an appeal is made to: "urged Georgia to", "called on Moscow to", "appealed to the UN to", "was
        urged by the EU to"."""
        if a.passive:
            return self.ix.actors(a.nsubjpass)
        return a.dobj_actors or [m for p in ("on", "upon", "to") if p in a.preps for m in self.ix.actors(a.preps[p])]

    def _advice_clause(self, v, a: Args, consumed: set) -> list[Candidate]:
        """ "suggested that the U.S. government should use sanctions": the speaker's appeal to the clause's
        subject; a clause with an event of its own becomes that appeal in `_advice`."""
        if self._verb(a.ccomp, set(consumed)):
            return []   # the clause's own event, coded when the walk reaches it, is the appeal
        consumed.add(a.ccomp.i)
        # "should use sanctions against X": what is advised has not happened; its nouns are no events
        self.themes.update(t.i for t in a.ccomp.subtree)
        subj = [c for c in a.ccomp.children if c.dep_ == "nsubj"]
        targets = self.ix.actors(subj[0]) if subj else []
        if not a.subj or not targets:
            return []
        cand = Candidate(v.i, "020", f"advice:{a.ccomp.lemma_.lower()}.020", a.subj, targets,
                         negated=a.negated, modality=self.ctx.modality(v, a), confidence=0.65, clause_verb=v.i,
                         why=self._why(a, "the subject of the advised clause"))
        self.ctx.attribute(v, cand)
        return [cand]

    def _advice(self, v, cand: Candidate) -> None:
        """ "X said Y should declare a state of emergency": X appeals to Y."""
        aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
        speech = self.ctx.speech_head(v)
        if not aux & self.advice or speech is None or cand.attribution is None:
            return
        if cand.sources and cand.sources[0].code == cand.attribution.code:
            return
        cand.code = self.o.govern("appeal", cand.code) or "020"
        cand.rule = f"advice+{cand.rule}"
        cand.sources, cand.targets = [cand.attribution], cand.sources
        cand.modality, cand.attribution = "asserted", None

    def _governed(self, v, a: Args, family: str, inner_tok, consumed: set) -> list[Candidate]:
        """A verb over another event: refusal, appeal, intent, threat, demand or denial of it."""
        inner = []
        for t in (inner_tok, *inner_tok.conjuncts):   # "to reduce hostilities and resume talks": one appeal
            while self.o.lemma(t) in self.modal and any(c.dep_ == "xcomp" for c in t.children):
                consumed.add(t.i)   # "denied it was planning to repatriate": the denial is of the repatriation
                t = next(c for c in t.children if c.dep_ == "xcomp")
            if t.pos_ in {"VERB", "AUX"} and t.i not in consumed:
                found = self._verb(t, consumed)
                if not found:   # "urge ministers to focus on ending the war": the gerund is what is urged
                    deeper = next((x for c in t.children if c.dep_ == "prep" for x in c.children
                                   if x.dep_ == "pcomp" and x.pos_ == "VERB" and x.i not in consumed), None)
                    if deeper is not None:
                        found = self._verb(deeper, consumed)
                        consumed.add(deeper.i)
                inner.extend(found)
            consumed.add(t.i)
            # "refusing to meet to discuss denuclearization": the purpose is part of what is refused
            consumed.update(c.i for c in t.children if c.dep_ in {"advcl", "xcomp"} and
                            any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children))
        inner.sort(key=lambda c: c.trigger)
        first = inner[0] if inner else None
        noun = self.nominal.pattern(inner_tok) if not inner and inner_tok.pos_ == "NOUN" else None
        if noun is not None:
            # "agreed to talks with Egypt on the dam", parsed as an infinitive: the noun is what is agreed to
            self.themes.add(inner_tok.i)
            own = {s.code for s in ((a.agent if a.passive else a.subj) or [])}
            first = Candidate(inner_tok.i, noun.code, noun.id, [],
                              self.roles.prep_targets(inner_tok, None, noun.code, own)[0])
        inner_code = first.code if first else None
        if family == "attempt":
            # "tried to kill X" is an attempted assassination; "tried to meet" stays a meeting, intended
            for c in inner:
                c.code = self.o.govern("attempt", c.code) or c.code
                c.rule, c.modality, c.trigger = f"attempt+{c.rule}", "intended", v.i
            return inner
        offered = family == "intent" and inner_code is not None and inner_code[:2] == "15" and \
            self.o.lemma(v) in self.offering   # "offered to send police to Haiti": help, no threat
        if family == "intent" and inner_code and inner_code[:2] >= "13" and not offered:
            # "vowed to retaliate", "pledged to crush the rebels": a hostile intent is a threat, not an intent
            # to cooperate; "agreed to impose sanctions" is the decision itself
            if self.o.lemma(v) in self.decisions:
                for c in inner:
                    c.rule, c.modality, c.trigger = f"decide+{c.rule}", "future", v.i
                return inner
            family = "threat"
        reprisal = self.reprisals.get(self.o.lemma(inner_tok)) if family == "intent" and inner_code is None else None
        if reprisal:
            # "vowed to retaliate against Israel": a reprisal has no event of its own, but vowing it threatens
            family = "threat"
        if family == "refuse" and inner_tok.lemma_.lower() in self.no_comment:
            code = "011"
        elif reprisal:
            code = reprisal
        else:
            code = self.o.govern(family, inner_code) if inner_code else None
        if code is None:
            pattern = self.roles.pick(v, a)
            code = pattern.code if pattern and pattern.code[:2] != "01" else \
                {"refuse": "120", "appeal": "020", "intent": "030", "threat": "130", "demand": "100",
                 "deny": "016"}[family]
        sources = (a.agent if a.passive else a.subj) or (first.sources if first else [])
        own = {s.code for s in sources}
        if first is None and inner_tok.pos_ in {"VERB", "AUX"}:
            # the complement has no event of its own ("threatened to cut gas supplies to Tbilisi",
            # "demanded that Georgia sign a pledge"): its own arguments still name the target
            deepest = inner_tok
            while any(c.dep_ == "xcomp" for c in deepest.children):   # "will continue to exert pressure on"
                deepest = next(c for c in deepest.children if c.dep_ == "xcomp")
            ia = arguments(deepest, self.ix, self.negators)
            found, _ = self.roles.prep_targets(deepest, ia.dobj, code, own)
            patient = self.ix.actors(ia.nsubjpass) if ia.nsubjpass is not None else []   # "will not be spared"
            found = found or ia.dobj_actors or ia.dative or patient
            if not found and family == "refuse":
                found = self._refused_owner(deepest, ia)
            first = Candidate(inner_tok.i, code, "", ia.subj if inner_tok.dep_ == "ccomp" else [], found)
            first.rule = ""
        if family == "appeal":
            # "urged its allies to send weapons": an appeal to one's own side names no one else; it stays
            # target-less rather than an appeal to itself
            targets = [t for t in self._addressees(a) if t.code not in own]
            if not targets and first is not None and inner_tok.dep_ in {"ccomp", "advcl"}:
                targets = first.sources
        elif family == "demand" and inner_tok.dep_ == "xcomp" and self._addressees(a):
            targets = self._addressees(a)     # "is pressuring Canada to curb the flow": a demand on Canada
        elif family == "demand" and inner_tok.dep_ == "ccomp" and first is not None:
            targets = first.sources or first.targets
        elif family == "deny":
            targets = [m for m in (first.targets + first.sources if first else []) if m.code not in own][:1]
        else:
            targets = first.targets if first else []
            if not targets:
                targets, _ = self.roles.prep_targets(v, None, code, own)
            if not targets and family == "threat" and a.dobj_actors:
                targets = a.dobj_actors   # "warned Hezbollah that it would pay a heavy price": the one warned
            if family == "threat":
                # "If Tbilisi attacks South Ossetia, Russia will defend ...": the threat is against the "if"
                # ("threatened to strike unless the government raised wages": the clause may hang on the threat)
                threatened = self._condition_subject(inner_tok) or self._condition_subject(v)
                if threatened:
                    targets = threatened
        targets = [t for t in targets if t.code not in own] or targets
        inner_rule = first.rule if first and first.rule else inner_tok.lemma_.lower()
        how = f"{family} over {inner_rule}"
        cand = Candidate(v.i, code, f"{family}+{inner_rule}", sources, targets,
                         negated=a.negated, modality=self.ctx.modality(v, a), confidence=0.75, clause_verb=v.i,
                         note="pronoun" if a.pronoun else "", why=self._why(a, how))
        self.ctx.attribute(v, cand)
        if family == "intent" and first is not None and first.pairs:
            cand.pairs = first.pairs
        return [cand]

    def _ruled_out(self, v, a: Args, consumed: set, negated: bool) -> list[Candidate] | None:
        """ "has not ruled out using force against Taiwan" keeps a hostile act open: a threat (13x) against its
        target; "ruled out sending troops" rejects the act (12x). None leaves the verb to its own patterns."""
        inner = a.xcomp if a.xcomp is not None and a.xcomp.tag_ == "VBG" else next(
            (c for c in v.children if c.dep_ in {"advcl", "ccomp"} and c.tag_ == "VBG"), None)
        if inner is not None:
            hostile = any(c.code[:2] >= "15" for c in self._verb(inner, set(consumed)))   # a peek at the act
            if negated and not hostile:
                return None   # "did not rule out meeting him": no threat
            return self._governed(v, replace(a, negated=False), "threat" if negated else "refuse", inner,
                                  consumed)
        noun = a.dobj
        pattern = self.nominal.pattern(noun) if noun is not None else None
        if pattern is None or pattern.code[:2] < "15" or not negated and self.roles.pick(v, a) is not None:
            return None
        code = self.o.govern("threat" if negated else "refuse", pattern.code) or ("130" if negated else "120")
        own = {s.code for s in a.subj}
        targets, how = self.roles.prep_targets(noun, None, pattern.code, own)
        self.themes.add(noun.i)
        family = "threat" if negated else "refuse"
        cand = Candidate(v.i, code, f"{family}+rule-out:{pattern.id}", a.subj, targets,
                         modality=self.ctx.modality(v, a), confidence=0.75, clause_verb=v.i,
                         note="pronoun" if a.pronoun else "", why=self._why(a, f"{family} over {pattern.id}; {how}"))
        self.ctx.attribute(v, cand)
        return [cand]

    def _refused_owner(self, v, a: Args) -> list:
        """ "declined to participate in the EU relocation plan", "refused to join the US-led coalition": whose
        plan, coalition or exercise the refused act joins is the one the refusal rejects."""
        nouns = [a.dobj] if a.dobj is not None else []
        nouns += [a.preps[p] for p in ("in", "to") if p in a.preps]
        nouns += [p for n in list(nouns) for c in n.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj"]   # "take part in the NATO exercise"
        return next((found for n in nouns for found in (self.roles.of_actors(n),) if found), [])

    def _condition_subject(self, v) -> list:
        """The subject of an "if/unless" clause on v."""
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children):
                subj = [s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
                if subj:
                    return self.ix.actors(subj[0])
        return []
