"""Pattern choice and the source and target of a verb event.

A pattern says where its target is: the direct object ("attacked Georgia"), a preposition ("met with",
"fired at", "called on"), or nowhere, when the object is a theme ("signed an agreement on trade with
Turkey": the agreement is the theme, Turkey the target). Without one, prepositions that name targets for
the event's root, the theme's partners ("ties with Georgia") and, for odd word orders, the nearest actor
after the verb are tried in turn; force used in another country ("an offensive in eastern Ukraine") is aimed at it.
What the source's own possessive names ("thanked his supporters") is no target, except of force and repression.
A source whose country was only guessed from the context is of the place it acts in, where its clause names one
(protesters outside an embassy, gunmen who seize foreigners).
"""

from __future__ import annotations

from typing import Optional

from .arguments import ActorIndex, Args
from .lastresort import VICTIM_PREPS, LastResort, guessed_people
from .ontology import Ontology, VerbPattern
from .pronouns import STATE_CATEGORIES

__all__ = ["Roles", "theme_keys"]

# roots whose theme's "against/on/to" phrase names the theme's victim, not the target:
# "condemns violence against civilians" is not a condemnation of the civilians
_VICTIM_ROOTS = {"01", "05", "11", "12"}
# roots that answer someone else's words or acts: "its offer" in "Tehran rejected its offer" is not Tehran's
_OTHERS = ("11", "12", "054", "163", "171")
_FORCE = {"18", "19", "20"}
# roots whose acts can be aimed at one's own people ("the junta arrested its critics", "shelled its own towns")
_AGAINST_OWN = _FORCE | {"17"}
_HOSTILE = _AGAINST_OWN | {"13"}
_INTERNATIONAL = ("163", "15")
_DEPLOYMENT = {"15", "08"}
# the places a force posture is posted at or sent to: their country is the one it faces
_POSTURE_PREPS = {"near", "along", "on", "at", "across", "off", "to", "into", "toward", "towards", "outside"}
# roots whose theme can name what it is aimed at: force, and the easing or imposing of measures
_AIMED = {"08", "15", "16", "18", "19", "20"}
# objects that only count the people of the clause the participle hangs on ("singled out X, shooting many")
_COUNTERS = {"many", "some", "several", "most", "dozens", "scores", "hundreds", "all", "few"}
# roots of words and feelings whose theme's "over/about/at" phrase is their topic ("concern over", "complaint about")
_TOPICAL = {"01", "11"}
_STATE = {"", "GOV"}   # the code tails of a state and its government


def theme_keys(tok) -> list[str]:
    """The two-word names of a noun: all its modifiers + head, then each modifier + head, nearest first.

    "a nuclear device", "not guilty" (a negation is part of the theme), "its sixth nuclear test" (the
    ordinal does not hide "nuclear test"), "ethnic cleansing".
    """
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "neg"}]
    if not mods:
        return []
    lemma = tok.lemma_.lower()
    keys = [" ".join(c.lemma_.lower() for c in mods) + f" {lemma}"]
    for c in sorted(mods, key=lambda c: -c.i):
        key = f"{c.lemma_.lower()} {lemma}"
        if key not in keys:
            keys.append(key)
    return keys


class Roles(LastResort):
    """Chooses verb patterns and finds the source and target actors of a verb event."""

    def __init__(self, ontology: Ontology, ix: ActorIndex) -> None:
        self.o = ontology
        self.ix = ix
        self.target_preps = {}
        for prep, roots in ontology.word_class("targetprep").items():
            self.target_preps[prep] = None if roots == "*" else set(roots.split(","))
        self.notarget = set(ontology.word_class("notarget"))
        self.relation = set(ontology.word_class("relation"))
        self.patient_source = set(ontology.word_class("patientsource"))
        self.vehicles = set(ontology.word_class("vehicle"))
        self.irregular = set(ontology.word_class("irregular"))
        self.patient_themes = set(ontology.word_class("patienttheme"))
        self.instrumental = set(ontology.word_class("instrumental"))
        self.gatherings = set(ontology.word_class("gathering"))

    # --- patterns --------------------------------------------------------------------------------

    def pick(self, v, a: Args) -> Optional[VerbPattern]:
        """The most specific pattern of the verb's lemma that its arguments fit."""
        rows = self.o.verbs.get(self.o.lemma(v), [])
        best, best_score = None, -1
        dobj = a.dobj if a.dobj is not None else a.nsubjpass
        if dobj is None and a.oprds:
            dobj = a.oprds[0]    # "pleaded guilty": the predicate is the theme
        for p in rows:
            theme_tok = dobj
            if p.word2:
                if a.prt == p.word2:
                    pass
                elif p.word2 in a.preps:
                    theme_tok = a.preps[p.word2] if p.objects else dobj
                else:
                    continue
            if p.objects is None:
                if dobj is None and not a.preps.get(p.prep or ""):
                    continue
            elif p.objects:
                if theme_tok is None or not self.theme_matches(theme_tok, p.objects):
                    continue
            # a compound theme ("a nuclear device") says more than its head ("a device")
            score_bonus = 1 if p.objects and any(k in p.objects for k in theme_keys(theme_tok)) else 0
            has_prep = bool(p.prep and self.prep_object(v, theme_tok, p.prep) is not None)
            if p.prep and not has_prep and p.objects is not None and not p.objects:
                continue
            # a target preposition the verb lacks counts against its row ("conducted drills" is no 062 "with")
            score = p.specificity + (2 if has_prep else -2 if p.prep else 0) + score_bonus
            if score > best_score:
                best, best_score = p, score
        return best

    @staticmethod
    def theme_matches(tok, objects: frozenset) -> bool:
        """Does the object's head (or compound + head) name one of the pattern's themes?"""
        lemma = tok.lemma_.lower()
        if lemma in objects or tok.lower_ in objects:
            return True
        return any(k in objects for k in theme_keys(tok))

    @staticmethod
    def prep_object(v, theme, prep: str):
        """The object of a preposition on the verb or on its theme."""
        for head in (v, theme):
            if head is None:
                continue
            for c in head.children:
                # the parser labels "to" of a recipient "dative" ("provided a loan to Kenya")
                if c.dep_ in {"prep", "dative"} and c.lower_ == prep:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return p
        return None

    # --- roles -----------------------------------------------------------------------------------

    def roles(self, v, a: Args, pattern: Optional[VerbPattern], theme, code: str) -> tuple[list, list, str]:
        """Return (sources, targets, how the target was found); the first step that finds an actor other
        than the source wins."""
        ix = self.ix
        sources = a.agent if a.passive else a.subj
        if a.passive and not sources:
            by = a.preps.get("by")
            sources = ix.actors(by) if by is not None else []
        if a.passive and not sources and code[:2] in _FORCE:
            sources = self.means_agent(v)
        if a.passive and not sources and code[:2] in self.patient_source:
            posted = ix.actors(a.nsubjpass)
            # "troops were sent to the Lebanese border": the place they face is the target
            faced = [m for m in self.posture_place((v,)) if m.country not in {x.country for x in posted}] \
                if code[:2] == "15" else []
            return posted, faced, "where the force is posted" if faced else "none (the passive subject is the actor)"
        own = {s.code for s in sources}
        # a state's unnamed people are its own; an armed group's victims are nobody's in particular
        ix.source_country = next((s.country for s in sources if s.country and s.category != "group" and
                                  (s.role or "")[:3] not in self.irregular), None)
        ix.own_countries = frozenset(s.country for s in sources if s.country)
        if code.startswith(_OTHERS) and self.o.lemma(v) not in self.instrumental:
            # a pronoun among the target's words does not stand for the source ("Tehran rejected its offer")
            ix.exclude, ix.exclude_countries = frozenset(own), frozenset(s.country for s in sources if s.country)
        try:
            # sanctions and embargoes are on another country ("tariffs on exports to the U.S." by the U.S. are
            # on whoever exports), and so is a force posture ("sent troops to Mexico's border" by Mexico)
            foreign = {s.country for s in sources if s.country} if code.startswith(_INTERNATIONAL) else set()
            # the people a state deports are foreigners, of no country their place or the source names
            # ("ICE deported 177 detainees from Guantanamo Bay", "deported 40 people to Turkey")
            expelled = code[:3] == "174"
            owned = self._owned(v, sources) if code[:2] not in _AGAINST_OWN else []
            for how, found in self._steps(v, a, pattern, theme, code, own):
                found = [m for m in found if m.code not in own and not (m.country and m.country in foreign)
                         and not (expelled and guessed_people(m)) and m not in owned]
                if found:
                    return self._guessed(v, sources, found, code) or self._crowd(v, a, code), found, how
        finally:
            ix.exclude = ix.exclude_countries = frozenset()
            ix.source_country = None
            ix.own_countries = frozenset()
        sources = self._guessed(v, sources, [], code) or self._crowd(v, a, code)
        if sources and code[:2] != "04":
            return (sources, *self.clause_target(v, a, sources, code))
        return sources, [], ""

    def _owned(self, v, sources: list) -> list:
        """The actors a possessive of the source names in the verb's clause: its own people and things are no
        target of its acts ("thanked his supporters", "stopped implementing its commitments")."""
        countries = {s.country for s in sources if s.country}
        codes = {s.code for s in sources}
        # a state and its government are one owner ("Iran ... its commitments"); its people and groups are not
        # ("protesters demanded the minister's resignation", "accusing the government of robbing its resources")
        states = {s.country for s in sources if s.country and s.code[3:] in _STATE}

        def own(o) -> bool:
            return o.code in codes or o.country in states and o.code[3:] in _STATE

        out: list = []
        for t in v.subtree if countries else ():
            for c in t.children:
                # (a pronoun resolves past the source where the root answers another: "rejected its offer")
                if c.dep_ == "poss" and any(own(o) for o in self.ix.actors(c)):
                    out.extend(m for m in self.ix.actors(t) if m.country in countries)
        return out

    def _guessed(self, v, sources: list, targets: list, code: str) -> list:
        """A source whose country the actor stage guessed from the context: protesters are the people of the
        place they protest in ("rallied outside the Chinese embassy in Manila"); unnamed gunmen who attack
        people of the guessed country are of the place they act in, else of no known country ("kidnapped a
        French journalist in northern Mali": the victim's nationality is not the kidnappers')."""
        s = sources[0] if len(sources) == 1 else None
        head = self.ix.head_token(s) if s is not None else None
        if head is None or s.category != "group" or "+context:" not in s.rule:
            return sources
        role = (s.role or "")[:3]
        place = self.ix.clause_country(v, arrival=code[:2] == "14" and role == "CVL")
        if code[:2] == "14" and role == "CVL" or code[:2] in _HOSTILE and role in {"UAF", "INS"} and \
                s.country in {t.country for t in targets}:
            if place and place != s.country:
                return [self.ix.located(head, place, s.role)]
        return sources

    def _crowd(self, v, a: Args, code: str) -> list:
        """ "Tens of thousands protested in Bangkok": a protesting crowd is the people of its place."""
        crowd = a.subj_tok if a.subj_tok is not None else v.head if v.dep_ == "acl" else None
        found = self.ix.crowd(crowd) if code[:2] == "14" and crowd is not None else None
        return [found] if found is not None else []

    def _steps(self, v, a: Args, pattern, theme, code: str, own: set):
        ix = self.ix
        if pattern is not None and pattern.objects is None:
            if a.passive:
                yield "passive subject", ix.actors(a.nsubjpass, places=True)
                yield self._partners_how(a.nsubjpass), self.partners(a.nsubjpass)
            elif a.dobj is not None:
                yield "object", a.dobj_actors or ix.actors(a.dobj, places=True) or self.partners(a.dobj)
        if pattern is not None and pattern.prep:
            tok = self.prep_object(v, theme, pattern.prep)
            if tok is not None:
                yield f"pattern preposition {pattern.prep!r}", ix.actors(tok, places=True)
                if tok.lemma_.lower() not in self.o.nouns:   # "pressure from X", not "the shelling of X"
                    yield f"the owner of the {pattern.prep!r} object", self.of_actors(tok, True)
        if pattern is not None and pattern.objects and theme is a.dobj:
            # "dispersed the demonstrators"; but not "withdrew its troops": one's own forces are the means
            own_countries = {x.country for x in (a.agent if a.passive else a.subj) if x.country}
            # ("sent troops into the republic": one's own army sent anywhere is the means too)
            yield "the object, an actor itself", [m for m in a.dobj_actors if not (
                (code[:2] in _DEPLOYMENT or (m.role or "")[:3] == "MIL") and m.country in own_countries)]
        if pattern is not None and pattern.word2:
            yield "object", a.dobj_actors
            if pattern.word2 in a.preps:   # "withdrew from ECOWAS"
                yield f"the object of {pattern.word2!r}", ix.actors(a.preps[pattern.word2], places=True)
        if a.dobj is not None and a.dobj.lower_ in _COUNTERS and not a.dobj_actors and \
                v.dep_ in {"advcl", "conj"} and v.tag_ == "VBG":
            # "singled out soldiers and passengers, shooting many": the many are of the head clause's object
            yield "the head clause's object", [m for c in v.head.children if c.dep_ == "dobj"
                                               for m in self.ix.actors(c)]
        yield "the recipient (indirect object)", a.dative
        yield self.prep_targets(v, theme, code, own)[::-1]
        if theme is not None and code[:2] in _AIMED:
            # "drills encircling Taiwan", "an operation targeting al-Shabab", "lifted orders blocking the
            # appointment of the minister": what the theme is aimed at
            aims = [c for c in theme.children if c.dep_ == "acl" and c.tag_ == "VBG"]
            if theme.dep_ == "nsubj" and theme.head.tag_ == "VBG" and theme.head.dep_ == "ccomp":
                aims.append(theme.head)   # the parser's "drills [subject] encircling Taiwan"
            if code[:2] in _FORCE:
                # "an airstrike that killed 20 fighters", "an operation, which resulted in the deaths of 16
                # militants": whom the force hit
                aims += [c for c in theme.children if c.dep_ == "relcl"]
            for c in aims:
                for o in c.children:
                    if o.dep_ == "dobj":
                        yield "what the theme is aimed at", ix.actors(o, places=True) or (
                            self.of_actors(o, True) if code[:2] in {"08", "16"} else [])
                    if o.dep_ == "prep" and o.lower_ in {"in", "to"} and c.dep_ == "relcl" and \
                            c.lemma_.lower() in {"result", "lead"}:
                        yield "whom the theme hit", [m for p in o.children if p.dep_ == "pobj"
                                                     for m in self.of_actors(p, True)]
        if theme is not None and theme.lemma_.lower() in self.vehicles:
            # "ambushed a bus transporting a paramilitary force": the people on board
            for c in theme.children:
                if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in {"carry", "transport", "ferry"}:
                    yield "the people the vehicle carries", [m for o in c.children if o.dep_ == "dobj"
                                                            for m in ix.actors(o)]
        if theme is not None:
            yield self._partners_how(theme), self.partners(theme)
            if code[:2] != "04" or theme.lemma_.lower() in self.gatherings:
                # (what is discussed is a topic: "discussed China's role" is no consultation with China)
                yield "the theme's owner", self.of_actors(theme, code[:2] in _VICTIM_ROOTS)
            if code[:2] in _TOPICAL:
                # "voiced concern over the Russian troop buildup": a worry or complaint is about whom its topic names
                yield "what the theme is about", [m for c in theme.children if c.dep_ == "prep" and
                                                  c.lower_ in {"over", "about", "at"}
                                                  for p in c.children if p.dep_ == "pobj" for m in ix.actors(p)]
            if code[:2] in _AIMED:
                # "lifted its ban on Australian beef": past the source's own possessive, what the measure is on
                yield "what the theme is on", [m for c in theme.children if c.dep_ == "prep" and
                                               c.lower_ in {"on", "upon", "against"}
                                               for p in c.children if p.dep_ == "pobj"
                                               for m in self.ix.actors(p, places=True)]
        for head in (v, a.dobj, a.dobj_raw):   # "massed troops along its border with Ukraine"
            for c in head.children if head is not None else ():
                if c.dep_ == "prep" and c.lower_ in {"along", "near", "on", "at", "across"}:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            yield "the partner of a relation noun", self.partners(p)
        if code[:2] == "15":
            yield "where the force is posted", self.posture_place((v, a.dobj, a.dobj_raw))
        for c in v.children:   # "rejected the accusations while responding to the statement by the Taliban chief"
            if c.dep_ == "advcl" and c.lemma_.lower() in {"respond", "react", "reply"}:
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "to":
                        for o in p.children:
                            if o.dep_ == "pobj":
                                yield "the one responded to", ix.actors(o) or self.of_actors(o, True)
        if (code[:2] in _FORCE or code[:2] == "13" and self._forceful(theme)) and not a.passive:
            # "launched an offensive in eastern Ukraine": force used in another country is aimed at it (and
            # so is force threatened there: "threatened a new operation in northern Syria")
            yield "the country force was used in", self._force_place(v, theme)
        if (pattern is None or pattern.objects is None or a.dobj is None) and not a.passive:
            yield "nearest actor after the verb", self.fallback(v, own, code[:2] in _VICTIM_ROOTS,
                                                                 expulsion=code[:3] == "174")

    def posture_place(self, heads) -> list:
        """Whom a show of force faces: the country its place phrase names ("deployed a carrier near Vietnam",
        "were sent to the Lebanese border", "massed along the border with Ukraine")."""
        for head in heads:
            for c in head.children if head is not None else ():
                if c.dep_ == "prep" and c.lower_ in _POSTURE_PREPS:
                    for p in c.children:
                        found = self.ix.actors(p, places=True) or self.partners(p) if p.dep_ == "pobj" else []
                        if found:
                            return found
        return []

    def _forceful(self, theme) -> bool:
        """Is the theme a noun of force ("an operation", "an offensive")?"""
        pattern = self.o.nouns.get(theme.lemma_.lower()) if theme is not None else None
        return pattern is not None and pattern.code[:2] in _FORCE

    def _force_place(self, v, theme) -> list:
        """The country an "in/inside/across" phrase of the verb or its theme names, other than the source's."""
        for head in (v, theme):
            for c in head.children if head is not None else ():
                if c.dep_ != "prep" or c.lower_ not in {"in", "inside", "across"}:
                    continue
                for p in c.children:
                    m = self.ix.mention(p.i) if p.dep_ == "pobj" else None
                    if m is not None and m.category not in STATE_CATEGORIES:
                        continue
                    found = [m] if m is not None else [x for x in [self.ix.derived(p, True)] if x is not None]
                    if found and found[0].country and found[0].country not in self.ix.own_countries:
                        return found
        return []

    def prep_targets(self, v, theme, code: str, own: set) -> tuple[list, str]:
        """Targets in prepositions that name them for this root ("with", "against", "on" ...)."""
        root = code[:2]
        for head in (v, theme):
            if head is None:
                continue
            for c in head.children:
                if c.dep_ != "prep" or head is theme and root in _VICTIM_ROOTS and c.lower_ in VICTIM_PREPS:
                    continue   # "condemns violence against civilians" condemns no civilians
                roots = self.target_preps.get(c.lower_, ())
                if roots is not None and root not in roots:
                    continue
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = [m for m in self.ix.actors(p, places=True) if m.code not in own]
                        if found:
                            return found, f"preposition {c.lower_!r}"
        return [], ""

    def means_agent(self, v) -> list:
        """Who wielded the means of a passive with no agent: "were killed in the attack and the ensuing battle
        with militants", "in an attack by al-Shabab", "in Turkey's shelling of Kobani", "in an Israeli airstrike"
        (the means' "by/with/from" phrase, possessive or country word)."""
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ not in {"in", "during", "amid"}:
                continue
            for p in c.children:
                for noun in (p, *p.conjuncts) if p.dep_ == "pobj" else ():
                    pattern = self.o.nouns.get(noun.lemma_.lower())
                    if pattern is None or pattern.code[:2] not in _FORCE:
                        continue
                    for b in noun.children:
                        if b.dep_ == "agent" or b.dep_ == "prep" and b.lower_ in {"by", "with", "from"}:
                            found = [m for x in b.children if x.dep_ == "pobj" for m in self.ix.actors(x)]
                            if found:
                                return found
                        if b.dep_ == "poss" and self.ix.actors(b):
                            return self.ix.actors(b)
                    own = self.ix.derived(noun)
                    if own is not None:
                        return [own]
        return []

    @staticmethod
    def _partners_how(tok) -> str:
        between = any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)
        return "partners between them" if between else "the relation's partner"

    def partners(self, tok) -> list:
        """The partners a relation noun names: "ties with Georgia", "relations between A and B"."""
        if tok.lemma_.lower() not in self.relation:
            return []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"with", "between", "to"}:
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.ix.actors(p)
        return []

    def of_actors(self, tok, own_only: bool = False) -> list:
        """The actor a theme belongs to or is about: "the independence of Abkhazia", "Georgia's territory",
        "the allegations made by Pakistan"; with `own_only`, only whose it is (of, possessive, by)."""
        ix = self.ix
        if tok.lemma_.lower() in self.patient_themes:
            return []   # "called for Lai's release": Lai is released, the appeal is to whoever holds him
        preps = {"of", "by", "from"} if own_only else {"of", "by", "from", "with", "to", "against", "on"}
        if own_only and tok.lemma_.lower() in self.o.nouns:
            # an event noun's doer is its owner, not the one its "of" names ("criticized the deportation of its
            # citizens by U.S. authorities", "condemned Russia's invasion of Ukraine")
            # (the parser often hangs the "by" on the verb, right after the noun's phrase: "criticized the
            # expulsion of its nationals by Mexican police")
            after = [c for c in tok.head.children if c.i == tok.right_edge.i + 1] if tok.dep_ == "dobj" else []
            for c in [*tok.children, *after]:
                found = [m for p in c.children if p.dep_ == "pobj" for m in ix.actors(p)] \
                    if c.dep_ in {"prep", "agent"} and c.lower_ == "by" else ix.actors(c) if c.dep_ == "poss" else []
                if found:
                    return found
        for c in tok.children:
            if c.dep_ == "acl":
                for ag in c.children:
                    if ag.dep_ == "agent":
                        found = [m for p in ag.children if p.dep_ == "pobj" for m in ix.actors(p)]
                        if found:
                            return found
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = ix.actors(p, places=True)
                        if found:
                            return found
                        if not own_only:
                            found = self.partners(p)   # "an end to a tariff fight between the U.S. and Europe"
                            if found:
                                return found
                        for cc in p.children:
                            # "an offer of vaccines from South Korea": the parser hangs the giver on the "of" noun
                            if cc.dep_ == "prep" and cc.lower_ in {"of", "to", "from", "by"}:
                                for pp in cc.children:
                                    if pp.dep_ == "pobj" and ix.actors(pp):
                                        return ix.actors(pp)
            if c.dep_ == "poss":
                found = ix.actors(c)
                if found:
                    return found
        for c in tok.children:   # "ignored VOA requests", "the EU sharing plan": a name on the theme is its owner
            m = ix.mention(c.i)
            if c.dep_ == "compound" and m is not None and m.category not in {"adjective", "person"}:
                return [m]
        derived = ix.derived(tok, places=True)
        return [derived] if derived is not None else []
