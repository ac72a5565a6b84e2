"""Articles/s and words/s of eventwire's extract on the VOA corpus, beside spaCy's own rate.

Usage: python benchmarks/throughput.py [--repeat N] [--corpus PATH]
spaCy runs the same pipeline (same components) over the same texts; the ratio is eventwire / spaCy time.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa_stories.jsonl"


def main() -> None:
    """Print the throughput figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from eventwire import Pipeline, read_articles

    records = [json.loads(line) for line in open(args.corpus, encoding="utf-8")]
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    pipeline = Pipeline()
    list(pipeline.nlp.pipe(texts[:2]))
    best_spacy = best_ew = float("inf")
    stage_best: dict[str, float] = {}
    for _ in range(args.repeat):
        pipeline.stage_seconds = dict.fromkeys(pipeline.stage_seconds, 0.0)
        t0 = time.perf_counter()
        for _doc in pipeline.nlp.pipe(texts, batch_size=32):
            pass
        best_spacy = min(best_spacy, time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_events = sum(len(r.events) for r in pipeline.pipe(read_articles([args.corpus])))
        best_ew = min(best_ew, time.perf_counter() - t0)
        for name, secs in pipeline.stage_seconds.items():
            stage_best[name] = min(stage_best.get(name, float("inf")), secs)
    n = len(texts)
    print(f"corpus: {n} articles, {words} words; best of {args.repeat} runs")
    print(f"spaCy ({', '.join(pipeline.nlp.pipe_names)}): {n / best_spacy:.1f} articles/s, {words / best_spacy:.0f} words/s")
    print(f"eventwire extract: {n / best_ew:.1f} articles/s, {words / best_ew:.0f} words/s, {n_events} events")
    print(f"ratio eventwire/spaCy time: {best_ew / best_spacy:.2f} (eventwire's own stages add "
          f"{(best_ew / best_spacy - 1) * 100:.0f}%)")
    print("each stage, as a share of spaCy's time (best run): " + ", ".join(
        f"{name} {secs / best_spacy * 100:.1f}%" for name, secs in stage_best.items()))


if __name__ == "__main__":
    main()
