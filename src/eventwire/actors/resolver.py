"""Resolve actor mentions over a parsed Doc: dictionary matches grouped into noun phrases, then coded.

A phrase's code comes from its strongest evidence: a known person (by the date), a named organisation or
institution, else a country (name, adjective or capital) combined with a role word ("Georgian troops" ->
GEOMIL). Capitals are governments unless a locative preposition makes them places; short mentions take the
code of the earlier full mention ("Inashvili", "the party", "the republics").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..records import ActorMention
from .dictionary import ActorDictionary, Entry, split_code

__all__ = ["ActorResolver", "Match", "LOCATIVE_PREPS"]

LOCATIVE_PREPS = {"in", "at", "near", "inside", "throughout", "across", "within", "outside", "around", "on"}
_MERGE_DEPS = {"compound", "amod", "nmod", "poss", "flat", "nummod", "det", "case", "appos", "npadvmod", "prt"}
_MERGE_PREPS = {"of", "for", "on"}
_ROLE_PRIORITY = ["ELI", "OPP", "SPY", "JUD", "LEG", "COP", "MIL", "MED", "GOV", "REB", "INS", "SEP", "UAF",
                  "PTY", "BUS", "LAB", "EDU", "REL", "HRI", "ENV", "HLH", "REF", "AGR", "CRM", "CVL"]
_US_STATE_CUES = re.compile(r"\b(Atlanta|Savannah|Augusta, Ga|Macon|Ga\.|Peach State|county|counties|Gov\.|"
                            r"Governor Brian Kemp|Kemp|Warnock|Ossoff|U\.S\. state|state of Georgia|Georgia state|"
                            r"Georgia's (?:governor|legislature|secretary of state)|Fulton|Alabama|Florida|Tennessee|"
                            r"Carolina)\b")
_GEO_COUNTRY_CUES = re.compile(r"\b(Tbilisi|Georgian|Abkhazia|Ossetia|Caucasus|Kremlin|Moscow|Russia|Batumi|"
                               r"Kutaisi|Ivanishvili|Saakashvili|Georgian Dream|EU|NATO)\b")


@dataclass
class Match:
    """A dictionary match over tokens [start, end)."""

    start: int
    end: int
    entry: Optional[Entry]
    category: str
    root: int = -1


class ActorResolver:
    """Finds and codes the actor mentions of one Doc."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.d = dictionary

    # --- matching -------------------------------------------------------------------------------

    def matches(self, doc) -> list[Match]:
        """Return the longest non-overlapping dictionary matches, left to right."""
        out: list[Match] = []
        i = 0
        n = len(doc)
        texts = [t.text for t in doc]
        lowers = [t.lower_ for t in doc]
        lemmas = [t.lemma_.lower() for t in doc]
        while i < n:
            best: Optional[tuple[int, Entry]] = None
            for entry in self.d.by_first.get(texts[i], ()):
                k = len(entry.phrase)
                if tuple(texts[i:i + k]) == entry.phrase and (best is None or k > best[0]):
                    best = (k, entry)
                    break
            for key in {lowers[i], lemmas[i]}:
                for entry in self.d.by_first_lower.get(key, ()):
                    k = len(entry.phrase)
                    if best is not None and k <= best[0]:
                        break
                    if self._lower_match(entry, lowers, lemmas, i):
                        best = (k, entry)
                        break
            if best is None and self.d.has_prefix:
                entry = next((e for e in self._prefix_candidates(lowers[i]) if len(e.phrase) == 1), None)
                if entry is not None:
                    best = (1, entry)
            if best:
                k, entry = best
                out.append(Match(i, i + k, entry, entry.category))
                i += k
            else:
                i += 1
        return out

    def _lower_match(self, entry: Entry, lowers, lemmas, i: int) -> bool:
        k = len(entry.phrase)
        if i + k > len(lowers):
            return False
        for j, word in enumerate(entry.phrase):
            if lowers[i + j] == word or lemmas[i + j] == word:
                continue
            if entry.prefix and j == k - 1 and lowers[i + j].startswith(word):
                continue
            return False
        return True

    def _prefix_candidates(self, lower: str) -> list[Entry]:
        out = []
        for cut in range(len(lower) - 1, 2, -1):
            for entry in self.d.by_first_lower.get(lower[:cut], ()):
                if entry.prefix:
                    out.append(entry)
            if out:
                break
        return out

    # --- resolution ------------------------------------------------------------------------------

    def resolve(self, doc, published: Optional[str] = None) -> list[ActorMention]:
        """Return the actor mentions of the Doc, coded as of the publication date."""
        us_georgia = self._georgia_is_us_state(doc.text)
        self.raw_matches = self.matches(doc)
        matches = [m for m in self.raw_matches if self._keep(doc, m, us_georgia)]
        for m in matches:
            m.root = self._root(doc, m.start, m.end)
        for ent in doc.ents:
            if ent.label_ in {"PERSON", "ORG", "NORP"} and not any(m.start < ent.end and ent.start < m.end
                                                                   for m in matches):
                matches.append(Match(ent.start, ent.end, None, "unknown_" + ent.label_.lower(),
                                     root=ent.root.i))
        for i in range(len(doc)):
            for k in (2, 3):
                span = tuple(t.lower_ for t in doc[i:i + k])
                if span in self.d.anaphora and not any(m.start <= i < m.end for m in matches):
                    matches.append(Match(i, i + k, None, "anaphor:" + self.d.anaphora[span], root=i + k - 1))
        self._actor_tokens = {i for m in matches if m.category != "adjective" for i in range(m.start, m.end)}
        groups: dict[int, list[Match]] = {}
        for m in sorted(matches, key=lambda m: m.start):
            groups.setdefault(self._phrase_head(doc, m.root), []).append(m)
        mentions: list[ActorMention] = []
        memory = _ArticleMemory()
        for head in sorted(groups):
            mention = self._code_group(doc, head, groups[head], published, memory)
            if mention is not None:
                mentions.append(mention)
                memory.remember(mention, doc)
        return mentions

    def _georgia_is_us_state(self, text: str) -> bool:
        if "Georgia" not in text:
            return False
        return len(_US_STATE_CUES.findall(text)) > len(_GEO_COUNTRY_CUES.findall(text))

    def _keep(self, doc, m: Match, us_georgia: bool) -> bool:
        span = doc[m.start:m.end]
        if m.category in {"state", "territory", "capital"}:
            for ent in doc.ents:
                if ent.label_ == "PERSON" and ent.start <= m.start and m.end <= ent.end and \
                        (ent.end - ent.start) > (m.end - m.start):
                    return False
            if span.text == "Georgia" and (us_georgia or self._us_context(doc, m)):
                return False
            if span.text == "Washington" and m.end < len(doc) and doc[m.end].lower_ in {"state", "post", "times"}:
                return False
        if m.category == "agent" and doc[m.root if m.root >= 0 else m.end - 1].pos_ not in {"NOUN", "PROPN"}:
            if doc[m.end - 1].pos_ not in {"NOUN", "PROPN"}:
                return False
        return True

    def _us_context(self, doc, m: Match) -> bool:
        window = doc[max(0, m.start - 3):min(len(doc), m.end + 3)].text
        return bool(re.search(r"Atlanta|Ga\.|U\.S\. state|state of|Georgia (?:Gov|Sen|state|county)|Rep\.|R-Ga|D-Ga",
                              window))

    def _root(self, doc, start: int, end: int) -> int:
        for i in range(start, end):
            h = doc[i].head.i
            if not start <= h < end or h == i:
                return i
        return end - 1

    def _phrase_head(self, doc, i: int) -> int:
        tok = doc[i]
        seen = 0
        while seen < 12:
            seen += 1
            head = tok.head
            if head.i == tok.i:
                break
            if tok.dep_ in _MERGE_DEPS and head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
                tok = head
                continue
            if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _MERGE_PREPS and \
                    head.head.pos_ in {"NOUN", "PROPN"} and head.head.i != tok.i and \
                    head.head.i in self._actor_tokens:
                # "Ministry of Foreign Affairs of Georgia", "leaders of the party": only into actor words,
                # never "independence of Abkhazia"
                tok = head.head
                continue
            break
        return tok.i

    def _locative(self, doc, head: int) -> bool:
        tok = doc[head]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS

    def _code_group(self, doc, head: int, group: list[Match], published: Optional[str],
                    memory: "_ArticleMemory") -> Optional[ActorMention]:
        start = min(m.start for m in group)
        end = max(m.end for m in group)
        head_tok = doc[head]
        if head < start:
            start = head
        if head >= end:
            end = head + 1
        words = {t.lower_ for t in doc[start:end]}
        country: Optional[str] = None
        role: Optional[str] = None
        category = None
        rule = None
        person = next((m for m in group if m.category == "person"), None)
        named = next((m for m in group if m.category in {"organisation", "institution", "party", "media", "group"}),
                     None)
        places = [m for m in group if m.category in {"state", "territory", "capital", "adjective"}]
        agents = [m for m in group if m.category == "agent"]
        anaphor = next((m for m in group if m.category.startswith("anaphor:")), None)
        unknown = next((m for m in group if m.category.startswith("unknown_")), None)
        if person:
            code = person.entry.code_at(published)
            country, role = split_code(code)
            category, rule = "person", person.entry.rule
        elif named:
            country, role = split_code(named.entry.code)
            category, rule = named.category, named.entry.rule
        if country is None and role is None or (country is None and role not in {"IGO", "NGO", "IMG", "MNC"}):
            nearest = self._nearest_place(places, head)
            if nearest is not None:
                country = split_code(nearest.entry.code)[0]
                rule = rule or nearest.entry.rule
                if nearest.category == "capital" and not agents and not person and not named:
                    if self._locative(doc, head) or head_tok.i != nearest.root and doc[head].pos_ == "NOUN":
                        return None
                    role = "GOV"
                    category = "capital"
                elif category is None:
                    category = nearest.category
        if agents:
            agent_role = self._agent_role(doc, agents, head)
            if agent_role and (role is None or role == "GOV" and agent_role in {"ELI", "LEG", "MIL", "SPY", "COP",
                                                                                   "JUD", "OPP"} and not named):
                role = agent_role
                rule = (rule + "+" if rule else "") + agents[0].entry.rule
                if category in {None, "state", "adjective", "territory"}:
                    category = "institution" if agent_role in {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"} else "group"
        if "former" in words or "ex" in words:
            if role in {"GOV", "MIL", "LEG", "JUD"} and country:
                role, rule = "ELI", (rule or "") + "+former"
        if anaphor and country is None:
            ref = memory.lookup(anaphor.category.split(":", 1)[1], doc[start:end].text)
            if ref is None:
                return None
            country, role, category = ref.country, ref.role, ref.category
            rule = f"anaphor:{doc[anaphor.start:anaphor.end].text.lower()}->{ref.text}"
        if unknown and country is None and role is None:
            ref = memory.by_surname(doc[unknown.start:unknown.end].text)
            if ref is None:
                return None
            country, role, category, rule = ref.country, ref.role, ref.category, f"coref:{ref.text}"
        elif unknown and unknown.category == "unknown_person" and (country or role):
            category = "person"
            memory.name(doc[unknown.start:unknown.end].text, country, role)
        if category == "adjective":
            if head_tok.pos_ == "NOUN" and head_tok.tag_ == "NNS" and head_tok.i in {m.root for m in places}:
                role, category = "CVL", "group"
            elif any(m.root == head for m in places) or doc[head].tag_ in {"NNPS"}:
                role, category = "CVL", "group"
            else:
                return None
        if category in {"state", "territory"} and self._locative(doc, head):
            return None
        if category in {"state", "territory"} and doc[head].pos_ == "NOUN" and not anaphor and \
                head not in {m.root for m in places}:
            # "Iraq's Anbar desert", "U.S. military operations": a country modifying a thing, not an actor
            if not _eventive(doc[head]):
                return None
        if country is None and role is None:
            return None
        code = (country or "") + (role or "")
        return ActorMention(start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1].text),
                            text=doc[start:end].text, code=code, country=country, role=role,
                            category=category or "state", rule=rule or "", head=head,
                            tokens=tuple(range(start, end)))

    def _nearest_place(self, places: list[Match], head: int) -> Optional[Match]:
        if not places:
            return None
        before = [m for m in places if m.start <= head]
        return max(before, key=lambda m: m.start) if before else min(places, key=lambda m: m.start)

    def _agent_role(self, doc, agents: list[Match], head: int) -> Optional[str]:
        roles = [a.entry.code.lstrip("~") for a in agents]
        on_head = [a.entry.code.lstrip("~") for a in agents if a.start <= head < a.end]
        if on_head and on_head[0] not in {"GOV"}:
            return on_head[0]
        for r in _ROLE_PRIORITY:
            if r in roles:
                return r
        return roles[0] if roles else None


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


_EVENT_NOUNS = {"attack", "strike", "sanction", "decision", "recognition", "support", "offer", "proposal", "call",
                "statement", "invasion", "offensive", "aid", "help", "demand", "threat", "warning", "move",
                "refusal", "response", "position", "plan", "policy", "claim"}


def _eventive(tok) -> bool:
    return tok.lemma_.lower() in _EVENT_NOUNS


class _ArticleMemory:
    """What the article has said so far, for short and pronoun-like mentions."""

    def __init__(self) -> None:
        self.people: dict[str, ActorMention] = {}
        self.last: dict[str, list[ActorMention]] = {}

    def name(self, name: str, country: Optional[str], role: Optional[str]) -> None:
        """Remember the code of a person named in a titled phrase, for their later short mentions."""
        ref = ActorMention(0, 0, name, (country or "") + (role or ""), country, role, "person", "")
        for tok in name.split():
            if tok[:1].isupper():
                self.people[tok] = ref

    def remember(self, m: ActorMention, doc) -> None:
        if m.category == "person" and not _subjectish(doc, m.head) and self.last.get("person"):
            # an object mention ("asking Putin") is less salient than the last subject for "the politician"
            self.last["person"].insert(-1 if _subjectish(doc, self.last["person"][-1].head) else
                                       len(self.last["person"]), m)
            return
        kind = {"party": "party", "person": "person", "territory": "territory", "state": "state",
                "institution": "institution", "organisation": "organisation"}.get(m.category)
        if kind:
            self.last.setdefault(kind, []).append(m)

    def lookup(self, kind: str, text: str) -> Optional[ActorMention]:
        for k in kind.split("|"):
            if self.last.get(k):
                return self.last[k][-1]
        return None

    def by_surname(self, name: str) -> Optional[ActorMention]:
        for tok in reversed(name.split()):
            if tok in self.people:
                return self.people[tok]
        return None
