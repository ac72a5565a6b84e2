"""Role nouns used of no one in particular: the annotation guideline's non-referential uses (rule 3c).

"told reporters" and "five people" are handled in `context.generic`; here are the uses that the clause around a
bare role noun makes non-referential: a noun inside a rule or a purpose ("a policy requiring students", "a plane
used to help troops communicate"), a supposition ("if school children can still be attacked"), a stock acquired or
counted ("to comprise 5,000 troops", "get new drones"), a mass ("the flow of migrants"), a body still to be made
("the creation of a transitional government"), a class ("one of the most hostile authorities"), and a river's
"banks". The words that signal them are in data/generic_uses.tsv.
"""

from __future__ import annotations

from functools import lru_cache

from .dictionary import _data, read_tsv

__all__ = ["nonreferential", "river_bank", "member_states"]

_OWNERS = {"det", "poss"}
_CLAUSE_LINKS = {"xcomp", "ccomp", "conj"}      # "used to help troops communicate": up to the verb of the rule


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset]:
    kinds: dict[str, set] = {}
    for row in read_tsv(_data("generic_uses.tsv")):
        kinds.setdefault(row["kind"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in kinds.items()}


def _bare(tok) -> bool:
    """No article, owner or number: "students", "troops" (not "the students", "our troops", "279 girls")."""
    return not any(c.dep_ in _OWNERS or c.dep_ == "nummod" for c in tok.children)


def _clause_verb(tok):
    """The verb whose subject or object the noun is, or None."""
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"} and tok.head.pos_ in {"VERB", "AUX"}:
        return tok.head
    return None


def _inside_rule(verb, words: dict) -> bool:
    """True when the verb (through xcomp/ccomp) is the clause of a norm or a capacity, or of what a thing is for:
    "a policy requiring ...", "the ability to ... replace ...", "a plane used to help ..."; what such a clause
    names is no one in particular (while "a bus carrying students" carries real ones)."""
    seen = 0
    while verb is not None and seen < 4:
        seen += 1
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            return verb.head.lemma_.lower() in words["rule"] or \
                verb.tag_ == "VBN" and verb.lemma_.lower() in words["purpose"]
        if verb.dep_ in _CLAUSE_LINKS and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
            continue
        return False
    return False


def nonreferential(doc, head: int) -> bool:
    """True when the clause around a role noun says it refers to no one in particular (see the module doc)."""
    tok = doc[head]
    if tok.pos_ == "PROPN":
        return False
    words = _words()
    verb = _clause_verb(tok)
    if verb is not None and _bare(tok) and tok.tag_ in {"NNS", "NNPS"}:
        if _inside_rule(verb, words):
            return True
        if any(c.dep_ == "mark" and c.lower_ in words["hypothesis"] for c in verb.children):
            return True     # "if school children can still be attacked"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in words["resource"] and \
            not any(c.dep_ == "poss" for c in tok.children):
        return True         # "expected to comprise 5,000 troops", "would get new drones"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        governor = tok.head.head
        lemma = governor.lemma_.lower()
        if lemma in words["mass"] and _bare(tok):
            return True     # "the flow of migrants"
        if lemma in words["resource"] and governor.pos_ == "VERB":
            return True     # "consisting of 5,000 troops"
        if lemma in words["creation"] and any(c.lower_ in {"a", "an", "new"} for c in tok.children):
            return True     # "the creation of a credible transitional government"
        if tok.tag_ in {"NNS", "NNPS"} and governor.lower_ in {"one", "some", "many"} and \
                any(c.tag_ == "JJS" or c.lower_ == "most" or any(g.lower_ == "most" for g in c.children)
                    for c in tok.children):
            return True     # "one of the most hostile taxing authorities": a class, not a body
    return False


def river_bank(doc, head: int) -> bool:
    """True for "bank" as a river's bank: "along its banks", "the banks of the Niger River"."""
    tok = doc[head]
    if tok.lemma_.lower() != "bank":
        return False
    words = _words()["river"]
    if tok.dep_ == "pobj" and tok.head.lower_ in words:
        return True
    sent = tok.sent
    near = doc[max(sent.start, head - 12):min(sent.end, head + 8)]
    return any(t.lemma_.lower() in words and t.i != head and t.lower_ != "along" for t in near)


def member_states(doc, head: int) -> bool:
    """True for the member states of a body that are not its subject: "intelligence from U.N. member states",
    "with all the ECOWAS countries facing ..." (several states, none of them named; "ECOWAS states agreed" acts)."""
    tok = doc[head]
    return tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() in _words()["members"] and \
        tok.dep_ not in {"nsubj", "nsubjpass"}
