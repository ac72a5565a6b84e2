"""The arguments of a verb (subject, object, prepositions, complements) and the actors its words stand for.

`arguments` reads a verb's dependents through passives, coordination, control and the parser's usual slips
(a subject hung on the auxiliary, an object made the subject of its participle); `ActorIndex` (index.py)
says which actor each word stands for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .index import ActorIndex

__all__ = ["ActorIndex", "Args", "amod_clause", "arguments", "why"]

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_RELATIVE = {"which", "that", "whom", "who"}
_ADVERBIAL = {"time", "day", "week", "month", "year", "moment", "way", "reason", "place", "night", "morning"}
_STATE = {"be", "remain", "stay"}   # verbs of a state: their "in" phrase is what their subject undergoes
_ELLIPTICAL = {"many", "some", "others", "most", "several", "few", "all"}


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
            # "France as well as Germany criticized": the parser makes both nouns subjects of the verb
            first = a.subj if a.subj_tok is not None and _as_well_as(a.subj_tok, c) else []
            a.subj, a.subj_tok, a.subj_how = ix.actors(c) or ix.people(c) or _elliptical(c, v, ix), c, "nsubj"
            joined = first + a.subj + _along_with(c, ix)
            a.subj = [m for i, m in enumerate(joined) if m not in joined[:i]]
            a.pronoun = c.lower_ in ix.words("pronoun") or c.lower_ in ix.words("first")
            if _negated_noun(c, negators):
                a.negated = True
        elif dep == "nsubjpass":
            a.nsubjpass = ix.through(c)
            if _negated_noun(c, negators):
                a.negated = True
        elif dep == "dative" or dep == "dobj" and a.dobj is not None and a.dative_tok is None and a.dobj_actors \
                and _recipient(a.dobj, ix):   # (not "discussed China's role, ... and maritime security")
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
        elif dep == "prep" and c.i == v.i + 1 and a.prt is None and c.lower_ in {"out", "away", "back", "off"} \
                and not any(p.dep_ in {"pobj", "pcomp"} for p in c.children):
            # "pulled out of the deal": the parser read the particle as a preposition governing the next one
            a.prt = c.lower_
            for inner in c.children:
                if inner.dep_ == "prep":
                    for p in inner.children:
                        if p.dep_ in {"pobj", "pcomp"}:
                            a.preps.setdefault(inner.lower_, ix.through(p))
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
    for c in v.children:
        if c.dep_ == "advmod" and c.lower_ in ix.words("particle"):
            # "sent the activist back to prison": the parser hangs the place on the adverb, not on the verb
            for inner in (x for x in c.children if x.dep_ == "prep"):
                obj = next((p for p in inner.children if p.dep_ in {"pobj", "pcomp"}), None)
                if obj is not None:
                    a.preps.setdefault(inner.lower_, ix.through(obj))
    if v.lemma_.lower() in _STATE and a.subj_tok is not None and a.dobj is None and a.nsubjpass is None:
        state = next((a.preps[p] for p in ("in", "under") if p in a.preps), None)
        if state is not None and state.lemma_.lower() in ix.words("patienttheme"):
            # "has been in detention since", "remains under house arrest": no one acts; the subject undergoes
            # the state as the object of "held in detention" does (not "is in talks with", where it acts)
            a.dobj_raw, a.dobj, a.dobj_actors = a.subj_tok, ix.through(a.subj_tok), a.subj
            a.subj, a.subj_tok, a.subj_how = [], None, ""
            return a
    if a.subj:
        # "The United States, along with Britain and France, called ...": the parser may hang the companions
        # on the verb rather than on the subject (only before the verb: "sanctioned Russia along with Belarus"
        # names another target)
        a.subj = a.subj + [m for m in _along_with(v, ix, before=v.i) if m not in a.subj]
    if v.dep_ == "relcl":
        _relative(v, a, ix)
    if a.prt is not None:
        # "pull out of" patterns name the particle and its preposition as one word ("out of")
        for word, obj in list(a.preps.items()):
            if " " not in word:
                a.preps.setdefault(f"{a.prt} {word}", obj)
    if a.dobj is None:
        # "assured visiting Foreign Minister Payne that ...": the parser made the attributive participle a verb
        part = next((c for c in v.children if c.dep_ == "xcomp" and c.lower_ in ix.words("attributive")), None)
        obj = next((c for c in part.children if c.dep_ == "dobj"), None) if part is not None else None
        if obj is not None and obj.left_edge.i == part.i + 1:
            a.dobj, a.dobj_actors = ix.through(obj), ix.actors(obj)
    if a.subj_tok is None and a.nsubjpass is None:
        # "Iran is “flagrantly” defying ...": the parser may hang the subject on the auxiliary
        subj = next((g for c in v.children if c.dep_ in {"aux", "auxpass"} for g in c.children if g.dep_ == "nsubj"),
                    None)
        if subj is not None:
            a.subj, a.subj_tok, a.subj_how = ix.actors(subj), subj, "nsubj"
    if a.dobj is None and a.nsubjpass is None and v.dep_ == "relcl" and a.subj_tok is not None and \
            a.subj_tok.lower_ not in _RELATIVE and not _adverbial_noun(v.head) and \
            not any(c.dep_ in {"ccomp", "xcomp", "dative"} for c in v.children) and \
            v.head.i not in {t.i for t in a.preps.values()}:
        # "a charge New Delhi quickly rejected", "the deal Iran signed with Russia": the noun the clause hangs
        # on is its object (not "the day Iran signed with Russia", "the country he travelled to")
        a.dobj, a.dobj_actors = ix.through(v.head), ix.actors(v.head)
    if a.dobj is None and a.ccomp is not None and a.ccomp.tag_ == "VBG" and \
            not any(c.dep_ in {"aux", "mark"} for c in a.ccomp.children):
        # "conducted the military drills encircling Taiwan": the parser made the object the subject of
        # its participle
        subj = next((c for c in a.ccomp.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subj is not None and subj.i not in ix.by_token:
            a.dobj, a.dobj_actors, a.ccomp = subj, [], None
    if a.dobj is None and a.ccomp is not None and v.lemma_.lower() not in ix.words("speech"):
        # "levied what he said was a nasty tariff": a free relative object names its thing in its own clause
        # (a speech verb's "what" clause is what was said)
        named = _free_relative(v, a.ccomp)
        if named is not None:
            a.dobj_raw, a.dobj, a.dobj_actors, a.ccomp = named, ix.through(named), ix.actors(named), None
    if a.dobj is None and a.nsubjpass is None and not a.preps:
        shared = _shared_object(v)
        if shared is not None:   # "shot and killed three protesters": the first verb shares the second's object
            a.dobj_raw, a.dobj, a.dobj_actors = shared, ix.through(shared), ix.actors(shared)
    if a.dobj is None and a.dative_tok is not None:
        a.dobj, a.dobj_actors, a.dative_tok, a.dative = a.dative_tok, a.dative, None, []
    if v.dep_ == "amod" and a.dobj is None:
        # a participle the parser made a modifier ("have since banned civilians"): the noun is its object and
        # the subject is the clause's
        clause = amod_clause(v)
        if clause is not None:
            a.dobj, a.dobj_actors = ix.through(v.head), ix.actors(v.head)
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                a.subj, a.subj_tok, a.subj_how = ix.actors(subj), subj, "inherited"
            return a
    if v.dep_ == "acl" and v.tag_ == "VBN" and a.nsubjpass is None and not a.subj and a.dobj is None and \
            _verbless_sentence(v):
        # "Nigerian youths protested in Lagos": a sentence with no verb but this one reads it as the main verb
        a.subj, a.subj_tok, a.subj_how = ix.actors(v.head), v.head, "misparsed main verb"
        return a
    if v.dep_ == "acl" and v.tag_ == "VBN" and a.nsubjpass is None and not a.subj:
        a.nsubjpass = v.head   # "officers accused of espionage": the noun is the patient
        return a
    if v.dep_ == "advcl" and v.tag_ == "VBN" and not a.subj and a.nsubjpass is None and a.dobj is None and \
            (a.agent or not any(c.dep_ == "agent" for c in v.children)):   # not "if hit by sanctions"
        patient = [c for c in v.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if patient:   # "If convicted, they face decades in prison", "Arrested in 2019, the activist ...": the
            a.nsubjpass = ix.through(patient[0])   # clause's subject underwent it
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


def _verbless_sentence(v) -> bool:
    """Is participle v, right after the noun it hangs on, the only verb of a sentence the parser rooted in
    that noun (a past tense misread as a participle)?"""
    noun = v.head
    if noun.dep_ != "ROOT" or noun.pos_ not in {"NOUN", "PROPN"} or noun.tag_ not in {"NNS", "NNPS"} or \
            any(noun.i < c.i < v.i for c in noun.children):
        return False
    return not any(c.dep_ == "agent" for c in v.children) and \
        not any(t.pos_ in {"VERB", "AUX"} and t.i != v.i for t in noun.subtree if t.dep_ in {"relcl", "ROOT", "conj"})


def amod_clause(v):
    """The clause a participle the parser made a modifier stands in: "have since banned civilians" (after an
    auxiliary), "burned their houses and looted shops" (after a coordinated object). Returns the verb or
    auxiliary whose subject the participle shares, or None when v is a true modifier."""
    if v.pos_ != "VERB" or v.dep_ != "amod" or v.tag_ not in {"VBN", "VBD"} or v.head.i != v.i + 1:
        return None
    doc = v.doc
    for j in range(v.i - 1, max(v.sent.start, v.i - 3) - 1, -1):
        if doc[j].lower_ in {"have", "has", "had"}:
            return doc[j]
        if doc[j].pos_ in {"NOUN", "PROPN", "PRON", "PUNCT"}:
            break
    noun = v.head
    if doc[v.i - 1].lower_ == "and" and noun.dep_ == "conj" and noun.head.dep_ == "dobj":
        return noun.head.head
    return None


def _shared_object(v):
    """The object of the verb coordinated right after v ("kidnapped and killed two aid workers"), or None."""
    doc = v.doc
    # the parser may hang the second verb on the first's preposition or clause ("by first imposing and then
    # delaying for a month a 25% tariff", "responded by first arresting and then deporting dozens"); a
    # conjunct never crosses a sentence, so no `v.sent` (which scans the Doc) is needed to bound the search
    heads = {v.i} | ({v.head.i, v.head.head.i} if v.dep_ in {"pcomp", "pobj"} else set())
    nxt = next((doc[j] for j in range(v.i + 1, min(v.i + 4, len(doc)))
                if doc[j].dep_ == "conj" and doc[j].pos_ == "VERB" and doc[j].head.i in heads), None)
    if nxt is None or any(doc[j].dep_ not in {"cc", "advmod"} for j in range(v.i + 1, nxt.i)):
        return None
    return next((c for c in nxt.children if c.dep_ == "dobj"), None)


def _relative(v, a: Args, ix: ActorIndex) -> None:
    """A relative clause's pronoun stands for the noun the clause hangs on: "the deal that Iran signed", "the
    treaty from which Iran withdrew"; a preposition left with no object governs that noun ("the JCPOA, which
    the administration pulled out of", "the country he travelled to"), and the parser may then have made the
    pronoun the verb's object."""
    if _adverbial_noun(v.head):
        return   # "..., in February, which he described as": the pronoun stands for a clause, not the date
    antecedent = ix.through(v.head)
    for word, obj in list(a.preps.items()):
        if obj.lower_ in _RELATIVE and obj.i < v.i:
            a.preps[word] = antecedent
    preps = [c for c in v.children if c.dep_ == "prep" and c.i > v.i]
    preps += [g for c in preps if c.lower_ == a.prt for g in c.children if g.dep_ == "prep"]
    stranded = [c for c in preps if not any(p.dep_ in {"pcomp", "prep"} or p.dep_ == "pobj" and p.i > c.i
                                            for p in c.children)]
    relative_obj = a.dobj is not None and a.dobj.lower_ in _RELATIVE and a.dobj.i < v.i
    if stranded:
        a.preps[stranded[-1].lower_] = antecedent
        if relative_obj:
            a.dobj, a.dobj_actors, a.dobj_raw = None, [], None
    elif relative_obj:
        a.dobj, a.dobj_actors, a.dobj_raw = antecedent, ix.actors(v.head), v.head


def _free_relative(v, clause):
    """The noun a free relative right after v names ("what he said was a tariff", "what it called sanctions",
    "what amounted to a blockade"), or None."""
    if clause.left_edge.i != v.i + 1 or clause.left_edge.lower_ != "what":
        return None
    tok = clause
    for _ in range(3):
        named = next((c for c in tok.children if c.dep_ in {"attr", "dobj", "oprd"} and c.lower_ != "what"
                      and c.pos_ in {"NOUN", "PROPN"}), None)
        if named is None:
            named = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "as"}
                          for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        if named is not None:
            return named
        tok = next((c for c in tok.children if c.dep_ in {"ccomp", "xcomp"}), None)
        if tok is None:
            return None
    return None


def _adverbial_noun(tok) -> bool:
    """A noun a relative clause modifies as an adverb would ("the day they met", "the way it was done")."""
    return tok.ent_type_ in {"DATE", "TIME"} or tok.lemma_.lower() in _ADVERBIAL


def _recipient(tok, ix: ActorIndex) -> bool:
    """Can the first of two objects be a recipient: a name, or a body or person ("the U.N. agency")?"""
    m = ix.mention(tok.i)
    return tok.pos_ == "PROPN" or m is not None and m.category not in {"state", "capital", "territory", "adjective"}


def _along_with(tok, ix: ActorIndex, before: Optional[int] = None) -> list:
    """ "The United States, along with Britain and France, called ...": the companions act too."""
    out = []
    for c in tok.children:
        if c.dep_ != "prep" or before is not None and c.i > before:
            continue
        if c.lower_ in {"along", "together"}:
            withs = [w for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
        else:   # "France, together with Germany,": the adverb may hang on the "with" instead
            withs = [c] if c.lower_ == "with" and any(
                w.dep_ == "advmod" and w.lower_ in {"along", "together"} for w in c.children) else []
        out.extend(m for w in withs for p in w.children if p.dep_ == "pobj" for m in ix.actors(p))
    return out


def _as_well_as(first, second) -> bool:
    """Are two subjects of one verb joined by "as well as" ("France as well as Germany")?"""
    start = second.left_edge.i
    return first.i < start and [t.lower_ for t in second.doc[max(0, start - 3):start]] == ["as", "well", "as"]


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
        if tok is not v and tok.pos_ == "VERB" and _misread_name(tok, ix):
            return [ix.mention(tok.i)]   # "Trump at first imposed ..., then exempted": the name read as a verb
        if head.i == tok.i:
            break
        if dep in {"pcomp", "pobj"} and tok.pos_ == "VERB" and head.dep_ == "prep" and \
                head.head.pos_ in {"VERB", "AUX"}:
            # "responded by destroying", "was accused of aiding": the clause verb's subject (or patient)
            clause = head.head
            # "accused Baku of violating the truce and called on Moscow": a finite verb the parser conjoined to the
            # charge's gerund is the clause verb's second act, done by its subject, not by the one charged
            second = tok.i != v.i and v.dep_ == "conj" and v.head.i == tok.i and tok.tag_ == "VBG" and \
                v.tag_ in {"VBD", "VBZ", "VBP"}
            obj = [c for c in clause.children if c.dep_ == "dobj"] if head.lower_ in {"of", "for"} and \
                not second else []
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
        if dep == "conj" and head.dep_ == "ccomp" and head.lemma_.lower() == "be" and \
                not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            # "X determined that the detention is arbitrary and called for his release": the parser hung
            # X's second act on the reported copula
            subj = [c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return ix.actors(subj[0]) if subj else []
        if dep == "xcomp" and head.lemma_.lower() not in control and tok.i >= 2 and \
                any(c.dep_ == "nsubjpass" for c in head.children) and \
                tok.doc[tok.i - 1].lower_ == "to" and ix.mention(tok.i - 2) is not None:
            # "were angered by a Turkish court ruling to imprison ...": the parser hung the noun's infinitive on
            # the passive verb; the actor just before it is its subject
            return [ix.mention(tok.i - 2)]
        if dep in {"xcomp", "advcl"} and _infinitive(tok):
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            if agent is not None and agent.right_edge.i + 1 == tok.left_edge.i:
                # "irritated by a Pakistani court ruling on Monday to keep detaining X": the parser hung the
                # agent noun's infinitive on the passive verb; the agent acts
                found = [m for p in agent.children if p.dep_ == "pobj" for m in ix.actors(p)]
                if found:
                    return found
        if dep in {"conj", "xcomp", "advcl"} or dep == "dep" and tok.pos_ == head.pos_ == "VERB":
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
        if dep == "acl" and _infinitive(tok) and head.dep_ == "pobj" and head.head.dep_ == "prep" and \
                head.head.head.pos_ in {"VERB", "AUX"} and not ix.actors(head):
            # "(Modi is expected to visit Japan,) in a bid to deepen ties": a purpose is the clause subject's
            subj = [c for c in head.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return ix.actors(subj[0]) if subj else []
        if dep in {"relcl", "acl"}:
            return ix.actors(head) or _copular_antecedent(head, ix)
        break
    return []


def _elliptical(tok, v, ix: ActorIndex) -> list:
    """ "Some commenters praised the deal, but many criticized it": a bare quantifier subject of a
    coordinated clause counts the people of the first clause's subject."""
    if tok.lower_ not in _ELLIPTICAL or any(c.dep_ == "prep" for c in tok.children) or v.dep_ != "conj":
        return []
    subj = [c for c in v.head.children if c.dep_ == "nsubj" and c.tag_ in {"NNS", "NNPS"}]
    return (ix.actors(subj[0]) or ix.people(subj[0])) if subj else []


def _infinitive(v) -> bool:
    """Is v a "to" infinitive?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _misread_name(tok, ix: ActorIndex) -> bool:
    """Is this "verb" the head of a name the actor stage resolved (a subject the tagger read as "trump")?"""
    m = ix.mention(tok.i)
    return m is not None and m.head == tok.i and m.category in {"person", "state", "capital", "institution",
                                                                 "organisation", "group"}


def _copular_antecedent(noun, ix: ActorIndex) -> list:
    """"Canada is among (one of) the countries that banned ...": the copula's subject is the clause's."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"among", "of"}:
        return []
    up = noun.head.head
    if up.dep_ == "attr" and up.lower_ in {"one", "some", "two", "three", "several"}:
        up = up.head   # "is one of the countries"
    if up.lemma_.lower() != "be":
        return []
    subj = [c for c in up.children if c.dep_ == "nsubj"]
    return ix.actors(subj[0]) if subj else []


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


def why(a: Args, how: str) -> str:
    """How an event's roles were found, for `eventwire explain`."""
    src = {"nsubj": "source: subject", "inherited": "source: subject of the governing clause",
           "left": "source: nearest actor on the left (odd word order)"}.get(a.subj_how, "")
    if a.passive:
        src = "source: passive agent" if a.agent else "passive, no agent"
    return "; ".join(x for x in (src, f"target: {how}" if how else "") if x)
