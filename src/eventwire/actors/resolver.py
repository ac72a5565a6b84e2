"""Resolve actor mentions over a parsed Doc: dictionary matches grouped into noun phrases, then coded.

Matching finds the longest dictionary entries over tokens; grouping gathers the matches of one noun phrase
("Russian President Vladimir Putin", "officials in Kabul"); `phrase.PhraseCoder` gives each phrase its code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..records import ActorMention
from .context import GEO_NOUNS, STATIVE, ArticleContext
from .coref import pair_mentions
from .dictionary import ActorDictionary, Entry, split_code
from .grouping import body_before_role, country_before_title, drop_repeats, name_after_role
from .memory import ARMED_ROLES, ArticleMemory
from .roles import pattern_org

__all__ = ["ActorResolver", "Match"]

_MERGE_DEPS = {"compound", "amod", "nmod", "poss", "flat", "nummod", "det", "case", "appos", "npadvmod", "prt"}
_MERGE_PREPS = {"of", "for", "on"}
_LOCATOR_PREPS = {"in", "from", "to"}      # "soldiers in Niger", "ministers from Britain", "envoy to Georgia"
_PLACE_CATEGORIES = {"state", "territory", "capital", "adjective", "place"}
_NAMED_CATEGORIES = {"organisation", "institution", "party", "media", "group"}
_MEMBER_NOUNS = {"nation", "country", "state", "member"}     # "diplomats from the G7 leading industrial nations"
_DEFINITE = {"the", "this", "these", "those", "its", "their", "his", "her"}


@dataclass
class Match:
    """A dictionary match over tokens [start, end)."""

    start: int
    end: int
    entry: Optional[Entry]
    category: str
    root: int = -1
    locator: bool = False          # a place that only says where a role noun is ("officials in Kabul")


class ActorResolver:
    """Finds and codes the actor mentions of one Doc."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.d = dictionary
        self.raw_matches: list[Match] = []
        self.entries: dict[tuple, tuple] = {}

    # --- matching -------------------------------------------------------------------------------

    def matches(self, doc) -> list[Match]:
        """Return the longest non-overlapping dictionary matches, left to right."""
        out: list[Match] = []
        i = 0
        n = len(doc)
        texts, lowers, lemmas = [], [], []
        for t in doc:       # one pass: every `doc[i]` builds a new Token
            text = t.text
            if len(text) > 3 and text[-1] == "-" and text[-2].isalpha():
                text = text[:-1]    # a suspended hyphen: "Mexican- and Canadian-made" names Mexico too
            texts.append(text)
            lowers.append(text.lower())
            lemmas.append(text.lower() if text != t.text else t.lemma_.lower())
        self._texts, self._lowers, self._lemmas = texts, lowers, lemmas
        by_first, by_first_lower = self.d.by_first, self.d.by_first_lower
        while i < n:
            best: Optional[tuple[int, Entry]] = None
            for entry in by_first.get(texts[i], ()):
                k = len(entry.phrase)
                if tuple(texts[i:i + k]) == entry.phrase:
                    best = (k, entry)
                    break
            for key in (lowers[i],) if lowers[i] == lemmas[i] else (lowers[i], lemmas[i]):
                for entry in by_first_lower.get(key, ()):
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
        from .phrase import PhraseCoder

        self.raw_matches = self.matches(doc)
        ctx = ArticleContext(doc, self.raw_matches, self.d, published)
        self._ents = ents = list(doc.ents)      # `doc.ents` is rebuilt on every access
        name_words = {t.text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
        shadowed = _shadowed(doc, self.raw_matches, ents)
        matches = []
        for m in self.raw_matches:
            if id(m) in shadowed:
                continue        # "Arnel Joseph ... Joseph": the article's own person, not a dictionary namesake
            text = doc[m.start:m.end].text
            eu = next((e for e in self.d.by_first.get("EU", ()) if e.phrase == ("EU",)), None) \
                if m.category == "capital" and ctx.brussels_eu and text == "Brussels" or m.category == "place" and \
                text == "Europe" and doc[m.start].dep_ == "nsubj" and doc[m.start].head.pos_ == "VERB" and \
                doc[m.start].head.lemma_.lower() not in STATIVE else None     # "Europe quickly retaliated"
            if eu is not None:
                matches.append(Match(m.start, m.end, Entry(m.entry.phrase, eu.code, "organisation",
                                                           f"context:{text} (the EU)"), "organisation"))
            elif self._keep(doc, m, ctx, name_words):
                matches.append(m)
            elif m.category == "state" and doc[m.start:m.end].text == "Georgia":
                # the US state: a place in the United States ("Georgia Governor Brian Kemp", "voters in Georgia")
                matches.append(Match(m.start, m.end, Entry(m.entry.phrase, "USA", "place", "context:Georgia (US state)"),
                                     "place"))
        ctx.set_evidence(matches, published)
        matches.extend(self._city_matches(doc, matches, ctx))
        for m in matches:
            m.root = self._root(doc, m.start, m.end)
        for ent in ents:
            if ent.label_ == "ORG" and (pattern_org(doc, Match(ent.start, ent.end, None, ""), self.d.org_patterns)
                                        or (None,))[0]:
                # "Women Arise for Change Initiative", "the Nigerian Bar Association": a body named by its pattern,
                # not the role words and demonyms inside it (which still give its country)
                matches = [m for m in matches if not (m.category == "agent" and ent.start <= m.start < ent.end)]
                start = max([m.end for m in matches if ent.start <= m.start < ent.end], default=ent.start)
                if start < ent.end and not any(m.start < ent.end and start < m.end for m in matches):
                    matches.append(Match(start, ent.end, None, "unknown_org", root=ent.root.i))
        covered = {i for m in matches for i in range(m.start, m.end)}
        for ent in ents:
            if ent.label_ in {"PERSON", "ORG", "NORP"} and not any(i in covered for i in range(ent.start, ent.end)):
                matches.append(Match(ent.start, ent.end, None, "unknown_" + ent.label_.lower(), root=ent.root.i))
                covered.update(range(ent.start, ent.end))
        self._anaphora(doc, matches, covered)
        roles = [m for m in matches if m.category == "agent" and not (
            m.entry.extra.get("use") == "modifier" and doc[m.end - 1].dep_ not in {"compound", "amod", "nmod"})]
        self._actor_tokens = {i for m in matches if m.category not in {"adjective", "place", "agent"}
                              for i in range(m.start, m.end)} | {i for m in roles for i in range(m.start, m.end)}
        self._agent_tokens = {i for m in roles for i in range(m.start, m.end)}
        self._agent_roles = {i: m.entry.code.lstrip("~") for m in roles for i in range(m.start, m.end)}
        self._country_tokens = {i for m in matches if m.category in {"state", "territory", "capital", "adjective"}
                                for i in range(m.start, m.end)}
        self._person_tokens = {i for m in matches if m.category in {"person", "unknown_person"}
                               for i in range(m.start, m.end)}
        self._place_tokens = {i for m in matches if m.category in {"state", "territory", "capital"}
                              for i in range(m.start, m.end)}
        groups: dict[int, list[Match]] = {}
        for m in sorted(matches, key=lambda m: m.start):
            groups.setdefault(self._phrase_head(doc, m), []).append(m)
        name_after_role(doc, groups, matches, self._phrase_head)
        body_before_role(groups, matches)
        country_before_title(doc, groups)
        armed = [m for m in matches if m.category in _NAMED_CATEGORIES and m.entry is not None and
                 split_code(m.entry.code_at(published))[1] in ARMED_ROLES]
        memory = ArticleMemory()
        memory.note_bearers(ents)
        coder = PhraseCoder(doc, published, memory, ctx, self._actor_tokens, self._agent_tokens, armed)
        coder.alternatives = self.d.alternatives
        coder.org_patterns = self.d.org_patterns
        coder.region_tokens = {i for m in matches if m.category == "place" and m.entry is not None and
                               not m.entry.code for i in range(m.start, m.end)}
        coder.named_at = {i: m for m in matches if m.category in _NAMED_CATEGORIES and m.entry is not None
                          for i in range(m.start, m.end)}
        mentions: list[ActorMention] = []
        for head in sorted(groups):
            mentions.extend(coder.code(head, groups[head]))
        mentions.extend(coder.repeated_names(self._texts, {i for m in mentions for i in m.tokens} | {
            i for m in matches if not m.category.startswith("unknown_") for i in range(m.start, m.end)}))
        # a guessed country ("+context:") or an earlier phrase's head noun ("+same:") yields to "the two governments"
        pairs = pair_mentions(doc, ctx.evidence, {i for m in mentions if "+context:" not in m.rule and
                                                  "+same:" not in m.rule for i in m.tokens}, self._lemmas)
        paired = {i for m in pairs for i in m.tokens}
        mentions = [m for m in mentions if not paired.intersection(m.tokens)] + pairs
        mentions.sort(key=lambda m: m.start)
        mentions = drop_repeats(mentions)
        # (start, end) -> (Entry, how) of the mentions coded from a dated entry, for the event-date stage
        self.entries = {(m.start, m.end): coder.basis[id(m)] for m in mentions
                        if id(m) in coder.basis and coder.basis[id(m)][0].periods}
        return mentions

    def _city_matches(self, doc, matches: list[Match], ctx: ArticleContext) -> list[Match]:
        """World cities (the places stage's list) the curated places lack, as places that give a role word its
        country ("police in Sibi"); only names the NER calls a place, and after the article's own country is
        set, so that a namesake town never decides what the article is about."""
        cities = _world_cities()
        if cities is None or not any(ent.label_ in {"GPE", "LOC"} for ent in self._ents):
            return []
        taken = {i for m in matches for i in range(m.start, m.end)}
        countries = {e[2] for e in ctx.evidence}
        out = []
        for start, end, loc in cities.find(doc, taken, countries):
            if not loc.country or doc[start].ent_type_ not in {"GPE", "LOC"}:
                continue
            phrase = tuple(t.text for t in doc[start:end])
            out.append(Match(start, end, Entry(phrase, loc.country, "place", f"cities.tsv:{loc.name}"), "place"))
        return out

    def _anaphora(self, doc, matches: list[Match], covered: set) -> None:
        """Add the short descriptions that refer back: "the party", "the two republics", "the regional body"."""
        named = {i for m in matches if m.category != "agent" and not m.category.startswith("unknown_")
                 for i in range(m.start, m.end)}
        n = len(doc)
        lowers = self._lowers
        for i in range(n):
            if lowers[i] not in _DEFINITE:
                continue
            for k in (3, 2):
                span = tuple(lowers[i:i + k])
                if span in self.d.anaphora and not any(j in named for j in range(i, min(n, i + k))):
                    matches.append(Match(i, i + k, None, "anaphor:" + self.d.anaphora[span], root=i + k - 1))
                    named.update(range(i, i + k))
                    break
        heads = self.d.heads
        for i in [i for i in range(n) if (self._lemmas[i] in heads or lowers[i] in heads) and i not in named]:
            tok = doc[i]
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            kinds = heads.get(tok.lemma_.lower()) or heads.get(tok.lower_)
            edge = tok.left_edge.i
            if kinds and (any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in tok.children) or
                          edge > 0 and edge < tok.i and doc[edge - 1].lower_ == "the" and doc[edge - 1].head.i > tok.i):
                # "the regional body", "its court"; "the 150-seat country's parliament" (the article on the
                # whole phrase)
                matches.append(Match(tok.i, tok.i + 1, None, "anaphor-head:" + kinds, root=tok.i))

    def _keep(self, doc, m: Match, ctx: ArticleContext, name_words: set) -> bool:
        span = doc[m.start:m.end]
        if m.category in {"state", "territory", "capital", "adjective", "place"}:
            for ent in self._ents:
                if ent.label_ == "PERSON" and ent.start <= m.start and m.end <= ent.end and \
                        (ent.end - ent.start) > (m.end - m.start) and \
                        not (m.end < ent.end and doc[m.end].lower_ in {"'s", "’s"}) and \
                        (m.category != "place" or m.start == ent.start and doc[m.end].pos_ == "PROPN"):
                    # "Chad Wolf", "Michael Jordan", "Florence Ozor" (a town as a first name); not "Jordan's King
                    # Abdullah II"
                    return False
            if m.end - m.start == 1 and span.text in name_words and doc[m.start].ent_type_ == "PERSON" and \
                    m.category != "place":
                return False            # "Jordan" after "Michael Jordan": the person again
            if span.text == "Georgia" and (ctx.us_georgia or ctx.us_context(doc, m)):
                return False
            if span.text == "Washington" and m.end < len(doc) and \
                    doc[m.end].lower_ in {"state", "post", "times", "examiner", "nationals", "commanders"}:
                return False
        if m.category in _NAMED_CATEGORIES and m.start > 0 and m.end < len(doc) and \
                doc[m.start - 1].text == "-" == doc[m.end].text and \
                not doc[m.start - 1].whitespace_ and not doc[m.end - 1].whitespace_:
            return False                # a word inside a hyphenated name: "PORT-AU-PRINCE" is no African Union
        if m.category == "person" and m.end - m.start == 1 and _named_place(doc[m.start]):
            return False                # a surname alias that is here a town ("the towns of Bocaranga and Bazoum")
        if m.category == "agent":
            if m.entry.extra.get("use") == "title" and not (m.end < len(doc) and doc[m.end].ent_type_ == "PERSON"):
                return False            # "Representative Jim Jordan", not "representatives of the government"
            root = doc[m.end - 1]
            if root.pos_ not in {"NOUN", "PROPN"}:
                # adjectival role words count only on a role noun: "U.S. military officials"
                if not (root.pos_ == "ADJ" or root.pos_ == "VERB" and root.dep_ == "amod") or \
                        root.head.i == root.i or root.head.pos_ not in {"NOUN", "PROPN"}:
                    return False
        return True

    def _root(self, doc, start: int, end: int) -> int:
        for i in range(start, end):
            h = doc[i].head.i
            if not start <= h < end or h == i:
                return i
        return end - 1

    def _phrase_head(self, doc, m: Match) -> int:
        tok = doc[m.root]
        seen = 0
        while seen < 12:
            seen += 1
            head = tok.head
            if head.i == tok.i:
                break
            if tok.dep_ == "appos" and head.i < tok.i:
                conj = [c for c in head.children if c.dep_ == "conj" and head.i < c.i < tok.i]
                if conj and conj[-1].pos_ in {"NOUN", "PROPN"}:
                    # "the authorities and an armed group, the SDF": the name is the nearer conjunct's
                    tok = conj[-1]
                    break
            if tok.dep_ in _MERGE_DEPS and head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
                if tok.dep_ == "appos" and (tok.i in self._person_tokens and head.i in self._person_tokens or
                                            tok.i in self._place_tokens and head.i in self._place_tokens or
                                            head.pos_ == "NOUN" and head.i not in self._actor_tokens):
                    # "Yermak; Foreign Minister Andrii Sybiha", "Greece, Panama": two, not one; "host country
                    # Canada", "trading partners — Mexico, Canada": the name is the actor, not the noun
                    break
                tok = head
                continue
            if tok.dep_ == "conj" and head.dep_ in {"amod", "compound", "nmod", "poss"} and \
                    head.head.pos_ in {"NOUN", "PROPN"}:
                tok = head      # "Moroccan and Spanish authorities": both modify the head noun
                continue
            if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in {"NOUN", "PROPN"} and \
                    head.head.i != tok.i:
                word = head.lower_
                if word == "from" and head.head.lemma_.lower() == "opposition":
                    break       # "opposition from China's U.N. mission": resistance by the mission, no opposition
                if word in _MERGE_PREPS and head.head.i in self._actor_tokens and not (
                        any(t.i in self._country_tokens for t in tok.subtree) and
                        any(t.i in self._country_tokens for c in head.head.lefts for t in c.subtree)):
                    # "the Russian interests section of the Swiss Embassy": two countries' bodies, two mentions
                    # "Ministry of Foreign Affairs of Georgia", "leaders of the party": only into actor words,
                    # never "independence of Abkhazia"; "the IS official for Iraq and Syria": a place in charge
                    m.locator = m.locator or word == "for" and m.category in _PLACE_CATEGORIES
                    tok = head.head
                    continue
                if word in _LOCATOR_PREPS and m.category in _PLACE_CATEGORIES and head.head.i in self._agent_tokens:
                    m.locator = True
                    tok = head.head
                    continue
                if word in {"at", "with", "from"} and m.category in _NAMED_CATEGORIES and (
                        tok.i in self._actor_tokens or tok.lemma_.lower() in _MEMBER_NOUNS) \
                        and self._agent_roles.get(head.head.i, "MED") != "MED":
                    # (a reporter at the White House only works there)
                    tok = head.head     # "a senior analyst at Control Risks", "diplomats from the G7": its people
                    continue
                if word == "from" and m.category == "agent" and head.head.i in self._agent_tokens:
                    tok = head.head     # "members of parliament from the opposition"
                    continue
            break
        return tok.i


def _named_place(tok) -> bool:
    """True for a name given to a place: "the towns of Bocaranga and Bazoum", "in Bazoum"."""
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and (prep.lower_ in {"in", "at", "near"} or
                                   prep.lower_ == "of" and prep.head.lower_ in GEO_NOUNS)


def _world_cities():
    """The places stage's world-city list, shared with it (None where the places package is not installed)."""
    try:
        from ..places.cities import load_cities
    except ImportError:         # (the places stage is optional)
        return None
    return load_cities()


def _other_given_name(m, ent) -> bool:
    """True when a family-name-first match is followed, in its name, by a given name its holder lacks."""
    name = (m.entry.name or "").split()
    return m.end == ent.start + 1 < ent.end and len(name) > 1 and name[0] == ent[0].text and \
        ent[1].text != name[1] and ent[1].pos_ == "PROPN"


def _shadowed(doc, matches: list, ents: list) -> set:
    """ids of person matches that stand for a person of the article's own: the surname inside a full name the
    dictionary lacks ("Arnel Joseph", "Laurent-Desire Kabila"), and later lone repeats of that surname until the
    dictionary's person is named in full again; a given name alone never matched (see dictionary)."""
    persons = {m.start: m for m in matches if m.category == "person" and m.entry is not None}
    if not persons:
        return set()
    introduced: list[tuple[int, str, bool]] = []       # (token, surname, new person?) in text order
    out = set()
    for ent in ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or not ent[-1].text[:1].isupper():
            continue
        whole = next((m for m in persons.values() if m.start <= ent.start and ent.end <= m.end), None)
        last = persons.get(ent.end - 1)
        head_word = persons.get(ent.start)
        if whole is not None:
            introduced.append((ent.start, ent[-1].text, False))
        elif head_word is not None and _other_given_name(head_word, ent):
            # "Ma Zhaoxu" is not Ma Ying-jeou: a family name first, then a given name the holder lacks
            introduced.append((ent.start, ent[0].text, True))
            out.add(id(head_word))
        elif last is not None and last.end == ent.end and last.start > ent.start:
            given = (last.entry.name or "").split()[:1]
            first = ent[0]
            if given and first.text != given[0] and not (len(first.text) <= 2 and given[0].startswith(
                    first.text[:1])) and first.pos_ == "PROPN":
                introduced.append((ent.start, ent[-1].text, True))     # (not "Vladimir V. Putin", "V. Putin")
                out.add(id(last))
    if not introduced:
        return out
    for m in persons.values():
        if m.end - m.start != 1 or id(m) in out:
            continue
        text = doc[m.start].text
        latest = None
        for start, surname, new in introduced:
            if start < m.start and surname == text:
                latest = new
        if latest:
            out.add(id(m))
    return out
