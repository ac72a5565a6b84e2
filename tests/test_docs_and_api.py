"""The docs name every event field, command and setting; the public API is what __all__ says."""

from __future__ import annotations

from pathlib import Path

import eventwire
from eventwire.cli import cli
from eventwire.settings import SETTINGS_HELP

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _field_names(d: dict, prefix: str = "") -> set[str]:
    out = set()
    for k, v in d.items():
        out.add(prefix + k)
        if isinstance(v, dict) and k in {"article", "sentence", "date"}:
            out |= _field_names(v, prefix + k + ".")
    return out


def test_event_record_doc_names_every_field(pipeline):
    from eventwire.ingest import article_from_text

    result = pipeline.process(article_from_text("On September 2, 2008, Georgia severed diplomatic ties with Russia.",
                                                published="2021-08-13"))
    doc = (DOCS / "event-record.md").read_text()
    for name in _field_names(result.events[0].to_dict()):
        assert f"`{name}`" in doc or f"`{name.rsplit('.', 1)[0]}" in doc and name.rsplit(".", 1)[-1] in doc, name


def test_every_command_and_setting_is_documented():
    cli_doc = (DOCS / "cli.md").read_text()
    for name in cli.commands:
        assert f"eventwire {name}" in cli_doc, name
    settings_doc = (DOCS / "settings.md").read_text()
    for name in SETTINGS_HELP:
        assert f"`{name}`" in settings_doc, name


def test_public_api_is_honest():
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name


def test_extract_api_dates_background_history():
    (e,) = [e for e in eventwire.extract("On September 2, 2008, Georgia severed diplomatic ties with Russia.",
                                         published="2021-08-13") if e.cameo.code == "161"]
    assert (e.source.code, e.target.code, e.date.value, e.background) == ("GEO", "RUS", "2008-09-02", True)
    assert eventwire.Event.from_dict(e.to_dict()) == e


def test_pipeline_rejects_stages_out_of_order():
    import pytest

    with pytest.raises(eventwire.PipelineError, match="E301"):
        eventwire.Pipeline(stages=["events.patterns.v1"])
