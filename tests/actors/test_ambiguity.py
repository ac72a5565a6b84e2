"""Names that mean two things, decided by their context: sentences written by the eventwire team."""

from __future__ import annotations

from eventwire.ingest import article_from_text


def _codes(pipeline, text, published="2023-06-01"):
    res = pipeline.process(article_from_text(text, published=published))
    return {m.text: m.code for m in res.actors}


def _code_of(pipeline, text, word, published="2023-06-01"):
    res = pipeline.process(article_from_text(text, published=published))
    at = text.index(word)
    found = [m for m in res.actors if m.start < at + len(word) and at < m.end]
    return found[0].code if found else None


def test_georgia_the_country_beside_tbilisi(pipeline):
    text = "Georgia recalled its ambassador after Tbilisi accused Moscow of meddling."
    assert _code_of(pipeline, text, "Georgia") == "GEO"
    assert _code_of(pipeline, text, "Tbilisi") == "GEOGOV"


def test_georgia_the_us_state_gives_its_people_the_united_states(pipeline):
    text = "Voters in Georgia will return to the polls, Georgia Gov. Brian Kemp said in Atlanta."
    assert _code_of(pipeline, text, "Voters") == "USACVL"
    assert "GEO" not in {c[:3] for c in _codes(pipeline, text).values()}


def test_jordan_the_country_and_jordan_the_person(pipeline):
    assert _code_of(pipeline, "Jordan's King Abdullah II met Egyptian officials in Cairo.", "Jordan") == "JORGOV"
    assert _code_of(pipeline, "Jordan said it would reopen its border crossing with Syria.", "Jordan") == "JOR"
    assert "JOR" not in _codes(pipeline, "Michael Jordan donated shoes to a school in Chicago.").values()


def test_turkey_the_state_and_turkey_the_bird(pipeline):
    assert _code_of(pipeline, "Turkey lifted its veto on Sweden joining NATO.", "Turkey") == "TUR"
    assert _codes(pipeline, "Farmers in Minnesota raise most of the turkey sold for Thanksgiving.") == \
        {"Farmers in Minnesota": "USAAGR"}


def test_chad_the_state_and_chad_the_first_name(pipeline):
    assert _code_of(pipeline, "Chad's army said rebels attacked a garrison in the north.", "army") == "TCDMIL"
    codes = _codes(pipeline, "Chad Wolf, a former acting U.S. homeland security secretary, spoke at the conference.")
    assert "TCD" not in {c[:3] for c in codes.values()}
    assert _code_of(pipeline, "Chad Wolf, a former acting U.S. homeland security secretary, spoke.", "Chad Wolf") \
        == "USAELI"


def test_niger_nigeria_and_the_niger_delta(pipeline):
    text = "Soldiers in Niger detained the president, and Nigerian police arrested two suspects in Lagos."
    assert _code_of(pipeline, text, "Soldiers") == "NERMIL"
    assert _code_of(pipeline, text, "Nigerian police") == "NGACOP"
    assert _code_of(pipeline, text, "two suspects") == "NGACRM"
    assert not _codes(pipeline, "Oil spills have fouled creeks across the Niger Delta for decades.")


def test_the_two_congos(pipeline):
    assert _code_of(pipeline, "Kinshasa accused Kigali of backing M23 rebels in eastern Congo.", "Kinshasa") == "CODGOV"
    assert _code_of(pipeline, "Congo accused Rwanda of backing rebels near Goma.", "Congo") == "COD"
    text = "Congo's President Denis Sassou Nguesso returned to Brazzaville, where Congo hosted a summit."
    assert _code_of(pipeline, text, "hosted") is None
    assert _code_of(pipeline, text, "Congo hosted") == "COG"
    assert _code_of(pipeline, "DRC President Felix Tshisekedi met Angola's president.", "DRC President") == "CODGOV"


def test_the_guineas(pipeline):
    text = ("Special forces in Guinea seized the president, Guinea-Bissau's government condemned the coup, "
            "and Equatorial Guinea's Vice President met Papua New Guinea's prime minister.")
    assert _code_of(pipeline, text, "Special forces") == "GINMIL"
    assert _code_of(pipeline, text, "Guinea-Bissau's government") == "GNBGOV"
    assert _code_of(pipeline, text, "Equatorial Guinea's Vice President") == "GNQGOV"
    assert _code_of(pipeline, text, "Papua New Guinea's prime minister") == "PNGGOV"
    assert not _codes(pipeline, "Pirates attacked a tanker in the Gulf of Guinea.")


def test_dominica_and_the_dominican_republic(pipeline):
    text = "Dominica's Prime Minister Roosevelt Skerrit thanked the Dominican Republic for sending rescue teams."
    assert _code_of(pipeline, text, "Dominica's Prime Minister") == "DMAGOV"
    assert _code_of(pipeline, text, "the Dominican Republic") == "DOM"


def test_washington_the_government_and_the_state(pipeline):
    assert _code_of(pipeline, "Washington said it would send more air defense systems to Kyiv.", "Washington") \
        == "USAGOV"
    codes = _codes(pipeline, "Wildfires forced residents of eastern Washington to evacuate, Governor Jay Inslee said.")
    assert codes.get("residents of eastern Washington") == "USACVL" and "USAGOV" in codes.values()
    assert not _codes(pipeline, "Apples from Washington state were shipped to Asia.")
