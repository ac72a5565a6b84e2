"""Every event carries its evidence (trigger, sentence, rule, confidence), and `explain` says why."""

from __future__ import annotations

from click.testing import CliRunner

from eventwire.cli import cli


def test_every_seed_event_has_its_evidence(seed_results):
    events = [e for r in seed_results.values() for e in r.events]
    assert events
    for e in events:
        text = e.sentence.text
        assert e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end
        assert text[e.trigger.start - e.sentence.start:e.trigger.end - e.sentence.start] == e.trigger.text
        assert e.rule and 0.0 < e.confidence <= 1.0
        assert e.modality in {"asserted", "reported", "future", "intended", "requested", "hypothetical"}


def test_explain_says_how_each_role_was_found_and_why_candidates_dropped():
    res = CliRunner().invoke(cli, ["explain", "The Georgian Foreign Ministry said that Russian troops attacked "
                                   "Georgian villages."], obj={}, catch_exceptions=False)
    out = res.stdout
    assert "RUSMIL -> GEO 190" in out and "[v.attack_obj.190]" in out
    assert "why: source: subject; target: object; said by Georgian Foreign Ministry" in out
    assert "'said': a plain statement (010) is not coded on its own" in out
