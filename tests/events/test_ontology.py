"""The CAMEO table, the PLOVER mapping and the pattern files: coverage, and a user's own pattern file."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.events import EventStage, cameo_table, load_ontology
from eventwire.events.ontology import Ontology


def test_every_root_and_at_least_150_codes_are_reachable():
    o = load_ontology()
    codes = {p.code for rows in o.verbs.values() for p in rows} | {n.code for n in o.nouns.values()} | \
        {c for table in o.governed.values() for c in table.values()}
    assert len(codes) >= 150
    assert {c[:2] for c in codes} == {f"{r:02d}" for r in range(1, 21)}
    assert codes <= set(cameo_table())


def test_every_cameo_code_has_a_plover_type_and_goldstein_score():
    o = load_ontology()
    for code, cameo in cameo_table().items():
        assert code in o.plover, code
        assert -10.0 <= cameo.goldstein <= 10.0 and cameo.quad_class in {1, 2, 3, 4}


def test_governed_events_follow_the_complement():
    o = load_ontology()
    assert o.govern("refuse", "040") == "125"      # refused to meet
    assert o.govern("appeal", "0874") == "0256"    # called on X to withdraw
    assert o.govern("intent", "0612") == "0311"    # agreed to trade (longest prefix 061)
    assert o.govern("threat", "163") == "1312"     # threatened sanctions
    assert o.govern("demand", "0841") == "1053"    # demanded the release


def test_lemma_is_mended_where_the_lemmatizer_slips(pipeline):
    doc = pipeline.nlp("Turkey hopes to mediate. Georgia refused to meet.")
    assert [load_ontology().lemma(t) for t in doc if t.pos_ == "VERB"] == ["hope", "mediate", "refuse", "meet"]


def test_a_users_pattern_file_adds_verbs(tmp_path, pipeline):
    path = tmp_path / "mine.tsv"
    path.write_text("lemma\tobject\tprep\tcode\tid\nsnub\t*\t-\t1245\tmine.snub\n", encoding="utf-8")
    o = Ontology([str(path)])
    assert [p.id for p in o.verbs["snub"]] == ["mine.snub"]
    from eventwire.ingest import article_from_text
    from eventwire.settings import Settings

    stage = EventStage(pipeline.nlp, Settings(patterns=[str(path)]))
    result = pipeline.pipe([article_from_text("Russia snubbed Georgia.", published="2021-08-13")], keep_doc=True)
    result = stage(next(iter(result)))
    assert [(e.cameo.code, e.source.code, e.target.code, e.rule) for e in result.events] == \
        [("1245", "RUS", "GEO", "mine.snub")]


@pytest.mark.parametrize("content, code", [
    (None, "E140"),
    ("lemma\tobject\tcode\nsnub\t*\t1245\n", "E141"),
    ("lemma\tobject\tprep\tcode\tid\nsnub\t*\t-\t999\tx\n", "E142"),
])
def test_bad_pattern_files_say_what_is_wrong(tmp_path, content, code):
    path = tmp_path / "bad.tsv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        Ontology([str(path)])
    assert err.value.code == code
