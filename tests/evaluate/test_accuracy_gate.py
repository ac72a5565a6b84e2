"""The accuracy gate: scores on the dev gold sets may not fall below tests/gold/floors.toml."""

from __future__ import annotations

import pytest

from eventwire.evaluate import (below_floors, load_corpus, load_gold, process_gold, read_floors, score_actors,
                                score_events, score_timex)

from ..conftest import CORPUS, REPO, need_shared

GOLD = REPO / "tests" / "gold"
FLOORS = read_floors(str(GOLD / "floors.toml"))
# Gated set -> (what it scores, its files). events_blind and events_blind2 are scored apart: they are kept
# unread, so their floors tell whether a change generalises beyond the sentences it was made from.
SETS = {"timex": ("timex", ("timex_dev.jsonl", "timex_own.jsonl", "timex_blind.jsonl")),
        "actors": ("actors", ("actors_dev.jsonl", "actors_own.jsonl", "actors_blind.jsonl")),
        "events": ("events", ("events_dev.jsonl", "events_own.jsonl")),
        "events_blind": ("events", ("events_blind.jsonl",)),
        "events_blind2": ("events", ("events_blind2.jsonl",))}
SCORERS = {"timex": score_timex, "actors": score_actors, "events": score_events}


@pytest.fixture(scope="module")
def gold(pipeline):
    corpus = load_corpus(str(need_shared(CORPUS)))
    records = {name: load_gold([str(GOLD / f) for f in files], corpus) for name, (_, files) in SETS.items()}
    results = process_gold(pipeline, [r for rs in records.values() for r in rs])
    return records, results


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SETS))
def test_scores_stay_above_their_floors(gold, name):
    records, results = gold
    report = SCORERS[SETS[name][0]](records[name], results)
    assert report.records == len(records[name]) > 0
    assert below_floors(report, FLOORS[name]) == []


def test_every_gold_set_has_floors():
    assert set(FLOORS) == set(SETS)
    assert all(FLOORS[kind] for kind in SETS)
