"""Evaluation against gold sets: actors, events (three levels, dates) and time expressions.

Entry point: `evaluate(kind, gold_paths, pipeline, corpus_path)`; the gold format is in docs/gold.md.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ..errors import ConfigError
from .actors import score_actors
from .events import LEVELS, score_events
from .floors import below_floors, read_floors
from .gold import GoldRecord, load_corpus, load_gold
from .run import process_gold
from .scores import Accuracy, Report, Score
from .timex import score_timex

__all__ = ["evaluate", "score_actors", "score_events", "score_timex", "load_gold", "load_corpus",
           "process_gold", "read_floors", "below_floors", "GoldRecord", "Report", "Score", "Accuracy", "LEVELS", "KINDS"]

KINDS = {"actors": score_actors, "events": score_events, "timex": score_timex}


def evaluate(kind: str, gold_paths: Iterable[str], pipeline, corpus_path: Optional[str] = None) -> Report:
    """Run the pipeline over the gold texts and score what it found."""
    if kind not in KINDS:
        raise ConfigError(f"unknown evaluation {kind!r}; choose one of {', '.join(KINDS)}", code="E108")
    records = load_gold(gold_paths, load_corpus(corpus_path), corpus_path)
    return KINDS[kind](records, process_gold(pipeline, records))
