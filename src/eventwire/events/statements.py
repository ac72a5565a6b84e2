"""What a speaker's own words code: "called the allegations baseless" (016), "called Canada hostile" (111),
"said the EU is one of the most hostile authorities" (111), "said Iran is defying the Council" (112).

A plain "X said Y did Z" is Z, reported by X, and no event of X's own; but a clause that only judges Y (a
copula with an evaluative predicate) or charges Y with wrongdoing (abuses, corruption, defiance) is X's
criticism or accusation of Y, as CAMEO codes a prosecutor's or a government's charges.
"""

from __future__ import annotations

import bisect
from typing import Optional

from ..nlp import sentences
from .arguments import ActorIndex, Args, arguments, why
from .candidate import Candidate
from .context import Context
from .ontology import Ontology
from .targets import Roles

__all__ = ["Statements"]

_COPULAS = {"be", "appear", "seem", "remain", "look", "become"}


class Statements:
    """Characterizations and assessments in speech."""

    def __init__(self, ontology: Ontology, ix: ActorIndex, roles: Roles, ctx: Context, drop) -> None:
        self.o = ontology
        self.ix = ix
        self.roles = roles
        self.ctx = ctx
        self.drop = drop
        w = ontology.word_class
        self.evaluative = w("evaluative")
        self.claims = set(w("claim"))
        self.wrongdoing = w("wrongdoing")
        self.negators = w("negator")
        self.findings = w("finding")
        self.sides: tuple | None = None   # (trigger, [source, target]) of the last two-sided event

    def assessment(self, v, a: Args) -> Optional[Candidate]:
        """ "Trump contended that the EU is “one of the most hostile ... authorities”" (111), "the United States
        said Iran is flagrantly defying the Council" (112): a speaker's judgment of another actor."""
        clause = a.ccomp
        if clause is None or not a.subj:
            return None
        subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None) or next(
            (g for c in clause.children if c.dep_ in {"aux", "auxpass"} for g in c.children if g.dep_ == "nsubj"), None)
        if subj is None:
            return None
        judged = self.ix.actors(subj) or self.roles.of_actors(subj, True) or self._sides(subj, v) or \
            self._agent(clause, subj)
        own = {s.code for s in a.subj}
        judged = [m for m in judged if m.code not in own]
        if not judged or arguments(clause, self.ix, self.negators).negated:
            return None   # (not "said neither side has violated the truce")
        words = [t for t in clause.subtree if t.i not in {x.i for x in subj.subtree}]
        lemmas = {t.lemma_.lower() for t in words}
        charge = next((self.wrongdoing[w] for w in sorted(lemmas) if w in self.wrongdoing), None)
        polarity = self.polarity(words) if self.o.lemma(clause) in _COPULAS else set()
        if any(t.lemma_.lower() == "crime" and any(c.lower_ == "war" for c in t.children) for t in words):
            charge = "1124"   # "war crimes"
        if charge is None and lemmas & {"behind", "responsible"} and any(self._hostile(t) for t in words):
            charge = "112"   # "said Iran was behind the attack", "was responsible for the bombing"
        finding = self.findings.get(self.o.lemma(v))
        if finding is not None and (charge is not None or polarity & {"denial", "negative"}):
            # "investigators concluded that troops carried out ethnic cleansing": an investigation's finding
            code = {"1121": "091", "1122": "092", "1124": "094"}.get(charge or "", "090")
            rule = f"assessment:finding.{code}"
        elif charge is not None:
            code, rule = charge, f"assessment:charge.{charge}"
        elif polarity & {"denial", "negative"}:
            code, rule = "111", "assessment:negative.111"
        elif "positive" in polarity:
            code, rule = "051", "assessment:positive.051"
        else:
            return None
        cand = Candidate(v.i, code, rule, a.subj, judged, negated=a.negated, modality=self.ctx.modality(v, a),
                         confidence=0.6, clause_verb=v.i, why=why(a, "the one the clause judges"))
        self.ctx.attribute(v, cand)
        return cand

    def _agent(self, clause, subj) -> list:
        """ "said the attack was orchestrated by militants": the one a passive clause names doing the act."""
        if subj.dep_ != "nsubjpass":
            return []
        return [m for ag in clause.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                for m in self.ix.actors(p)]

    def _sides(self, subj, v) -> list:
        """ "X has been fighting Y, and the UN says both sides have committed abuses": "both sides" are the two
        actors of the last event with a source and a target, in this sentence or the one before."""
        if subj.lemma_.lower() not in {"side", "party"} or not any(
                c.lower_ in {"both", "two"} for c in subj.children if c.dep_ in {"det", "nummod", "predet"}):
            return []
        if self.sides is None:
            return []
        i, actors = self.sides
        starts = [s.start for s in sentences(v.doc)]     # (the shared sentence spans, not Token.sent's scan)
        k = bisect.bisect_right(starts, v.i) - 1
        return list(actors) if starts[max(0, k - 1)] <= i < v.i else []

    def _hostile(self, t) -> bool:
        """Is t a noun of a hostile act (threat, protest, force: roots 13 and up)?"""
        pattern = self.o.nouns.get(t.lemma_.lower())
        return pattern is not None and pattern.code[:2] >= "13"

    def characterize(self, v, a: Args) -> list[Candidate]:
        """ "called the allegations baseless" (016), "called Canada hostile" (111), "a friend" (051)."""
        if not a.oprds:
            # "called the decision to reimprison Zamora a “blatant case of ... weaponization”": the parser
            # lost the predicate; the evaluation follows the object in the verb's clause
            return self._characterized(v, a, a.dobj, self.polarity(self.after(v, a.dobj)))
        obj, pred = a.dobj, a.oprds[-1]
        if obj is None and len(a.oprds) == 1 and any(c.dep_ == "det" for c in pred.children) and \
                not self.polarity(list(pred.subtree)):
            # "called the EU move to tax ... “deeply disappointing”": the "predicate" is the object
            return self._characterized(v, a, pred, self.polarity(self.after(v, pred)))
        if obj is None and len(a.oprds) > 1:
            obj = a.oprds[0]           # "called Canada “one of the highest tariffing nations”"
        if obj is None:
            obj = next((c for c in pred.children if c.dep_ == "nsubj"), None)   # "found the minister guilty"
        if obj is None and any(c.dep_ == "det" for c in pred.children):
            # "called the ruling “arbitrary”": the parser hung the object's words on the predicate
            obj = next((c for c in pred.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < pred.i), None)
        if obj is None:   # "called the Russian decision disappointing": the object made the predicate's compound
            obj = next((c for c in pred.children if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and
                        c.i < pred.i and any(d.dep_ == "det" for d in c.children)), None)
        if obj is None:
            return []
        if pred.lemma_.lower() == "guilty":
            cand = Candidate(v.i, "116", "characterize:guilty.116", a.subj, self.ix.actors(obj), a.negated,
                             self.ctx.modality(v, a), confidence=0.7, clause_verb=v.i,
                             why=why(a, "the one found guilty"))
            self.ctx.attribute(v, cand)
            return [cand]
        return self._characterized(v, a, obj, self.polarity(list(pred.subtree)))

    def polarity(self, tokens) -> set:
        """The polarities (denial, negative, positive) of the evaluative words among tokens."""
        words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
        return {self.evaluative[w] for w in words if self.evaluative.get(w, "-") != "-"}

    @staticmethod
    def after(v, obj) -> list:
        """The tokens of v's clause after its object, outside coordinated clauses."""
        conj = {x.i for c in v.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for x in c.subtree}
        return [t for t in v.subtree if t.i > obj.i and t.i not in conj and t.i not in {x.i for x in obj.subtree}]

    def _characterized(self, v, a: Args, obj, polarity: set) -> list[Candidate]:
        a.dobj = obj
        a.dobj_actors = self.ix.actors(obj)
        claim = a.dobj.lemma_.lower() in self.claims or any(
            c.dep_ == "compound" and c.lemma_.lower() in self.claims for c in a.dobj.children)
        if claim and polarity & {"denial", "negative"}:
            code = "016"
        elif polarity & {"denial", "negative"}:
            code = "111"
        elif "positive" in polarity:
            code = "051"
        else:
            self.drop(v, f"'{v.text} X Y' with no evaluative word: not coded")
            return []
        targets = a.dobj_actors or self.roles.of_actors(a.dobj)
        cand = Candidate(v.i, code, f"characterize:{sorted(polarity)[0]}.{code}", a.subj, targets,
                         negated=a.negated, modality=self.ctx.modality(v, a), confidence=0.7, clause_verb=v.i,
                         why=why(a, "the object of the characterization"))
        self.ctx.attribute(v, cand)
        return [cand]
