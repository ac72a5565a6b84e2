"""Scores on the dev gold sets in tests/gold (see docs/gold.md): timex, actors, events.

Usage: python benchmarks/gold_scores.py [--corpus PATH]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
DEFAULT = ROOT.parent / "shared" / "corpus" / "voa_stories.jsonl"


def _load(name):
    path = GOLD / name
    return [json.loads(line) for line in open(path, encoding="utf-8")] if path.exists() else []


def _texts(records, corpus):
    for r in records:
        text = r.get("text") or corpus.get(r.get("article_id"))
        if text is not None:
            yield r, text


def timex(corpus):
    """Span F1 (exact offsets) and value accuracy on matched spans."""
    from eventwire.time import tag

    tp = fp = fn = right = 0
    for r, text in _texts(_load("timex_dev.jsonl") + _load("timex_own.jsonl"), corpus):
        gold = {(t["start"], t["end"]): t["value"] for t in r["timexes"]}
        got = {(t.start, t.end): t.value for t in tag(text, dt.date.fromisoformat(r["published"][:10]))}
        matched = gold.keys() & got.keys()
        tp += len(matched)
        fp += len(got.keys() - gold.keys())
        fn += len(gold.keys() - got.keys())
        right += sum(gold[k] == got[k] for k in matched)
    p, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"timex: span P {p:.3f} R {rc:.3f} F1 {2 * p * rc / max(1e-9, p + rc):.3f}; "
          f"value accuracy on matched {right / max(1, tp):.3f} ({tp} matched)")


def actors(pipeline, corpus):
    """Precision and recall of (country, role) per mention, a mention matching on overlapping spans."""
    from eventwire.ingest import article_from_text

    per = collections.Counter()
    for r, text in _texts(_load("actors_dev.jsonl") + _load("actors_own.jsonl"), corpus):
        limit = r.get("until", len(text))
        res = pipeline.process(article_from_text(text, published=r["published"][:10]))
        got = [m for m in res.actors if m.start < limit]
        for g in r["mentions"]:
            hit = next((m for m in got if m.start < g["end"] and g["start"] < m.end), None)
            per["gold"] += 1
            if hit and (hit.country or None, hit.role or None) == (g.get("country") or None, g.get("role") or None):
                per["gold_right"] += 1
                per[f"right:{g['category']}"] += 1
            per[f"n:{g['category']}"] += 1
        for m in got:
            hit = next((g for g in r["mentions"] if m.start < g["end"] and g["start"] < m.end), None)
            per["sys"] += 1
            if hit and (m.country or None, m.role or None) == (hit.get("country") or None, hit.get("role") or None):
                per["sys_right"] += 1
    print(f"actors: precision {per['sys_right'] / max(1, per['sys']):.3f} recall "
          f"{per['gold_right'] / max(1, per['gold']):.3f} ({per['gold']} gold mentions)")
    cats = sorted(k[2:] for k in per if k.startswith("n:"))
    print("  recall by category: " + ", ".join(f"{c} {per['right:' + c] / per['n:' + c]:.2f}" for c in cats))


def events(pipeline, corpus):
    """Level 1: root code with source and target countries; plus date accuracy on matched events."""
    from eventwire.ingest import article_from_text

    tp = fp = fn = dates = 0
    by_root = collections.Counter()
    for r, text in _texts(_load("events_dev.jsonl") + _load("events_own.jsonl"), corpus):
        res = pipeline.process(article_from_text(text, published=r["published"][:10]))
        s, e = (r["start"], r["end"]) if "start" in r else (0, len(text))
        got = [ev for ev in res.events if s <= ev.trigger.start < e and not ev.negated]
        key = lambda code, src, tgt: (code[:2], (src or "")[:3] or None, (tgt or "")[:3] or None)
        gold = collections.Counter(key(g["code"], g.get("source"), g.get("target")) for g in r["events"]
                                   if not g.get("negated"))
        sysk = collections.Counter(key(ev.cameo.code, ev.source and ev.source.code, ev.target and ev.target.code)
                                   for ev in got)
        both = gold & sysk
        tp += sum(both.values())
        fp += sum((sysk - gold).values())
        fn += sum((gold - sysk).values())
        for k in both:
            by_root[("tp", k[0])] += both[k]
        for k in gold:
            by_root[("gold", k[0])] += gold[k]
        for k in sysk:
            by_root[("sys", k[0])] += sysk[k]
        for g in r["events"]:
            ev = next((ev for ev in got if key(ev.cameo.code, ev.source and ev.source.code,
                                               ev.target and ev.target.code) ==
                       key(g["code"], g.get("source"), g.get("target"))), None)
            if ev is not None and g.get("date"):
                dates += 1
                by_root["date_ok"] += ev.date.value == g["date"]
    p, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"events level 1: P {p:.3f} R {rc:.3f} F1 {2 * p * rc / max(1e-9, p + rc):.3f} "
          f"(tp {tp}, fp {fp}, fn {fn}); date accuracy on matched {by_root['date_ok'] / max(1, dates):.3f}")
    roots = sorted({k[1] for k in by_root if isinstance(k, tuple)})
    print("  per root P/R: " + ", ".join(
        f"{r} {by_root[('tp', r)] / max(1, by_root[('sys', r)]):.2f}/{by_root[('tp', r)] / max(1, by_root[('gold', r)]):.2f}"
        for r in roots))


def main() -> None:
    """Print every score."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(DEFAULT))
    args = ap.parse_args()
    corpus = {}
    if Path(args.corpus).exists():
        corpus = {str(r["id"]): r["text"] for r in map(json.loads, open(args.corpus, encoding="utf-8"))}
    from eventwire import Pipeline

    pipeline = Pipeline()
    timex(corpus)
    actors(pipeline, corpus)
    events(pipeline, corpus)


if __name__ == "__main__":
    main()
