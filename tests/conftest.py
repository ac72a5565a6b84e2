"""Shared fixtures: one pipeline per session, and the shared seed articles and corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "voa_stories.jsonl"
TASS = SEEDS / "000_35ed4c8641d79165.txt"
SPUTNIK = SEEDS / "003_8ded52bee485b83b.txt"


def need_shared(path: Path) -> Path:
    """Skip (with the reason) when ../shared is not beside the checkout."""
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared is absent from this checkout)")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from eventwire import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def seed_results(pipeline):
    from eventwire import read_articles

    paths = [str(need_shared(TASS)), str(need_shared(SPUTNIK))]
    results = list(pipeline.pipe(read_articles(paths), keep_doc=False))
    return {"tass": results[0], "sputnik": results[1]}


@pytest.fixture(scope="session")
def corpus_records():
    with open(need_shared(CORPUS), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]
