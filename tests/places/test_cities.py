"""World cities fill in the places the curated gazetteer lacks, only where the parser sees a place."""

import eventwire
from eventwire import Pipeline, article_from_text, load_settings

_PIPELINE = Pipeline(load_settings())


def _places(text, published="2024-06-10"):
    result = _PIPELINE.process(article_from_text(text, published=published))
    return {(p.text, p.location.country) for p in result.places}


def test_a_town_the_curated_list_lacks_gets_its_country():
    assert ("Sibi", "PAK") in _places("Gunmen attacked a police checkpoint near Sibi on Sunday, officials said.")


def test_a_city_with_accents_matches_its_ascii_spelling():
    assert ("Gonaives", "HTI") in _places("Protesters clashed with police in Gonaives on Friday.")


def test_a_shared_name_takes_the_country_the_article_names():
    assert ("Hamilton", "NZL") in _places("New Zealand police said a gunman opened fire in Hamilton on Friday.")
    assert ("Hamilton", "CAN") in _places("Police said a gunman opened fire in Hamilton on Friday.")


def test_a_word_that_is_also_a_city_is_no_place_outside_a_place_entity():
    assert not any(country == "POL" for _, country in _places("Police arrested three men in Nairobi."))


def test_a_city_gives_the_target_of_an_attack_its_country():
    events = eventwire.extract("Pakistani troops killed five militants near Kalat on Sunday.", published="2024-06-10")
    assert {(e.cameo.root, e.target.country) for e in events} == {("19", "PAK")}


def test_a_month_is_no_town():
    assert not any(country == "GBR" for _, country in _places("Kenyan police arrested him in March in Nairobi."))
