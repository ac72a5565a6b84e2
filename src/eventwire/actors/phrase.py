"""Code one noun phrase of actor matches: the strongest evidence decides, and the rule says which.

A known person (coded by the date) or a named body comes first; then a country (name, demonym, capital or a
place in it) combined with a role word ("Georgian troops" -> GEOMIL). A role word with no country takes the
country its sentence or article is about, and an armed-group noun ("the militants") the armed group the article
names. Short mentions take the code of the earlier full mention ("Inashvili", "the party", "the council", "NISA").
"""

from __future__ import annotations

from typing import Optional

from ..records import ActorMention
from .context import (GEO_NOUNS, PERSONAL_THINGS, THING_NOUNS, credit_line, generic, governs, modifies_thing,
                      international_body,
                      not_acting, not_of_country, participle_modifier, place_use)
from .dictionary import INTERNATIONAL_ROLES, split_code, then_code
from .generic import member_states, nonreferential, river_bank
from .coref import References
from .fallback import ContextCountry, kin_complement
from .memory import ARMED_ROLES
from .roles import agents_role, pattern_org, phrase_agents
from .split import PhraseSplits

__all__ = ["PhraseCoder"]

_PLACES = {"state", "territory", "capital", "adjective", "place"}
_NAMED = {"organisation", "institution", "party", "media", "group"}
_STATE_ROLES = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}
_OVERRIDES = {"ELI", "LEG", "MIL", "SPY", "COP", "JUD", "OPP"}
_SPEECH_HEADS = {"report", "reports", "statement", "source", "sources", "say", "claim", "command", "ruling",
                 "decision", "verdict", "order", "spokesman", "spokeswoman", "spokesperson"}
_PLACE_INSTITUTIONS = {"school", "hospital", "court", "university", "church", "mosque", "clinic", "parliament",
                       "college", "prison", "embassy", "consulate", "ministry", "palace", "headquarters"}
_PLACES_OF_SERVICE = {"school", "hospital", "university", "church", "mosque", "clinic", "college"}
_HEAD_TITLES = {"president", "leader", "chairman", "chairwoman", "chair", "head", "director", "founder", "chief"}
_FOLLOWERS = {"~CVL", "~UAF", "~REB", "~INS"}      # "supporters of X", "loyalists of X": X's people, not X
_QUANTITIES = {"thousand", "thousands", "hundred", "hundreds", "million", "millions", "dozen", "dozens", "scores"}
_DOCUMENTS = {"charter", "convention", "treaty", "resolution", "summit", "agreement", "accord", "protocol",
              "declaration", "award", "prize", "act", "law", "plan", "deal", "report", "armoury", "museum"}
# acts whose modifier is who did them: "ignored VOA requests for comment", "a Turkish court ruling"
_ASKINGS = {"request", "inquiry", "enquiry", "ruling", "verdict", "decision"}
_SPOKEN = _SPEECH_HEADS | _ASKINGS     # what a named body says or asks: it stays the owner's actor
_SEPARATIST_STATE = {"official", "authority", "leader", "government", "administration", "president"}
# a person's or body's own office, party, government: the owner's role when it is one of these, else the first
_OWNED_BODIES = {"office": ("GOV", "LEG", "JUD", "MIL", "OPP", "IGO"), "party": ("GOV", "OPP"),
                 "government": ("GOV",), "administration": ("GOV",), "campaign": ("OPP", "GOV")}
_MEMBERS = {"party", "member", "lawmaker", "faction", "caucus", "deputy", "senator"}   # "... in the Bundestag"
_FORMER = {"former", "ex", "ex-", "erstwhile", "onetime"}
_DEFINITE_DETS = {"the", "this", "that", "these", "those"}


class PhraseCoder(PhraseSplits, References, ContextCountry):
    """Codes the phrases of one article in order, remembering what each one said."""

    def __init__(self, doc, published, memory, ctx, actor_tokens: set, agent_tokens: set, armed: list) -> None:
        super().__init__(doc, published, memory, ctx, armed)
        self.actor_tokens = actor_tokens
        self.agent_tokens = agent_tokens

    def code(self, head: int, group: list) -> list[ActorMention]:
        """Return the mentions of one phrase: usually one; one per country in "U.S. and Iraqi officials"."""
        split = self._coordinated(head, group) or self._medium_and_person(head, group)
        if split is not None:
            return split
        out, group = self._party_of(head, group)
        if not group:
            return out
        out, group = self._coordinated_roles(head, group, out)
        mention = self._code_one(head, group, None) if group else None
        return out + ([mention] if mention is not None else [])

    def _code_one(self, head: int, group: list, span: Optional[tuple]) -> Optional[ActorMention]:
        doc = self.doc
        self.last_code, self.last_basis = "", None
        basis: Optional[tuple] = None     # the dated entry the code comes from (see References.basis)
        if span:
            start, end = span
        else:
            start = min(min(m.start for m in group), head)
            end = max(max(m.end for m in group), head + 1)
        head_tok = doc[head]
        persons = [m for m in group if m.category == "person"]
        person = next((m for m in persons if m.start <= head < m.end), persons[-1] if persons else None)
        named_all = [m for m in group if m.category in _NAMED]
        named = next((m for m in named_all if m.start <= head < m.end), named_all[0] if named_all else None)
        places = [m for m in group if m.category in _PLACES and not not_of_country(doc, m)]
        disowned = {split_code(m.entry.code)[0] for m in group if m.category in _PLACES and m.entry is not None
                    and m.entry.code and not_of_country(doc, m)}
        agents = phrase_agents(self.doc, group, head, self.actor_tokens)
        anaphor = next((m for m in group if m.category.startswith("anaphor:")), None)
        head_ref = next((m for m in group if m.category.startswith("anaphor-head:")), None)
        unknowns = [m for m in group if m.category.startswith("unknown_")]
        unknown = next((m for m in unknowns if m.category == "unknown_person"), unknowns[0] if unknowns else None)
        former = any(t.lower_ in _FORMER or t.lower_.startswith("ex-") for t in self._left(head, start, end))
        if unknown is not None and unknown.category == "unknown_org" and former:
            unknown.category = "unknown_person"     # organisations are not "former": "former DP Rigathi Gachagua"
        unknown_person = unknown is not None and unknown.category == "unknown_person"
        org = next((o for o in (pattern_org(doc, m, self.org_patterns) for m in unknowns
                                if m.category == "unknown_org") if o and o[0]), None)
        country: Optional[str] = None
        role: Optional[str] = None
        category: Optional[str] = None
        rule = ""
        explicit = False         # the phrase itself names the country (or the body)
        based = False            # the code came from a person, a named body or an earlier mention

        if person:
            country, role = split_code(then_code(person.entry, doc, start, end, self.published))
            category, rule, explicit, based = "person", person.entry.rule, True, True
            basis = (person.entry, "entry")
            modifier = person.root != head and doc[person.root].dep_ in {"poss", "compound", "nmod", "amod"}
            pobj_of = person.root != head and doc[person.root].dep_ == "pobj"
            if (modifier or pobj_of) and head_tok.lemma_.lower() in {"party", "movement", "organization",
                                                                      "organisation", "regime"}:
                # "the party of former President Omar al-Bashir", "the Bashir organization": in power with its
                # leader, else opposition; a regime governs
                role = "GOV" if role == "GOV" or head_tok.lemma_.lower() == "regime" else "OPP"
                category, rule = "party", rule + "+party-of"
                basis = (person.entry, "party-of") if head_tok.lemma_.lower() != "regime" else None
            elif modifier and head_tok.lemma_.lower() in {"family", "clan", "dynasty"}:
                role, category, rule, basis = "ELI", "group", rule + "+family", None     # "the Assad family"
            elif (modifier or pobj_of and any(a.start <= head < a.end and a.entry.code in _FOLLOWERS
                                              for a in agents)) and (
                    head in self.agent_tokens or unknown_person and unknown.start <= head < unknown.end):
                # "Assad loyalists", "Zelenskyy's chief of staff Andriy Yermak": the person only gives the country
                role, category, based, basis = None, None, False, None
            elif modifier and head not in self.actor_tokens and head_tok.pos_ == "NOUN" and (
                    head_tok.lower_ in PERSONAL_THINGS or doc[person.root].dep_ != "poss"):
                return None     # "Trump's first term", "the Karasin-Abashidze channel"
        elif named:
            entry = self._by_context(named, places, head)
            country, role = split_code(entry.code_at(self.published))
            category, rule, explicit, based = named.category, entry.rule, True, True
            basis = (entry, "entry")
            root = doc[named.root]
            state = self._nearest([p for p in places if not p.locator and p.category in {"state", "adjective"}
                                   and p.start < named.start], head)
            if state is not None and country and named.category == "institution" and \
                    split_code(state.entry.code)[0] != country and named.end - named.start == 1:
                # "Brazil's Congress" is not the U.S. Congress: the one-word name of a body of the named country
                country, rule, basis = split_code(state.entry.code)[0], rule + "+" + state.entry.rule, None
            if (role == "PTY" or category == "party") and not (
                    named.start <= head < named.end and role in {"GOV", "OPP"} and not agents):
                # (a name ending in "Government" — Myanmar's shadow National Unity Government — keeps its entry's role)
                role, rule = self._party_role(role, agents, group, head_tok, rule)
            if role in INTERNATIONAL_ROLES and named.root != head and member_states(doc, head):
                return None     # "intelligence from U.N. member states": several states, not the U.N.
            asker = named.root != head and head_tok.lemma_.lower() in _ASKINGS and root.head.i == head
            if named.root != head and not agents and head not in self.actor_tokens and not asker and (
                    modifies_thing(doc, root, self.actor_tokens) or root.dep_ != "poss" and (
                        head_tok.pos_ == "NOUN" or head_tok.lemma_.lower() in _DOCUMENTS) or
                    head_tok.lemma_.lower() in THING_NOUNS - GEO_NOUNS) or \
                    participle_modifier(root):
                return None     # "IAEA report", "G7 talks", "EU measures", "Taliban-controlled", "U.N. Charter"
            if named.category in {"institution", "organisation"} and not agents and named.root == head and \
                    (place_use(doc, head, strict=True) and head_tok.head.head.lemma_.lower() not in _MEMBERS or
                     credit_line(doc, head)):
                # "a news conference at the Pentagon", "contributed to this report from the U.N."; but "the largest
                # opposition party in the Bundestag" is a member of it
                return None
            if role == "IGO" and agents:
                # "British Deputy U.N. Ambassador James Kariuki": a country's diplomat at the U.N.
                state = self._nearest([p for p in places if not p.locator and p.category != "place" and
                                       p.start < named.start], head)
                owner = self._owner(head) if state is None else None
                if state is not None and any(a.entry.code == "~GOV" for a in agents):
                    country, role, basis = split_code(state.entry.code)[0], "GOV", None
                    category, rule = "person" if unknown_person or persons else "institution", state.entry.rule
                elif owner is not None and owner.role not in INTERNATIONAL_ROLES and \
                        any(a.entry.code == "~GOV" for a in agents):
                    # "Iran's U.N. ambassador ... his U.N. mission": the ambassador's country's mission
                    country, role, basis = owner.country, "GOV", None
                    category, rule = "institution", rule + f"+owner:{owner.text}"
        elif org is not None:   # a body the dictionaries lack, known by its name ("the Elephant Protection Society")
            role, rule = org
            category, explicit, based = "person" if unknown_person else "organisation", True, True
            u = next(m for m in unknowns if m.category == "unknown_org")
            if u.end + 1 < len(doc) and doc[u.end].lower_ in {"in", "of"}:
                # the NER ends "the Committee for Freedom" before "in Hong Kong": the place right after is its seat
                country = next((c for s, e, c, k in self.ctx.evidence if s == u.end + 1 and k != "adjective"), None)
        else:
            ref = None
            if anaphor is not None:
                ref = self._refer(anaphor.category.split(":", 1)[1], doc[anaphor.root])
                rule = f"anaphor:{doc[anaphor.start:anaphor.end].text.lower()}"
            elif head_ref is not None and not any(not p.locator for p in places) and \
                    not any(a.end - a.start > 1 and a.start <= head_ref.root < a.end for a in agents):
                ref = self._refer(head_ref.category.split(":", 1)[1], doc[head_ref.root])
                rule = f"anaphor:the {doc[head_ref.root].lower_}"
            if ref is not None:
                if head != (anaphor or head_ref).root and head not in self.actor_tokens and \
                        (head_tok.lower_ in THING_NOUNS or head_tok.lemma_.lower() in THING_NOUNS):
                    return None     # "the country's ability", "the newspaper's assets"
                if ref[1] in INTERNATIONAL_ROLES and place_use(doc, head, strict=True) or \
                        ref[1] is None and head == (anaphor or head_ref).root and place_use(doc, head, city=True):
                    return None     # "produced in the 27-nation bloc", "not allowed to leave the country"
                country, role, category = ref
                basis = self.last_basis
                explicit, based = True, role is not None
                rule += "->" + (country or "") + (role or "")
            elif anaphor is not None and not agents:
                return None

        place_only = False
        if country is None and role not in INTERNATIONAL_ROLES:
            chosen = self._nearest([p for p in places if not p.locator], head) or \
                self._nearest([p for p in places if p.locator], head)
            if chosen is not None:
                code = chosen.entry.code or ""
                place_country = split_code(code)[0] if code else None
                if place_country:
                    country, explicit = place_country, True
                    if place_country in {"COD", "COG"} and doc[chosen.start:chosen.end].text in {"Congo", "Congolese"}:
                        country = self.ctx.congo
                    if place_country == "DOM" and doc[chosen.start].text.startswith("Dominican") and \
                            doc[chosen.start:chosen.end].text != "Dominican Republic" and self.ctx.dominica and \
                            self.ctx.country_for(head, chosen.start) != "DOM":
                        country = "DMA"     # (unless the sentence names the Republic: "Santo Domingo ... the
                        # Dominican navy")
                    rule = rule or chosen.entry.rule
                place_only = chosen.category == "place"
                if chosen.category == "capital" and not agents and not person and not named and not unknown:
                    root = doc[chosen.root]
                    if place_use(doc, head, city=True) or not_acting(doc, head) or \
                            modifies_thing(doc, root, self.actor_tokens) or \
                            participle_modifier(root) or chosen.root != head and head_tok.pos_ == "NOUN" and (
                                head_tok.lower_ in THING_NOUNS or root.dep_ != "poss"):
                        return None
                    role, category = "GOV", "capital"
                elif category is None and chosen.category != "place":
                    category = chosen.category

        explicit_only = owner_only = False
        if agents:
            agent_role, agent_rule, explicit_only = agents_role(agents, head)
            # "security counterparts": another state's officials, never the article's; they need a named owner
            # whatever their modifiers say
            explicit_only = explicit_only or head_tok.lemma_.lower() == "counterpart" and any(
                a.start <= head < a.end and a.entry.extra.get("use") == "explicit" for a in agents)
            if agent_role is None and not (based or country):
                body = next((self.memory.heads[c.lemma_.lower()] for c in head_tok.children
                             if c.dep_ == "compound" and c.lemma_.lower() in self.memory.heads), None)
                if body is not None:    # "council members" after "the U.N. Security Council"
                    country, role, category, rule = body.country, body.role, "group", f"member:{body.text}"
                    self.took(body)
                    explicit = based = True
                    basis = self.last_basis
            if agent_role == "ORG":
                if not (named or based):
                    org = self.memory.latest_organisation()
                    if org is None:
                        return None
                    country, role, rule = org.country, org.role, f"{agent_rule}->{org.text}"
                    self.took(org)
                    basis = self.last_basis
                    category = "person" if unknown_person else "organisation"
                    explicit = based = True
            elif agent_role and (role is None or role == "GOV" and agent_role in _OVERRIDES and not named):
                role = agent_role
                rule = (rule + "+" if rule else "") + agent_rule
                if category in {None, "state", "adjective", "territory", "capital"}:
                    category = "institution" if agent_role in _STATE_ROLES else "group"
            if not (person or named or unknown_person or anaphor or head_ref) and \
                    not any(a.start <= head < a.end for a in agents) and head_tok.pos_ == "NOUN" and \
                    head not in self.actor_tokens:
                # a role word modifying a thing ("court cases", "government bases", "parliament building")
                main = doc[agents[-1].end - 1]
                definite_owner = main.dep_ == "poss" and main.tag_ == "NN" and \
                    any(c.lower_ == "the" for c in main.children)
                if not definite_owner and head_tok.lemma_.lower() not in _SPOKEN:
                    return None
                owner_only = definite_owner and unknown_person    # "the journalist's lawyer, Duch Piseth"
            if not (person or named or unknown) and all(participle_modifier(doc[a.root]) for a in agents):
                return None     # "the three military-led nations"
            if unknown is not None and unknown.category == "unknown_org" and not (named or person or org) and \
                    any(a.entry.phrase[-1] in _HEAD_TITLES for a in agents):
                return None     # "president of Women Arise for Change Initiative": a body we cannot code
            definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE_DETS for c in head_tok.children)
            if role in ARMED_ROLES and not based and not any(not p.locator for p in places) and (definite or country):
                armed = self._armed_ref(head, named_only=definite)
                if armed is not None and (definite or armed[0] in {None, country}) and \
                        (role != "UAF" or armed[1] == "UAF"):
                    # "the insurgents" after "the Taliban": the group named before, not where they met;
                    # "armed militants in Balochistan" are the Baloch Liberation Army's
                    # "the insurgents" after "the Taliban": the group named before, not where they met
                    country, role, rule = armed[0], armed[1], rule + f"+armed:{armed[2]}"
                    basis = self.last_basis
                    explicit = based = True


        if unknown is not None and country is None and role is None:
            name = doc[unknown.start:unknown.end].text
            ref_m = self.memory.by_surname(name) if unknown_person or len(name.split()) == 1 else None
            ref_m = ref_m or self.memory.acronyms.get(name) or next(
                (self.memory.acronyms[t.text] for t in doc[start:end] if t.text in self.memory.acronyms), None)
            if ref_m is not None and unknown_person and ref_m.category != "person":
                copy = ActorMention(ref_m.start, ref_m.end, ref_m.text, ref_m.code, ref_m.country, ref_m.role,
                                    "person", ref_m.rule)     # "NCDC lead Dr. Olajide Idris"
                self.inherit(copy, ref_m)
                ref_m = copy
            if ref_m is not None:
                country, role, category, rule = ref_m.country, ref_m.role, ref_m.category, f"coref:{ref_m.text}"
                self.took(ref_m)
                based = explicit = True
                basis = self.last_basis
            elif unknown_person and former and self.ctx.focus:
                country, role, category, rule = self.ctx.focus, "ELI", "person", "former+context"
                based = True
            elif unknown_person and credit_line(doc, unknown.root):
                # "Margaret Besheer contributed to this report": a VOA correspondent's credit line
                country, role, category, rule = "USA", "MED", "person", "credit-line"
                based = explicit = True
            elif unknown_person and (described := self._described_by(unknown)) is not None:
                # "the leader of the Bring Back Our Girls movement, Florence Ozor,": the role phrase just before;
                # "A member of a crime group told a court ... John Doe told jurors": the lede's description
                how, ref_m = described
                country, role, category, rule = ref_m.country, ref_m.role, "person", f"{how}:{ref_m.text}"
                self.took(ref_m)
                based = explicit = True
                basis = self.last_basis
            elif unknown_person and self._titled_by(unknown) is not None:
                # "IS deputy caliph Abdallah ...", "Taliban spokesman ...": the body just before the name,
                # whatever the parse made of the words between
                body = self._titled_by(unknown)
                country, role = split_code(body.entry.code_at(self.published))
                category, rule, based, explicit = "person", body.entry.rule + "+title", True, True
                basis = (body.entry, "entry")
            else:
                return None
        elif unknown_person and (country or role):
            category = "group" if owner_only else "person"
        if unknown is not None and unknown.root != head and doc[unknown.root].dep_ == "poss" and \
                head not in self.actor_tokens and head_tok.lower_ in PERSONAL_THINGS | {"team"}:
            return None         # "Jose Ruben Zamora's case"
        if place_only and not (agents or person or named or unknown or anaphor or head_ref):
            if not (country and governs(doc, head, places)):
                return None     # "in Johannesburg", "Michigan": a place is only where actors are
            role, category, rule = "GOV", "institution", rule + "+governs"     # "the electricity Ontario sends"

        if category == "adjective":
            counted = next((m for m in places if doc[m.root].dep_ == "pobj" and doc[m.root].head.head.i == head and
                            head_tok.lemma_.lower() in _QUANTITIES), None)
            if counted is not None:
                role, category = "CVL", "group"      # "thousands of Georgians"
            elif (head_tok.tag_ in {"NNS", "NNPS"} or head_tok.tag_ == "NNP" and head_tok.text.endswith("s")) and \
                    head in {m.root for m in places}:
                role, category = "CVL", "group"      # "Russians", "the Afghans"
            elif head_tok.tag_ in {"NN", "NNP"} and head in {m.root for m in places} and any(
                    c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"} for c in head_tok.children):
                role, category = "CVL", "person"     # "a Briton was kidnapped", "an American": one person
            else:
                return None
        if category in {"state", "territory"} and not agents:
            if place_use(doc, head) or not_acting(doc, head) or \
                    unknown is not None and unknown.start <= head < unknown.end or \
                    head_tok.dep_ == "compound" and head_tok.head.lower_ in GEO_NOUNS:
                return None     # "in Tbilisi"; "the Law Society of Kenya" is a body, not Kenya
            root_places = {m.root for m in places}
            anaphor_role = head_ref is not None and head == head_ref.root and role     # "the state" -> PAKGOV
            if head not in root_places and head_tok.pos_ in {"NOUN", "PROPN", "NUM"} and not anaphor and \
                    head not in self.actor_tokens and not anaphor_role:
                # "U.S. proposal", "Iraq's Anbar desert" are no actors; "Kenya's request" is
                owner = next((doc[m.root] for m in places if doc[m.root].dep_ == "poss"), None)
                if owner is None or head_tok.lower_ in THING_NOUNS or head_tok.lemma_.lower() in THING_NOUNS:
                    return None
            if not anaphor and not anaphor_role and (head not in root_places and head_tok.lower_ in THING_NOUNS or any(
                    doc[m.root].dep_ == "poss" and doc[m.root].head.lower_ in THING_NOUNS for m in places)):
                return None     # "nine of Sudan's 18 states" (whatever the tagger made of "states")
            if any(participle_modifier(doc[m.root]) for m in places if m.root == head):
                return None     # "the Washington-led war"
            if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head_tok.children):
                return None     # "a peaceful, stable and prosperous Myanmar": a wish, not the state

        if role and country is None and role not in INTERNATIONAL_ROLES and role != "ORG" and not based:
            owner = self._owner(head) if head_tok.lemma_.lower() != "counterpart" else None
            if owner is not None:       # "Zakharchenko said his fighters", "Kemp ... his office said"
                country, explicit, rule = owner.country, True, rule + f"+owner:{owner.text}"
                if head_tok.lemma_.lower() in _OWNED_BODIES:
                    role = owner.role if owner.role in _OWNED_BODIES[head_tok.lemma_.lower()] else \
                        _OWNED_BODIES[head_tok.lemma_.lower()][0]
        if role and role != "CVL" and country is None and agents and not based:
            group_of = self._included_in(head)
            if group_of is not None:    # "16 al-Shabab militants, including key leaders": the group's own
                country, role, rule = group_of.country, group_of.role, rule + f"+including:{group_of.text}"
                self.took(group_of)
                basis = self.last_basis
                based = explicit = True
        if role and country is None and role not in INTERNATIONAL_ROLES and role != "ORG":
            if explicit_only and not explicit and not (unknown_person or persons):
                return None
            if unknown_person and unknown.root != head and doc[unknown.root].dep_ in {"poss", "compound"} and \
                    not based:
                known = self.memory.by_surname(doc[unknown.start:unknown.end].text)
                if known is not None and known.country:     # "Mahathir's government" after "Mahathir Mohamad"
                    country, explicit, rule = known.country, True, rule + f"+owner:{known.text}"
            same = self._same_head(head_tok) if not based and country is None else None
            if same is None and not based and any(a.entry.phrase[-1] in {"party", "parties"} for a in agents):
                party = self.memory.lookup("party")     # "the ruling party" in a story about one country's parties
                if party is not None and party.country:
                    country, rule = party.country, rule + f"+party:{party.text}"
            if same is not None:
                country = same.country
                if same.role in ARMED_ROLES | {"OPP", "PTY"} or same.country is None:
                    role = same.role
                rule += f"+same:{same.text}"
            if country is None and not based and any(c.dep_ == "poss" and c.lower_ in {"its", "their"}
                                                     for c in head_tok.children):
                body = self._owner_body(head)
                if body is not None:    # "the African Union mission said its troops would help"
                    country, role, rule = body.country, body.role, rule + f"+its:{body.text}"
                    self.took(body)
                    basis = self.last_basis
            if country is None and not based and any(c.dep_ == "poss" and c.lower_ == "our" for c in head_tok.children):
                country = self.ctx.speaker_country(head)    # "our intrepid warfighters," Trump wrote
                rule += f"+speaker:{country}" if country else ""
            if role in ARMED_ROLES and not based and country is None:
                # "fighters" are the named group's when it came before ("al-Shabab militants, including key
                # leaders and fighters"); a militia is not an insurgent group's
                fighter = head_tok.lemma_.lower() == "fighter"
                armed = self._armed_ref(head, named_only=fighter)
                if armed is not None and (role != "UAF" or armed[1] == "UAF" or fighter):
                    country, role, basis = armed[0], armed[1], self.last_basis
                    rule += f"+armed:{armed[2]}"
            if country is None and not explicit and international_body(doc, head):
                role, rule = "NGO", rule + "+international"
            if country is None and role not in INTERNATIONAL_ROLES:
                country, how = self._context_country(head, start, role, disowned, unknown is not None)
                if country is None:
                    return None
                rule += how
        if country is None and role is None or category == "person" and role is None:
            return None         # a person is someone's something: "Uganda's Bobi Wine" alone says too little
        if not based and explicit and country and (role == "UAF" and head_tok.lemma_.lower() == "fighter" or
                                                   role == "SEP" and head_tok.lemma_.lower() in _SEPARATIST_STATE
                                                   and self.ctx.dictionary.country_row(country).get("parent")):
            # "959 Ukrainian fighters", "Zakharchenko said his fighters": a state's (or a breakaway republic's)
            # fighters are its military; "separatist officials in Tskhinvali" govern South Ossetia
            role, rule = ("MIL" if role == "UAF" else "GOV"), rule + "+state"
        if role in _STATE_ROLES | {"OPP", "PTY"} and country and former and category != "party":
            role, rule = "ELI", rule + "+former"
        if not based and not unknown and (generic(doc, head, role, explicit) or nonreferential(doc, head) or
                                          river_bank(doc, head)) or not (person or named or unknown) and \
                head_tok.dep_ == "pobj" and head_tok.head.lower_ == "as" and head_tok.head.head.pos_ == "VERB" and \
                any(c.dep_ == "dobj" for c in head_tok.head.head.children):
            return None         # "designated the YPG as terrorists": what they are called, not who
        place = not based and not (person or named or unknown) and role in {"EDU", "HLH", "JUD", "REL", "LEG", "GOV"} \
            and head_tok.lemma_.lower() in _PLACE_INSTITUTIONS and (place_use(doc, head) or (
                head_tok.lemma_.lower() in _PLACES_OF_SERVICE and any(c.lower_ in {"a", "an"}
                                                                      for c in head_tok.children)))
        # "to hospitals", "at their school", "in court", "donated shoes to a school" are places; "won four
        # mandates in the country's parliament" still says which parliament "the parliament" is later
        code = (country or "") + (role or "")
        if role in INTERNATIONAL_ROLES and country is None:
            full = self._international_code(role, named, person, anaphor or head_ref, rule)
            code = full or code
        mention = ActorMention(start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1].text),
                               text=doc[start:end].text, code=code, country=country,
                               role=role, category=category or "state", rule=rule, head=head,
                               tokens=tuple(range(start, end)))
        if place:
            if country:
                self.memory.heads.setdefault(head_tok.lemma_.lower(), mention)
            return None
        if basis is not None:
            self.basis[id(mention)] = basis
        # the name in "the son of publisher Jimmy Lai" is the father's, never the son's code
        kin = unknown_person and kin_complement(doc, head, unknown.root)
        self._remember(mention, None if owner_only or not unknown_person or kin else unknown, person, head_tok, end,
                       named=named)
        return mention

    # --- helpers ---------------------------------------------------------------------------------

    def _nearest(self, places: list, head: int):
        if not places:
            return None
        before = [m for m in places if m.start <= head]
        return max(before, key=lambda m: m.start) if before else min(places, key=lambda m: m.start)

    def _left(self, head: int, start: int, end: int):
        doc = self.doc
        first = min(start, doc[head].left_edge.i)
        return doc[first:end]

