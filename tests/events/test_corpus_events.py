"""Events of real VOA sentences, checked at level 1 (root, source and target country) against the dev gold.

The sentences are picked out of tests/gold/events_dev.jsonl by article and offset, one per grammar rule
they exercise; their text is read from ../shared/corpus at run time, never copied here.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

from eventwire.ingest import article_from_text

GOLD = Path(__file__).resolve().parents[1] / "gold" / "events_dev.jsonl"

CASES = {
    ("6202623", 4278): "passive with six coordinated agents (criticized by the U.N., U.S., French ...)",
    ("6181235", 3592): "threatened to use force against X: a threat with the infinitive's target",
    ("6204681", 4322): "demanded that X remove them: a demand addressed to the clause's subject",
    ("6204080", 753): "gave X 14 days to present a plan: an ultimatum to the recipient",
    ("6203896", 928): "responded by destroying X: the gerund takes the clause's subject",
    ("8011076", 709): "the military said it killed 33 terrorists: the pronoun is the speaker",
    ("8011076", 1682): "separatist groups killed 400 people: unconventional violence (18), not 19",
    ("8008619", 2052): "three coordinated states withdrew from ECOWAS",
    ("8009976", 146): "called Pakistan's assertions baseless: a denial of the possessor",
    ("8009976", 2646): "\"We urge Afghanistan to ...,\" Khan told media: we is the speaker",
    ("8009976", 704): "the military claimed the killing of 33 terrorists: a nominal event",
    ("8006503", 1452): "claimed responsibility for the attack (015)",
}


def _key(code, source, target):
    return code[:2], (source or "")[:3] or None, (target or "")[:3] or None


@pytest.fixture(scope="module")
def gold_results(pipeline, corpus_records):
    texts = {str(r["id"]): r["text"] for r in corpus_records}
    gold = {(r["article_id"], r["start"]): r for r in map(json.loads, open(GOLD, encoding="utf-8"))}
    records = [gold[k] for k in CASES]
    ids = sorted({r["article_id"] for r in records})
    arts = [article_from_text(texts[i], published=next(r["published"] for r in records if r["article_id"] == i)[:10])
            for i in ids]
    return records, dict(zip(ids, pipeline.pipe(arts)))


@pytest.mark.parametrize("case", list(CASES), ids=[f"{a}@{s}" for a, s in CASES])
def test_corpus_sentence_events(gold_results, case):
    records, results = gold_results
    r = next(x for x in records if (x["article_id"], x["start"]) == case)
    result = results[r["article_id"]]
    got = collections.Counter(_key(e.cameo.code, e.source and e.source.code, e.target and e.target.code)
                              for e in result.events if r["start"] <= e.trigger.start < r["end"] and not e.negated)
    want = collections.Counter(_key(g["code"], g["source"], g["target"]) for g in r["events"] if not g["negated"])
    assert got == want, CASES[case]
