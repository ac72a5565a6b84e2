"""What a phrase refers to: earlier names, acronyms, definite descriptions, the article's armed groups, and
which of the bodies sharing a name it means.

`References` holds an article's memory while its phrases are coded: "Inashvili" repeats an earlier full name,
"NCDC" the phrase it abbreviated, "the agency" the latest body of its kind, "the militants" the armed group the
article names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..nlp import sentences
from ..records import ActorMention
from .context import _NEARBY, PERSONAL_THINGS, place_use
from .dictionary import INTERNATIONAL_ROLES, _data, read_tsv, split_code
from .memory import ARMED_ROLES

__all__ = ["References", "pair_mentions"]

_DEFINITE_DETS = {"the", "this", "that", "these", "those"}
_GOVERNMENT_HEADS = {"government", "administration", "cabinet", "coalition", "regime"}
_NAMED = {"organisation", "institution", "party", "media", "group"}
_RELATION_THINGS = {"relation", "relationship", "tie", "border", "leader", "economy", "people", "history"}
_NOT_ANAPHORIC = {"only", "other", "another", "first", "last", "same", "single", "sole", "every", "each", "any",
                  "two", "three", "both"}


class References:
    """The earlier mentions of one article that later phrases can take their code from."""

    def __init__(self, doc, published, memory, ctx, armed: list) -> None:
        self.doc = doc
        self.published = published
        self.memory = memory
        self.ctx = ctx
        self.armed = armed
        self.named_at: dict = {}        # token -> named-body match, for "IS deputy caliph Abdallah ..."
        self.last_code = ""             # the whole code of the mention a phrase last took its code from
        self.last_basis: Optional[tuple] = None     # and the dictionary entry behind that code
        # id(mention) -> (Entry, how): the dated dictionary entry a mention's code came from, so that an event can
        # re-code it at its own date (actors/dated.py); `how` is "entry" or "party-of" (the party of a leader)
        self.basis: dict[int, tuple] = {}
        self.alternatives: dict = {}    # phrase -> the entries of bodies that share it, one per country
        self.org_patterns: dict = {}    # org_patterns.tsv: word -> (role, kind)
        self.by_token: dict[int, ActorMention] = {}     # token -> the mention coded so far that holds it
        self.region_tokens: set = set()     # tokens of continents and regions of several states ("Africa")

    def repeated_names(self, texts: list, covered: set) -> list[ActorMention]:
        """Mentions of a person by one of the names the article already gave them ("said Adamu"); `texts` are
        the Doc's token texts."""
        out = []
        known = self.memory.people.keys() | self.memory.acronyms.keys()
        for i, text in enumerate(texts):
            if i in covered or text.replace("’", "'") not in known:
                continue
            tok = self.doc[i]
            if tok.pos_ not in {"PROPN", "NOUN"}:
                continue
            # the tagger may take a surname for a noun or a place ("Wood spoke", "alongside Chaudhry")
            text = tok.text.replace("’", "'")
            ref = self.memory.people.get(text) if text[:1].isupper() and not tok.like_num else None
            if tok.dep_ == "poss" and tok.head.lower_ in PERSONAL_THINGS | {"team"}:
                continue        # "Zamora's case"
            category = "person"
            if ref is None:
                ref = self.memory.acronyms.get(tok.text)
                category = ref.category if ref is not None else category
            if ref is None or ref.start >= tok.idx:
                continue
            out.append(ActorMention(tok.idx, tok.idx + len(tok.text), tok.text, ref.code, ref.country, ref.role,
                                    category, f"coref:{ref.text}", head=tok.i, tokens=(tok.i,)))
            self.inherit(out[-1], ref)
        return out

    def took(self, ref: ActorMention) -> None:
        """Note that a phrase takes its code from the earlier mention `ref`."""
        self.last_code = ref.code
        self.last_basis = self.basis.get(id(ref))

    def inherit(self, mention: ActorMention, ref: ActorMention) -> None:
        """Let `mention`, which repeats `ref`, keep the dictionary entry behind `ref`'s code."""
        if id(ref) in self.basis and mention.code == ref.code:
            self.basis[id(mention)] = self.basis[id(ref)]

    def _remember(self, mention: ActorMention, unknown, person, head_tok, end: int, named) -> None:
        """Remember a coded mention: its names, its head noun, its "also known as" and its acronym; `named` is
        the named body of the phrase, if any."""
        doc = self.doc
        if mention.category == "person":
            if unknown is not None and (unknown.start <= head_tok.i < unknown.end or doc[unknown.root].dep_ ==
                                        "appos" or person is None):
                self.memory.name(doc[unknown.start:unknown.end].text, mention)
            if person is not None:
                self.memory.name(person.entry.name, mention)
            if named is not None and named.category in {"organisation", "party", "group"}:
                # "NATO Secretary General Mark Rutte said the alliance ...": the body is named, too
                self._remember_body(named)
        lemma = head_tok.lemma_.lower() if head_tok.pos_ in {"NOUN", "PROPN"} else ""
        self.memory.remember(mention, doc, lemma, named=named is not None)
        self.by_token.update(dict.fromkeys(mention.tokens, mention))
        # "al-Rufay'i, also known as Abu Khadija"
        after = doc[end:min(len(doc), end + 4)]
        known = next((t for t in after if t.lower_ == "as" and t.i > 0 and doc[t.i - 1].lower_ == "known"), None)
        if known is not None and mention.category == "person":
            alias = []
            for t in doc[known.i + 1:known.i + 5]:
                if t.pos_ != "PROPN":
                    break
                alias.append(t.text)
            if alias:
                self.memory.name(" ".join(alias), mention)
        # "the Nigeria Center for Disease Control and Prevention, or NCDC", "... Agency (NISA)"
        if any(t.dep_ == "poss" and t.i != head_tok.i for t in doc[mention.tokens[0]:end]) and \
                head_tok.i not in self.actor_tokens:
            return              # "Congress's ... Sanctions Act (CAATSA)": the act, not Congress
        last = doc[end - 1]
        for i in range(end, min(len(doc), end + 6)):
            t = doc[i]
            if t.text in {"(", ",", "or"} or last.ent_type_ and t.ent_iob_ == "I" and t.ent_type_ == last.ent_type_:
                continue        # the rest of the name ("... Control and Prevention, or NCDC")
            if sum(ch.isupper() or ch.isdigit() for ch in t.text) >= 2 and any(ch.isupper() for ch in t.text) and \
                    t.text.replace("-", "").isalnum() and len(t.text) <= 10:      # "NCDC", "3R"
                self.memory.acronyms.setdefault(t.text, mention)
            break

    def _owner(self, head: int) -> Optional[ActorMention]:
        """Whose "his office", "its troops", "their leaders" are: the subject named before them of their clause or
        the clause it depends on ("Ukraine's General Staff said its troops were holding Kharkiv")."""
        doc = self.doc
        tok = doc[head]
        word = next((c.lower_ for c in tok.children if c.dep_ == "poss"), "")
        if word not in {"his", "her", "its", "their"}:
            return None
        verb = tok
        for _ in range(8):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        before = len(doc)
        for v in (verb, verb.head):
            subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.left_edge.i), None)
            if subj is not None and v is verb and any(c.dep_ == "poss" and c.lower_ in {"his", "her"}
                                                      for c in subj.children):
                before = subj.left_edge.i   # "his rival has accused his office": both are of someone named before
                break
            owner = self.by_token.get(subj.i) if subj is not None else None
            if owner is not None and owner.country:
                return owner
            if subj is not None:
                break
        if word not in {"his", "her"}:
            return None
        people = [m for m in self.memory.last.get("person", ()) if m.country and m.tokens and m.tokens[0] < before]
        return max(people, key=lambda m: m.start) if people else None

    def _clause_person(self, head: int, start: int) -> Optional[ActorMention]:
        """The coded person whose clause a role noun is in, when its sentence names no country before it:
        "Wine says he has trouble even talking to voters" (Wine's voters, not the article's country's)."""
        doc = self.doc
        sent_start = self.ctx.sent_start[head]
        if any(sent_start <= s and e <= start and k in _NEARBY for s, e, c, k in self.ctx.evidence):
            return None
        tok = doc[head]
        for _ in range(10):
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head), None)
            if subj is None:
                continue
            ref = self.by_token.get(subj.i) or (self.memory.people.get(subj.text.replace("’", "'"))
                                                if subj.pos_ == "PROPN" else None)   # (repeats are coded later)
            if ref is not None:
                return ref if ref.category == "person" and ref.country else None
            if subj.pos_ != "PRON":
                return None     # another noun's clause: "the school said the girl ..."
        return None

    def _remember_body(self, named) -> None:
        """Remember a named body that is only part of another mention (a person's title)."""
        doc = self.doc
        span = doc[named.start:named.end]
        code = named.entry.code_at(self.published)
        country, role = split_code(code)
        body = ActorMention(span.start_char, span.end_char, span.text, code, country, role, named.category,
                            named.entry.rule, head=named.root, tokens=tuple(range(named.start, named.end)))
        if named.entry.periods:
            self.basis[id(body)] = (named.entry, "entry")
        self.memory.remember(body, doc, "", named=True)

    def _refer(self, kinds: str, tok) -> Optional[tuple]:
        """What an anaphor `tok` (its head noun) refers to: (country, role, category), or None."""
        kind_list = kinds.split("|")
        if "government" in kind_list:
            if not _the_state(self.doc, tok):
                return None
            country = self.ctx.country_for(tok.i, tok.left_edge.i, any_kind=True)
            return (country, "GOV", "state") if country and country != "USA" else None
        if "focus" in kind_list:
            if tok.tag_ == "NNS" or any(c.dep_ in {"relcl", "acl", "prep"} or c.lower_ in _NOT_ANAPHORIC
                                        for c in tok.children):
                return None     # "the two countries", "the only country in the world"
            if any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in tok.children):
                person = self.memory.lookup("person")       # "Kristersson called it a historic step for his country"
                if person is not None and person.country:
                    return person.country, None, "state"
            country = self.ctx.country_for(tok.i, tok.left_edge.i, any_kind=True)
            return (country, None, "state") if country else None
        same = self.memory.heads.get(tok.lemma_.lower())
        if same is not None and ("head" in kind_list or same.category in {"person", "institution"}):
            self.took(same)
            return same.country, same.role, same.category      # "the minister" after "information minister"
        if "armed" in kind_list:
            armed = self._armed_ref(tok.i)
            if armed is not None:
                return armed[0], armed[1], "group"
        ref = self.memory.lookup("|".join(k for k in kind_list if k != "armed"), tok.lemma_.lower())
        if ref is None:
            return None
        self.took(ref)
        return ref.country, ref.role, ref.category

    def _titled_by(self, unknown):
        """A named body (or armed group) that ends at most three title words before a person's name."""
        doc = self.doc
        i = unknown.start - 1
        steps = 0
        while i >= 0 and steps < 4:
            m = self.named_at.get(i)
            if m is not None:
                return m
            if doc[i].pos_ not in {"NOUN", "PROPN", "ADJ"} and doc[i].text not in {"-", "'s"}:
                return None
            i -= 1
            steps += 1
        return None

    def _apposed_to(self, unknown) -> Optional[ActorMention]:
        """The coded role phrase a name is set off after ("the leader of the BBOG movement, Florence Ozor,"):
        the mention ending right before its comma, when it holds a role word and the name is closed off too."""
        doc = self.doc
        i = unknown.start - 1
        if i < 1 or doc[i].text not in {",", "—", "–"} or unknown.end < len(doc) and \
                doc[unknown.end].text not in {",", "—", "–", ".", ")"}:
            return None
        ref = self.by_token.get(i - 1)
        if ref is None or ref.role is None or ref.category == "person" or \
                not any(t in self.agent_tokens for t in ref.tokens) or \
                any(c.dep_ == "poss" and c.i in self.agent_tokens for c in doc[ref.head].children):
            return None         # "the journalist's lawyer, Duch Piseth": the role is the owner's
        return ref

    def _described_by(self, unknown) -> Optional[tuple[str, ActorMention]]:
        """The role phrase that describes a name no dictionary knows, and how: in apposition just before it
        ("appos"), or as the article's opening description of the next sentence's subject ("lede")."""
        ref = self._apposed_to(unknown)
        if ref is not None:
            return "appos", ref
        ref = self._lede_description(unknown)
        return ("lede", ref) if ref is not None else None

    def _lede_description(self, unknown) -> Optional[ActorMention]:
        """The indefinite description that opens an article whose next sentence names its subject ("A member of
        a crime group told a court he fired. John Doe told jurors ..."): news often names the lede's person later.
        Only a new name, the subject of the second sentence, for a coded subject with "a"/"an" in the first."""
        doc = self.doc
        sents = sentences(doc)
        if len(sents) < 2 or not sents[1].start <= unknown.start < sents[1].end or \
                doc[unknown.root].dep_ not in {"nsubj", "nsubjpass"} or \
                any(t.text == doc[unknown.end - 1].text for t in doc[:unknown.start]):
            return None
        first = sents[0]
        subject = next((t for t in first if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
        if subject is None or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children):
            return None
        ref = self.by_token.get(subject.i)
        if ref is None or ref.role is None or ref.category not in {"group", "person"} or \
                subject.tag_ not in {"NN", "NNP"} or not any(t in self.agent_tokens for t in ref.tokens):
            return None         # (one person: "a member", "a spokesman"; not "a group of protesters")
        return ref

    def _included_in(self, head: int) -> Optional[ActorMention]:
        """The armed group a role noun is counted among: "al-Shabab militants, including key leaders"."""
        tok = self.doc[head]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "including":
            return None
        ref = self.by_token.get(tok.head.head.i)
        return ref if ref is not None and ref.role in ARMED_ROLES else None

    def _same_head(self, tok) -> Optional[ActorMention]:
        """An earlier mention that a definite role noun repeats: "the parliament" after "the country's parliament"."""
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE_DETS for c in tok.children):
            return None
        ref = self.memory.heads.get(tok.lemma_.lower())
        return ref if ref is not None and (ref.country or ref.role in INTERNATIONAL_ROLES) else None

    def _armed_ref(self, head: int, named_only: bool = False) -> Optional[tuple]:
        """The armed group a generic "militants" means: the latest named one, else the next in the sentence."""
        ms = self.memory.last.get("armed")
        if ms:
            self.took(ms[-1])
            return ms[-1].country, ms[-1].role, ms[-1].text
        if named_only:
            return None
        # none named yet: the one named later in the sentence, else in the article (one conflict a story)
        sent_end = self.ctx.sent_end[head]
        later = [m for m in self.armed if m.start > head]
        m = next((m for m in later if m.start < sent_end), later[0] if later else None)
        if m is None:
            return None
        self.last_code = m.entry.code_at(self.published)
        self.last_basis = (m.entry, "entry")
        country, role = split_code(self.last_code)
        return country, role, m.entry.name

    def _international_code(self, role: str, named, person, anaphor, rule: str) -> Optional[str]:
        """The whole code of an international body ("IGOGID", not "IGO"): from its entry or the mention it repeats."""
        for m in (named, person):
            if m is not None:
                code = m.entry.code_at(self.published)
                if code.startswith(role):
                    return code
        return self.last_code if self.last_code.startswith(role) else None

    def _owner_body(self, head: int) -> Optional[ActorMention]:
        """The international body that "its" most likely means: the latest one named earlier in the sentence."""
        sent_start = self.doc[self.ctx.sent_start[head]].idx
        body = self.memory.latest_organisation()
        return body if body is not None and body.start >= sent_start and body.role in INTERNATIONAL_ROLES else None

    def _by_context(self, named, places: list, head: int):
        """Of the bodies that share a name ("the Democratic Party", "National Unity"), the one of the country the
        phrase or its sentence names, else the article's."""
        alternatives = self.alternatives.get(named.entry.phrase)
        if not alternatives:
            return named.entry
        here = [split_code(p.entry.code)[0] for p in places if p.category != "place"]
        wanted = here[-1] if here else self.ctx.country_for(head, named.start)
        return next((e for e in alternatives if split_code(e.code_at(self.published))[0] == wanted), named.entry)

    def _party_role(self, role, agents: list, group: list, head_tok, rule: str) -> tuple:
        """A party's role from its phrase: "the opposition Labour Party", "his Labour government", "Senate
        Republicans", "Democrats in Congress"."""
        words = {a.entry.code.lstrip("~") for a in agents}
        if head_tok.lemma_.lower() in _GOVERNMENT_HEADS or "GOV" in words and any(
                a.entry.phrase[-1] in {"ruling", "governing"} for a in agents):
            return "GOV", rule + "+governing"
        if "OPP" in words:
            return "OPP", rule + "+opposition"
        legislature = any(m.entry is not None and m.entry.code.endswith("LEG") and m.category != "party"
                          for m in group if m.category in _NAMED) or "LEG" in words or any(
            c.dep_ == "prep" and c.lower_ == "in" and any(self.named_at.get(g.i) is not None and
                                                          self.named_at[g.i].entry.code.endswith("LEG")
                                                          for g in c.children) for c in head_tok.children)
        if head_tok.tag_ in {"NNS", "NNPS"} and not legislature and head_tok.text.endswith("s") and \
                not any(c.dep_ == "det" for c in head_tok.children):
            # "Republicans and Democrats are angry" after "... passed the Senate": members, lawmakers when their
            # sentence or the two before name the legislature (not "the Christian Democrats", the party)
            start = self.ctx.sent_start[head_tok.i]
            for _ in range(2):
                start = self.ctx.sent_start[start - 1] if start > 0 else start
            legislature = any(self.named_at[i].entry.code.endswith("LEG") and self.named_at[i].category != "party"
                              if i in self.named_at else i in self.by_token and self.by_token[i].role == "LEG" and
                              self.by_token[i].category == "institution"
                              for i in range(start, self.ctx.sent_end[head_tok.i]))
        if legislature and head_tok.tag_ in {"NNS", "NNPS"} or "LEG" in words and head_tok.ent_type_ == "PERSON":
            return "LEG", rule + "+lawmakers"       # "Senate Republicans", "Democratic state Representative X"
        return role, rule


def _the_state(doc, tok) -> bool:
    """True for a bare "the state" that is a country's government ("if the state did not release prisoners"),
    not a place ("in the state"), a thing of it ("the state of emergency"), nor a constituent state, which an
    article that names one ("Kaduna State", "the state of Ohio", "three states") means by it."""
    if tok.lower_ != "state" or tok.tag_ != "NN" or tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"} or \
            [c.lower_ for c in tok.children] != ["the"] or place_use(doc, tok.i):
        return False
    return not _names_constituent_states(doc, tok.i)


def _names_constituent_states(doc, skip: int) -> bool:
    """Does the article name a constituent state anywhere but at `skip`? (read once per Doc: the answer only
    changes when `skip` is itself such a name, which a bare "the state" never is)"""
    known = doc.user_data.get("eventwire_constituent_states")
    if known is not None:
        return known
    found = False
    for t in doc:
        if t.lemma_.lower() != "state" or t.i == skip:
            continue
        if t.lower_ == "states" and not (t.i > 0 and doc[t.i - 1].lower_ in {"united", "member", "gulf", "arab"}):
            found = True        # "the three states", "states like Texas" (not "the United States")
        elif t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].lower_ not in {"islamic"} or \
                t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" and doc[t.i + 2].pos_ == "PROPN":
            found = True        # "Kaduna State", "Washington state", "the state of Ohio"
        elif any(c.lemma_.lower() in {"governor", "legislature", "assembly"} for c in t.head.children) or \
                t.dep_ == "compound" and t.head.lemma_.lower() in {"governor", "legislature", "assembly", "capital"}:
            found = True        # "state governors", "the state assembly"
        if found:
            break
    doc.user_data["eventwire_constituent_states"] = found
    return found


@lru_cache(maxsize=1)
def _group_words() -> dict[str, dict[str, str]]:
    kinds: dict[str, dict[str, str]] = {}
    for row in read_tsv(_data("group_anaphors.tsv")):
        kinds.setdefault(row["kind"], {})[row["word"]] = row["value"]
    return kinds


def _group_size(doc, tok, words: dict) -> Optional[tuple[int, int, str]]:
    """(first token, how many, role suffix) of a group anaphor headed by `tok`, or None: "the two countries",
    "all three governments", "both sides", "the trio"."""
    lemma = tok.lemma_.lower()
    if lemma in words.get("collective", {}) and tok.tag_ == "NN" and tok.i >= 1 and \
            doc[tok.i - 1].lower_ in _DEFINITE_DETS:
        return tok.i - 1, int(words["collective"][lemma]), ""       # "the trio"
    suffix = words.get("noun", {}).get(lemma)
    if suffix is None or tok.tag_ not in {"NNS", "NNPS"} or tok.i < 1:
        return None
    counts = words.get("count", {})
    at = tok.i - 1
    # "the three military-led nations", "the two neighbouring countries": modifiers of the noun between
    while at > tok.i - 5 and at >= 1 and (doc[at].text == "-" or doc[at].is_lower and
                                               doc[at].tag_ in {"JJ", "VBN", "VBG", "NN"}) and \
            doc[at].lower_ not in counts:
        at -= 1
    before = doc[at].lower_
    if before == "both":
        return at, 2, suffix                                         # "both governments"
    if before in counts and at >= 1 and doc[at - 1].lower_ in _DEFINITE_DETS | {"both", "all"}:
        return at - 1, int(counts[before]), suffix                   # "the three countries", "all five nations"
    return None


def pair_mentions(doc, evidence: list, covered: set, lemmas: Optional[list] = None) -> list[ActorMention]:
    """Mentions for "the two countries", "all three governments", "both sides", "the trio": one mention (same
    span) for each of the countries the article named last before it; `evidence` is the context's (start, end,
    country, category) of every country word, `covered` the tokens already in a mention, `lemmas` the tokens'
    lower-case lemmas when the caller has them (building every Token is slow)."""
    out = []
    words = _group_words()
    near = words.get("near", {})
    heads = set(words.get("noun", {})) | set(words.get("collective", {}))
    candidates = [i for i, lemma in enumerate(lemmas) if lemma in heads] if lemmas is not None else range(len(doc))
    for i in candidates:
        tok = doc[i]
        if tok.i in covered:
            continue
        group = _group_size(doc, tok, words)
        if group is None:
            continue
        first, size, suffix = group
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in _RELATION_THINGS or place_use(doc, tok.i):
            continue            # "the two countries' relations": a relation; "bills in the three states": a place
        territory = tok.lemma_.lower() == "republic"
        # "both sides" may be a war's parties: only countries of its own sentence or the two before
        sents = sentences(doc) if tok.lemma_.lower() in near else []
        own = next((k for k, s in enumerate(sents) if s.start <= tok.i < s.end), 0)
        floor = sents[max(0, own - 2)].start if sents else 0
        countries: list[str] = []
        for start, _end, country, category in reversed(evidence):
            if start < floor:
                break
            if start < first and country not in countries and (category == "territory" or not territory and
                                                                 category in {"state", "capital", "adjective"}) \
                    and not place_use(doc, _end - 1, strict=True):
                countries.append(country)       # (not where they met: "held talks in Washington")
            if len(countries) == size:
                break
        if len(countries) < size or sents and len({c for st, e, c, k in evidence if floor <= st < first and
                                                   k in {"state", "capital", "adjective"} and
                                                   not place_use(doc, e - 1, strict=True)}) != size:
            continue            # (sides of a war, or of one among several countries named: no telling whose)
        span = doc[first:tok.i + 1]
        for country in reversed(countries):
            code = country + (suffix if len(country) == 3 else "")
            out.append(ActorMention(span.start_char, span.end_char, span.text, code, country, suffix or None,
                                    "state" if not suffix else "institution", f"anaphor:{span.text.lower()}->{code}",
                                    head=tok.i, tokens=tuple(range(first, tok.i + 1))))
    return out
