"""Rules over a sentence's candidates once they are all found.

- A meeting's venue says who visits and who hosts (CAMEO 042/043), or that it is on third ground (044).
- A participle of consequence ("..., killing hundreds") and an infinitive of purpose ("went on strike to
  demand higher wages") belong to their clause's event, not events of their own.
- Killing or expelling "hundreds" or "thousands" is mass violence (202, 201).
- Administrative sanctions (172) on another country are an embargo (163).
- A participle that restates its clause's act ("blamed India, accusing it of ...") is that act, told twice.
- A violent verb done by a disaster ("a bus crash killed 20"), or to no one but a problem or a text ("fought
  inflation", "shot down the proposal"), is no force.
- Fighting and clashing are battles (19x) whoever fights; those a rejected claim names are not whom it answers.
- A threat's unmet condition ("would execute the hostages if the state did not release prisoners", "unless")
  is a demand (10x) on the condition's subject.
"""

from __future__ import annotations

from dataclasses import replace

from .arguments import ActorIndex
from .candidate import Candidate
from .ontology import Ontology
from .pronouns import STATE_CATEGORIES
from .rebuttals import Rebuttals

__all__ = ["Refiner"]

_MEETINGS = {"040", "043", "046"}
_VIOLENT = {"18", "19", "20"}
_MASS = {"174": "201", "1823": "202", "175": "202", "190": "202", "202": "202"}
_TO_UNCONVENTIONAL = {"190": "180", "191": "180", "193": "180", "194": "180"}
_SECURITY = {"MIL", "COP", "SPY"}
# roots whose "between A and B" goes both ways ("relations between Georgia and Russia were severed")
_SYMMETRIC = {"03", "04", "05", "06", "08", "16", "19"}
_AERIAL = {"air", "airstrike", "warplane", "warplanes", "aircraft", "jet", "jets", "drone", "drones", "plane",
           "planes", "helicopter", "helicopters", "bomber", "bombers", "aerial"}
_DISSENT = {"CVL", "OPP", "HRI", "MED", "EDU", "LAB", "REL"}
# verbs of two-sided combat: whoever fights, it is a battle (19x), never one-sided unconventional violence
_COMBAT = {"fight", "clash", "battle"}
# objects that only repeat the verb ("fought a losing battle against polio")
_COGNATE = {"battle", "fight", "war"}
# the acts of a participle that say whom a protest is aimed at ("rallied, demanding the resignation ...")
_PROTEST_AIMS = {"10", "11"}


class Refiner:
    """Rules over the candidates of one Doc."""

    def __init__(self, ontology: Ontology, ix: ActorIndex, drop) -> None:
        self.o = ontology
        self.ix = ix
        self.drop = drop
        self.mass = set(ontology.word_class("mass"))
        self.mass_verbs = set(ontology.word_class("massverb"))
        self.consequences = set(ontology.word_class("consequence"))
        self.irregular = set(ontology.word_class("irregular"))
        self.unarmed = set(ontology.word_class("unarmed"))
        self.requests = set(ontology.word_class("requestnoun"))
        self.armed = self.irregular | {"MIL", "COP", "SPY"}
        self.reciprocal = set(ontology.word_class("reciprocal"))
        self.gathering = set(ontology.word_class("gathering"))
        self.protesters = set(ontology.word_class("protester"))
        self.civil = set(ontology.word_class("civilsite"))
        self.hazards = set(ontology.word_class("hazard"))
        self.figurative = set(ontology.word_class("figurative")) | set(ontology.word_class("inanimate"))
        self.rebuttals = Rebuttals(ontology, ix)

    def pairs(self, c: Candidate) -> list[Candidate]:
        """One candidate per ordered pair for actors acting on each other."""
        actors = c.pairs
        if not actors and not c.targets and len(c.sources) >= 2 and (
                self.o.lemma(self.ix.doc[c.trigger]) in self.reciprocal or c.code[:2] in {"04", "06"}):
            actors = c.sources
        if not actors and not c.sources and len(c.targets) >= 2 and c.code[:2] in _SYMMETRIC and \
                "between" in c.why:
            actors = c.targets   # "relations between Georgia and Russia were severed"
        if len(actors) < 2:
            return [c]
        out = []
        for a in actors:
            for b in actors:
                if a is not b:
                    out.append(Candidate(c.trigger, c.code, c.rule + "+reciprocal", [a], [b], c.negated, c.modality,
                                         c.attribution, c.confidence, c.clause_verb, c.note, c.why))
        return out

    def keep(self, c: Candidate) -> bool:
        """Is a candidate an event: an actor on a side, a partner for material cooperation, two sides?"""
        if not c.sources and not c.targets:
            self.drop(self.ix.doc[c.trigger], f"{c.rule}: no source or target actor found")
            return False
        if c.code[:2] == "06" and not c.targets:
            self.drop(self.ix.doc[c.trigger], f"{c.rule}: material cooperation needs a partner")
            return False
        if c.rule.startswith("pessimism") and not c.sources:
            self.drop(self.ix.doc[c.trigger], "a pessimistic comment needs its speaker")
            return False
        if c.sources and c.targets and c.sources[0].code == c.targets[0].code and len(c.targets) == 1:
            self.drop(self.ix.doc[c.trigger], f"{c.rule}: source and target are the same actor")
            return False
        return True

    def apply(self, cands: list[Candidate]) -> list[Candidate]:
        """Return the candidates after the sentence-level rules."""
        doc = self.ix.doc
        self._by_verb = by_verb = {}
        for c in cands:
            by_verb.setdefault(c.trigger, []).append(c)
        out = []
        for c in cands:
            tok = doc[c.trigger]
            head = by_verb.get(tok.head.i, []) if tok.head.i != tok.i else []
            if self._subordinate(tok, c, head) or self._reference(tok, c) or self._no_force(tok, c):
                continue
            self._mass(tok, c)
            self._unconventional(c)
            self._demonstration(tok, c)
            self._state_bombing(tok, c)
            self._threat_statement(c)
            self._domestic(tok, c)
            self._rebutted_content(tok, c)
            out.append(c)
        self._condition_demands(out)
        self.rebuttals.apply(out)
        return out

    def _subordinate(self, tok, c: Candidate, head: list[Candidate]) -> bool:
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and any(_restates(h, c) for h in head):
            # "blamed India, accusing it of ...", "condemned the attack, calling it ...": one act, told twice
            self.drop(tok, f"{c.rule}: the same act as its clause's {doc_text(head[0], self.ix)!r}")
            return True
        if tok.dep_ == "conj" and c.code[:2] in _VIOLENT and head and not any(
                x.dep_ in {"nsubj", "nsubjpass"} for x in tok.children):
            # "shot and killed people", "ambushed a bus ... and killed 18 of those on board": one assault
            # (a chain with objects of its own, "fired at Tskhinvali, attacked the city", stays a chain)
            own = {s.code for s in c.sources}
            bare = not any(x.dep_ == "dobj" for x in tok.head.children)
            counted = all(x.pos_ == "NUM" or x.lower_ in self.mass for x in tok.children if x.dep_ == "dobj")
            for h in head:
                if h.code[:2] in _VIOLENT and own == {s.code for s in h.sources} and (
                        not c.targets and counted or bare and (not h.targets or _same(h.targets, c.targets))):
                    h.targets = h.targets or c.targets
                    self.drop(tok, f"{c.rule}: the same assault as {doc_text(h, self.ix)!r}")
                    return True
        if tok.dep_ == "conj" and tok.head.dep_ == "advcl":
            head, tok = self._by_verb.get(tok.head.head.i, []), tok.head   # "killing one and injuring four"
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in self.consequences and head and \
                c.code[:2] in _VIOLENT and any(h.code[:2] in _VIOLENT for h in head):
            for h in head:   # "attacked the village, killing 12 civilians": the victims are the attack's target
                if not h.targets and c.targets and h.code[:2] in _VIOLENT:
                    h.targets = [t for t in c.targets if t.code not in {s.code for s in h.sources}]
            self.drop(tok, f"{c.rule}: a consequence of the clause's event {doc_text(head[0], self.ix)!r}")
            return True
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in self.requests and tok.head.dep_ == "dobj" and \
                self._by_verb.get(tok.head.head.i) and any(x.dep_ == "aux" and x.lower_ == "to" for x in tok.children):
            # "sought permission to deliver food": what is asked for has not happened
            self.drop(tok, f"{c.rule}: the content of a request, not an event")
            return True
        if head and tok.dep_ in {"advcl", "xcomp"} and any(x.dep_ == "aux" and x.lower_ == "to" for x in tok.children) \
                and tok.head.pos_ in {"VERB", "AUX"}:
            for h in head:   # "launched an operation to flush out al-Shabab": the purpose names the target
                if not h.targets and c.targets and h.code[:2] >= "14":
                    h.targets = [t for t in c.targets if t.code not in {s.code for s in h.sources}]
            self.drop(tok, f"{c.rule}: the purpose of the clause's event {doc_text(head[0], self.ix)!r}")
            return True
        if head and tok.dep_ == "advcl" and tok.tag_ == "VBG" and c.code[:2] in _PROTEST_AIMS and c.targets:
            for h in head:   # "marched through the capital demanding the president's resignation": whom it is aimed at
                if not h.targets and h.code[:2] == "14":
                    h.targets = [t for t in c.targets if t.code not in {s.code for s in h.sources}]
        return False

    def _no_force(self, tok, c: Candidate) -> bool:
        """ "A bus crash killed 20", "fought inflation", "shot down the proposal", "fired ... on Monday": a violent
        verb whose doer is a disaster, or whose object is no one but a problem, a text or a date, is no force."""
        if c.code[:2] not in _VIOLENT:
            return False
        if not c.sources:
            causes = [x for x in tok.children if x.dep_ == "nsubj"]
            causes += [p for x in tok.children if x.dep_ == "prep" and x.lower_ in {"in", "by"} and
                       any(d.dep_ == "nsubjpass" for d in tok.children) for p in x.children if p.dep_ == "pobj"]
            if any(self.o.lemma(x) in self.hazards for x in causes):
                self.drop(tok, f"{c.rule}: a disaster or an accident, not anyone's force")
                return True
        if c.targets:
            return False
        for x in tok.children:   # "fired the minister on Monday" is no "fire on": the phrase is a time
            if x.dep_ == "prep" and f"_{x.lower_}." in c.rule and \
                    any(p.dep_ == "pobj" and p.ent_type_ in {"DATE", "TIME"} for p in x.children):
                self.drop(tok, f"{c.rule}: its {x.lower_!r} phrase is a time, not a target")
                return True
        if tok.lemma_.lower() in _COMBAT and any(x.dep_ == "xcomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in tok.children):
            self.drop(tok, f"{c.rule}: fighting to do something is striving for it")   # "battled to contain"
            return True
        heads = [tok] + [x for x in tok.children if x.dep_ == "dobj" and self.o.lemma(x) in _COGNATE]
        objects = [x for x in tok.children if x.dep_ == "dobj" and self.o.lemma(x) not in _COGNATE]
        objects += [p for h in heads for x in h.children if x.dep_ == "prep" and x.lower_ in {"against", "on", "at"}
                    for p in x.children if p.dep_ == "pobj"]
        if objects and all(self.o.lemma(x) in self.figurative for x in objects):
            self.drop(tok, f"{c.rule}: what it is done to is no actor: a figure of speech")
            return True
        return False

    def _rebutted_content(self, tok, c: Candidate) -> None:
        """ "rejected the allegation that Baloch separatists have bases in Afghanistan": those the claim names are
        what it says, not whom the denial answers (that is the claimant, found by the rebuttal rules)."""
        if c.code != "016" or not c.targets:
            return
        claims = self.rebuttals.claims
        content = {t.i for d in tok.children if d.dep_ == "dobj" and self.o.lemma(d) in claims
                   for x in d.children if x.dep_ in {"acl", "ccomp"} and
                   any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children) for t in x.subtree}
        if content:
            c.targets = [m for m in c.targets if _head(m) not in content]

    def _reference(self, tok, c: Candidate) -> bool:
        """ "resistance workers held in Balochistan prisons", "the crimes with which they are charged": a passive
        participle on a noun with no agent describes the noun's state, not an act anyone is named doing. An
        accusation on the object of a coercive act is its source's ("Georgia expelled four Russian officers
        accused of espionage")."""
        if c.sources or tok.tag_ != "VBN" or tok.dep_ not in {"acl", "relcl"} or \
                tok.head.pos_ not in {"NOUN", "PROPN"} or any(x.dep_ == "agent" for x in tok.children) or \
                tok.dep_ == "relcl" and not any(x.dep_ == "nsubjpass" for x in tok.children):
            return False
        noun = tok.head
        if c.code[:2] == "11" and noun.dep_ in {"dobj", "nsubjpass"}:
            acts = [h for h in self._by_verb.get(noun.head.i, []) if h.sources and h.code[:2] >= "15"]
            if acts:
                c.sources, c.rule = list(acts[0].sources), c.rule + "+accuser"
                return False
        self.drop(tok, f"{c.rule}: a participle describing {noun.text!r}, with no one named doing it")
        return True

    def _domestic(self, tok, c: Candidate) -> None:
        """Sanctions are international, administrative sanctions and seizures domestic (CAMEO 163 vs 172,
        1711); support between armed forces is military cooperation (062)."""
        if not c.sources or not c.targets:
            return
        src, tgt = c.sources[0], c.targets[0]
        same = src.country and tgt.country and src.country == tgt.country
        if c.code == "172" and src.country and tgt.country and not same and \
                tok.lemma_.lower() not in {"bar", "ban"}:   # barring a country's officials is no embargo
            c.code, c.rule = "163", c.rule + "+international"
        elif c.code == "163" and same and tok.lemma_.lower() in {"freeze", "seize", "confiscate"}:
            c.code, c.rule = "1711", c.rule + "+domestic"
        elif c.code == "051" and tok.lemma_.lower() in {"support", "back", "assist", "aid"} and \
                _role(src) in self.armed and _role(tgt) in self.armed:
            c.code, c.rule = "062", c.rule + "+military"

    def _threat_statement(self, c: Candidate) -> None:
        """ "X said it will impose tariffs on Y", "“I will shut the electricity off,” Ford said": a speaker's
        own future coercion or force is a threat (13x), not a reported sanction or attack."""
        speaker = c.attribution
        if speaker is None or c.modality not in {"future", "hypothetical"} or not "15" <= c.code[:2] <= "20":
            return
        if c.sources and (not speaker.country or c.sources[0].country != speaker.country):
            return
        code = self.o.govern("threat", c.code) or "130"
        c.code, c.rule = code, f"threat-statement+{c.rule}"
        c.sources = c.sources or [speaker]
        if not c.targets:   # "If Tariffs are not dropped by Canada, I will increase ...": Canada is threatened
            own = {s.code for s in c.sources}
            c.targets = [m for m in self._condition_actors(self.ix.doc[c.trigger]) if m.code not in own]
        c.modality, c.attribution = "asserted", None

    def _condition_actors(self, v) -> list:
        """The actors of an "if/unless" clause on v or its governor: its subject, or its passive agent."""
        for c in _conditions(v):
            for d in c.children:
                if d.dep_ in {"nsubj", "nsubjpass"} and self.ix.actors(d):
                    return self.ix.actors(d)
                if d.dep_ == "agent":
                    found = [m for p in d.children if p.dep_ == "pobj" for m in self.ix.actors(p)]
                    if found:
                        return found
        return []

    def _condition_demands(self, cands: list[Candidate]) -> None:
        """ "would execute the hostages if the state did not release prisoners", "will cut gas unless Kyiv pays":
        the act a threat's unmet condition names is demanded (10x) of the condition's subject."""
        doc = self.ix.doc
        threats = [h for h in cands if h.code[:2] == "13" and h.sources]
        for d in cands:
            tok = doc[d.trigger]
            mark = next((m.lower_ for m in tok.children if m.dep_ == "mark" and m.lower_ in {"if", "unless"}), None)
            if tok.dep_ != "advcl" or mark is None or (mark == "unless") == d.negated or d.code[:2] == "13":
                continue
            subj = next((x for x in tok.children if x.dep_ == "nsubj"), None)
            targets = self.ix.actors(subj) if subj is not None else []
            threat = next((h for h in threats if tok.head.i in _threatened(doc[h.trigger])), None)
            if threat is None or not targets:
                continue
            own = {s.code for s in threat.sources}
            d.code = self.o.govern("demand", d.code) or "100"
            d.rule, d.negated, d.modality, d.attribution = f"condition-demand+{d.rule}", False, "asserted", None
            d.sources, d.targets = list(threat.sources), [t for t in targets if t.code not in own] or targets
            d.why = "source: the threatener; target: the subject of the threat's condition"

    def _demonstration(self, tok, c: Candidate) -> None:
        """Protesters who gather demonstrate (141); ministers who gather meet (040)."""
        if c.code != "040" or not c.sources or self.o.lemma(tok) not in self.gathering:
            return
        head = self.ix.head_token(c.sources[0])
        if head is not None and head.lemma_.lower() in self.protesters:
            c.code, c.rule = "141", c.rule + "+protest"

    def _unconventional(self, c: Candidate) -> None:
        """Force by an irregular armed group against civilians (or no one named) is unconventional violence:
        CAMEO codes militants' attacks on a train or a hotel 18x, and keeps 19x for fights with armed forces."""
        if c.code == "173" and c.sources and _role(c.sources[0]) in self.irregular and \
                not any(_role(t) in self.armed for t in c.targets):
            c.code, c.rule = "181", c.rule + "+abduction"   # "gunmen seized three engineers": no one is arrested
            return
        if c.code not in _TO_UNCONVENTIONAL and c.code[:2] != "19" and c.code != "145" or not c.sources:
            return
        if c.code == "145" and _role(c.sources[0]) in self.armed:
            c.code, c.rule = "171", c.rule + "+armed"   # soldiers looting shops seize property; no riot
            return
        if _role(c.sources[0]) in {"CVL", "OPP"} and c.code[:2] == "19" and "armed" not in c.sources[0].text.lower():
            c.code, c.rule = "145", c.rule + "+riot"   # protesters attacking a building: a violent protest
            return
        if c.code[:2] == "19" and _role(c.sources[0]) in _SECURITY and c.targets and \
                _role(c.targets[0]) in _DISSENT and c.targets[0].country == c.sources[0].country:
            # "security forces killed at least eight anti-coup demonstrators": a state's force against its own
            # unarmed people is violent repression, not a battle
            c.code, c.rule = "175", c.rule + "+repression"
            return
        if _role(c.sources[0]) not in self.irregular or self.ix.doc[c.trigger].lemma_.lower() in _COMBAT:
            return   # ("rebels fighting the president" is a battle with his forces)
        if c.targets and not any(_role(t) in self.unarmed for t in c.targets) and not (
                all(not t.role and t.code == t.country for t in c.targets) and self._civil_object(c)):
            # ("shooting soldiers and passengers": unarmed victims make it an assault; so does a civilian place
            # whose country is the only target, "attacked a hotel in Mogadishu")
            return
        if c.code in _TO_UNCONVENTIONAL:
            c.code, c.rule = _TO_UNCONVENTIONAL[c.code], c.rule + "+unconventional"

    def _civil_object(self, c: Candidate) -> bool:
        """Is the verb's object a place where civilians are ("a market", "a school bus")?"""
        return any(x.dep_ == "dobj" and self.o.lemma(x) in self.civil for x in self.ix.doc[c.trigger].children)

    def _state_bombing(self, tok, c: Candidate) -> None:
        """A bombing or explosion (183x) by a state or its regular forces is conventional military force: aerial
        (195) when aircraft drop it, else 190 ("Russian warplanes bombed Poti", "the army detonated ...")."""
        if not c.code.startswith("183") or not c.sources:
            return
        src = c.sources[0]
        if _role(src) not in _SECURITY and not (src.country and src.code == src.country):
            return
        words = {w.lower().strip(".,") for w in src.text.split()} | {x.lemma_.lower() for x in tok.subtree}
        c.code = "195" if words & _AERIAL else "190"
        c.rule += "+state"

    def _mass(self, tok, c: Candidate) -> None:
        if c.code not in _MASS or tok.lemma_.lower() not in self.mass_verbs:
            return
        for d in tok.children:
            if d.dep_ in {"dobj", "nsubjpass"} and (d.lower_ in self.mass or any(
                    x.lower_ in self.mass for x in d.subtree if x.i < d.i or x.head.i == d.i and x.dep_ == "prep")):
                c.code, c.rule = _MASS[c.code], c.rule + "+mass"
                return

    def venue(self, c: Candidate) -> list[Candidate]:
        """A meeting in the target's country is a visit and its hosting; on third ground, a meeting there."""
        if c.code not in _MEETINGS or not c.sources or len(c.targets) != 1:
            return [c]
        if len(c.sources) > 1:   # "He and other U.S. officials held talks with X in Riyadh": each one met X there
            return [e for src in c.sources for e in self.venue(replace(c, sources=[src]))]
        place = self._venue_country(self.ix.doc[c.trigger])
        src, tgt = c.sources[0], c.targets[0]
        if place is None or not src.country or not tgt.country:
            return [c]
        if place == tgt.country:
            codes = ("042", "043")
        elif place == src.country:
            codes = ("043", "042")
        else:
            codes = ("044", "044")
        out = [Candidate(c.trigger, codes[0], c.rule + "+venue", [src], [tgt], c.negated, c.modality,
                         c.attribution, c.confidence, c.clause_verb, c.note, c.why + "; venue " + place)]
        if not c.rule.endswith("reciprocal"):
            out.append(Candidate(c.trigger, codes[1], c.rule + "+venue", [tgt], [src], c.negated, c.modality,
                                 c.attribution, c.confidence, c.clause_verb, c.note, c.why + "; venue " + place))
        elif codes[0] != codes[1]:
            out[0].code = codes[0]
        return out

    def _venue_country(self, tok):
        """The country of the place an "in X" phrase on the trigger (or its clause verb) names."""
        heads = [tok, tok.head]
        heads += [o for c in tok.children if c.dep_ == "dobj" for o in (c,)]   # "held talks in Riyadh"
        heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.children if p.dep_ == "pobj"]                   # "met with X in Sukhumi"
        for head in heads:
            for c in head.children:
                if c.dep_ != "prep" or c.lower_ not in {"in", "at"}:
                    continue
                for p in c.subtree:
                    m = self.ix.mention(p.i)
                    if m is not None and m.category in STATE_CATEGORIES and m.country:
                        return m.country
                    if p.i in self.ix.place_tokens:
                        return self.ix.place_tokens[p.i]
        return None


def _governors(v) -> list:
    """v and the verbs it is the infinitive or gerund of ("will not hesitate to shut", "won't shy away from")."""
    out = [v]
    for _ in range(3):
        if v.dep_ == "xcomp":
            v = v.head
        elif v.dep_ == "pcomp" and v.head.dep_ == "prep":
            v = v.head.head.head if v.head.head.dep_ == "advmod" else v.head.head   # "shy away from"
        else:
            break
        out.append(v)
    return out


def _conditions(v) -> list:
    """The "if/unless" clauses on v or on a verb it is the infinitive of."""
    return [c for g in _governors(v) for c in g.children if c.dep_ == "advcl" and
            any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)]


def _threatened(v) -> set:
    """The verbs whose condition a threat on v names: v, its governors and the clause it governs."""
    out = {g.i for g in _governors(v)}
    out.update(c.i for c in v.children if c.dep_ in {"ccomp", "xcomp"})
    return out


def _role(m) -> str:
    """The role part of an actor code (RUSMIL -> MIL, INS -> INS)."""
    if m.role:
        return m.role[:3]
    code = m.code or ""
    return code[3:6] if m.country and code.startswith(m.country) else code[:3]


def _head(m) -> int:
    """The token index of a mention's head word."""
    return m.head if m.head >= 0 else (m.tokens[-1] if m.tokens else -1)


def doc_text(c: Candidate, ix: ActorIndex) -> str:
    """The trigger word of a candidate."""
    return ix.doc[c.trigger].text


def _restates(h: Candidate, c: Candidate) -> bool:
    """Are two candidates one act: the same code between the same actors?"""
    return h.code == c.code and _same(h.sources, c.sources) and _same(h.targets, c.targets)


def _same(a: list, b: list) -> bool:
    """Do two candidates name the same actors (the shared object of "shot and killed")?"""
    return {m.code for m in a} == {m.code for m in b}
