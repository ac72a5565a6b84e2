"""The CAMEO table, the PLOVER mapping and the verb and noun patterns, all read from package data."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Optional

from ..actors.dictionary import read_tsv
from ..errors import ConfigError
from ..records import Cameo, Plover

__all__ = ["Ontology", "VerbPattern", "NounPattern", "load_ontology", "cameo_table"]


@dataclass(frozen=True)
class VerbPattern:
    """One verb pattern row: verb lemma (+ particle or governed preposition), object theme, target preposition."""

    lemma: str
    word2: Optional[str]          # particle or governed preposition ("call for", "carry out")
    objects: Optional[frozenset]  # None = the object is the target ("*"); empty = no object needed ("-")
    prep: Optional[str]
    code: str
    id: str

    @property
    def specificity(self) -> int:
        """Higher for rows that say more (particle, theme, preposition)."""
        return (2 if self.word2 else 0) + (3 if self.objects else 0) + (1 if self.prep else 0)


@dataclass(frozen=True)
class NounPattern:
    """One nominal trigger: noun lemma -> CAMEO code, and whether its "of" phrase names the target or the source."""

    code: str
    id: str
    of: str = "target"


def _data(name: str):
    return resources.files("eventwire.events").joinpath("data", name)


@functools.lru_cache(maxsize=1)
def cameo_table() -> dict[str, Cameo]:
    """Return every CAMEO code with its name, Goldstein score and quad class."""
    out = {}
    for row in read_tsv(_data("cameo.tsv")):
        out[row["code"]] = Cameo(code=row["code"], root=row["root"], name=row["name"],
                                 goldstein=float(row["goldstein"]), quad_class=int(row["quad_class"]))
    return out


class Ontology:
    """CAMEO codes, PLOVER types and the patterns that reach them."""

    def __init__(self, extra_patterns: Iterable[str] = ()) -> None:
        self.cameo = cameo_table()
        self.plover = {r["cameo"]: Plover(r["event"], r.get("mode") or None) for r in read_tsv(_data("plover.tsv"))}
        self.verbs: dict[str, list[VerbPattern]] = {}
        self._load_verbs(_data("verb_patterns.tsv"), "verb_patterns.tsv")
        for path in extra_patterns:
            self._load_verbs(path, str(path))
        self.nouns = {r["lemma"]: NounPattern(r["code"], r["id"], r.get("of") or "target")
                      for r in read_tsv(_data("noun_patterns.tsv"))}
        self.light_verbs = {r["lemma"] for r in read_tsv(_data("light_verbs.tsv"))}
        self.words: dict[str, dict[str, str]] = {}
        for r in read_tsv(_data("clause_words.tsv")):
            self.words.setdefault(r["class"], {})[r["word"]] = r["value"]
        self._known = set(self.verbs) | {lv.split()[0] for lv in self.light_verbs} | {
            w for cls in ("speech", "modal", "family", "control", "pessimism", "failure", "reciprocal", "nocomment",
                        "receiver", "expression", "restating")
            for w in self.words.get(cls, {})}
        self.governed: dict[str, dict[str, str]] = {}
        for r in read_tsv(_data("governors.tsv")):
            self.governed.setdefault(r["family"], {})[r["inner"]] = r["code"]

    def _load_verbs(self, path, source: str) -> None:
        try:
            rows = list(read_tsv(path))
        except FileNotFoundError:
            raise ConfigError(f"pattern file {source} does not exist", code="E140") from None
        for i, row in enumerate(rows, 1):
            try:
                lemma, obj, prep, code = row["lemma"], row["object"], row["prep"], row["code"]
            except KeyError:
                raise ConfigError(f"{source}: row {i} needs lemma, object, prep, code and id columns",
                                  code="E141") from None
            if code not in self.cameo:
                raise ConfigError(f"{source}: row {i} has CAMEO code {code!r}, which is not in the CAMEO table",
                                  code="E142")
            words = lemma.split()
            objects = None if obj == "*" else frozenset() if obj in {"-", ""} else frozenset(obj.split("|"))
            pattern = VerbPattern(words[0], " ".join(words[1:]) or None, objects,
                                  None if prep in {"-", ""} else prep, code, row.get("id") or f"{source}:{i}")
            bucket = self.verbs.setdefault(words[0], [])
            bucket.append(pattern)
        for bucket in self.verbs.values():
            bucket.sort(key=lambda p: -p.specificity)

    def code(self, code: str) -> Cameo:
        """Return the CAMEO record of a code."""
        return self.cameo[code]

    def lemma(self, tok) -> str:
        """A verb's lemma, mended where the tagger's lemmatizer slips ("hopes" -> "hop"): the first of the
        lemma, the word and its stripped inflections that the patterns or word classes know."""
        lemma = tok.lemma_.lower()
        if lemma in self._known or tok.pos_ not in {"VERB", "AUX", "NOUN"}:
            return lemma
        low = tok.lower_
        forms = [low]
        # strip only the inflection the word ends in: "finishes" must not become "fine"
        if low.endswith("s"):
            forms += [low[:-1], low[:-2] if low.endswith("es") else ""]
        if low.endswith("ed"):
            forms += [low[:-1], low[:-2], low[:-3] if low[-3:-2] == low[-4:-3] else ""]
        if low.endswith("ing"):
            forms += [low[:-3], low[:-3] + "e", low[:-4] if low[-4:-3] == low[-5:-4] else ""]
        for form in forms:
            if form and form in self._known:
                return form
        return lemma

    def knows(self, lemma: str) -> bool:
        """Does any pattern or verb class name this lemma (else the verb cannot be an event)?"""
        return lemma in self._known

    def word_class(self, name: str) -> dict[str, str]:
        """Return one class of clause words (clause_words.tsv): word -> value."""
        return self.words.get(name, {})

    def govern(self, family: str, inner: Optional[str]) -> Optional[str]:
        """Return the code a governing verb's family gives its complement's event (longest prefix wins)."""
        table = self.governed.get(family, {})
        if inner is None:
            return table.get("", None)
        for n in range(len(inner), 1, -1):
            if inner[:n] in table:
                return table[inner[:n]]
        return None

    def plover_for(self, code: str) -> Plover:
        """Return the PLOVER type of a code (falling back to its base and root codes)."""
        for c in (code, code[:3], code[:2]):
            if c in self.plover:
                return self.plover[c]
        return Plover("OTHER", None)


@functools.lru_cache(maxsize=4)
def load_ontology(extra_patterns: tuple = ()) -> Ontology:
    """Return the (cached) ontology with any extra pattern files."""
    return Ontology(extra_patterns)
