"""Phrases that hold more than one actor: "U.S. and Iraqi officials", "the party of former President Omar
al-Bashir", "the military and protest leaders", "said RIA Novosti Kalashnikov". Each part is coded on its own
by the phrase coder (`PhraseCoder._code_one`), which this mixin is part of."""

from __future__ import annotations

from typing import Optional

from ..records import ActorMention

__all__ = ["PhraseSplits"]

_PLACES = {"state", "territory", "capital", "adjective", "place"}
_NAMED = {"organisation", "institution", "party", "media", "group"}
# "the party of former President Omar al-Bashir", "supporters of former President Jair Bolsonaro": two actors
_PARTY_OF = {"party", "movement", "supporter", "loyalist", "follower"}


class PhraseSplits:
    """The splitting half of `PhraseCoder`: one mention per actor a phrase holds."""

    def _coordinated(self, head: int, group: list) -> Optional[list]:
        """"U.S. and Iraqi officials", "Moroccan and Spanish authorities": one mention per country."""
        units = [m for m in group if (m.category in _PLACES - {"place"} and not m.locator or m.category in _NAMED)
                 and m.root != head]
        roots = {u.root for u in units}
        if len(units) < 2 or not any(self.doc[u.root].dep_ == "conj" and self.doc[u.root].head.i in roots
                                     for u in units):
            return None
        shared = [m for m in group if m not in units]
        units.sort(key=lambda m: m.start)
        end = max(max(m.end for m in group), head + 1)
        out = []
        for k, unit in enumerate(units):
            mention = self._code_one(head, [unit, *shared], (unit.start, unit.end if k < len(units) - 1 else end))
            if mention is not None:
                out.append(mention)
        return out

    def _medium_and_person(self, head: int, group: list) -> Optional[list]:
        """"said RIA Novosti Kalashnikov" (machine-translated "Kalashnikov told RIA Novosti"): two actors."""
        doc = self.doc
        media = next((m for m in group if m.category == "media" and not m.start <= head < m.end), None)
        if media is None or doc[head].pos_ != "PROPN" or doc[head].text not in self.memory.people:
            return None
        mention = self._code_one(media.root, [media], (media.start, media.end))
        ref = self.memory.people[doc[head].text]
        tok = doc[head]
        person = ActorMention(tok.idx, tok.idx + len(tok.text), tok.text, ref.code, ref.country, ref.role,
                              "person", f"coref:{ref.text}", head=head, tokens=(head,))
        self.inherit(person, ref)
        return ([mention] if mention is not None else []) + [person]

    def _party_of(self, head: int, group: list) -> tuple:
        """"the party of former President Omar al-Bashir", "supporters of X": the party or the followers (whose code
        follows the man), and the man."""
        doc = self.doc
        out: list = []
        for pm in [m for m in group if m.category == "person" and m.root != head and doc[m.root].dep_ == "pobj"
                   and doc[m.root].head.lower_ == "of" and doc[head].lemma_.lower() in _PARTY_OF]:
            own = [m for m in group if pm.start <= m.start and m.end <= doc[pm.root].right_edge.i + 1]
            mention = self._code_one(pm.root, own, (min(m.start for m in own), max(m.end for m in own)))
            if mention is not None:
                out.append(mention)
            rest = [m for m in group if m not in own]
            if rest:
                start = min(min(m.start for m in rest), head)
                party = self._code_one(head, rest + [pm], (start, doc[pm.root].head.i))
                return out + ([party] if party is not None else []), []
            group = [pm]
        return out, group

    def _coordinated_roles(self, head: int, group: list, out: list) -> tuple:
        """"the military and protest leaders": two actors sharing a determiner."""
        doc = self.doc
        for a in [m for m in group if m.category == "agent" and m.root != head and
                  doc[m.root].dep_ in {"nmod", "compound", "amod"} and
                  any(c.dep_ == "conj" for c in doc[m.root].children)]:
            # "Colombia's government and ELN rebels": the country before the first conjunct is its owner, and the
            # second conjunct's phrase starts after the "and" (the parse hung both on "rebels")
            own = [a] + [m for m in group if m.end <= a.start and m.category in _PLACES and not m.locator]
            group = [m for m in group if m not in own]
            start = min([a.start, doc[a.root].left_edge.i] + [m.start for m in own])
            mention = self._code_one(a.root, own, (start, a.end))
            if mention is not None:
                out.append(mention)
        return out, group
