"""The Parquet layout of a distributed run: one events, articles and errors file per partition.

    OUT/events/part-00000.parquet     one row per event mention
    OUT/articles/part-00000.parquet   one row per article that went through the pipeline
    OUT/errors/part-00000.parquet     one row per record that failed (file, line, code, message)

Every partition writes all three files, empty ones too, so a glob over a folder always matches and
every file has the same schema. Files are written to a temporary name and renamed into place.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import StoreError
from ..fuse.rules import period_start
from ..records import ArticleResult, Event
from ..time.dating import day_of

__all__ = ["TABLES", "EVENT_SCHEMA", "ARTICLE_SCHEMA", "ERROR_SCHEMA", "part_name", "event_row", "article_row",
           "write_partition", "remove_stale"]

EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("article_id", pa.string()), ("sentence_index", pa.int32()),
    ("sentence_text", pa.string()), ("trigger_start", pa.int32()), ("trigger_end", pa.int32()),
    ("trigger_text", pa.string()), ("source_text", pa.string()), ("source_code", pa.string()),
    ("source_country", pa.string()), ("target_text", pa.string()), ("target_code", pa.string()),
    ("target_country", pa.string()), ("cameo_code", pa.string()), ("cameo_root", pa.string()),
    ("cameo_name", pa.string()), ("goldstein", pa.float64()), ("quad_class", pa.int8()),
    ("plover_event", pa.string()), ("plover_mode", pa.string()), ("date_value", pa.string()),
    ("date_precision", pa.string()), ("date_basis", pa.string()), ("date_bound", pa.string()),
    ("event_date", pa.date32()), ("background", pa.bool_()), ("negated", pa.bool_()), ("modality", pa.string()),
    ("published", pa.date32()), ("source_outlet", pa.string()), ("location_name", pa.string()),
    ("location_country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
    ("confidence", pa.float64()), ("rule", pa.string()), ("record", pa.string()),
])

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("title", pa.string()), ("published", pa.date32()), ("published_basis", pa.string()),
    ("published_uncertain", pa.bool_()), ("source", pa.string()), ("url", pa.string()), ("origin", pa.string()),
    ("n_sentences", pa.int32()), ("n_events", pa.int32()), ("content_hash", pa.string()),
])

ERROR_SCHEMA = pa.schema([
    ("file", pa.string()), ("line", pa.int64()), ("code", pa.string()), ("message", pa.string()),
    ("article_id", pa.string()),
])

TABLES = {"events": EVENT_SCHEMA, "articles": ARTICLE_SCHEMA, "errors": ERROR_SCHEMA}
_PART = re.compile(r"^part-(\d{5,})\.parquet$")
_TMP = re.compile(r"^\.part-\d{5,}\.parquet\.[0-9a-f]+\.tmp$")


def part_name(index: int) -> str:
    """Return the file name of a partition: part-00000.parquet, part-00001.parquet, ..."""
    return f"part-{index:05d}.parquet"



def event_row(e: Event) -> dict:
    """Flatten an event to its row in events/*.parquet, with the full record as JSON in `record`."""
    src, tgt, loc = e.source, e.target, e.location
    return {
        "event_id": e.event_id, "article_id": e.article.get("id"), "sentence_index": e.sentence.index,
        "sentence_text": e.sentence.text, "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
        "trigger_text": e.trigger.text, "source_text": src.text if src else None,
        "source_code": src.code if src else None, "source_country": src.country if src else None,
        "target_text": tgt.text if tgt else None, "target_code": tgt.code if tgt else None,
        "target_country": tgt.country if tgt else None, "cameo_code": e.cameo.code, "cameo_root": e.cameo.root,
        "cameo_name": e.cameo.name, "goldstein": e.cameo.goldstein, "quad_class": e.cameo.quad_class,
        "plover_event": e.plover.event, "plover_mode": e.plover.mode, "date_value": e.date.value,
        "date_precision": e.date.precision, "date_basis": e.date.basis, "date_bound": e.date.bound,
        # The first day the date can stand for, as the store's event_mentions.event_date.
        "event_date": period_start(e.date.value), "background": e.background, "negated": e.negated,
        "modality": e.modality, "published": day_of(e.article.get("published")),
        "source_outlet": e.article.get("source"), "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None, "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None, "confidence": e.confidence, "rule": e.rule,
        "record": json.dumps(e.to_dict(), ensure_ascii=False),
    }


def article_row(result: ArticleResult) -> dict:
    """Return the row of an article in articles/*.parquet."""
    a = result.article
    return {"id": a.id, "title": a.title, "published": day_of(a.published), "published_basis": a.published_basis,
            "published_uncertain": a.published_uncertain, "source": a.source, "url": a.url, "origin": a.origin,
            "n_sentences": len(result.sentences), "n_events": len(result.events),
            # The same hash as the store's articles.content_hash, so the two can be joined.
            "content_hash": hashlib.sha1(a.text.encode("utf-8")).hexdigest()}


def _write_atomic(table: pa.Table, folder: str, name: str) -> None:
    tmp = os.path.join(folder, f".{name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        # A rename within one folder is atomic: a reader sees the old file or the new, never half of one.
        os.replace(tmp, os.path.join(folder, name))
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_partition(out_dir: str, index: int, events: Iterable[dict], articles: Iterable[dict],
                    errors: Iterable[dict]) -> None:
    """Write the three Parquet files of one partition atomically (StoreError E409 when that fails)."""
    rows = {"events": list(events), "articles": list(articles), "errors": list(errors)}
    name = part_name(index)
    try:
        for table, schema in TABLES.items():
            folder = os.path.join(out_dir, table)
            os.makedirs(folder, exist_ok=True)
            _write_atomic(pa.Table.from_pylist(rows[table], schema=schema), folder, name)
    except OSError as exc:
        raise StoreError(f"cannot write {name} under {out_dir}: {exc.strerror or exc}; check that the folder "
                         "is writable (and, on a remote cluster, visible to every worker)", code="E409") from None


def remove_stale(out_dir: str, keep: Iterable[int]) -> int:
    """Delete partition files (and leftover temporary files) not in `keep`; return how many were deleted."""
    keep = set(keep)
    removed = 0
    for table in TABLES:
        folder = os.path.join(out_dir, table)
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            m = _PART.match(name)
            # Only our own names are touched: anything else a user put in the folder stays.
            if (m and int(m[1]) not in keep) or _TMP.match(name):
                os.unlink(os.path.join(folder, name))
                removed += 1
    return removed
