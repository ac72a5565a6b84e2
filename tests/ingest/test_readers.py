"""Reading articles: titles, datelines, JSON Lines, and every kind of bad input."""

from __future__ import annotations

import io
import json

from eventwire import InputError, read_articles
from eventwire.ingest import article_from_text, parse_dateline

from ..conftest import SPUTNIK, TASS, need_shared


def test_tass_dateline_gives_place_outlet_and_partial_date():
    article = next(read_articles([str(need_shared(TASS))]))
    assert article.source == "TASS"
    assert article.dateline_place == "Moscow"
    assert article.dateline_date == "XXXX-08-13"
    assert article.title is None  # the first paragraph is body text, not a headline


def test_sputnik_headline_is_the_title():
    article = next(read_articles([str(need_shared(SPUTNIK))]))
    assert article.title.startswith("The state Duma is not looking to improve relations with Georgia")
    assert article.source == "Sputnik"


def test_dateline_with_year_and_outlet_in_parentheses():
    d = parse_dateline("Ceasefire agreed\n\nMOSCOW, August 12, 2008 (eventwire) — Russia and Georgia agreed.")
    assert (d.place, d.outlet, d.date) == ("Moscow", "eventwire", "2008-08-12")


def test_bad_inputs_each_give_one_error_and_the_rest_goes_on(tmp_path):
    (tmp_path / "a_empty.txt").write_text("")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (tmp_path / "c_latin1.txt").write_bytes("Tbilisi said the caf\xe9 was closed.".encode("latin-1"))
    good = "Georgia severed diplomatic ties with Russia on September 2, 2008."
    lines = [json.dumps({"id": "ok1", "text": good}), "{not json", json.dumps({"id": "notext"}),
             json.dumps({"id": "ok2", "text": good, "published": "2008-09-02T10:00:00Z"}),
             json.dumps({"id": "baddate", "text": good, "published": "yesterday"})]
    (tmp_path / "d_batch.jsonl").write_text("\n".join(lines) + "\n")
    items = list(read_articles([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    articles = [i for i in items if not isinstance(i, InputError)]
    assert [a.id for a in articles] == ["ok1", "ok2"]
    assert articles[1].published == "2008-09-02" and articles[1].published_basis == "metadata"
    codes = [e.code for e in errors]
    assert codes == ["E201", "E202", "E203", "E208", "E204", "E207"]
    assert "a_empty.txt" in str(errors[0])
    assert "d_batch.jsonl:2" in str(errors[3]) and "d_batch.jsonl:3" in str(errors[4])


def test_stdin_jsonl_and_huge_article():
    stdin = io.StringIO(json.dumps({"text": "Russia recognized Abkhazia."}) + "\n")
    (article,) = list(read_articles(["-"], stdin=stdin))
    assert article.text == "Russia recognized Abkhazia."
    huge = list(read_articles(["-"], stdin=io.StringIO(json.dumps({"text": "x " * 600}) + "\n"), max_chars=1000))
    assert isinstance(huge[0], InputError) and huge[0].code == "E205"


def test_article_ids_are_stable():
    assert article_from_text("Same text.").id == article_from_text("Same text.").id
