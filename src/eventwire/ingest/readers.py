"""Read articles from .txt files, JSON Lines files, directories and standard input, one at a time."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

from ..errors import InputError
from ..records import Article
from .dateline import parse_dateline, parse_title

__all__ = ["read_articles", "article_from_text", "article_from_record", "parse_published"]

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DEFAULT_MAX_CHARS = 1_000_000


def parse_published(value: object) -> str:
    """Return an ISO date (YYYY-MM-DD) from an ISO date or datetime string; raise ValueError otherwise."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"published must be an ISO date or datetime string, not {value!r}")
    text = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$",
                 text)
    if not m:
        raise ValueError(f"published {value!r} is not an ISO date or datetime (e.g. 2021-08-13)")
    return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()


def _decode(data: bytes, where: str) -> str:
    if not data.strip():
        raise InputError("the file is empty", path=where, code="E201")
    if b"\x00" in data[:4096]:
        raise InputError("the file is binary (it holds NUL bytes), not UTF-8 text", path=where, code="E202")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"the file is not UTF-8 (byte {exc.start} is {data[exc.start]:#04x}; "
                         "a Latin-1 or Windows-1252 file? convert it with iconv -f latin1 -t utf-8)",
                         path=where, code="E203") from None


def article_from_text(text: str, *, id: Optional[str] = None, published: Optional[str] = None,
                      source: Optional[str] = None, origin: Optional[str] = None,
                      max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Build an article from raw text: a short first line before a blank line is its title."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("the article has no text", path=origin, code="E204")
    if len(text) > max_chars:
        raise InputError(f"the article has {len(text):,} characters, over the limit of {max_chars:,} "
                         "(raise max_article_chars to accept it)", path=origin, code="E205")
    article = Article(id=id or _text_id(text), text=text, title=parse_title(text), source=source,
                      origin=origin)
    dateline = parse_dateline(text)
    if dateline:
        article.dateline_place = dateline.place
        article.dateline_date = dateline.date
        if article.source is None:
            article.source = dateline.outlet
    if article.source is None:
        m = re.search(r"©\s*([A-Z][A-Za-z]+)", text[:2000])
        if m:
            article.source = m.group(1)
    if published:
        try:
            article.published = parse_published(published)
        except ValueError as exc:
            raise InputError(f"bad publication date {published!r}: {exc}", path=origin, code="E207") from None
        article.published_basis = "metadata"
    return article


def _text_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def article_from_record(record: object, *, origin: str, published: Optional[str] = None,
                        source: Optional[str] = None, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Build an article from one JSON Lines record (`text`, optional `id`, `title`, `published`, `source`, `url`)."""
    if not isinstance(record, dict):
        raise InputError(f"the record is a JSON {type(record).__name__}, not an object", path=origin, code="E206")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("the record has no `text`", path=origin, code="E204")
    rec_published = record.get("published") or published
    try:
        article = article_from_text(text, id=str(record["id"]) if record.get("id") is not None else None,
                                    published=rec_published, source=record.get("source") or source,
                                    origin=origin, max_chars=max_chars)
    except ValueError as exc:
        raise InputError(str(exc), path=origin, code="E207") from None
    if record.get("title"):
        article.title = str(record["title"])
    article.url = record.get("url")
    if source:
        article.source = source
    return article


def _read_jsonl(stream: Iterable, where: str, published, source, max_chars) -> Iterator[Union[Article, InputError]]:
    for number, line in enumerate(stream, start=1):
        if isinstance(line, bytes):
            if b"\x00" in line:
                yield InputError("the line holds NUL bytes (binary data), not JSON", path=where, line=number,
                                 code="E202")
                continue
            try:
                line = line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield InputError("the line is not UTF-8 (Latin-1?); convert the file with iconv", path=where,
                                 line=number, code="E203")
                continue
        if not line.strip():
            continue
        origin = f"{where}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"the line is not JSON ({exc.msg} at column {exc.colno})", path=where, line=number,
                             code="E208")
            continue
        try:
            yield article_from_record(record, origin=origin, published=published, source=source,
                                      max_chars=max_chars)
        except InputError as err:
            yield InputError(err.message.split(": ", 1)[-1], path=where, line=number, code=err.code)


def _walk(paths: Iterable[str]) -> Iterator[str]:
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    yield str(child)
        else:
            yield p


def read_articles(paths: Iterable[str], *, published: Optional[str] = None, source: Optional[str] = None,
                  max_chars: int = DEFAULT_MAX_CHARS, stdin: Optional[IO[str]] = None
                  ) -> Iterator[Union[Article, InputError]]:
    """Yield each article of the given files and directories in order, or an InputError for each bad one."""
    if published is not None:
        try:
            published = parse_published(published)
        except ValueError as exc:
            raise InputError(str(exc), path="--published", code="E207") from None
    for where in _walk(paths):
        if where == "-":
            yield from _read_jsonl(stdin or sys.stdin, "<stdin>", published, source, max_chars)
            continue
        path = Path(where)
        if not path.exists():
            yield InputError("no such file or directory", path=where, code="E209")
            continue
        if path.suffix.lower() in JSONL_SUFFIXES:
            if path.stat().st_size == 0:
                yield InputError("the file is empty", path=where, code="E201")
                continue
            with open(path, "rb") as fh:
                yield from _read_jsonl(fh, where, published, source, max_chars)
            continue
        try:
            if path.stat().st_size > max_chars * 4:
                raise InputError(f"the file is {path.stat().st_size:,} bytes, over the article limit",
                                 path=where, code="E205")
            text = _decode(path.read_bytes(), where)
            yield article_from_text(text, id=path.stem, published=published, source=source, origin=where,
                                    max_chars=max_chars)
        except InputError as err:
            yield err
        except ValueError as exc:
            yield InputError(str(exc), path=where, code="E207")
        except OSError as exc:
            yield InputError(f"cannot read the file: {exc.strerror}", path=where, code="E210")
