"""The typed records every stage shares: articles in, events out, and what lies between."""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field
from typing import Any, Optional

__all__ = [
    "Article", "Sentence", "Span", "ActorMention", "ActorRef", "Cameo", "Plover", "EventDate",
    "Location", "Attribution", "Timex", "Place", "Event", "ArticleResult",
]


def _asdict(obj: Any) -> dict:
    return dataclasses.asdict(obj)


@dataclass
class Article:
    """One news article as read from a file or record; `text` is what every offset points into."""

    id: str
    text: str
    title: Optional[str] = None
    published: Optional[str] = None          # ISO date, set by metadata or inferred by the time stage
    published_basis: str = "unknown"         # metadata|dateline|caption|weekday+context|unknown
    published_uncertain: bool = False        # several dates fit equally, or none did
    source: Optional[str] = None
    url: Optional[str] = None
    dateline_place: Optional[str] = None
    dateline_date: Optional[str] = None      # partial TIMEX value from the dateline, e.g. XXXX-08-13
    origin: Optional[str] = None             # file and line it came from

    def to_dict(self) -> dict:
        """Return the article as plain JSON-ready data."""
        return _asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Article":
        """Build an article from `to_dict` output."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def ref(self) -> dict:
        """Return the short form an event carries about its article."""
        return {"id": self.id, "published": self.published, "published_basis": self.published_basis,
                "source": self.source}


@dataclass
class Span:
    """A character span of the article text."""

    start: int
    end: int
    text: str


@dataclass
class Sentence:
    """A sentence of an article with its offsets into the article text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass
class ActorMention:
    """A span of text resolved to an actor code, with the rule or dictionary entry that decided it."""

    start: int
    end: int
    text: str
    code: str
    country: Optional[str]
    role: Optional[str]
    category: str                 # state, capital, institution, person, party, organisation, territory, group, media
    rule: str
    sentence: int = 0
    head: int = -1                # token index of the phrase head in the spaCy Doc
    tokens: tuple = ()            # token indices the mention covers

    def ref(self) -> "ActorRef":
        """Return the short form an event carries."""
        return ActorRef(text=self.text, code=self.code, country=self.country, role=self.role)

    def to_dict(self) -> dict:
        """Return the mention as plain data (token indices left out)."""
        d = _asdict(self)
        d.pop("head")
        d.pop("tokens")
        return d


@dataclass
class ActorRef:
    """The actor of an event: its text and code, and the date the code holds at."""

    text: str
    code: str
    country: Optional[str]
    role: Optional[str]
    code_basis: str = "publication"   # publication|event-date: coded as of the article's date or the event's


@dataclass
class Cameo:
    """A CAMEO event code with its name, Goldstein score and quad class."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int


@dataclass
class Plover:
    """The PLOVER event type and mode a CAMEO code maps to."""

    event: str
    mode: Optional[str] = None


@dataclass
class EventDate:
    """When an event happened, how precisely, and on what basis."""

    value: Optional[str]
    precision: str                # day|month|year
    basis: str                    # explicit|relative|narrative|publication|unknown
    text: Optional[str] = None
    bound: Optional[str] = None   # since|until|before|after


@dataclass
class Location:
    """A place with coordinates."""

    name: str
    country: Optional[str]
    lat: float
    lon: float


@dataclass
class Attribution:
    """Who says an event happened."""

    text: str
    code: Optional[str]


@dataclass
class Timex:
    """A normalised time expression (TIMEX3 style)."""

    start: int
    end: int
    text: str
    type: str                     # DATE, TIME, DURATION, SET
    value: str
    bound: Optional[str] = None   # since|until|before|after
    precision: Optional[str] = None
    anchored: bool = False        # resolved against the publication date
    sentence: int = 0

    def to_dict(self) -> dict:
        """Return the time expression as plain data."""
        return _asdict(self)


@dataclass
class Place:
    """A place mentioned in the text, found in the gazetteer."""

    start: int
    end: int
    text: str
    location: Location
    sentence: int = 0
    kind: str = "city"


@dataclass
class Event:
    """One coded event mention: who did what to whom, when and where, with its evidence."""

    event_id: str
    article: dict
    sentence: Sentence
    trigger: Span
    source: Optional[ActorRef]
    target: Optional[ActorRef]
    cameo: Cameo
    plover: Plover
    date: EventDate
    background: bool = False
    negated: bool = False
    modality: str = "asserted"
    attribution: Optional[Attribution] = None
    location: Optional[Location] = None
    confidence: float = 0.5
    rule: str = ""

    def to_dict(self) -> dict:
        """Return the event as the documented JSON record."""
        d = _asdict(self)
        d["sentence"].pop("paragraph", None)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Event":
        """Build an event from its JSON record."""
        def opt(kind, value):
            return kind(**value) if value else None

        return cls(
            event_id=d["event_id"], article=d["article"], sentence=Sentence(**d["sentence"]),
            trigger=Span(**d["trigger"]), source=opt(ActorRef, d.get("source")),
            target=opt(ActorRef, d.get("target")), cameo=Cameo(**d["cameo"]),
            plover=Plover(**d["plover"]), date=EventDate(**d["date"]),
            background=d.get("background", False), negated=d.get("negated", False),
            modality=d.get("modality", "asserted"), attribution=opt(Attribution, d.get("attribution")),
            location=opt(Location, d.get("location")), confidence=d.get("confidence", 0.5),
            rule=d.get("rule", ""),
        )


@dataclass
class ArticleResult:
    """Everything the pipeline found in one article."""

    article: Article
    sentences: list = field(default_factory=list)
    actors: list = field(default_factory=list)
    timexes: list = field(default_factory=list)
    places: list = field(default_factory=list)
    events: list = field(default_factory=list)
    doc: Any = None               # the spaCy Doc; dropped before results leave the process
    scratch: dict = field(default_factory=dict)   # what one stage leaves for a later one

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        """Return the sentence holding a character offset, or None between sentences."""
        starts = self.scratch.get("_sentence_starts")
        if starts is None or len(starts) != len(self.sentences):
            starts = self.scratch["_sentence_starts"] = [s.start for s in self.sentences]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def to_dict(self) -> dict:
        """Return the article and everything found in it as plain data."""
        return {"article": self.article.to_dict(),
                "sentences": [_asdict(s) for s in self.sentences],
                "actors": [m.to_dict() for m in self.actors],
                "timexes": [t.to_dict() for t in self.timexes],
                "places": [_asdict(p) for p in self.places],
                "events": [e.to_dict() for e in self.events]}
