"""Places: find the places an article names and give them coordinates (entry point: `PlaceStage`)."""

from __future__ import annotations

from importlib import resources
from typing import Optional

from ..actors.dictionary import load_countries, read_tsv
from ..records import ArticleResult, Location, Place
from ..settings import Settings
from .cities import load_cities

__all__ = ["PlaceStage", "Gazetteer", "place_for"]


def _data(package: str, name: str):
    return resources.files(package).joinpath("data", name)


class Gazetteer:
    """Place names (cities, regions, capitals, countries) with coordinates, matched on tokens."""

    def __init__(self, tokenize) -> None:
        self.by_first: dict[str, list[tuple[tuple, Location, str]]] = {}
        for row in load_countries():
            for name in [row["name"], *filter(None, row["names"].split("|"))]:
                self._add(tokenize(name), Location(row["name"], row["code"], float(row["lat"]), float(row["lon"])),
                          "country")
            for cap in filter(None, row["capital"].split("|")):
                self._add(tokenize(cap), Location(cap, row["code"], float(row["capital_lat"]),
                                                  float(row["capital_lon"])), "capital")
        path = _data("eventwire.places", "places.tsv")
        if path.is_file():
            for row in read_tsv(path):
                if row.get("kind") == "us_state":
                    continue
                loc = Location(row["name"], row["country"] or None, float(row["lat"]), float(row["lon"]))
                for name in [row["name"], *filter(None, row.get("names", "").split("|"))]:
                    self._add(tokenize(name), loc, row.get("kind") or "city")

    def _add(self, phrase: list[str], loc: Location, kind: str) -> None:
        if phrase:
            bucket = self.by_first.setdefault(phrase[0], [])
            bucket.append((tuple(phrase), loc, kind))
            bucket.sort(key=lambda x: -len(x[0]))

    def find(self, doc) -> list[tuple[int, int, Location, str]]:
        """Return (start token, end token, location, kind) for each place name in the Doc."""
        out = []
        texts = [t.text for t in doc]
        i = 0
        while i < len(texts):
            hit = None
            for phrase, loc, kind in self.by_first.get(texts[i], ()):
                if tuple(texts[i:i + len(phrase)]) == phrase:
                    hit = (i, i + len(phrase), loc, kind)
                    break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out


class PlaceStage:
    """Pipeline stage: the places of the article with coordinates (US states excluded on purpose)."""

    name = "places"
    requires = ("doc", "actors")
    provides = ("places",)

    def __init__(self, nlp, settings: Settings) -> None:
        tokenizer = nlp.tokenizer
        self.gazetteer = Gazetteer(lambda text: [t.text for t in tokenizer(text)])
        self.cities = load_cities()

    def __call__(self, result: ArticleResult) -> ArticleResult:
        doc = result.doc
        places = []
        for start, end, loc, kind in self.gazetteer.find(doc):
            span = doc[start:end]
            sent = result.sentence_at(span.start_char)
            places.append(Place(span.start_char, span.end_char, span.text, loc, sent.index if sent else 0, kind))
        taken = {t.i for p in places for t in doc.char_span(p.start, p.end, alignment_mode="expand") or ()}
        taken.update(t for m in result.actors if m.category in {"state", "capital", "territory"} for t in m.tokens)
        countries = {m.country for m in result.actors if m.country}
        for start, end, loc in self.cities.find(doc, taken, countries):
            span = doc[start:end]
            sent = result.sentence_at(span.start_char)
            places.append(Place(span.start_char, span.end_char, span.text, loc, sent.index if sent else 0, "city"))
        places.sort(key=lambda p: p.start)
        result.places = places
        return result


def place_for(result: ArticleResult, sentence: int, trigger_char: int, prefer: Optional[str] = None
              ) -> Optional[Location]:
    """Return the place of an event: a city or region in its sentence (nearest the trigger), else None."""
    actor_spans = [(m.start, m.end) for m in result.actors if m.category in {"capital", "state", "territory"}]
    in_sentence = [p for p in result.places if p.sentence == sentence and p.kind != "country"
                   and not any(a <= p.start < b for a, b in actor_spans)]
    if not in_sentence:
        return None
    return min(in_sentence, key=lambda p: abs(p.start - trigger_char)).location
