"""The context an actor mention is read in: the article's own country, ambiguous names, places and generic nouns.

A role word with no country ("the military", "protesters") belongs to the country the article is about, found
from what it names (with its dateline and first sentence counting most). A state or capital is a place, not an
actor, when the text puts something in it, sends something to it or takes something from it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..nlp import sentences
from .dictionary import split_code

__all__ = ["ArticleContext", "LOCATIVE_PREPS", "GEO_NOUNS", "THING_NOUNS", "PERSONAL_THINGS", "place_use",
           "modifies_thing", "international_body", "generic", "participle_modifier", "not_of_country", "not_acting",
           "governs", "STATIVE", "credit_line"]

LOCATIVE_PREPS = {"in", "at", "near", "inside", "throughout", "across", "within", "outside", "around", "on",
                  "via", "through", "beyond", "along"}
# words whose "to X", "from X", "into X" is a destination or an origin
_MOTION = {"travel", "visit", "go", "come", "return", "fly", "flee", "cross", "move", "arrive", "head", "export",
           "import", "deport", "trip", "journey", "flow", "ship", "smuggle", "bring", "escape", "migrate",
           "emigrate", "immigrate", "evacuate", "withdraw", "cross", "sail", "ferry", "withdrawal", "pull", "drive", "transport", "sail",
           "walk", "airlift", "relocate", "deliver", "delivery", "shipment", "route", "road", "way", "flight",
           "traveling", "exports", "imports", "visitor", "tourist", "hunter", "refugee", "migrant", "exported",
           "expel", "extradite", "repatriate", "leave", "enter", "tour"}
_ORIGIN_ACTORS = {"troop", "soldier", "official", "delegation", "minister", "diplomat", "envoy", "leader",
                  "representative", "delegate", "force", "team", "member", "lawmaker", "observer", "expert",
                  "pressure", "support", "call", "demand", "threat", "attack", "criticism", "message", "letter",
                  "request", "offer", "aid", "assistance", "statement", "response", "warning", "protest"}
_SPEECH_VERBS = {"tell", "brief", "speak", "talk", "say", "ask", "comment", "answer", "reply", "write", "address",
                 "comments", "statement", "remarks", "interview", "conference"}
_SAYING = {"say", "write", "tell", "add", "declare", "post", "tweet", "insist", "warn", "vow", "pledge"}
_BORDERS = {"border", "frontier", "boundary", "crossing"}
# verbs whose "from X" is a party, not a place: "demanded from Russia", "withdrew from ECOWAS", "heard from Kyiv"
_FROM_ACTORS = {"hear", "receive", "get", "demand", "request", "obtain", "buy", "seek", "learn", "accept", "defect",
                "split", "secede", "separate", "withdraw", "expel", "protect", "defend", "shield", "save", "recognize",
                "recognise", "borrow", "purchase", "order", "import", "steal", "take", "win", "wrest", "liberate"}
_DESTINATION_VERBS = {"visit", "tour", "enter", "leave", "reach"}   # "visited Moscow" (dobj)
# "one of", "some of": a part that stands where its whole would ("at one of the hospitals")
_PORTIONS = {"one", "some", "many", "several", "each", "all", "most", "two", "three"}
# heads that make "Iraq's Anbar desert", "north of Mogadishu" places, not actors
GEO_NOUNS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts",
             "city", "cities", "town", "towns", "capital", "region", "regions", "part", "parts", "border", "borders",
             "coast", "coastline", "province", "provinces", "state", "states", "district", "districts", "desert",
             "territory", "soil", "airspace", "waters", "port", "ports", "village", "villages", "area", "areas",
             "heart", "center", "centre", "interior", "mainland", "countryside", "land", "lands", "island",
             "islands", "frontier", "county", "counties", "neighborhood", "suburb", "street", "streets", "airport",
             "highlands", "lowlands", "mountains", "hills", "forests", "plains", "delta", "basin", "valley",
             "much", "most", "rest", "half", "swaths", "corner", "corners"}
# heads that make a possessive state no actor: "Russia's S-400 missile system", "the country's ability"
THING_NOUNS = GEO_NOUNS | {
    "system", "missile", "missiles", "weapon", "weapons", "history", "economy", "currency", "flag", "anthem",
    "constitution", "map", "population", "market", "markets", "debt", "budget", "gdp", "oil", "gas", "reserves",
    "deposits", "ability", "capacity", "culture", "language", "climate", "geography", "materials", "resources",
    "minerals", "wealth", "infrastructure", "grid", "coastline", "war", "wars", "ally", "allies", "partner",
    "partners", "neighbor", "neighbors", "neighbour", "neighbours", "assets", "property", "funds", "ideology"}
# heads that make a possessive person no actor: "Trump's first term"
PERSONAL_THINGS = {"term", "tenure", "life", "death", "body", "home", "house", "name", "age", "birthday", "legacy",
                   "funeral", "health", "wife", "husband", "son", "daughter", "family", "case"}
_US_STATE_CUES = re.compile(r"\b(Atlanta|Savannah|Augusta, Ga|Macon|Ga\.|Peach State|county|counties|Gov\.|"
                            r"Governor Brian Kemp|Kemp|Warnock|Ossoff|U\.S\. state|state of Georgia|Georgia state|"
                            r"Georgia's (?:governor|legislature|secretary of state)|Fulton|Alabama|Florida|Tennessee|"
                            r"Carolina|Senate runoff|runoff|Republican|Democrat)\b")
_GEO_COUNTRY_CUES = re.compile(r"\b(Tbilisi|Georgian|Abkhazia|Ossetia|Caucasus|Kremlin|Moscow|Russia|Batumi|"
                               r"Kutaisi|Ivanishvili|Saakashvili|Georgian Dream|EU|NATO|Ukraine|Armenia|Azerbaijan)\b")
_US_LOCAL = re.compile(r"Atlanta|Ga\.|U\.S\. state|state of|Georgia (?:Gov|Sen|state|county)|Rep\.|R-Ga|D-Ga|"
                       r"Governor|Gov\.|Senator|Sen\.|county|voters in")
_BRAZZAVILLE = re.compile(r"\b(Brazzaville|Sassou|Nguesso|Congo-Brazzaville|Republic of (?:the )?Congo)\b")
_KINSHASA = re.compile(r"\b(Kinshasa|Tshisekedi|Kabila|DRC|Democratic Republic|Goma|M23|Kivu|MONUSCO|Ituri)\b")
_EU_CUES = re.compile(r"\b(EU|E\.U\.|European Union|European Commission|European Council|Kallas|von der Leyen)\b")
_BELGIUM_CUES = re.compile(r"\b(Belgium|Belgian|Belgians|De Croo|De Wever|Flemish|Wallonia|Flanders)\b")
_NEARBY = {"state", "territory", "capital", "place", "adjective"}
_FOCUS_CATEGORIES = {"state", "territory", "adjective", "capital", "place", "person", "institution", "party",
                     "media", "group", "organisation"}


class ArticleContext:
    """Per-article facts the resolver consults: the article's own country and how to read ambiguous names."""

    def __init__(self, doc, matches, dictionary, published: Optional[str]) -> None:
        text = doc.text
        self.doc = doc
        self.us_georgia = "Georgia" in text and \
            len(_US_STATE_CUES.findall(text)) > len(_GEO_COUNTRY_CUES.findall(text))
        # "Congo" alone is usually the larger Congo (DRC), unless the article is about Brazzaville
        self.congo = "COG" if _BRAZZAVILLE.search(text) and not _KINSHASA.search(text) else "COD"
        # "Dominicans" are Dominica's people where the article names Dominica first
        dominica = re.search(r"\bDominica\b(?! ?Republic)", text)
        republic = text.find("Dominican Republic")
        self.dominica = bool(dominica) and (republic < 0 or dominica.start() < republic)
        # "warnings from Brussels" are the EU's where the article is about the EU rather than Belgium
        self.brussels_eu = "Brussels" in text and len(_EU_CUES.findall(text)) > len(_BELGIUM_CUES.findall(text))
        self.dictionary = dictionary
        self.evidence: list[tuple] = []      # (start, end, country, category) of every country word
        self.focus: Optional[str] = None
        # each token's sentence, once: `Token.sent` scans the Doc on every call
        self.sent_start: list[int] = []
        self.sent_end: list[int] = []
        for sent in sentences(doc):
            self.sent_start.extend([sent.start] * len(sent))
            self.sent_end.extend([sent.end] * len(sent))

    def set_evidence(self, matches, published: Optional[str]) -> None:
        """Take the country words of the article's kept matches: its own country, and what each sentence names."""
        self.focus = self._focus(self.doc, matches, self.dictionary, published)

    def _focus(self, doc, matches, dictionary, published) -> Optional[str]:
        counts: Counter = Counter()
        first_end = self.sent_end[0] if len(doc) else 0
        for m in matches:
            if m.category not in _FOCUS_CATEGORIES or m.entry is None:
                continue
            code = m.entry.code_at(published) if m.entry.periods else m.entry.code
            country = split_code(code)[0] if m.category != "place" else (code or None)
            if country:
                counts[country] += 2 if m.start < first_end else 1
                self.evidence.append((m.start, m.end, country, m.category))
        dateline = _dateline(doc)
        for word in dateline:
            country = dictionary.place_country.get(word.lower())
            if country:
                counts[country] += 3
        return counts.most_common(1)[0][0] if counts else None

    def country_for(self, head: int, start: int, any_kind: bool = False, exclude: frozenset = frozenset()
                    ) -> Optional[str]:
        """The country a role word with none of its own belongs to: the last country or place its sentence
        named before it, else the article's own ("Russia ... sent troops", "the military removed Bashir"), never one
        in `exclude` (the Russia of "pro-Russian separatists");
        `any_kind` also counts bodies and people ("the Alliance of Patriots of Georgia won four mandates in the
        150-seat country's parliament")."""
        sent_start = self.sent_start[head]
        before = [c for s, e, c, k in self.evidence if sent_start <= s and e <= start and (any_kind or k in _NEARBY)
                  and c not in exclude and not predicate_nationality(self.doc, s)]
        return before[-1] if before else self.focus if self.focus not in exclude else None

    def speaker_country(self, head: int) -> Optional[str]:
        """The country of whoever says the sentence of token `head` ("our warfighters," Trump wrote): the subject of
        its verb of saying, when that subject is a coded country word, person or body."""
        start, end = self.sent_start[head], self.sent_end[head]
        for tok in self.doc[start:end]:
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SAYING:
                country = next((c for s, e, c, k in self.evidence if s <= tok.i < e), None)
                if country:
                    return country
        return None

    def countries_after(self, head: int) -> set:
        """The countries named after token `head` in its sentence, when none is named before it."""
        start, end = self.sent_start[head], self.sent_end[head]
        named = [(s, c) for s, e, c, k in self.evidence if start <= s < end and k in _NEARBY and k != "place"]
        return set() if any(s < head for s, _ in named) else {c for _, c in named}

    def us_context(self, doc, m) -> bool:
        """True when the words around a "Georgia" say the US state (a governor, Atlanta, a county...)."""
        window = doc[max(0, m.start - 3):min(len(doc), m.end + 3)].text
        return bool(_US_LOCAL.search(window))


def _dateline(doc) -> list[str]:
    """The place words of an agency dateline ("MOSCOW, August 13. /TASS/.", "BLANTYRE —", "ISLAMABAD/PENTAGON")."""
    words = []
    for tok in doc[:8]:
        if tok.text in {"—", "–", "--", ","} or tok.is_sent_end:
            break
        for part in tok.text.split("/"):
            if part.isalpha() and part.isupper() and len(part) > 2:
                words.append(part.title())
    return words if len(words) <= 3 else []


def place_use(doc, head: int, strict: bool = False, city: bool = False) -> bool:
    """True when a name is used as a place: "in Tbilisi", "exported to the U.S.", "north of Mogadishu";
    `strict` only counts being in or at it (one can withdraw from ECOWAS, not be in it); a `city` (a capital) is
    also a place when visited ("visited Moscow"), while a visited state is the visit's host."""
    tok = doc[head]
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
        tok = tok.head          # "Bocaranga and Bazoum", "in the capital, Khartoum"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj" and (
            tok.head.head.lower_ in _PORTIONS or tok.head.head.pos_ == "NUM"):
        tok = tok.head.head     # "at one of their partner hospitals in Omdurman": at a hospital
    whole = example_of(tok)
    if whole is not None:
        return place_use(doc, whole.i, strict, city)    # "imports from 35 countries, including Canada"
    if strict:
        return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at", "inside", "outside", "near"}
    edge = tok.left_edge.i
    before = list(tok.lefts) + ([doc[edge - 1]] if edge > 0 else [])
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "border" or any(
            t.lower_ in {"borders", "bordering", "bordered"} or
            t.lower_ == "border" and t.i > 0 and doc[t.i - 1].lower_ in {"that", "which"} for t in before):
        return True             # "the states that border Canada" (whatever the tagger made of "border")
    if tok.dep_ == "pobj":
        prep = tok.head
        word = prep.lower_
        governor = prep.head
        if word in LOCATIVE_PREPS and not (word == "on" and governor.lemma_ in {"pressure", "sanction", "veto",
                                                                                "embargo", "attack", "war",
                                                                                "call", "impose", "rely"}):
            return True
        if word in {"into", "onto", "out"} or word == "of" and governor.lower_ == "out":
            return True         # "into the United States", "operating out of Syria"
        if word in {"to", "toward", "towards", "between"} and (governor.lemma_.lower() in _MOTION or
                                                               governor.lower_ in _MOTION):
            return True         # "travel to Canada", "ferries cross between Kinshasa and Brazzaville"
        if word == "from" and (governor.pos_ in {"VERB", "AUX"} and governor.lemma_.lower() not in _FROM_ACTORS or
                               governor.ent_type_ in {"GPE", "LOC"}):
            return True         # "fired rockets from Lebanon", "operating from Afghanistan", "into the U.S. from Mexico"
        if word == "of" and governor.lower_ in GEO_NOUNS or word == "with" and (
                governor.lemma_.lower() in _BORDERS or any(
                    c.dep_ == "prep" and any(g.lemma_.lower() in _BORDERS for g in c.children)
                    for c in governor.children)):
            return True         # "north of Mogadishu", "the border with Ethiopia", "stay on the border with Haiti"
        if word == "from" and governor.pos_ == "NOUN" and governor.ent_type_ == "" and \
                governor.lemma_.lower() not in _ORIGIN_ACTORS:
            return True         # "a religion from Jamaica" (but "troops from Russia" take the country)
    if city and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DESTINATION_VERBS:
        return True
    return False


def example_of(tok):
    """The noun a name is an example of ("countries such as Guinea", "35 countries, including the EU"), or None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if prep.lower_ in {"including", "like"} or prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children):
        return prep.head
    return None


def modifies_thing(doc, tok, actor_tokens: set) -> bool:
    """True when a name modifies a noun that is no actor: "U.S. proposal", "EU measures", "G7 talks"."""
    if tok.dep_ not in {"compound", "nmod", "amod", "npadvmod"}:
        return False
    head = tok.head
    if head.i == tok.i or head.i in actor_tokens:
        return False
    if head.pos_ in {"NOUN", "VERB", "ADJ"} and head.ent_type_ not in {"PERSON", "ORG", "NORP"}:
        return True
    return False


_BODY_NOUNS = {"group", "organization", "organisation", "watchdog", "charity", "ngo"}


def international_body(doc, head: int) -> bool:
    """True for a body noun that "international" modifies, alone or in a coordination: "international and
    local media rights organizations" (an international NGO, of no one country)."""
    tok = doc[head]
    if tok.lemma_.lower() not in _BODY_NOUNS:
        return False
    return any(t.lower_ == "international" and t.dep_ in {"amod", "compound", "nmod", "conj"}
               for left in tok.lefts for t in left.subtree)


def generic(doc, head: int, role: Optional[str], explicit: bool) -> bool:
    """True for role nouns that refer to no one in particular: "told reporters", "five people", "social media";
    `explicit` (a country is named in the phrase) keeps a bare noun ("Nigerian police")."""
    tok = doc[head]
    if tok.pos_ == "PROPN":
        return False
    lemma = tok.lemma_.lower()
    children = list(tok.children)
    dets = {c.lower_ for c in children if c.dep_ in {"det", "poss", "predet"}}
    mods = [c for c in children if c.dep_ in {"amod", "compound", "nmod", "nummod", "poss"}]
    if "no" in dets:
        return True           # "there were no survivors"
    if lemma == "side" and any(c.dep_ == "prep" and c.lower_ == "of" for c in children):
        return True           # "the Syrian side of the border" is a place; "the Chinese side" is a party
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and not dets and tok.tag_ == "NNS":
        return True           # "two-thirds were girls": what they were, not who
    if tok.tag_ == "NNS" and any(c.lower_ in {"multiple", "several", "successive", "previous", "past", "various"}
                                 for c in children) and \
            lemma in {"government", "administration", "authority", "party", "leader", "official"}:
        return True           # "corruption across multiple governments"
    if lemma in {"reporter", "journalist"} and "a" in dets and tok.dep_ in {"pobj", "dobj", "dative"}:
        return True           # "asked by a reporter"
    if lemma == "people" or tok.lower_ == "people":
        # "the people" (a nation's people) acts; "five people", "millions of people" are counted
        return not (dets & {"the"} and not any(c.dep_ == "nummod" for c in children)) and \
            not any(c.ent_type_ == "NORP" for c in mods)
    if lemma in {"reporter", "journalist", "medium", "media"} and not dets and not mods and tok.tag_ in {"NNS", "NN"}:
        governor = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ in {"dobj", "dative", "pobj"} and governor.lemma_.lower() in _SPEECH_VERBS:
            return True       # "told reporters", "speaking to reporters", "comments to the media"
    if lemma in {"medium", "media", "platform"} and any(c.lower_ in {"social"} for c in children):
        return True
    if lemma in {"medium", "media"} and tok.dep_ == "pobj" and "the" in dets and tok.head.lower_ == "to":
        return True
    if not explicit and tok.tag_ == "NN" and not dets and not mods and tok.dep_ in {"pobj", "attr", "dobj"} and \
            lemma not in {"police", "parliament", "congress", "senate", "government", "intelligence", "media",
                          "military", "security", "cabinet", "opposition"}:
        return True           # bare singular: "running for president", "took the school to court", "hostage"
    if lemma == "opposition" and tok.dep_ not in {"compound", "amod"}:
        # the political opposition acts; "growing opposition to the hunts" is resistance, not an actor
        if not dets & {"the"} or any(c.lower_ in {"to", "from"} for c in children) or \
                any(c.lemma_.lower() in {"grow", "growing", "increase", "increasing", "strong", "fierce", "stiff",
                                         "western", "international", "public", "widespread", "political"}
                    for c in children):
            return True
    return False


def participle_modifier(tok) -> bool:
    """True for a name inside a participle modifier: "Taliban-controlled", "Washington-led", "U.S.-backed"."""
    return tok.dep_ in {"npadvmod", "compound", "nmod"} and tok.head.tag_ == "VBN" and tok.head.i > tok.i and \
        tok.head.dep_ in {"amod", "compound"}


def predicate_nationality(doc, i: int) -> bool:
    """True for a country word said of a person ("Mehdiyev, who is Azerbaijani, ..."): his nationality, not the
    country of the sentence's other role nouns (the prosecutors of his New York trial)."""
    tok = doc[i]
    if tok.dep_ not in {"attr", "acomp"} or tok.head.lemma_ != "be" or tok.pos_ not in {"ADJ", "PROPN"}:
        return False
    return any(c.dep_ == "nsubj" and (c.lower_ in {"who", "he", "she"} or c.ent_type_ == "PERSON")
               for c in tok.head.children)


def not_of_country(doc, m) -> bool:
    """True for a country word that does not say whose the actor is: "pro-Russian separatists", "ethnic Armenian
    forces in Nagorno-Karabakh" (while "anti-Pakistan militants" are often Pakistan's own)."""
    i = m.start
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "pro":
        return True
    return i >= 1 and doc[i - 1].lower_ in {"ethnic", "pro"} or doc[i].lower_.startswith("pro-")


_WORD_NOUNS = {"abbreviation", "acronym", "name", "short", "shorthand", "initials", "word", "term"}
_PLACE_ATTRS = {"place", "destination", "target", "location", "site", "hub", "haven", "route"}
_RANKING_PREPS = {"except", "besides"}
_RELEVANCE = {"central", "key", "crucial", "critical", "vital", "essential", "important", "integral", "pivotal"}


def not_acting(doc, head: int) -> bool:
    """True for a state named but not acting: as a word ("DPRK is the abbreviation for ...", "official name, the
    Democratic People's Republic of Korea"), as a place it is ("Morocco would be one place", "could become
    targets"), as an owner of things ("Ukraine has large deposits"), or in a ranking ("partner after Mexico")."""
    tok = doc[head]
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i and tok.head.pos_ in {"PROPN", "NOUN"} and \
            tok.head.lower_ not in _WORD_NOUNS:
        tok = tok.head          # "Guinea or even Senegal could become targets"
    whole = example_of(tok)
    if whole is not None and whole.pos_ == "NOUN":
        tok = whole             # "countries such as Guinea could become targets"
    verb = tok.head
    if tok.dep_ == "appos" and verb.lemma_.lower() in _WORD_NOUNS:
        return True
    if tok.dep_ == "pobj" and (verb.lower_ in _RANKING_PREPS or verb.lower_ in {"after", "behind"} and
                               verb.head.lemma_.lower() in THING_NOUNS) or \
            tok.dep_ == "pobj" and verb.lower_ == "for" and verb.head.dep_ == "attr" and \
            verb.head.lemma_.lower() in _WORD_NOUNS:
        return True
    if tok.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"}:
        objs = [c for c in verb.children if c.dep_ in {"attr", "dobj", "acomp", "oprd"}]
        lemma = verb.lemma_.lower()
        if lemma in {"be", "become", "remain", "stand"} and any(
                o.lemma_.lower() in _WORD_NOUNS | _PLACE_ATTRS for o in objs) or \
                lemma == "stand" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            return True         # "DPRK is the abbreviation", "DPRK stands for", "Morocco would be one place"
        if lemma in {"be", "remain"} and any(o.dep_ == "acomp" and o.lemma_.lower() in _RELEVANCE and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in o.children) for o in objs):
            return True         # "Iraq and Syria are central to its ideology": what matters, not who acts
        if lemma == "have" and objs and all(o.lower_ in THING_NOUNS or o.lemma_.lower() in THING_NOUNS
                                            for o in objs if o.dep_ == "dobj"):
            return True         # "Ukraine has large deposits of uranium"
    return False


STATIVE = {"be", "have", "remain", "become", "see", "face", "lie", "border", "suffer", "experience", "record",
            "host", "account", "include", "contain", "cover", "stretch", "sit", "boast", "rank", "produce", "get",
            "receive", "lose", "hold", "go", "come", "fall", "rise", "grow", "reach", "vote", "elect", "swing"}


def governs(doc, head: int, places: list) -> bool:
    """True for a region or state that acts as its government: the subject of a verb of doing ("the electricity
    Ontario sends", "Texas sued the administration"), not of being or undergoing ("Tigray faces famine")."""
    tok = doc[head]
    region = any(m.root == head and m.entry is not None and m.entry.extra.get("kind") in {"region", "us_state"}
                 for m in places)
    return region and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and \
        tok.head.lemma_.lower() not in STATIVE and not place_use(doc, head)


def credit_line(doc, i: int) -> bool:
    """True inside a reporter's credit line: "Margaret Besheer contributed to this report from the United Nations"."""
    verb = doc[i]
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.lemma_.lower() == "contribute" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "report" for g in c.children)
        for c in verb.children)
