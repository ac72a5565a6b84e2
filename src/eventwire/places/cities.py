"""World cities (GeoNames, 15,000 people or more) for the places the curated gazetteer does not list.

The list is large and its names are often also words or surnames ("Police", "Mercedes"), so a city is only
taken where the parser's named-entity recogniser calls the words a place (GPE or LOC), or a name it
mislabels stands after a preposition of place ("opened fire in Hamilton"), and never over a place, country
or capital the curated lists already found. A name several cities share takes the one in a
country the article names, else the most populous; a town under 100,000 people in a country the article
does not name, in a story that names others, is left out ("Nawa" in a story on Afghanistan is not India's).
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Iterable

from ..actors.dictionary import read_tsv
from ..records import Location

__all__ = ["Cities", "load_cities"]

_PLACE_LABELS = {"GPE", "LOC"}
_LOCATIVE = {"in", "near", "outside", "around"}
# names of towns that news uses for something else: months ("in March"), continents ("Asia")
_NOT_CITIES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Asia", "Africa", "Europe", "America", "Oceania", "Antarctica"}
# a small town abroad is more likely a namesake than the place a story about other countries means
_FOREIGN_TOWN = 100_000
# "Ghazni province", "the town of Sibi": the generic word around a city's name
_GENERIC = {"city", "town", "village", "province", "district", "region", "county", "state", "municipality"}


class Cities:
    """Name -> the cities of that name, most populous first."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[tuple[int, Location]]] = {}
        path = resources.files("eventwire.places").joinpath("data", "cities.tsv")
        if not path.is_file():
            return
        for row in read_tsv(path):
            loc = Location(row["name"], row["country"], float(row["lat"]), float(row["lon"]))
            population = int(row["population"] or 0)
            for name in [row["name"], *filter(None, row.get("names", "").split("|"))]:
                self.by_name.setdefault(name, []).append((population, loc))
        for found in self.by_name.values():
            found.sort(key=lambda x: -x[0])

    def find(self, doc, taken: set[int], countries: Iterable[str]) -> list[tuple[int, int, Location]]:
        """(start token, end token, location) of each city the Doc's place entities name outside `taken`."""
        named = set(countries)
        out = []
        for ent in doc.ents:
            if any(t.i in taken for t in ent) or ent.label_ not in _PLACE_LABELS and not _after_locative(ent):
                continue
            words = [t for t in ent if t.lower_ not in {"the", "of"} and t.lower_ not in _GENERIC]
            if not words:
                continue
            start, end = words[0].i, words[-1].i + 1
            name = doc[start:end].text
            found = self.by_name.get(name) if name not in _NOT_CITIES else None
            if not found:
                continue
            local = [loc for _, loc in found if loc.country in named]
            if not local and named and found[0][0] < _FOREIGN_TOWN:
                continue
            out.append((start, end, local[0] if local else found[0][1]))
        return out


def _after_locative(ent) -> bool:
    """Is a name the object of "in", "near", "outside" or "around", and not a possessor ("in Smith's view")?"""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE and not any(c.dep_ == "case" for c in root.children)


@functools.lru_cache(maxsize=1)
def load_cities() -> Cities:
    """The world-city list, read once per process and shared by the places and actors stages."""
    return Cities()
