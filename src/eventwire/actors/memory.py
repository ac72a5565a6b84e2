"""What an article has said so far: the codes that its short and pronoun-like mentions take.

"Inashvili" takes the code of "Irma Inashvili, one of the leaders of the party"; "the party" the latest party;
"the council" the latest mention headed by "council"; "NISA" the phrase it abbreviated ("..., or NISA").
"""

from __future__ import annotations

from typing import Optional

from ..records import ActorMention

__all__ = ["ArticleMemory", "ARMED_ROLES"]

ARMED_ROLES = {"REB", "INS", "SEP", "UAF", "IMG"}
_NOT_NAMES = {"the", "president", "minister", "prime", "foreign", "general", "judge", "senator", "governor", "king",
              "queen", "prince", "sheikh", "dr.", "mr.", "mrs.", "ms.", "deputy", "chief", "mawlawi", "mullah", "lieutenant",
              "colonel", "captain", "secretary", "ambassador", "former", "state", "sir", "lord", "lady", "pope", "saint"}
_KINDS = {"party": "party", "person": "person", "territory": "territory", "state": "state",
          "institution": "institution", "organisation": "organisation", "media": "media", "group": "group",
          "capital": "state"}


def _subjectish(doc, head: int) -> bool:
    """True when a phrase head is, or hangs from, a clause subject."""
    tok = doc[head]
    for _ in range(6):
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


class ArticleMemory:
    """The mentions of one article so far, by kind, by head noun, by surname and by acronym."""

    def __init__(self) -> None:
        self.people: dict[str, ActorMention] = {}
        self.last: dict[str, list[ActorMention]] = {}
        self.heads: dict[str, ActorMention] = {}
        self.acronyms: dict[str, ActorMention] = {}
        self.given: dict[str, ActorMention] = {}
        # surname -> (token, given name) of the first full name the parser found bearing it, coded or not
        self.bearers: dict[str, tuple[int, str]] = {}

    def name(self, name: str, ref: ActorMention) -> None:
        """Remember the code of a person named in a titled phrase, for their later short mentions."""
        words = [w for w in name.replace("’", "'").split()
                 if (w[:1].isupper() or w[:3].lower() in {"al-", "el-"} and w[3:4].isupper()) and
                 w.lower() not in _NOT_NAMES]
        if not words or len(words[-1]) < 3:
            return
        surname = words[-1]     # later short mentions repeat the surname, not the given name ("Omar Bob")
        first = self.bearers.get(surname)
        if first is not None and ref.tokens and first[0] < ref.tokens[0] and first[1] != words[0] and \
                "people.tsv" not in ref.rule:
            # "sanctions on Sali Berisha ... his son, Shkelzen Berisha": a later "Berisha" is the first bearer of
            # the name, whom the dictionaries could not code, not a relative named after him
            return
        # the first full mention names the person; later ones ("Gachagua's lawyers") must not replace it
        self.people.setdefault(surname, ref)
        if len(words) >= 2 and len(words[0]) >= 4 and ref.role not in {None, "CVL"}:
            # "Mahathir" after "Mahathir Mohamad": a public figure called by the first word of the name, when no
            # one bears it as a surname (a child, "Makeda", is not that)
            self.given.setdefault(words[0], ref)
        if surname[:3].lower() in {"al-", "el-"} and len(surname) > 5:
            self.people.setdefault(surname[3].upper() + surname[4:], ref)     # "al-Bashir" is also "Bashir"

    def note_bearers(self, ents) -> None:
        """Note the first full-name bearer of each surname among the parser's PERSON entities."""
        for ent in ents:
            words = [t.text for t in ent if t.text[:1].isupper() and t.lower_ not in _NOT_NAMES]
            if ent.label_ == "PERSON" and len(words) >= 2 and len(words[-1]) >= 3:
                self.bearers.setdefault(words[-1].replace("’", "'"), (ent.start, words[0]))

    def remember(self, m: ActorMention, doc, head_lemma: str = "", named: bool = False) -> None:
        """Add a coded mention; `head_lemma` is the noun that "the NOUN" would use to refer back to it, and
        `named` says its code came from a name (only a named armed group is what "the militants" means)."""
        if head_lemma and m.category != "person":
            self.heads[head_lemma] = m
        if named and m.role in ARMED_ROLES:
            self.last.setdefault("armed", []).append(m)
        if m.category == "person" and not _subjectish(doc, m.head) and self.last.get("person"):
            # an object mention ("asking Putin") is less salient than the last subject for "the politician"
            self.last["person"].insert(-1 if _subjectish(doc, self.last["person"][-1].head) else
                                       len(self.last["person"]), m)
            return
        kind = _KINDS.get(m.category)
        if kind:
            self.last.setdefault(kind, []).append(m)

    def lookup(self, kinds: str, head_lemma: str = "") -> Optional[ActorMention]:
        """Return the latest mention of the first of `kinds` (`a|b`) that the article has."""
        for k in kinds.split("|"):
            if k == "head":
                if head_lemma in self.heads:
                    return self.heads[head_lemma]
            elif k == "media":
                found = self._latest(lambda m: m.role == "MED")
                if found is not None:
                    return found
            elif self.last.get(k):
                return self.last[k][-1]
        return None

    def _latest(self, keep) -> Optional[ActorMention]:
        best = None
        for ms in self.last.values():
            for m in ms:
                if keep(m) and (best is None or m.start > best.start):
                    best = m
        return best

    def by_surname(self, name: str) -> Optional[ActorMention]:
        """Return the earlier person one of whose names `name` repeats ("Abdel Bari", "Bob")."""
        words = name.replace("’", "'").split()
        return (self.people.get(words[-1]) or (self.given.get(words[0]) if len(words) == 1 else None)) \
            if words else None

    def latest_organisation(self) -> Optional[ActorMention]:
        """Return the latest international organisation or NGO, whose head a "secretary-general" is (a council
        or an assembly of states has none)."""
        return self._latest(lambda m: m.role in {"IGO", "NGO"} and not any(
            w in m.text.lower() for w in ("council", "assembly", "summit", "conference")))
