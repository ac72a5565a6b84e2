"""Writing records as JSON Lines, JSON, CSV or an aligned table."""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable

from rich.console import Console
from rich.table import Table

__all__ = ["write_records", "event_row", "FORMATS"]

FORMATS = ["jsonl", "json", "csv", "table"]


def event_row(e: dict) -> dict:
    """Flatten an event record to the columns of a table or CSV row."""
    src, tgt, date = e.get("source") or {}, e.get("target") or {}, e["date"]
    return {"date": date["value"] or "", "prec": date["precision"][0] if date.get("precision") else "",
            "source": src.get("code", ""), "code": e["cameo"]["code"], "target": tgt.get("code", ""),
            "event": e["cameo"]["name"][:38], "flags": ("NEG " if e["negated"] else "") +
            ("" if e["modality"] == "asserted" else e["modality"][:4]) + (" bg" if e["background"] else ""),
            "trigger": e["trigger"]["text"], "article": e["article"]["id"][:20]}


def write_records(records: Iterable[dict], fmt: str, out: IO[str], row=None, title: str | None = None) -> int:
    """Write records in the format; tables and CSV use `row` to flatten each record. Returns the count."""
    n = 0
    if fmt == "jsonl":
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            out.flush()
            n += 1
        return n
    if fmt == "json":
        items = list(records)
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(items)
    rows = (row(r) if row else r for r in records)
    if fmt == "csv":
        writer = None
        for r in rows:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(r))
                writer.writeheader()
            writer.writerow({k: json.dumps(v) if isinstance(v, (dict, list)) else v for k, v in r.items()})
            n += 1
        return n
    items = list(rows)
    table = Table(title=title, show_lines=False, header_style="bold")
    for col in (items[0].keys() if items else ["(none)"]):
        table.add_column(col, overflow="fold")
    for r in items:
        table.add_row(*["" if v is None else str(v) for v in r.values()])
    Console(file=out, width=200 if not out.isatty() else None).print(table)
    return len(items)
