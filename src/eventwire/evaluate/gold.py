"""Reading gold sets: stand-off records over a corpus, or records that carry their own text."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..errors import InputError

__all__ = ["GoldRecord", "load_gold", "load_corpus", "by_text"]


@dataclass
class GoldRecord:
    """One gold record: the text it annotates and its expected labels."""

    key: str
    text: str
    published: Optional[str]
    labels: dict = field(default_factory=dict)
    path: str = ""
    line: int = 0

    @property
    def span(self) -> tuple[int, int]:
        """The part of the text the record annotates (a sentence, or up to `until`, or all of it)."""
        start = self.labels.get("start", 0)
        end = self.labels.get("end", self.labels.get("until", len(self.text)))
        return start, end


def load_corpus(path: Optional[str]) -> dict[str, str]:
    """Read a JSONL corpus (`id`, `text` per line) into a mapping from article id to text."""
    if not path:
        return {}
    texts: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    texts[str(record["id"])] = record["text"]
                except (ValueError, KeyError, TypeError):
                    raise InputError("not a corpus record with `id` and `text`", path=path, line=number,
                                     code="E211") from None
    except OSError as exc:
        raise InputError(f"cannot read the corpus: {exc.strerror}", path=path, code="E215") from None
    return texts


def load_gold(paths: Iterable[str], corpus: dict[str, str], corpus_path: Optional[str] = None) -> list[GoldRecord]:
    """Read gold JSONL files; a stand-off record takes its text from the corpus by `article_id`."""
    records = []
    for path in paths:
        if not Path(path).is_file():
            raise InputError("no such gold file", path=path, code="E214")
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    labels = json.loads(line)
                except ValueError as exc:
                    raise InputError(f"not JSON: {exc}", path=path, line=number, code="E212") from None
                if not isinstance(labels, dict):
                    raise InputError("a gold record must be a JSON object", path=path, line=number, code="E212")
                text = labels.get("text")
                key = str(labels.get("id") or labels.get("article_id") or f"{path}:{number}")
                if text is None:
                    article_id = labels.get("article_id")
                    if article_id is None:
                        raise InputError("a gold record needs `text`, or `article_id` into a corpus",
                                         path=path, line=number, code="E212")
                    text = corpus.get(str(article_id))
                    if text is None:
                        why = (f"is not in the corpus {corpus_path}" if corpus_path else
                               "needs a corpus: pass --corpus or set EVENTWIRE_CORPUS")
                        raise InputError(f"article {article_id} {why}", path=path, line=number, code="E213")
                records.append(GoldRecord(key, text, labels.get("published"), labels, path, number))
    return records


def by_text(records: list[GoldRecord]) -> dict[tuple[str, str], list[GoldRecord]]:
    """Group records that annotate the same text, so each article is processed once."""
    groups: dict[tuple[str, str], list[GoldRecord]] = {}
    for r in records:
        groups.setdefault((r.key, r.published or ""), []).append(r)
    return groups
