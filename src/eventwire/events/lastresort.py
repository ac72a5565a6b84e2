"""The last resorts for an event's target, when its pattern and prepositions name none: an actor of another
country in the verb's clause ("called a private meeting of the U.N. Security Council"), else, for odd word
orders, the nearest actor after the verb ("fired from rocket launchers South Ossetia").

`LastResort` is a part of `Roles` (targets.py) and uses its actor index and word classes.
"""

from __future__ import annotations

from .arguments import Args

# prepositions whose object is the victim of a theme, not the target: "condemns violence against civilians"
VICTIM_PREPS = {"against", "on", "upon", "at", "toward", "towards", "into"}


def guessed_people(m) -> bool:
    """Unnamed people whose country was guessed from the source, the place or the context, not stated."""
    if m.category == "derived":
        return m.rule in {"civilians", "people"}
    return m.category == "group" and any(f"+{how}:" in m.rule for how in ("context", "acted-on", "clause"))


class LastResort:
    """Target finders of last resort (mixed into Roles)."""

    def clause_target(self, v, a: Args, sources: list, code: str = "") -> tuple[list, str]:
        """The last resort for a target: the first actor of another country (or an international body) in the
        verb's clause, outside its subject ("called a private meeting of the U.N. Security Council", "deny
        providing sanctuary to anti-Pakistan fighters"). People are left out (a quoted or named person is seldom
        the target), and so are meetings, which name their partner or have none ("met in Geneva")."""
        own = {s.country for s in sources}
        codes = {s.code for s in sources}
        skip = {t.i for t in a.subj_tok.subtree} if a.subj_tok is not None else set()
        for t in v.subtree:
            if t.i in skip or t.i == v.i or self._aside(t, v):
                continue
            m = self.ix.mention(t.i)
            if m is None or m.category == "person" or m.code in codes:
                continue
            # (an international body is of no country, and so of another one than the source's, where the
            # verb's own words name it: not "held drills ... to demonstrate the Quad's strength")
            foreign = m.country not in own if m.country else m.code[:3] == "IGO" and not self._adverbial(t, v)
            if foreign and not (code[:3] == "174" and guessed_people(m)):
                return [m], "an actor of another country in the clause"
        return [], ""

    @staticmethod
    def _adverbial(tok, v) -> bool:
        """Is the token in an adverbial clause of the verb (its purpose, time or condition)?"""
        while tok.i != v.i:
            if tok.dep_ == "advcl":
                return True
            tok = tok.head
        return False

    @staticmethod
    def _aside(tok, v) -> bool:
        """Is the token in a part of the clause that names no target: a companion of the subject ("along with
        Britain"), a relative clause or the content of a noun ("the allegation that separatists crossed the
        border" is no allegation against the separatists)?"""
        while tok.i != v.i:
            if tok.dep_ == "relcl" or tok.dep_ == "acl" and any(
                    c.dep_ == "mark" and c.lower_ in {"that", "whether"} for c in tok.children):
                return True
            # an act a "for" names as the reason is an event of its own, with its own target ("took credit for
            # attacking a convoy of a company operated by China")
            if tok.dep_ == "pcomp" and tok.pos_ == "VERB" and tok.head.lower_ == "for":
                return True
            if tok.dep_ == "prep" and tok.lower_ in {"along", "together", "alongside"}:
                return True
            if tok.dep_ == "conj" and tok.tag_ in {"VBD", "VBZ", "VBP"} and tok.head.tag_ == "VBG":
                # a finite verb the parser conjoined to a gerund is the clause's next act, with its own target
                # ("accused Baku of violating the truce and called on Moscow")
                return True
            tok = tok.head
        return False

    def fallback(self, v, own: set, victims: bool = False, expulsion: bool = False) -> list:
        """For odd word orders: the nearest actor in the verb's own clause after it, outside clauses and
        outside prepositions of place, time or cause ("fired from rocket launchers South Ossetia"); with
        `victims`, also outside "against/on" phrases ("condemns violence against civilians"); with
        `expulsion`, outside the destination ("deported 40 people to Turkey" expels no Turks)."""
        for tok in v.subtree:
            if tok.i <= v.i or self._blocked(tok, v) or victims and self._victim(tok, v):
                continue
            if expulsion and tok.dep_ == "pobj" and tok.head.lower_ in {"to", "into"} and \
                    tok.head.head.i == v.i:
                continue
            m = self.ix.mention(tok.i) or (self.ix.derived(tok) if tok.pos_ == "PROPN" and
                                            not self.ix.site(tok.head) else None)   # not "the capital, Bangui"
            if m is not None and m.code not in own and m.category not in {"adjective"}:
                return [m]
        return []

    @staticmethod
    def _victim(tok, v) -> bool:
        while tok.i != v.i:
            if tok.dep_ == "pobj" and tok.head.lower_ in VICTIM_PREPS and tok.head.head.i != v.i:
                return True
            tok = tok.head
        return False

    def _blocked(self, tok, v) -> bool:
        # an actor in apposition to a non-actor is how the parser reads a misplaced object
        # ("from rocket launchers «Grad» South Ossetia"), so a preposition above it does not block it
        loose = tok.dep_ in {"appos", "npadvmod"} and self.ix.mention(tok.head.i) is None
        while tok.i != v.i:
            if tok.dep_ in {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj", "pcomp",
                            "nsubj", "nsubjpass", "agent"}:
                return True
            if tok.dep_ == "pobj" and tok.head.lower_ in self.notarget and not loose:
                return True
            tok = tok.head
        return False
