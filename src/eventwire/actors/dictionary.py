"""Actor dictionaries: the shipped tables, users' own files, and PETRARCH/TABARI text dictionaries.

Every entry becomes an `Entry`: the phrase it matches (tokenised like the text), the code it gives, its
category and the rule that names where it came from, so a mention can always say which line decided it.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..errors import ConfigError

__all__ = ["Entry", "Period", "ActorDictionary", "split_code", "then_code", "read_tsv", "load_countries", "load_petrarch", "load_user_file",
           "INTERNATIONAL_ROLES"]

INTERNATIONAL_ROLES = {"IGO", "NGO", "IMG", "MNC"}
_NAMED = {"organisation", "institution", "party", "media", "group"}
_FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM"}


def split_code(code: str) -> tuple[Optional[str], Optional[str]]:
    """Split an actor code into (country, role): RUSGOV -> (RUS, GOV), IGOUNO -> (None, IGO), GEO -> (GEO, None)."""
    code = code.strip().upper()
    if code[:3] in INTERNATIONAL_ROLES:
        return None, code[:3]
    country = code[:3] or None
    role = code[3:6] or None
    return country, role


@dataclass(frozen=True)
class Period:
    """A code that holds between two ISO dates (either may be open)."""

    code: str
    start: Optional[str] = None
    end: Optional[str] = None
    title: str = ""               # the office ("Prime Minister"), for people

    def holds(self, day: Optional[str]) -> bool:
        """True when `day` (ISO) lies in the period; an unknown day matches every period."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class Entry:
    """One dictionary entry: a phrase and what it resolves to."""

    phrase: tuple
    code: str
    category: str
    rule: str
    lower: bool = False           # match case-insensitively (and on lemmas)
    prefix: bool = False          # the last word may be the start of a longer word (PETRARCH style)
    periods: tuple = ()           # date-dependent codes, for people
    name: str = ""                # the canonical name, e.g. "Vladimir Putin"
    extra: dict = field(default_factory=dict)

    def code_at(self, day: Optional[str]) -> str:
        """Return the code that holds on `day` (the latest period that holds, else the entry's own code)."""
        holding = [p for p in self.periods if p.holds(day)]
        if holding:
            return max(holding, key=lambda p: p.start or "").code
        if self.periods and day is not None:
            later = [p for p in self.periods if p.start and p.start > day]
            earlier = [p for p in self.periods if p.end and p.end <= day]
            if earlier:
                return _former(max(earlier, key=lambda p: p.end).code)
            if later:
                return min(later, key=lambda p: p.start).code
        return self.code


def then_code(entry: Entry, doc, start: int, end: int, day: Optional[str]) -> str:
    """Return the entry's code on `day`, or for "then-president X" the latest office of that title before it.

    "then-" says the title is the one held at the time told, not now: "fighting then-president Laurent
    Gbagbo" in a 2021 article is the president (CIVGOV), not the former president he is at publication.
    """
    then = next((t.i for t in doc[max(0, start - 4):end] if t.lower_ in {"then", "then-"}
                 and (t.lower_ == "then-" or t.i + 1 < len(doc) and doc[t.i + 1].text == "-")), None)
    if then is None or not entry.periods:
        return entry.code_at(day)
    text = doc[then:end].text
    titled = [p for p in entry.periods if p.title and not p.title.lower().startswith("former")
              and (day is None or (p.start or "") <= day)
              and re.search(r"\b" + re.escape(p.title) + r"\b", text, re.I)]
    if not titled:
        return entry.code_at(day)
    return max(titled, key=lambda p: p.start or "").code


def _former(code: str) -> str:
    country, role = split_code(code)
    if role in {"GOV", "MIL", "LEG", "JUD"} and country:
        return country + "ELI"
    return code


def read_tsv(path) -> Iterator[dict]:
    """Yield the rows of a TSV file with a header, skipping blank lines and `#` comments."""
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        yield {k: (v or "").strip() for k, v in row.items() if k}


def _data(name: str):
    return resources.files("eventwire.actors").joinpath("data", name)


@functools.lru_cache(maxsize=1)
def load_countries() -> tuple:
    """Return the rows of the shipped countries.tsv (states and territories), read once per process."""
    return tuple(read_tsv(_data("countries.tsv")))


def _names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split("|") if n.strip()]


class ActorDictionary:
    """All actor entries, indexed by their first word for matching over tokens."""

    def __init__(self, tokenize) -> None:
        self._tokenize = tokenize
        self.entries: list[Entry] = []
        self.countries: dict[str, dict] = {}
        self.by_first: dict[str, list[Entry]] = {}
        self.by_first_lower: dict[str, list[Entry]] = {}
        self.anaphora: dict[tuple, str] = {}
        self.heads: dict[str, str] = {}           # head noun of a definite description -> kinds it refers to
        self.alternatives: dict[tuple, list] = {}  # a name shared by bodies of several countries -> their entries
        self.place_country: dict[str, str] = {}   # lower-cased place or capital name -> country, for datelines
        self.org_patterns: dict[str, tuple] = {}   # org_patterns.tsv: a word of a body's name -> (role, kind)
        self.has_prefix = False           # any PETRARCH entry whose last word matches as a prefix

    # --- building -------------------------------------------------------------------------------

    def add(self, text: str, code: str, category: str, rule: str, *, lower: bool = False, prefix: bool = False,
            periods: tuple = (), name: str = "", **extra) -> None:
        """Add one phrase; later entries for the same phrase and category override earlier ones."""
        phrase = tuple(t.lower() if lower else t for t in self._tokenize(text))
        if not phrase:
            return
        entry = Entry(phrase, code.upper(), category, rule, lower, prefix, periods, name or text, extra)
        self.has_prefix = self.has_prefix or prefix
        index = self.by_first_lower if lower else self.by_first
        bucket = index.setdefault(phrase[0], [])
        same = [e for e in bucket if e.phrase == phrase and e.category == category]
        if same and category in _NAMED and rule.startswith("organizations.tsv") and \
                same[0].rule.startswith("organizations.tsv") and same[0].code[:3] != code.upper()[:3]:
            # bodies of different countries that share a name ("Democratic Party", "National Unity"): the
            # context chooses; the first stays the default
            self.alternatives.setdefault(phrase, [same[0]]).append(
                Entry(phrase, code.upper(), category, rule, lower, prefix, periods, name or text, extra))
            return
        bucket[:] = [e for e in bucket if not (e.phrase == phrase and e.category == category)]
        bucket.append(entry)
        bucket.sort(key=lambda e: -len(e.phrase))
        self.entries.append(entry)

    def load_defaults(self) -> "ActorDictionary":
        """Load the shipped countries, people, organisations, institutions and agents."""
        for row in load_countries():
            code = row["code"]
            self.countries[code] = row
            rule = f"countries.tsv:{code}"
            category = "territory" if row.get("parent") else "state"
            for n in [row["name"], *_names(row["names"])]:
                self.add(n, code, category, rule)
            for adj in _names(row["adjectives"]):
                self.add(adj, code, "adjective", rule)
            for cap in _names(row["capital"]):
                self.add(cap, code + ("GOV" if len(code) == 3 else ""), "capital", rule)
        if _data("ethnic_groups.tsv").is_file():
            for row in read_tsv(_data("ethnic_groups.tsv")):
                for n in [row["name"], *_names(row["names"])]:
                    self.add(n, row["country"], "adjective", f"ethnic_groups.tsv:{row['name']}")
        for fname in ("organizations.tsv", "institutions.tsv"):
            if _data(fname).is_file():
                self._load_named(read_tsv(_data(fname)), fname)
        if _data("people.tsv").is_file():
            self._load_people(read_tsv(_data("people.tsv")), "people.tsv")
        if _data("agents.tsv").is_file():
            for row in read_tsv(_data("agents.tsv")):
                self.add(row["word"], "~" + row["role"], "agent", f"agents.tsv:{row['word']}", lower=True,
                         use=row.get("use", ""))
        if _data("anaphora.tsv").is_file():
            for row in read_tsv(_data("anaphora.tsv")):
                if row["phrase"].startswith("the* "):
                    self.heads[row["phrase"][5:].strip().lower()] = row["refers_to"]
                else:
                    self.anaphora[tuple(self._tokenize(row["phrase"].lower()))] = row["refers_to"]
        if _data("org_patterns.tsv").is_file():
            self.org_patterns = {r["word"]: (r["role"], r["kind"]) for r in read_tsv(_data("org_patterns.tsv"))}
        self._load_places()
        return self

    def _load_named(self, rows: Iterable[dict], source: str) -> None:
        # a body whose role changed (the Taliban: insurgents, then the government) has one row per period
        grouped: dict[str, list[dict]] = {}
        for row in rows:
            grouped.setdefault(row["name"], []).append(row)
        for name, rows_ in grouped.items():
            dated = [r for r in rows_ if r.get("start") or r.get("end")]
            periods = tuple(Period(r["code"].upper(), r.get("start") or None, r.get("end") or None) for r in dated)
            latest = max(rows_, key=lambda r: r.get("start") or "")
            names = {name}
            for r in rows_:
                names.update(_names(r.get("names", "")))
            category = _named_category(latest.get("role", ""), source)
            if source == "organizations.tsv" and (any(r.get("role") in {"OPP", "PTY"} for r in rows_) or
                                                   any("party" in n.lower() for n in names)):
                category = "party"      # a party in government is still a party ("the party" refers to it)
            for n in sorted(names):
                self.add(n, latest["code"], category, f"{source}:{name}", periods=periods, name=name)

    def _load_places(self) -> None:
        # cities, regions and US states (the places stage's gazetteer) and names that are places, not actors
        # ("Gulf of Guinea"): they never make a mention, they give an agent its country ("officials in Kabul")
        # and keep a longer place name from being read as a country
        sources = [("nonactors.tsv", _data("nonactors.tsv"))]
        places = resources.files("eventwire.places").joinpath("data", "places.tsv")
        if places.is_file():
            sources.append(("places.tsv", places))
        for source, path in sources:
            if not path.is_file():
                continue
            for row in read_tsv(path):
                for n in [row["name"], *_names(row.get("names", ""))]:
                    phrase = tuple(self._tokenize(n))
                    if phrase and (source == "nonactors.tsv" or not any(
                            e.phrase == phrase for e in self.by_first.get(phrase[0], ()))):
                        self.add(n, row.get("country", ""), "place", f"{source}:{row['name']}",
                                 kind=row.get("kind", ""))
                        self.place_country.setdefault(n.lower(), row.get("country", ""))
        for code, row in self.countries.items():
            for cap in _names(row["capital"]):
                self.place_country.setdefault(cap.lower(), code)

    def _load_people(self, rows: Iterable[dict], source: str) -> None:
        grouped: dict[str, list[dict]] = {}
        for row in rows:
            grouped.setdefault(row["name"], []).append(row)
        # Chinese and Korean names put the family name first ("Yoon Suk Yeol" is "Yoon"); it is an alias when
        # no other office holder of the list bears it
        family: dict[str, list[str]] = {}
        for name, rows_ in grouped.items():
            if len(name.split()) >= 2:
                family.setdefault(name.split()[0], []).append(name)
        for name, rows_ in grouped.items():
            periods = tuple(Period(r["code"].upper(), r.get("start") or None, r.get("end") or None,
                                   r.get("title", "")) for r in rows_)
            code = max(periods, key=lambda p: p.start or "").code
            aliases = {name}
            for r in rows_:
                aliases.update(_names(r.get("aliases", "")))
            first = name.split()[0]
            # (a first word that starts another holder's name is a given name: "Joseph" Kabila, Aoun and Wu)
            if rows_[0]["code"][:3] in _FAMILY_NAME_FIRST and family.get(first) == [name] and len(first) > 1:
                aliases.add(first)
            for alias in list(aliases):
                # a surname alias "al-Bashir" is also written "Bashir"
                if " " not in alias and alias[:3].lower() in {"al-", "el-"} and alias[3:4].isupper():
                    aliases.add(alias[3:])
            for alias in aliases:
                self.add(alias, code, "person", f"{source}:{name}", periods=periods, name=name)

    def load_file(self, path: str) -> "ActorDictionary":
        """Add a user's dictionary: eventwire TSV/YAML, or a PETRARCH/TABARI text dictionary."""
        load_user_file(self, path)
        return self

    # --- lookup ---------------------------------------------------------------------------------

    def country_row(self, code: Optional[str]) -> Optional[dict]:
        """Return the countries.tsv row of a country or territory code."""
        return self.countries.get(code or "")


def _named_category(role: str, source: str) -> str:
    category = {"IGO": "organisation", "NGO": "organisation", "MED": "media", "OPP": "party",
                "PTY": "party"}.get(role, "institution")
    if source == "organizations.tsv" and role in {"REB", "INS", "IMG", "SEP", "UAF", "CRM"}:
        category = "group"
    return category


def load_user_file(d: ActorDictionary, path: str, agents: bool = False) -> None:
    """Load one user dictionary into `d`, choosing the reader by the file's suffix and content."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"actor dictionary {path} does not exist", code="E130")
    suffix = p.suffix.lower()
    if suffix in {".yml", ".yaml"}:
        _load_yaml(d, p)
    elif suffix == ".tsv":
        _load_tsv(d, p)
    else:
        load_petrarch(d, p, agents=agents)


def _load_tsv(d: ActorDictionary, p: Path) -> None:
    rows = list(read_tsv(p))
    if rows and "names" not in rows[0]:
        raise ConfigError(f"{p}: an eventwire TSV dictionary needs a `names` column (names, code, category, "
                          "start, end)", code="E131")
    _add_user_rows(d, rows, p.name)


def _load_yaml(d: ActorDictionary, p: Path) -> None:
    import yaml

    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{p}: not valid YAML: {exc}", code="E131") from None
    items = data.get("actors", data) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ConfigError(f"{p}: expected a list of actors (each with names and code)", code="E131")
    rows = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or "code" not in item or "names" not in item:
            raise ConfigError(f"{p}: actor {i} needs `names` and `code`", code="E131")
        names = item["names"] if isinstance(item["names"], list) else [item["names"]]
        rows.append({"names": "|".join(map(str, names)), "code": str(item["code"]),
                     "category": str(item.get("category", "")), "start": str(item.get("start") or ""),
                     "end": str(item.get("end") or "")})
    _add_user_rows(d, rows, p.name)


def _add_user_rows(d: ActorDictionary, rows: list[dict], source: str) -> None:
    for i, row in enumerate(rows, 1):
        code = row.get("code", "").upper()
        if not re.fullmatch(r"[A-Z]{3,9}", code):
            raise ConfigError(f"{source}: entry {i} has a bad code {code!r} (expected e.g. GEOOPP)", code="E131")
        category = row.get("category") or ("person" if row.get("start") or row.get("end") else "institution")
        periods = (Period(code, row.get("start") or None, row.get("end") or None),) \
            if row.get("start") or row.get("end") else ()
        for n in _names(row["names"]):
            d.add(n, code, category, f"{source}:{i}", periods=periods, name=_names(row["names"])[0])


_PETRARCH_CODE = re.compile(r"\[([^\]]+)\]")


def load_petrarch(d: ActorDictionary, p: Path, agents: bool = False) -> None:
    """Read a PETRARCH/TABARI actor or agent dictionary (`NAME_ [CODE >20010120]`, `+SYNONYM`, comments)."""
    text = re.sub(r"<!--.*?-->", "", p.read_text(encoding="utf-8", errors="replace"), flags=re.S)
    current: Optional[tuple] = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        rule = f"{p.name}:{number}"
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                raise ConfigError(f"{p}:{number}: a `+` synonym line needs an entry above it", code="E132")
            _add_petrarch_name(d, stripped[1:], current, rule)
            continue
        codes = _PETRARCH_CODE.findall(stripped)
        name = _PETRARCH_CODE.sub("", stripped).strip()
        if not name:
            continue
        if not codes:
            if stripped.startswith("["):
                continue
            raise ConfigError(f"{p}:{number}: entry {name!r} has no [CODE]", code="E132")
        current = (_petrarch_periods(codes, p, number), agents or codes[0].strip().startswith("~"))
        _add_petrarch_name(d, name, current, rule)


def _petrarch_periods(codes: list[str], p: Path, number: int) -> tuple:
    periods = []
    for c in codes:
        parts = c.split()
        code = parts[0].strip()
        start = end = None
        for bound in parts[1:]:
            m = re.fullmatch(r"([<>])(\d{8})", bound)
            if not m:
                m2 = re.fullmatch(r"(\d{8})-(\d{8})", bound)
                if not m2:
                    raise ConfigError(f"{p}:{number}: bad date restriction {bound!r} (use >YYYYMMDD or <YYYYMMDD)",
                                      code="E132")
                start, end = _iso(m2.group(1)), _iso(m2.group(2))
            elif m.group(1) == ">":
                start = _iso(m.group(2))
            else:
                end = _iso(m.group(2))
        periods.append(Period(code.lstrip("~").upper(), start, end))
    return tuple(periods)


def _iso(yyyymmdd: str) -> str:
    return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}"


def _add_petrarch_name(d: ActorDictionary, raw: str, current: tuple, rule: str) -> None:
    periods, is_agent = current
    raw = raw.strip()
    whole_word = raw.endswith("_")
    words = raw.strip("_").replace("_", " ")
    if is_agent:
        d.add(words.lower(), "~" + periods[0].code, "agent", rule, lower=True, prefix=not whole_word)
        return
    dated = tuple(p for p in periods if p.start or p.end)
    code = periods[0].code if not dated else max(dated, key=lambda p: p.start or "").code
    d.add(words.lower(), code, "person" if dated else "institution", rule, lower=True, prefix=not whole_word,
          periods=dated, name=words.title())
