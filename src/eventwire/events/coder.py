"""Code CAMEO events from a dependency parse: verbs and their arguments, nominal triggers, clause context.

For each verb the coder finds its subject, object and prepositional arguments (through passives,
coordination, control and relative clauses), picks the most specific pattern that fits, and turns the
arguments into source and target actors. Clause context then decides negation, modality and attribution.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..records import ActorMention
from .ontology import Ontology, VerbPattern

__all__ = ["Candidate", "EventCoder", "SPEECH_VERBS"]

SPEECH_VERBS = {"say", "tell", "report", "state", "claim", "announce", "add", "note", "stress", "emphasize",
                "emphasise", "insist", "allege", "confirm", "declare", "write", "explain", "argue", "warn",
                "acknowledge", "assert", "suggest", "tweet", "post"}
_FUTURE_GOVERNORS = {"plan": "intended", "intend": "intended", "aim": "intended", "seek": "intended",
                     "want": "intended", "hope": "intended", "prepare": "future", "expect": "future",
                     "try": "intended", "vow": "intended", "promise": "intended", "pledge": "intended",
                     "agree": "future", "decide": "future", "offer": "intended"}
_APPEAL_VERBS = {"ask", "urge", "call", "appeal", "request", "press", "implore", "encourage", "invite"}
_REFUSE_VERBS = {"refuse", "reject", "decline"}
_PESSIMISM_VERBS = {"rely", "expect", "see", "hope", "count", "believe", "look", "anticipate", "foresee"}
_IMPROVE_WORDS = {"improve", "improvement", "progress", "better", "inclination", "normalization", "normalize",
                  "normalise", "rapprochement"}
_RELATION_NOUNS = {"relation", "tie", "relationship", "cooperation", "dialogue", "partnership", "contact",
                   "talk", "trade"}
_RECIPROCAL = {"meet", "agree", "talk", "negotiate", "clash", "fight", "sign", "discuss", "cooperate", "hold",
               "hold talk", "consult", "reconcile"}
_PRONOUNS = {"they", "he", "she", "it", "we", "i", "them", "who", "which"}
_APPEAL_BY_ROOT = {"07": "023", "04": "026", "06": "021", "05": "022", "08": "025", "03": "020", "02": "020"}
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj", "pcomp"}


@dataclass
class Candidate:
    """An event the coder found, before dating and placing."""

    trigger: int                              # token index
    code: str
    rule: str
    sources: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    attribution: Optional[ActorMention] = None
    confidence: float = 0.7
    clause_verb: int = -1
    note: str = ""


class EventCoder:
    """Turns a parsed, actor-resolved Doc into event candidates."""

    def __init__(self, ontology: Ontology) -> None:
        self.o = ontology

    # --- public ----------------------------------------------------------------------------------

    def code(self, doc, mentions: list[ActorMention], country_tokens: Optional[dict] = None,
             explain: Optional[list] = None) -> list[Candidate]:
        """Return the event candidates of the Doc; `explain` collects why candidates were dropped."""
        self.doc = doc
        self.by_token: dict[int, ActorMention] = {}
        for m in mentions:
            for t in m.tokens:
                self.by_token.setdefault(t, m)
            self.by_token[m.head] = m
        self.country_tokens = country_tokens or {}
        self.explain = explain
        self.last_source: Optional[ActorMention] = None
        self.last_person: Optional[ActorMention] = None
        out: list[Candidate] = []
        consumed: set[int] = set()
        for tok in doc:
            m = self.by_token.get(tok.i)
            if m is not None and m.category == "person":
                self.last_person = m
            if tok.pos_ == "VERB" or tok.pos_ == "AUX" and tok.dep_ == "ROOT":
                if tok.i in consumed:
                    continue
                for cand in self._code_verb(tok, consumed):
                    out.append(cand)
                    if cand.sources:
                        self.last_source = cand.sources[0]
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in self.o.nouns and tok.i not in consumed:
                cand = self._code_noun(tok)
                if cand:
                    out.append(cand)
        return [c for c in out if self._keep(c)]

    # --- verbs -----------------------------------------------------------------------------------

    def _code_verb(self, v, consumed: set) -> list[Candidate]:
        lemma = v.lemma_.lower()
        if v.dep_ == "pcomp" and v.head.head.pos_ == "NOUN":
            return []  # "assistance in normalizing the relations": a purpose, not an event
        args = self._arguments(v)
        if lemma in _PESSIMISM_VERBS and args["negated"] and self._mentions_improvement(v):
            for x in v.subtree:
                consumed.add(x.i)
            return [self._pessimism(v, args)]
        if lemma in _REFUSE_VERBS and args["xcomp"] is not None:
            inner = self._code_verb(args["xcomp"], consumed)
            consumed.add(args["xcomp"].i)
            if inner:
                c = inner[0]
                c.code = self.o.refusals.get(c.code[:2], "120")
                c.rule = f"refuse+{c.rule}"
                c.trigger = v.i
                c.sources = args["subj"] or c.sources
                c.negated = args["negated"]
                c.modality = self._modality(v, args)
                return [c]
        if lemma in _APPEAL_VERBS and args["xcomp"] is not None:
            inner = self._code_verb(args["xcomp"], consumed)
            consumed.add(args["xcomp"].i)
            pattern = self._pick(v, args)
            code = _APPEAL_BY_ROOT.get(inner[0].code[:2], "020") if inner else (pattern.code if pattern else "020")
            targets = args["dobj_actors"] or (inner[0].sources if inner else [])
            cand = Candidate(v.i, code, f"appeal+{inner[0].rule if inner else 'xcomp'}", args["subj"], targets,
                             negated=args["negated"], modality=self._modality(v, args), confidence=0.75)
            self._attribute(v, cand)
            return [cand]
        pattern = self._pick(v, args)
        code, rule, theme = None, None, None
        if pattern:
            code, rule = pattern.code, pattern.id
            theme = args["dobj"]
        light = args["dobj"] if args["dobj"] is not None else args["nsubjpass"]
        if lemma in self.o.light_verbs and light is not None and self._noun_code(light) and \
                (pattern is None or not pattern.objects):
            code, rule = self._noun_code(light)
            rule = f"light:{lemma}+{rule}"
            theme = light
            pattern = None
        if code is None:
            return []
        if code in {"010", "01"}:
            self._drop(v, "a plain statement (010) is not coded on its own")
            return []
        sources, targets = self._roles(v, args, pattern, theme)
        cand = Candidate(v.i, code, rule, sources, targets, negated=args["negated"],
                         modality=self._modality(v, args),
                         confidence=0.85 if sources and targets else 0.6, clause_verb=v.i,
                         note="pronoun" if args.get("pronoun") else "")
        self._attribute(v, cand)
        if args["xcomp"] is not None and lemma in {"threaten", "warn"}:
            consumed.add(args["xcomp"].i)
        return self._reciprocal(cand, v)

    def _arguments(self, v) -> dict:
        children = list(v.children)
        a = {"subj": [], "dobj": None, "dobj_actors": [], "nsubjpass": None, "agent": [], "preps": {},
             "xcomp": None, "negated": False, "prt": None}
        for c in children:
            dep = c.dep_
            if dep == "nsubj":
                a["subj"] = self._actors(c)
                a["pronoun"] = c.lower_ in _PRONOUNS
            elif dep == "nsubjpass":
                a["nsubjpass"] = c
            elif dep in {"dobj", "attr", "dative"} and a["dobj"] is None:
                a["dobj"] = c
                a["dobj_actors"] = self._actors(c)
            elif dep == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        a["agent"] = self._actors(p)
            elif dep == "prep":
                for p in c.children:
                    if p.dep_ == "pobj":
                        a["preps"].setdefault(c.lower_, p)
            elif dep == "xcomp":
                a["xcomp"] = c
            elif dep == "neg":
                a["negated"] = True
            elif dep == "prt":
                a["prt"] = c.lower_
        if not a["subj"]:
            a["subj"] = self._inherited_subject(v)
        if not a["subj"] and a["nsubjpass"] is None:
            a["subj"] = self._left_actor(v)
        if not a["negated"] and v.dep_ == "xcomp" and any(c.dep_ == "neg" for c in v.head.children):
            a["negated"] = True
        return a

    def _inherited_subject(self, v) -> list:
        tok = v
        for _ in range(4):
            if tok.dep_ in {"conj", "xcomp", "advcl"} and tok.head.i != tok.i:
                head = tok.head
                if tok.dep_ == "xcomp":
                    dobj = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
                    if dobj and head.lemma_.lower() in _APPEAL_VERBS | {"force", "order", "allow"}:
                        return self._actors(dobj[0])
                subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if subj:
                    return self._actors(subj[0])
                tok = head
                continue
            if tok.dep_ in {"relcl", "acl"} and tok.head.i != tok.i:
                return self._actors(tok.head)
            break
        return []

    def _left_actor(self, v) -> list:
        """Machine-translated word orders ("after Moscow August 26, 2008 recognized"): the nearest actor
        to the left of the verb, with no other verb or clause mark between them."""
        for i in range(v.i - 1, max(v.sent.start, v.i - 8) - 1, -1):
            tok = self.doc[i]
            if tok.pos_ in {"VERB"} or tok.dep_ in {"mark"} or tok.text in {";", ":", "\"", "«", "»"}:
                return []
            m = self.by_token.get(i)
            if m is not None and m.category != "adjective":
                return [m]
        return []

    def _pick(self, v, args) -> Optional[VerbPattern]:
        rows = self.o.verbs.get(v.lemma_.lower(), [])
        best, best_score = None, -1
        dobj = args["dobj"] if args["dobj"] is not None else args["nsubjpass"]
        for p in rows:
            theme_tok = dobj
            if p.word2:
                if args["prt"] == p.word2:
                    pass
                elif p.word2 in args["preps"]:
                    theme_tok = args["preps"][p.word2] if p.objects else dobj
                else:
                    continue
            if p.objects is None:
                if dobj is None and not args["preps"].get(p.prep or ""):
                    continue
            elif p.objects:
                if theme_tok is None or not self._theme_matches(theme_tok, p.objects):
                    continue
            score = p.specificity + (2 if p.prep and self._prep_target(v, theme_tok, p.prep) else 0)
            if p.prep and not self._prep_target(v, theme_tok, p.prep) and p.objects is not None and not p.objects:
                continue
            if score > best_score:
                best, best_score = p, score
        return best

    def _theme_matches(self, tok, objects: frozenset) -> bool:
        lemma = tok.lemma_.lower()
        if lemma in objects or tok.lower_ in objects:
            return True
        compound = " ".join(c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod"})
        return bool(compound) and f"{compound} {lemma}" in objects

    def _prep_target(self, v, theme, prep: str):
        for head in (v, theme):
            if head is None:
                continue
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == prep:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return p
        return None

    def _roles(self, v, args, pattern: Optional[VerbPattern], theme) -> tuple[list, list]:
        passive = args["nsubjpass"] is not None
        sources = args["agent"] if passive else args["subj"]
        targets: list = []
        if pattern is not None and pattern.objects is None:
            if passive:
                targets = self._actors(args["nsubjpass"])
            elif args["dobj"] is not None:
                targets = args["dobj_actors"] or self._relation_partners(args["dobj"])
        if not targets and pattern is not None and pattern.prep:
            tok = self._prep_target(v, theme, pattern.prep)
            if tok is not None:
                targets = self._actors(tok)
        if not targets and pattern is not None and pattern.word2 and args["dobj_actors"]:
            targets = args["dobj_actors"]
        if not targets and theme is not None:
            targets = self._relation_partners(theme) or self._of_actors(theme)
        if not targets and pattern is not None and pattern.objects is None and passive is False:
            targets = self._fallback_target(v, sources)
        if not targets and pattern is None and theme is not None:
            targets = self._fallback_target(v, sources)
        return sources, targets

    def _relation_partners(self, tok) -> list:
        if tok.lemma_.lower() not in _RELATION_NOUNS:
            return []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"with", "between", "to"}:
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self._actors(p)
        return []

    def _of_actors(self, tok) -> list:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"of", "with", "to", "against", "on"}:
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self._actors(p)
                        if found:
                            return found
                        for cc in p.children:
                            if cc.dep_ == "prep" and cc.lower_ == "of":
                                for pp in cc.children:
                                    if pp.dep_ == "pobj" and self._actors(pp):
                                        return self._actors(pp)
            if c.dep_ == "poss" and self._actors(c):
                return self._actors(c)
        return []

    def _fallback_target(self, v, sources: list) -> list:
        """For odd word orders: the nearest actor in the verb's own clause after it that is not the source."""
        source_codes = {s.code for s in sources}
        for tok in v.subtree:
            if tok.i <= v.i or self._in_subclause(tok, v):
                continue
            m = self.by_token.get(tok.i)
            if m is not None and m.code not in source_codes:
                return [m]
        return []

    @staticmethod
    def _in_subclause(tok, v) -> bool:
        while tok.i != v.i:
            if tok.dep_ in _CLAUSE_DEPS:
                return True
            tok = tok.head
        return False

    def _actors(self, tok) -> list:
        """The actor mentions a token stands for, with its coordinated siblings and resolved pronouns."""
        out = []
        tokens = [tok, *tok.conjuncts]
        m0 = self.by_token.get(tok.i)
        if m0 is not None and m0.category == "institution":
            # a title whose person the parse put further down: "Special Representative ... Zurab Abashidze
            # and ... Grigory Karasin held meetings"
            for t in tok.subtree:
                pm = self.by_token.get(t.i)
                if pm is not None and pm.category == "person" and t.i == pm.head:
                    tokens = [t, *t.conjuncts]
                    break
        for t in tokens:
            m = self.by_token.get(t.i)
            if m is None:
                for c in t.children:
                    if c.dep_ in {"compound", "poss", "amod"} and c.i in self.by_token and \
                            self.by_token[c.i].category not in {"adjective"}:
                        m = self.by_token[c.i]
                        break
            if m is None and t.lower_ in _PRONOUNS:
                m = self._pronoun(t)
            if m is not None and m not in out:
                out.append(m)
        return out

    def _pronoun(self, t) -> Optional[ActorMention]:
        word = t.lower_
        if word in {"he", "she"}:
            return self.last_person
        if word in {"who", "which"} and t.head.dep_ == "relcl":
            return self.by_token.get(t.head.head.i)
        if word in {"we", "i"}:
            return None
        return self.last_source

    def _mentions_improvement(self, v) -> bool:
        return any(t.lemma_.lower() in _IMPROVE_WORDS for t in v.subtree)

    def _pessimism(self, v, args) -> Candidate:
        sources = [s for s in args["subj"] if s.category != "pronoun"]
        cand = Candidate(v.i, "012", "pessimism:negated-expectation", sources, [], modality="asserted",
                         confidence=0.7, clause_verb=v.i, note="pronoun" if args.get("pronoun") else "")
        self._attribute(v, cand)
        if not cand.sources and cand.attribution is not None:
            cand.sources = [cand.attribution]
            cand.attribution = None
            cand.modality = "asserted"
        own = {s.country for s in cand.sources}
        for t in v.subtree:
            m = self.by_token.get(t.i)
            if m is not None and m.country not in own and m not in cand.sources:
                cand.targets = [m]
                break
            code = self.country_tokens.get(t.i)
            if code and code not in own:
                cand.targets = [ActorMention(t.idx, t.idx + len(t.text), t.text, code, code, None, "state",
                                             "relation-adjective", head=t.i, tokens=(t.i,))]
                break
        return cand

    # --- clause context --------------------------------------------------------------------------

    def _modality(self, v, args) -> str:
        aux = {c.lower_ for c in v.children if c.dep_ in {"aux", "auxpass"}}
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in v.children):
            return "hypothetical"
        if v.sent.text.rstrip().endswith("?"):
            return "hypothetical"
        if aux & {"would", "could", "might", "may"}:
            return "hypothetical"
        if v.dep_ == "xcomp":
            gov = v.head.lemma_.lower()
            if gov in _APPEAL_VERBS:
                return "requested"
            if gov in _FUTURE_GOVERNORS:
                return _FUTURE_GOVERNORS[gov]
        if aux & {"will", "shall", "'ll"}:
            return "future"
        if self._speech_ancestor(v) is not None:
            return "reported"
        return "asserted"

    def _speech_ancestor(self, v):
        tok = v
        for _ in range(5):
            if tok.dep_ in {"ccomp", "parataxis"} and tok.head.lemma_.lower() in SPEECH_VERBS:
                return tok.head
            if tok.dep_ in {"conj", "ccomp", "advcl", "xcomp"} and tok.head.i != tok.i:
                tok = tok.head
                continue
            break
        return None

    def _attribute(self, v, cand: Candidate) -> None:
        speech = self._speech_ancestor(v)
        if speech is None:
            return
        subj = [c for c in speech.children if c.dep_ in {"nsubj", "nsubjpass"}]
        speakers = self._actors(subj[0]) if subj else []
        if not speakers:
            # "said RIA Novosti Kalashnikov": the speaker stands after the verb
            for c in speech.children:
                if c.i > speech.i and c.i in self.by_token and self.by_token[c.i].category != "media":
                    speakers = [self.by_token[c.i]]
                    break
        if speakers:
            cand.attribution = speakers[0]
            if cand.modality == "asserted":
                cand.modality = "reported"
            if cand.note == "pronoun" and v.dep_ == "ccomp":
                # "Kalashnikov said that it/he does not rely on ...": the pronoun is the speaker
                cand.sources = [speakers[0]]
                if cand.rule.startswith("pessimism"):
                    cand.modality = "asserted"
        if not cand.sources and cand.attribution is not None and v.dep_ != "ccomp":
            cand.sources = [cand.attribution]

    def _reciprocal(self, cand: Candidate, v) -> list[Candidate]:
        if cand.targets or len(cand.sources) < 2 or v.lemma_.lower() not in _RECIPROCAL and \
                not cand.code.startswith("04"):
            return [cand]
        out = []
        for a in cand.sources:
            for b in cand.sources:
                if a is not b:
                    out.append(Candidate(cand.trigger, cand.code, cand.rule + "+reciprocal", [a], [b],
                                         cand.negated, cand.modality, cand.attribution, cand.confidence,
                                         cand.clause_verb))
        return out

    # --- nouns -----------------------------------------------------------------------------------

    def _noun_code(self, tok) -> Optional[tuple[str, str]]:
        lemma = tok.lemma_.lower()
        compound = " ".join(c.lemma_.lower() for c in tok.children if c.dep_ == "compound")
        if compound and f"{compound} {lemma}" in self.o.nouns:
            return self.o.nouns[f"{compound} {lemma}"]
        return self.o.nouns.get(lemma)

    def _code_noun(self, tok) -> Optional[Candidate]:
        """Nominal events with both sides named: "the recognition of X by Y", "talks between A and B"."""
        if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in self.o.light_verbs:
            return None
        code, rule = self._noun_code(tok)
        sources, targets = [], []
        for c in tok.children:
            if c.dep_ == "prep":
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if c.lower_ == "by":
                    sources = self._actors(pobj)
                elif c.lower_ == "between":
                    both = self._actors(pobj)
                    if len(both) >= 2:
                        sources, targets = [both[0]], [both[1]]
                elif c.lower_ in {"of", "on", "against", "to", "with"} and not targets:
                    targets = self._actors(pobj) or self._of_actors(pobj)
            elif c.dep_ == "poss" and not sources:
                sources = self._actors(c)
        if not sources or not targets:
            self._drop(tok, f"nominal trigger {tok.text!r} lacks a source or a target")
            return None
        return Candidate(tok.i, code, rule, sources, targets, confidence=0.6, clause_verb=tok.head.i)

    # --- filters ---------------------------------------------------------------------------------

    def _keep(self, c: Candidate) -> bool:
        if not c.sources and not c.targets:
            self._drop(self.doc[c.trigger], f"{c.rule}: no source or target actor found")
            return False
        if c.rule.startswith("pessimism") and not c.sources:
            self._drop(self.doc[c.trigger], "a pessimistic comment needs its speaker")
            return False
        if c.sources and c.targets and c.sources[0].code == c.targets[0].code and len(c.targets) == 1:
            self._drop(self.doc[c.trigger], f"{c.rule}: source and target are the same actor")
            return False
        return True

    def _drop(self, tok, why: str) -> None:
        if self.explain is not None:
            self.explain.append({"token": tok.text, "start": tok.idx, "why": why})
