"""Headline scores on the dev gold sets in tests/gold (definitions in docs/gold.md).

Usage: python benchmarks/gold_scores.py [--corpus PATH]   (the same figures as `eventwire eval`)
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
DEFAULT = ROOT.parent / "shared" / "corpus" / "voa_stories.jsonl"
SETS = {"timex": ("timex", ("timex_dev.jsonl", "timex_own.jsonl", "timex_blind.jsonl")),
        "actors": ("actors", ("actors_dev.jsonl", "actors_own.jsonl", "actors_blind.jsonl")),
        "events": ("events", ("events_dev.jsonl", "events_own.jsonl")),
        "events_blind": ("events", ("events_blind.jsonl",)),
        "events_blind2": ("events", ("events_blind2.jsonl",))}


def main() -> None:
    """Print every headline score, per category figures after each."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(DEFAULT))
    args = ap.parse_args()
    from eventwire import Pipeline
    from eventwire.evaluate import KINDS, load_corpus, load_gold, process_gold

    corpus = load_corpus(args.corpus)
    records = {k: load_gold([str(GOLD / f) for f in files], corpus, args.corpus) for k, (_, files) in SETS.items()}
    results = process_gold(Pipeline(), [r for rs in records.values() for r in rs])
    for name, (kind, files) in SETS.items():
        report = KINDS[kind](records[name], results)
        print(f"{name} ({report.records} gold records: {', '.join(files)})")
        for name, s in report.scores.items():
            print(f"  {name:<14} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
                  f"({s.predicted_right}/{s.predicted} predicted, {s.expected_found}/{s.expected} expected)")
        for name, a in report.accuracies.items():
            print(f"  {name:<14} accuracy {a.value:.3f} ({a.right}/{a.total})")
        print("  by " + report.breakdown_label + ": " + ", ".join(
            f"{k} {v.precision:.2f}/{v.recall:.2f}" for k, v in sorted(report.breakdown.items())) + "  (P/R)")


if __name__ == "__main__":
    main()
