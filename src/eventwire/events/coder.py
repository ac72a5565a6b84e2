"""Code CAMEO events from a dependency parse: verbs and their arguments, nominal triggers, clause context.

For each verb the coder reads its arguments (arguments.py), picks the most specific pattern that fits and
finds the source and target (targets.py). Verbs that govern another event turn it into theirs (governed.py):
"refused to meet" is a rejection (12), "called on X to withdraw" an appeal to X (02), "agreed to resume
flights" an intent (03), "threatened to cut gas" a threat (13), "denied that X bombed Y" a denial (016). Clause
context (context.py) gives negation, modality and attribution; nouns are coded in nominal.py.
"""

from __future__ import annotations

import re
from typing import Optional

from ..records import ActorMention
from .arguments import ActorIndex, Args, amod_clause, arguments, why
from .candidate import Candidate
from .context import Context
from .force import FORCE, armed_subject, specific_code
from .governed import GovernedEvents
from .nominal import Nominal
from .ontology import Ontology
from .refine import Refiner
from .statements import Statements
from .targets import Roles

__all__ = ["Candidate", "EventCoder"]


def _mistagged_verb(tok) -> bool:
    """A verb the tagger read as a noun: "If Tbilisi attacks South Ossetia" (attacks/NOUN, advcl, with a subject)."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    # "Suga is expected visit India": an infinitive without its "to"
    return tok.dep_ == "xcomp" or tok.dep_ in {"advcl", "ccomp", "relcl", "conj"} and \
        any(c.dep_ == "nsubj" for c in tok.children)


def _charge(v):
    """The verb whose "of/for" gerund v is, with its conjuncts ("accused of targeting and killing"), or None."""
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ == "pcomp" and v.head.lower_ in {"of", "for"} and v.head.head.pos_ == "VERB":
        return v.head.head
    return None


def _before_its_object(v) -> bool:
    """ "assured visiting Foreign Minister Payne": a participle right before its object, under a verb with none."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    return v.dep_ in {"xcomp", "advcl"} and obj is not None and obj.left_edge.i == v.i + 1 and \
        not any(c.dep_ == "dobj" for c in v.head.children)


_SCORE = re.compile(r"\b\d{1,2} ?[-–] ?\d{1,2}\b")   # "2-1", "3–0": a match result


def _has_score(v) -> bool:
    """Does the verb's sentence give a match result ("beat Ghana 2-1")?"""
    return bool(_SCORE.search(v.sent.text))


class EventCoder(GovernedEvents):
    """Turns a parsed, actor-resolved Doc into event candidates."""

    def __init__(self, ontology: Ontology) -> None:
        self.o = ontology
        w = ontology.word_class
        self.family = w("family")
        self.modal = w("modal")
        self.pessimism = set(w("pessimism"))
        self.improve = set(w("improve"))
        self.reciprocal = set(w("reciprocal"))
        self.decisions = set(w("decision"))
        self.offering = set(w("offering"))
        self.reprisals = dict(w("reprisal"))
        self.noun_families = dict(w("familynoun"))
        self.expression = set(w("expression"))
        self.readiness = set(w("readiness"))
        self.cessation = set(w("cessation"))
        self.efforts = set(w("effort"))
        self.contests = set(w("contest"))
        self.offices = set(w("office"))
        self.failure = set(w("failure"))
        self.negators = w("negator")
        self.object_demand = set(w("objectdemand"))
        self.no_comment = set(w("nocomment"))
        self.requests = set(w("request"))
        self.advice = set(w("advice"))
        self.attributive = set(w("attributive"))
        self.inanimate = set(w("inanimate"))
        self.armed = set(w("irregular")) | {"MIL", "COP", "SPY"}
        self.not_commenting = {k for k, v in w("nocomment").items() if v != "refuse-only"}
        self.characterize = set(w("characterize"))
        self.litotes = set(w("litotes"))
        self.restating = set(w("restating"))
        self.restated = dict(w("restated"))
        self.charges = set(w("charge"))
        self.devices = set(w("device"))

    # --- public ----------------------------------------------------------------------------------

    def code(self, doc, mentions: list[ActorMention], country_tokens: Optional[dict] = None,
             explain: Optional[list] = None, places: Optional[list] = None) -> list[Candidate]:
        """Return the event candidates of the Doc; `explain` collects why candidates were dropped."""
        self.doc = doc
        self.explain = explain
        self.ix = ix = ActorIndex(doc, mentions, self.o.word_class, country_tokens, places)
        self.roles = Roles(self.o, ix)
        self.ctx = Context(self.o, ix)
        self.nominal = Nominal(self.o, ix, self.roles)
        self.statements = Statements(self.o, ix, self.roles, self.ctx, self._drop)
        self.themes: set[int] = set()
        self.coded_verbs: set[int] = set()
        refiner = Refiner(self.o, ix, self._drop)
        out: list[Candidate] = []
        consumed: set[int] = set()
        self.governing_nouns: set[int] = set()
        for tok in doc:
            m = ix.mention(tok.i)
            if m is not None and m.category == "person":
                ix.last_person = m
            if tok.i in consumed:
                continue
            if tok.pos_ == "VERB" and (tok.dep_ != "amod" or amod_clause(tok) is not None) or \
                    tok.pos_ == "AUX" and tok.dep_ == "ROOT" or _mistagged_verb(tok):
                before, start, nouns = set(consumed), len(out), set(self.governing_nouns)
                for cand in self._verb(tok, consumed):
                    out.append(cand)
                    if cand.sources:
                        ix.last_source = cand.sources[0]
                    if cand.sources and cand.targets:
                        self.statements.sides = (cand.trigger, [cand.sources[0], cand.targets[0]])
                taken = consumed - before - {tok.i}
                if taken:
                    # a governor after its complement ("..., Russia will defend it, the ministry warned"):
                    # the complement's own event, coded earlier, is now the governor's
                    out = [c for c in out if c.trigger not in taken or c.trigger == tok.i or
                           c.rule.split("+")[0] in self.failure]
                if self.governing_nouns - nouns:   # "Russia's refusal to withdraw": the noun's own reading gives way
                    out = [c for c in out[:start] if c.trigger not in self.governing_nouns - nouns] + out[start:]
            elif tok.pos_ in {"NOUN", "PROPN"} and self.nominal.is_trigger(tok) and not self._light_object(tok) \
                    and tok.i not in self.themes:
                cand = self.nominal.code(tok, self._drop, self.coded_verbs)
                if cand is not None:
                    cand.negated = cand.negated or self._noun_negated(tok)
                    self.ctx.attribute(tok, cand)
                    out.append(cand)
        kept = []
        for c in refiner.apply(out):
            for e in refiner.pairs(c):
                for f in refiner.venue(e):
                    if refiner.keep(f):
                        kept.append(f)
        return kept

    # --- verbs -----------------------------------------------------------------------------------

    def _readiness(self, a: Args):
        """The infinitive of an expressed readiness ("expressed its willingness to mediate"), if the readiness
        is the subject's own, not another's ("welcomed Iran's willingness to talk" is no intent of its own)."""
        noun = a.dobj
        if noun is None or noun.lemma_.lower() not in self.readiness:
            return None
        if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
            return None
        return next((c for c in noun.children if c.dep_ == "acl" and c.pos_ in {"VERB", "AUX"} and any(
            x.dep_ == "aux" and x.lower_ == "to" for x in c.children)), None)

    def _verb(self, v, consumed: set) -> list[Candidate]:
        lemma = self.o.lemma(v)
        if not self.o.knows(lemma):
            return []  # no pattern or verb class names it: cheap exit for most verbs
        if v.dep_ in {"amod", "compound"} and amod_clause(v) is None or \
                v.lower_ in self.attributive and _before_its_object(v):
            return []  # "visiting Australian Foreign Minister": a modifier, not an event
        if v.dep_ == "pcomp" and v.head.lower_ in {"in", "for", "toward", "towards"} and (
                v.head.head.pos_ == "NOUN" or any(c.dep_ == "dobj" for c in v.head.head.children)):
            return []  # "(provide) assistance in normalizing the relations": a purpose, not an event
        a = arguments(v, self.ix, self.negators)
        governing = self._governing_noun(v)
        if governing is not None:
            return self._noun_governed(governing, v, a, consumed)
        affirmer = self._litotes(v)
        if affirmer is not None and not any(c.dep_ == "neg" for c in v.children):
            a.negated = False   # "will not hesitate to shut the electricity off": the double negative affirms
        if affirmer is not None and not a.subj:   # "Russia will not shy away from imposing": Russia imposes
            a.subj = [m for c in affirmer.children if c.dep_ == "nsubj" for m in self.ix.actors(c)]
        if lemma in self.pessimism and a.negated and any(t.lemma_.lower() in self.improve for t in v.subtree):
            consumed.update(x.i for x in v.subtree)
            return [self._pessimism(v, a)]
        self._speaker_subject(v, a)
        if lemma == "rule" and a.prt == "out":
            ruled = self._ruled_out(v, a, consumed, a.negated)
            if ruled is not None:
                return ruled
        inner_tok = a.xcomp
        family = self.family.get(lemma)
        if inner_tok is not None and inner_tok.tag_ == "VBN" and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in inner_tok.children):
            inner_tok = None   # "calling them «occupied territories»": a participle names, it asks for nothing
        if inner_tok is None and family == "appeal" and not self._addressees(a):
            # "called for the prime minister to resign": the appeal is to the subject of the "for ... to" clause
            inner_tok = next((c for c in v.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
        if family is None and lemma in self.object_demand and a.dobj_actors and inner_tok is not None:
            family = "demand"   # "Pakistan expects the Afghan government to deny ...": a demand on it
        if family is None and lemma in self.object_demand and inner_tok is None and a.ccomp is not None and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in a.ccomp.children) and \
                any(c.dep_ == "nsubj" and self.ix.actors(c) for c in a.ccomp.children):
            inner_tok, family = a.ccomp, "demand"   # the same, parsed as a clause with its own subject
        if inner_tok is None and family is None and lemma in self.expression:
            inner_tok = self._readiness(a)
            family = "intent" if inner_tok is not None else None
        if inner_tok is None and family in {"demand", "deny", "threat"} and a.ccomp is not None:
            inner_tok = a.ccomp
        if inner_tok is None and lemma == "warn" and a.ccomp is not None and \
                {c.lower_ for c in a.ccomp.children if c.dep_ == "aux"} & {"will", "would", "'ll"}:
            inner_tok, family = a.ccomp, "threat"   # "warned that it would execute hostages"
        if inner_tok is not None and lemma in self.failure:
            inner = self._verb(inner_tok, consumed)
            consumed.add(inner_tok.i)
            for c in inner:
                ceased = self.o.govern("cease", c.code) if lemma in self.cessation else None
                if ceased:   # "stopped implementing its commitments" (127), "stopped shelling the city" (087)
                    c.code, c.rule, c.trigger = ceased, f"cease+{c.rule}", v.i
                else:
                    c.negated = True
                    c.rule = f"{lemma}+{c.rule}"
            return inner
        if family == "appeal" and inner_tok is not None and not self._addressees(a) and inner_tok.dep_ != "advcl" \
                and a.dobj is None and not {"on", "upon"} & set(a.preps):
            if lemma not in self.efforts:   # "a letter asking to provide assistance": what is asked has not happened
                consumed.update(t.i for t in inner_tok.subtree)
            return []  # "Trump pushes to broker an end": an effort, not an appeal; the inner event is coded
        if inner_tok is None and family is None and lemma in self.ctx.speech and a.ccomp is not None and \
                {c.lower_ for c in a.ccomp.children if c.dep_ == "aux"} & self.advice:
            return self._advice_clause(v, a, consumed)
        if family == "refuse" and inner_tok is not None and self.o.lemma(inner_tok) == "rule" and \
                any(c.dep_ == "prt" and c.lower_ == "out" for c in inner_tok.children):
            # "refused to rule out military action": the double negative keeps the act open, a threat
            consumed.add(inner_tok.i)
            ia = arguments(inner_tok, self.ix, self.negators)
            ia.subj = ia.subj or a.subj
            ruled = self._ruled_out(inner_tok, ia, consumed, not a.negated) or []
            for c in ruled:
                c.trigger = v.i
            return ruled
        if inner_tok is not None and family is not None:
            return self._governed(v, a, family, inner_tok, consumed)
        if inner_tok is not None and lemma in self.modal and inner_tok.pos_ in {"VERB", "AUX"}:
            return []  # "plans to visit": the visit is the event, with the modality of "plans"
        if lemma in self.characterize and (a.oprds or a.dobj is not None and a.prt is None and
                                           self.statements.polarity(self.statements.after(v, a.dobj))):
            return self.statements.characterize(v, a)
        pattern = self.roles.pick(v, a)
        received = self.nominal.received(v, a, lemma) if pattern is None or not pattern.objects else None
        if received is not None:   # "received aid from Germany": Germany's aid to the subject
            cand, noun = received
            cand.negated, cand.modality = a.negated, self.ctx.modality(v, a)
            self.coded_verbs.add(v.i)
            self.themes.add(noun.i)
            self.ctx.attribute(v, cand)
            return [cand]
        theme = a.dobj if a.dobj is not None else a.nsubjpass
        code, rule = (pattern.code, pattern.id) if pattern else (None, None)
        light = a.dobj if a.dobj is not None else a.nsubjpass
        light_verb = lemma in self.o.light_verbs or a.prt and f"{lemma} {a.prt}" in self.o.light_verbs
        if light_verb and v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.head.i in self.coded_verbs:
            light_verb = False   # "reject the allegations made by Pakistan": the allegations are the theme
        if light_verb and light is not None and light.lemma_.lower() in self.devices:
            light_verb = False   # "was making remote-controlled bombs": building a weapon is no attack
            self.themes.add(light.i)
        if light_verb and light is not None and self.nominal.pattern(light) and \
                (pattern is None or not pattern.objects):
            noun = self.nominal.pattern(light)
            code, rule, theme, pattern = noun.code, f"light:{lemma}+{noun.id}", light, None
        if light is not None and light is a.dobj and (light_verb or lemma == "offer") and \
                light.lemma_.lower() in self.not_commenting and any(
                c.dep_ == "det" and c.lower_ == "no" for c in light.children):
            # "made no comment", "offered no comment": declined comment
            code, rule, theme, pattern = "011", f"nocomment:{lemma}+no-{light.lemma_.lower()}.011", light, None
        if code is not None and code[:2] in FORCE:
            code, rule = specific_code(v, a, code, rule, self.nominal)
        nocomment = a.negated and lemma in self.not_commenting and (code is None or code[:2] == "01") and \
            a.dobj is None and all(t.lemma_.lower() in self.requests for p, t in a.preps.items() if p == "to")
        if nocomment:   # "did not comment", "did not respond to a request for comment": declined comment
            code, rule, theme, a.negated = "011", f"nocomment:{lemma}.011", a.preps.get("to"), False
        if (code is None or code in {"010", "01"}) and lemma in self.restating:
            restated = self._restated(v, a, consumed)
            if restated is not None:
                return restated
        if code is None and lemma not in self.ctx.speech:
            return []
        if code is None or code in {"010", "01"}:
            said = self.statements.assessment(v, a)   # "said the EU is hostile", "said Iran is defying"
            if said is None and code is not None:
                self._drop(v, "a plain statement (010) is not coded on its own")
            return [said] if said is not None else []
        if code == "041" and lemma == "call" and (not a.dobj_actors or a.oprds or a.xcomp is not None):
            # (nor is "calling them «occupied territories»": naming someone something)
            self._drop(v, "'call' without an actor to call, or calling someone something, is no phone call")
            return []
        if code[:2] in FORCE and lemma in self.contests and _has_score(v):
            self._drop(v, f"{rule}: a score ('beat Ghana 2-1') is a game, not force")
            return []
        if code[:2] in FORCE and "for" in a.preps and a.preps["for"].lemma_.lower() in self.offices:
            self._drop(v, f"{rule}: fighting for a post is an election, not force")
            return []
        if code[:2] in FORCE:
            armed_subject(v, a, self.ix, self._armed)
        sources, targets, how = self.roles.roles(v, a, pattern, theme, code)
        if code == "129" and not targets and self._state_vetoes_resolution(sources, theme):
            targets, how = [self._council(theme)], how + "; target: a state vetoes a resolution at the UN"
        thing = a.subj_tok if a.subj_how == "nsubj" else v.head if v.dep_ == "acl" else None
        if not sources and thing is not None and thing.pos_ == "NOUN" and not rule.startswith("instrument") and (
                thing.lemma_.lower() in self.inanimate or self.nominal.is_trigger(thing)):
            # "legislation targeting Turkey", "camps shelter refugees": a thing does not act
            self._drop(v, f"{rule}: its subject {thing.text!r} is a thing, not an actor")
            return []
        self.coded_verbs.add(v.i)
        if pattern is None or pattern.objects:   # the verb codes its theme noun ("lifted its embargo")
            self.themes.update(t.i for t in (theme,) if t is not None)
        cand = Candidate(v.i, code, rule, sources, targets, negated=a.negated, modality=self.ctx.modality(v, a),
                         confidence=0.85 if sources and targets else 0.6, clause_verb=v.i,
                         note="pronoun" if a.pronoun else "", why=self._why(a, how))
        if affirmer is not None:   # "will not hesitate to" is future, "did not hesitate to" past; said of both
            cand.modality = self.ctx.modality(affirmer)
        self.ctx.attribute(v if affirmer is None else affirmer, cand)
        self._alleged(v, cand)
        self._advice(v, cand)
        if cand.negated and cand.modality in {"future", "intended"} and "03" <= code[:2] <= "08":
            # "will not succumb to pressure", "won't meet": a refusal, not a negated cooperation
            cand.code, cand.rule, cand.negated = self.o.govern("refuse", code) or "120", f"refuse+{rule}", False
        return [cand] + self._swap(v, cand)

    def _swap(self, v, cand: Candidate) -> list[Candidate]:
        """ "released twelve prisoners in exchange for four detainees held by Tbilisi": the holder of the
        others releases them too."""
        if cand.code[:2] != "08" or not cand.sources:
            return []
        for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "in"):
            for swap in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() == "exchange"):
                for other in (o for f in swap.children if f.dep_ == "prep" and f.lower_ == "for"
                              for o in f.children if o.dep_ == "pobj"):
                    holders = [m for acl in other.children if acl.dep_ == "acl" for ag in acl.children
                               if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                               for m in self.ix.actors(p)]
                    held = self.ix.actors(other)
                    if holders and held:
                        return [Candidate(other.i, cand.code, f"swap+{cand.rule}", holders, held,
                                          modality=cand.modality, attribution=cand.attribution, confidence=0.7,
                                          clause_verb=v.i,
                                          why="source: the holder of those exchanged; target: those exchanged")]
        return []

    def _alleged(self, v, cand: Candidate) -> None:
        """ "Georgia accused Moscow of arming the separatists": the arming is Georgia's claim, reported as such."""
        charged = _charge(v)
        if charged is None or self.o.lemma(charged) not in self.charges or cand.attribution is not None:
            return
        accusers = [m for c in charged.children if c.dep_ == "nsubj" for m in self.ix.actors(c)] or \
            [m for c in charged.children if c.dep_ == "agent" for p in c.children for m in self.ix.actors(p)]
        if accusers and accusers[0] not in cand.sources:
            cand.attribution, cand.modality = accusers[0], "reported"

    def _litotes(self, v):
        """The negated verb of reluctance v is the infinitive or gerund of ("will not hesitate to", "never shied
        away from"), or None."""
        gov = v.head if v.dep_ == "xcomp" else v.head.head if v.dep_ == "pcomp" and v.head.dep_ == "prep" else None
        if gov is not None and gov.dep_ == "advmod" and gov.pos_ == "ADV":
            gov = gov.head   # "shy away from imposing": the parser hangs "from" on "away"
        if gov is None or self.o.lemma(gov) not in self.litotes:
            return None
        return gov if any(c.dep_ == "neg" for c in gov.children) else None

    @staticmethod
    def _state_vetoes_resolution(sources: list, theme) -> bool:
        # a state's veto of a resolution with no owner named is cast in the UN Security Council
        # ("Russia vetoed the draft resolution"); a president's veto of a bill is not
        return theme is not None and theme.lemma_.lower() == "resolution" and bool(sources) and \
            all(m.category == "state" and m.role is None for m in sources)

    @staticmethod
    def _council(theme) -> ActorMention:
        return ActorMention(theme.idx, theme.idx + len(theme.text), theme.text, "IGOUNO", None, "IGO",
                            "organisation", "derived:veto-resolution", head=theme.i, tokens=(theme.i,))

    def _armed(self, m) -> bool:
        role = (m.role or "")[:3] or (m.code[3:6] if m.country and m.code.startswith(m.country) else m.code[:3])
        return role in self.armed

    def _speaker_subject(self, v, a: Args) -> None:
        """ "Mogadishu announced it was cutting ties with Kenya": the pronoun is the speaker."""
        if not a.pronoun or a.subj_tok is None or a.subj_tok.lower_ not in {"it", "he", "she", "they", "we", "i"}:
            return
        speech = self.ctx.speech_head(v)
        if speech is not None and v.dep_ in {"ccomp", "conj"}:
            speaker = self.ctx.speaker(speech)
            if speaker is not None:
                a.subj = [speaker]

    def _pessimism(self, v, a: Args) -> Candidate:
        """ "does not rely on an improvement of relations with X": a pessimistic comment (012) about X."""
        sources = [s for s in a.subj if s.category != "pronoun"]
        cand = Candidate(v.i, "012", "pessimism:negated-expectation", sources, [], confidence=0.7, clause_verb=v.i,
                         note="pronoun" if a.pronoun else "", why="negated expectation of an improvement")
        self.ctx.attribute(v, cand)
        if not cand.sources and cand.attribution is not None:
            cand.sources, cand.attribution, cand.modality = [cand.attribution], None, "asserted"
        own = {s.country for s in cand.sources}
        for t in v.subtree:
            m = self.ix.mention(t.i) or self.ix.derived(t)
            if m is not None and m.country not in own and m not in cand.sources:
                cand.targets = [m]
                break
        return cand

    # --- helpers ---------------------------------------------------------------------------------

    def _light_object(self, tok) -> bool:
        """A noun a light verb codes ("held talks"): the verb's event, not a nominal one."""
        return tok.dep_ in {"dobj", "nsubjpass"} and self.o.lemma(tok.head) in self.o.light_verbs

    def _noun_negated(self, tok) -> bool:
        return any(c.dep_ in {"det", "neg"} and c.lower_ in self.negators for c in tok.children)

    @staticmethod
    def _why(a: Args, how: str) -> str:
        return why(a, how)

    def _drop(self, tok, why: str) -> None:
        if self.explain is not None:
            self.explain.append({"token": tok.text, "start": tok.idx, "why": why})
