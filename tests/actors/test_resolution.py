"""Actor resolution on the seeds, on ambiguity written by us, and users' PETRARCH dictionaries."""

from __future__ import annotations

from eventwire import Pipeline, Settings
from eventwire.ingest import article_from_text


def _codes(pipeline, text, published="2021-08-13"):
    res = pipeline.process(article_from_text(text, published=published))
    return {m.text: m.code for m in res.actors}


def test_tass_named_actors(seed_results):
    got = {m.text: m.code for m in seed_results["tass"].actors}
    assert got["Russian President Vladimir Putin"] == "RUSGOV"
    assert got["the Kremlin"] == "RUSGOV"
    assert got["opposition Alliance of Patriots of Georgia party"] == "GEOOPP"
    assert got["Georgian authorities"] == "GEOGOV"
    assert got["Inashvili"] == "GEOOPP"
    assert got["Abkhazia"] == "ABK"


def test_sputnik_named_actors(seed_results):
    got = {m.text: m.code for m in seed_results["sputnik"].actors}
    assert got["Russian troops"] == "RUSMIL"
    assert got["Tbilisi"] == "GEOGOV"
    assert any(code == "RUSLEG" and text.endswith("Kalashnikov") for text, code in got.items())


def test_capital_is_government_but_in_capital_is_a_place(pipeline):
    got = _codes(pipeline, "Moscow said the talks in Tbilisi had failed.")
    assert got.get("Moscow") == "RUSGOV" and "Tbilisi" not in got


def test_georgia_the_us_state_is_not_the_country(pipeline):
    text = ("Georgia Governor Brian Kemp met county officials in Atlanta on Monday. Georgia has 159 counties, "
            "and Atlanta is its capital.")
    assert "GEO" not in _codes(pipeline, text).values()


def test_petrarch_dictionary_with_dates_synonyms_and_prefixes(tmp_path):
    (tmp_path / "actors.txt").write_text(
        "# our own test dictionary\n<!-- ARNOR is a made-up country -->\nARNORIA [ARN]\n+ARNORIAN_REPUBLIC_\n"
        "ELENDIL_THE_TALL_ [ARNGOV >20010120] [ARNELI <20010120]\n")
    (tmp_path / "agents.txt").write_text("CONSTABULAR [~COP]\n")
    pipeline = Pipeline(Settings(actors=[str(tmp_path / "actors.txt")], agents=[str(tmp_path / "agents.txt")]))
    got = _codes(pipeline, "Arnoria protested. Elendil the Tall spoke.", published="2005-01-01")
    assert got["Arnoria"] == "ARN" and got["Elendil the Tall"] == "ARNGOV"
    got = _codes(pipeline, "Elendil the Tall spoke.", published="1999-01-01")
    assert got["Elendil the Tall"] == "ARNELI"


def test_criminal_organisations_are_criminals(pipeline):
    assert _codes(pipeline, "Albanian crime groups smuggled cocaine into Italy.")["Albanian crime groups"] == "ALBCRM"
    assert _codes(pipeline, "Colombian police arrested two drug lords.")["drug lords"] == "COLCRM"
    assert _codes(pipeline, "Crime rose sharply in Peru last year.") == {}
