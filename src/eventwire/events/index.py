"""Which actor each token of a Doc stands for: resolved mentions, country words on generic nouns ("Georgian
villages"), places ("the city of Gori"), unnamed people of a named place ("passengers ... in Balochistan")
and pronouns (pronouns.py), for the event coder's arguments.
"""

from __future__ import annotations

from typing import Optional

from ..records import ActorMention
from .definite import PERSON_NOUNS, counted, the_country
from .pronouns import PERSONAL, PLURAL, STATE_CATEGORIES, Antecedents

__all__ = ["ActorIndex"]

_UNKNOWN = ActorMention(0, 0, "", "", None, None, "person", "unknown")   # a reporter no actor stands for


class ActorIndex:
    """Which actor each token of one Doc stands for."""

    def __init__(self, doc, mentions: list[ActorMention], words, country_tokens: Optional[dict] = None,
                 places: Optional[list] = None) -> None:
        self.doc = doc
        self.words = words
        self.by_token: dict[int, ActorMention] = {}
        self.spans: dict[tuple, list] = {}    # "the two countries" may stand for two actors at once
        for m in mentions:
            for t in m.tokens:
                self.by_token.setdefault(t, m)
            self.spans.setdefault((m.start, m.end), []).append(m)
        self.by_head: dict[int, list] = {}   # "Thai and Chinese governments": two mentions on one head
        for m in mentions:
            self.by_token[m.head] = self.spans[(m.start, m.end)][0]
            self.by_head.setdefault(m.head, []).append(m)
        repeats = self._surname_repeats(doc, mentions)
        self.by_token.update((r.head, r) for r in repeats)
        self.country_tokens = country_tokens or {}
        self.place_tokens: dict[int, str] = {}
        for p in places or ():
            country = p.location.country
            span = doc.char_span(p.start, p.end, alignment_mode="expand") if country else None
            for t in span or ():
                self.place_tokens[t.i] = country
        self._derived: dict[tuple, ActorMention] = {}
        # plural nouns with a country word ("the 48 Chinese Uyghurs") can be what "them" stands for
        # (only the heads of country words can be such nouns: no walk over every token of the Doc)
        heads = sorted({doc[i].head.i for i in self.country_tokens if doc[i].dep_ in {"amod", "compound"}})
        plural = [self.derived(doc[h]) for h in heads if doc[h].tag_ == "NNS" and h not in self.by_token]
        self.antecedents = Antecedents(doc, [*mentions, *repeats, *(m for m in plural if m is not None)])
        self.last_person: Optional[ActorMention] = None
        self.last_source: Optional[ActorMention] = None
        self.speakers: dict[int, ActorMention] = {}   # sentence start token -> speaker of its quote
        self.exclude: frozenset = frozenset()        # codes a pronoun may not stand for (the event's source)
        self.exclude_countries: frozenset = frozenset()
        self.source_country: Optional[str] = None    # the country of the event's source, for its people
        self.own_countries: frozenset = frozenset()   # the event's sources' countries, for "the country"
        self._resolving: set[int] = set()

    def head_token(self, m: ActorMention):
        """The Doc token of a mention's head word, or None for a mention with none (a made-up one)."""
        return self.doc[m.head] if 0 <= m.head < len(self.doc) else None

    def _surname_repeats(self, doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """Later lone repeats of a person's surname that the actor stage left unresolved ("Mejia's legal
        team", "Duda and other nationalist leaders"), as mentions of that person."""
        people = {}
        for m in sorted(mentions, key=lambda m: m.head):
            head = self.head_token(m)
            if m.category == "person" and head is not None and head.text[:1].isupper() and len(head.text) > 2:
                people.setdefault(head.text, m)
        out = []
        if not people:
            return out
        for t in doc:
            m = people.get(t.text)
            if m is None or t.i in self.by_token or m.head >= t.i or t.dep_ == "compound" or \
                    any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children):
                continue   # (not "Hunter Biden" after "Joe Biden": another given name)
            out.append(ActorMention(t.idx, t.idx + len(t.text), t.text, m.code, m.country, m.role, m.category,
                                    "surname-repeat", m.sentence, head=t.i, tokens=(t.i,)))
        return out

    def mention(self, i: int) -> Optional[ActorMention]:
        """Return the resolved mention covering token i."""
        return self.by_token.get(i)

    def actors(self, tok, loose: bool = True, places: bool = False) -> list[ActorMention]:
        """The actors a token stands for, with its coordinated siblings and resolved pronouns.

        `loose` also reads a country word on a generic noun ("Russian jets"); `places` also a place name
        or one in an "of/near" phrase ("the port of Poti"), for targets only.
        """
        tok = self.through(tok)
        group = self.counted(tok)
        if group:
            return group
        tokens = [tok, *(self.through(c) for c in tok.conjuncts)]
        m0 = self.by_token.get(tok.i)
        if m0 is not None and m0.category == "state":
            # "Greece, Panama and South Korea" parsed as an apposition: the list is coordinated
            for c in tok.children:
                mc = self.by_token.get(c.i)
                if c.dep_ == "appos" and mc is not None and mc.category == "state" and c.conjuncts:
                    tokens += [c, *c.conjuncts]
        if m0 is not None and m0.category == "institution":
            # a title whose person the parse put further down: "Special Representative ... Zurab Abashidze
            # and ... Grigory Karasin held meetings"
            for t in tok.subtree:
                pm = self.by_token.get(t.i)
                if pm is not None and pm.category == "person" and t.i == pm.head and not _in_clause(t, tok):
                    tokens = [t, *t.conjuncts]
                    break
        out: list[ActorMention] = []
        for t in tokens:
            m = self.by_token.get(t.i)
            patient = t.lemma_.lower() in self.words("patienttheme")
            if patient and m is not None and t.pos_ == "NOUN":
                m = None     # "calls for Lai's release": the release, not Lai, even where a mention spans both
            if m is None and not patient:
                for c in t.children:
                    if c.dep_ in {"compound", "poss", "amod"} and c.i in self.by_token and \
                            self.by_token[c.i].category not in {"adjective"}:
                        m = self.by_token[c.i]
                        break
            if not patient and t.pos_ == "NOUN" and (m is None or "context:" in m.rule):
                # "Its troops attacked": the owner a possessive pronoun stands for, not the country the actor
                # stage guessed from the context
                owner = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
                found = self.pronoun(owner) if owner is not None else None
                if found is not None and found.country and (m is None or found.country != m.country):
                    m = found if m is None else self._synthetic(t, found.country, "possessor", m.role)
                    out.extend(x for x in [m] if x not in out)
                    continue
            if m is None and t.lower_ in self.words("pronoun"):
                m = self.pronoun(t)
            if m is None and t.lower_ in self.words("first"):
                m = self.speakers.get(t.sent.start)
            if m is None and loose:
                m = self.derived(t, places)
            if m is None:
                # "35 countries, including the EU bloc": the examples named stand for the group
                named = [x for c in t.children if c.dep_ == "prep" and c.lower_ in {"including", "like"}
                         for p in c.children if p.dep_ == "pobj" for x in self.actors(p, loose, places)]
                if named:
                    out.extend(x for x in named if x not in out)
                    continue
            if m is not None and loose and m.category not in {"person", "state", "capital", "territory"}:
                split = self._split_adjectives(t, m)
                if split:
                    out.extend(x for x in split if x not in out)
                    continue
                if not m.country and m.code[:3] not in {"IGO", "NGO", "IMG", "MNC"}:
                    m = self._complete(t, m)
            if m is not None and m not in out:
                out.append(m)
                out.extend(x for x in self.spans.get((m.start, m.end), ()) if x not in out)
                out.extend(x for x in self._outer_conjuncts(m) if x not in out)
        return out

    def counted(self, t) -> list[ActorMention]:
        """A definite counted plural's actors ("the three nations"; definite.py)."""
        return counted(self, t)

    def _outer_conjuncts(self, m: ActorMention) -> list:
        """ "Officials of the two countries, Georgia and Russia": actors coordinated with a word inside the
        mention but left outside it by the actor stage."""
        found = []
        for i in m.tokens:
            for c in self.doc[i].conjuncts:
                other = self.by_token.get(c.i)
                if c.i not in m.tokens and other is not None and other is not m and \
                        other.category in {"state", "capital", "territory", "institution", "organisation"}:
                    found.append(other)
        return found

    def through(self, tok):
        """The noun a partitive stands for: "thousands of troops" is troops, "members of X" is X."""
        quantity = self.words("quantity")
        for _ in range(3):
            if tok.lower_ not in quantity and tok.lemma_.lower() not in quantity or tok.i in self.by_token:
                return tok
            of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
            if not of:
                return tok
            tok = of[0]
        return tok

    def _split_adjectives(self, t, m: ActorMention) -> list:
        """ "Georgian and Abkhaz negotiators", "Cameroon and C.A.R. officials": one actor per coordinated
        country word (not "Iranian American journalist", whose words are not coordinated)."""
        mods = [c for c in t.children if c.dep_ in {"amod", "compound", "nmod"} and c.i in self.country_tokens]
        mods += [self.doc[i] for i in m.tokens if i in self.country_tokens and self.doc[i].dep_ in {"appos", "conj"}
                 and self.doc[i] not in mods]   # "Council members Greece, Panama and South Korea"
        if not any(c.conjuncts or any(x.dep_ == "cc" for x in c.children) for c in mods):
            return []
        countries: list[str] = []
        for c in mods:
            for x in (c, *c.conjuncts):
                if x.i in self.country_tokens and self.country_tokens[x.i] not in countries:
                    countries.append(self.country_tokens[x.i])
        if len(countries) < 2:
            return []
        role = m.role if m.country is None or m.code.startswith(m.country) else None
        return [self._synthetic(t, c, "coordinated-adjective", role) for c in countries]

    def _complete(self, t, m: ActorMention) -> ActorMention:
        """A mention with no country ("a delegation from Syria", "Kenyan authorities' forces"): the country
        its own words give, as an event argument; the mention itself is left as the actor stage made it."""
        country = None
        for c in t.children:
            if c.dep_ in {"amod", "compound", "nmod"} and c.i in self.country_tokens:
                country = self.country_tokens[c.i]
            elif c.dep_ == "prep" and c.lower_ in {"from", "of"}:
                for p in c.children:
                    pm = self.by_token.get(p.i)
                    if p.dep_ == "pobj" and pm is not None and pm.category in STATE_CATEGORIES:
                        country = pm.country
            if country:
                break
        if not country:
            return m
        return self._synthetic(t, country, "completed", m.role or m.code)

    def derived(self, t, places: bool = False, depth: int = 0) -> Optional[ActorMention]:
        """A country actor for a generic noun: its country adjective or compound, or (for targets) its place."""
        if t.i in self.country_tokens and t.pos_ in {"PROPN", "NOUN", "ADJ"}:
            return self._synthetic(t, self.country_tokens[t.i], "country-word")
        for c in t.children:
            if c.dep_ in {"amod", "compound", "nmod"} and c.i in self.country_tokens:
                return self._synthetic(t, self.country_tokens[c.i], "country-adjective")
        if not places:
            return None
        if t.i in self.place_tokens:
            return self._synthetic(t, self.place_tokens[t.i], "place")
        other = the_country(self, t)
        if other is not None:
            return self._synthetic(t, other, "the-country")
        if depth == 0 and self._civilian(t):
            # "attacked a passenger train in Pakistan's Balochistan", "apologised to the families": people with
            # no country word are the place's, else the source's own (domestic) people
            # ("thanked his supporters": the source's own people are no target of its own)
            owned = any(c.dep_ == "poss" for c in t.children)
            if any(c.lower_ in {"foreign", "international"} for c in t.children):
                return None   # "banned foreign journalists": not the source's own people
            country = self.clause_country(t) or (None if owned else self.source_country)
            if country:
                return self._synthetic(t, country, "civilians", self._people_role(t))
        if depth < 2:
            placenoun = t.lemma_.lower() in self.words("placenoun")
            for c in t.children:
                # "the city of Gori", "a base near Bouake", "the parliament building in Tbilisi"
                if c.dep_ == "prep" and (c.lower_ == "of" and placenoun or c.lower_ in {"near", "outside"} or
                                         c.lower_ in {"in", "inside"} and self.site(t)):
                    for p in c.children:
                        if p.dep_ == "pobj" and p.lemma_.lower() not in {"border", "frontier", "boundary"}:
                            # (not "near the Cameroon border": that is the neighbour's name)
                            m = self.by_token.get(p.i)
                            if m is not None and m.country and m.category in STATE_CATEGORIES:
                                return self._synthetic(t, m.country, "place")
                            found = self.derived(p, True, depth + 1)
                            if found is not None:
                                return found
            if depth == 0 and t.dep_ in {"dobj", "nsubjpass"} and self.site(t) and \
                    t.lemma_.lower() in self.words("facility"):
                # "bombed targets in Gaza": the parser hangs the place on the verb, yet it locates the object
                country = self.clause_country(t)
                if country:
                    return self._synthetic(t, country, "place")
        return None

    def people(self, tok) -> list:
        """ "Thousands of opposition supporters rallied in Tbilisi": unnamed people are the place's."""
        t = self.through(tok)
        if t.i in self.by_token or not self._civilian(t):
            return []
        country = self.clause_country(t)
        return [self._synthetic(t, country, "people", self._people_role(t))] if country else []

    def crowd(self, t) -> Optional[ActorMention]:
        """ "Tens of thousands protested in Bangkok": a bare number of people is the civilians of the place
        its clause names (None when it names none, or the number counts something else: "thousands of
        dollars")."""
        t = self.through(t)
        quantity = self.words("quantity")
        if t.i in self.by_token or t.lemma_.lower() not in quantity and t.lower_ not in quantity and \
                not (t.pos_ == "NUM" and t.dep_ in {"nsubj", "nsubjpass"}):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            return None   # "thousands of dollars": through() found no people in it
        country = self.clause_country(t)
        return self._synthetic(t, country, "crowd", "CVL") if country else None

    def _people_role(self, t) -> str:
        role = self.words("people").get(t.lemma_.lower(), "-")
        return "CVL" if role == "-" else role

    def site(self, t) -> bool:
        """A place or facility noun ("the town of", "a building in"), whose place is its country."""
        lemma = t.lemma_.lower()
        return lemma in self.words("placenoun") or lemma in self.words("facility")

    def _civilian(self, t) -> bool:
        lemma = t.lemma_.lower()
        return lemma in self.words("people") or lemma in self.words("vehicle") and any(
            c.dep_ == "compound" and c.lemma_.lower() in self.words("people") for c in t.children)

    def clause_country(self, t, arrival: bool = False) -> Optional[str]:
        """The country of the first place named in the clause of token t; with `arrival`, a destination
        counts too ("protesters marched to the embassy in Niamey": where a march goes is where it protests)."""
        verb = t
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        for x in verb.subtree:
            if not _located(x, verb, arrival):
                continue   # "deported 173 people to Turkey": an origin or destination is not where they are
            if x.i in self.place_tokens:
                if self._names_owner(x):
                    continue   # "outside the U.S. embassy in Manila": whose embassy it is, not where it stands
                return self.place_tokens[x.i]
            m = self.by_token.get(x.i)
            if m is not None and m.category in STATE_CATEGORIES and m.country and \
                    x.dep_ in {"pobj", "poss"}:
                return m.country
        return None

    def _names_owner(self, x) -> bool:
        """Is place token x the owner's name on a facility that its own phrase places elsewhere ("the U.S.
        embassy in Manila", "a Russian base in Syria"), not where the clause happens ("a Gaza hospital")?"""
        h = x.head
        return x.dep_ in {"compound", "amod", "poss"} and h.i not in self.place_tokens and \
            h.lemma_.lower() in self.words("facility") and \
            any(c.dep_ == "prep" and c.lower_ in {"in", "inside"} for c in h.children)

    def located(self, t, country: str, role: Optional[str]) -> ActorMention:
        """An actor of token t that is of the country where it acts, not the one the actor stage guessed."""
        return self._synthetic(t, country, "located", role)

    def _synthetic(self, t, country: str, rule: str, role: Optional[str] = None) -> ActorMention:
        key = (t.i, country, role)
        if key not in self._derived:
            self._derived[key] = ActorMention(t.idx, t.idx + len(t.text), t.text, country + (role or ""), country,
                                              role, "derived", rule, head=t.i, tokens=(t.i,))
        return self._derived[key]

    def pronoun(self, t) -> Optional[ActorMention]:
        """Resolve a third-person pronoun: who/which to its noun, a possessive to its clause's subject, else the
        nearest agreeing actor before it (pronouns.py), else the last person or the last source."""
        if t.i in self._resolving:
            return None   # (a pronoun inside the phrase its own resolution reads)
        self._resolving.add(t.i)
        try:
            return self._pronoun(t)
        finally:
            self._resolving.discard(t.i)

    def _pronoun(self, t) -> Optional[ActorMention]:
        word = t.lower_
        if word in {"who", "which", "that"}:
            clause = t.head
            while clause.dep_ not in {"relcl", "acl"} and clause.head.i != clause.i and clause.pos_ != "NOUN":
                clause = clause.head
            if clause.dep_ in {"relcl", "acl"}:
                return self.by_token.get(clause.head.i) or self.derived(clause.head)
            return None
        if t.dep_ == "poss" and word in {"its", "their", "his", "her"}:
            # "Beijing cites records to back its claims": a possessive in the clause is its subject's
            clause = t.head
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
            subj = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in self.words("pronoun") and
                    not c.left_edge.i <= t.i <= c.right_edge.i]   # (not "its troops" itself)
            if not subj and clause.dep_ in {"xcomp", "advcl", "conj"}:
                subj = [c for c in clause.head.children if c.dep_ == "nsubj" and c.lower_ not in self.words("pronoun")]
            found = [m for s in subj for m in self.actors(s, loose=True) if m.code not in self.exclude]
            if found:
                return found[0]
        found = self._reporter(t)
        if found is not None:
            return found if found is not _UNKNOWN else None
        found = self.antecedents.resolve(t, self.exclude, self.exclude_countries)
        if found is not None:
            return found
        if word in PERSONAL:
            return self.last_person
        # a subject with no antecedent near continues the story's last actor; an object ("stormed it") with
        # none is most often a thing
        return self.last_source if t.dep_ in {"nsubj", "nsubjpass"} else None

    def _reporter(self, t) -> Optional[ActorMention]:
        """ "A member of the cartel told the judge that he tried to kill ...": the subject pronoun of a reported
        clause is the one who reports it, when that one agrees with it (a person for "he", a plural for
        "they", a body for "it")."""
        word = t.lower_
        clause = t.head
        if t.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp" or \
                clause.head.lemma_.lower() not in self.words("speech"):
            return None
        subj = [c for c in clause.head.children if c.dep_ == "nsubj"]
        if not subj or subj[0].lower_ in self.words("pronoun") or subj[0].lower_ in self.words("first"):
            return None
        s = subj[0]
        found = [m for m in self.actors(s) if m.code not in self.exclude]
        if not found and word in PERSONAL and s.pos_ == "PROPN" and s.tag_ == "NNP" and not s.conjuncts:
            return _UNKNOWN   # "Ivan Petrov told jurors he was arrested": a person unknown to us, not an earlier one
        if not found:
            return None
        plural = s.tag_ in {"NNS", "NNPS"} or bool(s.conjuncts)
        if word in PERSONAL:
            fits = not plural and (found[0].category == "person" or s.lemma_.lower() in PERSON_NOUNS or
                                   s.pos_ == "NOUN" and s.i not in self.by_token)
        elif word in PLURAL:
            fits = plural
        else:
            fits = not plural and found[0].category not in {"person", "derived"}
        return found[0] if fits and len(found) == 1 else None


_ARRIVAL = {"to", "into", "toward", "towards"}
_AWAY = {"from", "for", "against"}
_AWAY_OR_ARRIVAL = _AWAY | _ARRIVAL


def _in_clause(t, noun) -> bool:
    """Is token t inside a clause under the noun ("ICE, which works under President Trump")?"""
    while t.i != noun.i and t.head.i != t.i:
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _located(x, verb, arrival: bool = False) -> bool:
    """Is token x (under verb) in a phrase of location, not of origin or destination (with `arrival`, a
    destination is a location)?"""
    away = _AWAY if arrival else _AWAY_OR_ARRIVAL
    while x.i != verb.i:
        if x.dep_ == "prep" and x.lower_ in away:
            return False
        x = x.head
    return True
