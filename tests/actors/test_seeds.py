"""Every named actor mention of the two seed articles, with its code (the TASS report and the machine-translated
Sputnik text); each mention is found by a phrase around it, so the expectations read like the article."""

from __future__ import annotations

import pytest

# (context in the article, the mention inside it, its code)
TASS = [
    ("Russian authorities share", "Russian authorities", "RUSGOV"),
    ("bilateral relations with Georgia and", "Georgia", "GEO"),
    ("the Kremlin press service told", "the Kremlin press service", "RUSGOV"),
    ("told TASS on Friday", "TASS", "RUSMED"),
    ("opposition Alliance of Patriots of Georgia party", "Alliance of Patriots of Georgia", "GEOOPP"),
    ("Russian President Vladimir Putin asking", "Russian President Vladimir Putin", "RUSGOV"),
    ("relations between Moscow and Tbilisi.", "Moscow", "RUSGOV"),
    ("relations between Moscow and Tbilisi.", "Tbilisi", "GEOGOV"),
    ("Russia has always supported", "Russia", "RUS"),
    ("constructive relations with Georgia", "Georgia", "GEO"),
    ("The Kremlin called", "The Kremlin", "RUSGOV"),
    ("address of the Alliance of Patriots of Georgia", "Alliance of Patriots of Georgia", "GEOOPP"),
    ("Georgia still has sensible forces", "Georgia", "GEO"),
    ("the Geneva International Discussions", "Geneva International Discussions", "IGOGID"),
    ("the Kremlin stressed", "the Kremlin", "RUSGOV"),
    ("Georgia Irma Inashvili published", "Irma Inashvili", "GEOOPP"),
    ("in which the party is asking", "the party", "GEOOPP"),
    ("asking Putin for assistance", "Putin", "RUSGOV"),
    ("The politician also accused", "The politician", "GEOOPP"),
    ("accused Georgian authorities", "Georgian authorities", "GEOGOV"),
    ("The Alliance of Patriots of Georgia garnered", "Alliance of Patriots of Georgia", "GEOOPP"),
    ("The members of the opposition party", "the opposition party", "GEOOPP"),
    ("including Inashvili, refused", "Inashvili", "GEOOPP"),
    ("asked the parliament to take", "the parliament", "GEOLEG"),
    ("The parliament satisfied", "The parliament", "GEOLEG"),
    ("The Alliance of Patriots of Georgia is well known", "Alliance of Patriots of Georgia", "GEOOPP"),
    ("dialogue of Moscow and Tbilisi", "Moscow", "RUSGOV"),
    ("dialogue of Moscow and Tbilisi", "Tbilisi", "GEOGOV"),
    ("the party members repeatedly", "the party members", "GEOOPP"),
    ("visited Russia where", "Russia", "RUS"),
    ("Russian lawmakers", "Russian lawmakers", "RUSLEG"),
    ("also visited Abkhazia", "Abkhazia", "ABK"),
    ("Georgia severed diplomatic ties", "Georgia", "GEO"),
    ("ties with Russia after", "Russia", "RUS"),
    ("after Moscow recognized", "Moscow", "RUSGOV"),
    ("independence of Abkhazia and South Ossetia", "Abkhazia", "ABK"),
    ("independence of Abkhazia and South Ossetia", "South Ossetia", "SOS"),
    ("The Georgian Foreign Ministry", "Georgian Foreign Ministry", "GEOGOV"),
    ("consular relations with Russia", "Russia", "RUS"),
    ("under the Swiss Embassy in Tbilisi", "Swiss Embassy", "CHEGOV"),
    ("in Moscow under the Swiss Embassy", "Swiss Embassy", "CHEGOV"),
    ("Special Representative of the Georgian Prime Minister", "Special Representative", "GEOGOV"),
    ("Russia Zurab Abashidze", "Zurab Abashidze", "GEOGOV"),
    ("Russian former Deputy Foreign Minister Grigory Karasin", "Grigory Karasin", "RUSELI"),
    ("between Moscow and Tbilisi for some time", "Moscow", "RUSGOV"),
    ("between Moscow and Tbilisi for some time", "Tbilisi", "GEOGOV"),
]
TASS_PLACES = [("meetings in Prague", "Prague"), ("set up in Moscow", "Moscow"),
               ("mandates in the 150-seat country’s parliament", "parliament"),
               ("Karasin-Abashidze channel", "Karasin-Abashidze channel")]

SPUTNIK = [
    ("The state Duma is not looking", "state Duma", "RUSLEG"),
    ("improve relations with Georgia after", "Georgia", "GEO"),
    ("© Sputnik / Denis", "Sputnik", "RUSMED"),
    ("The head of the Duma Committee on CIS Affairs Leonid Kalashnikov", "Leonid Kalashnikov", "RUSLEG"),
    ("The head of the Duma Committee on CIS Affairs Leonid Kalashnikov", "Duma Committee", "RUSLEG"),
    ("the Central election Commission (CEC) of Georgia", "Central election Commission", "GEOGOV"),
    ("independent presidential candidate Salome Zurabishvili", "Salome Zurabishvili", "GEOELI"),
    ("opposition candidate Grigol Vashadze", "Grigol Vashadze", "GEOOPP"),
    ("said the CEC", "CEC", "GEOGOV"),
    ("contacts with the opposition", "the opposition", "GEOOPP"),
    ("with the ruling party", "the ruling party", "GEOGOV"),
    ("the other camp Saakashvili", "Saakashvili", "GEOOPP"),
    ("said RIA Novosti Kalashnikov", "RIA Novosti", "RUSMED"),
    ("said RIA Novosti Kalashnikov", "Kalashnikov", "RUSLEG"),
    ("between Russia and Georgia has", "Russia", "RUS"),
    ("between Russia and Georgia has", "Georgia", "GEO"),
    ("framework of the Geneva discussions. Relations", "Geneva discussions", "IGOGID"),
    ("after Moscow August 26", "Moscow", "RUSGOV"),
    ("sovereignty of Abkhazia and South Ossetia", "Abkhazia", "ABK"),
    ("sovereignty of Abkhazia and South Ossetia", "South Ossetia", "SOS"),
    ("Russian leaders have repeatedly", "Russian leaders", "RUSGOV"),
    ("Georgia on the night of 8 August", "Georgia", "GEO"),
    ("«Grad» South Ossetia", "South Ossetia", "SOS"),
    ("Georgian forces attacked", "Georgian forces", "GEOMIL"),
    ("attacked the Republic", "the Republic", "SOS"),
    ("Russia, protecting inhabitants", "Russia", "RUS"),
    ("inhabitants of South Ossetia", "South Ossetia", "SOS"),
    ("sent troops into", "troops", "RUSMIL"),
    ("ousted Georgian troops", "Georgian troops", "GEOMIL"),
    ("the new Georgian government", "Georgian government", "GEOGOV"),
    ("Georgia, Abkhazia and South Ossetia to meet", "Georgia", "GEO"),
    ("Georgia, Abkhazia and South Ossetia to meet", "Abkhazia", "ABK"),
    ("Georgia, Abkhazia and South Ossetia to meet", "South Ossetia", "SOS"),
    ("framework of the Geneva discussions. At the same time", "Geneva discussions", "IGOGID"),
    ("Tbilisi refuses", "Tbilisi", "GEOGOV"),
    ("occupied by Russian troops", "Russian troops", "RUSMIL"),
]
SPUTNIK_PLACES = [("elections in Tbilisi", "Tbilisi"), ("its capital Tskhinvali", "Tskhinvali"),
                  ("troops from the region", "the region"),
                  ("Russian-Georgian relations", "Russian-Georgian")]


def _span(text: str, context: str, target: str) -> tuple:
    at = text.index(context)
    start = at + context.index(target)
    return start, start + len(target)


def _mention_at(result, start: int, end: int):
    return [m for m in result.actors if m.start < end and start < m.end]


@pytest.mark.parametrize("context,target,code", TASS)
def test_tass_named_actor(seed_results, context, target, code):
    result = seed_results["tass"]
    found = _mention_at(result, *_span(result.article.text, context, target))
    assert found and found[0].code == code, (target, [(m.text, m.code, m.rule) for m in found])


@pytest.mark.parametrize("context,target,code", SPUTNIK)
def test_sputnik_named_actor(seed_results, context, target, code):
    result = seed_results["sputnik"]
    found = _mention_at(result, *_span(result.article.text, context, target))
    assert found and found[0].code == code, (target, [(m.text, m.code, m.rule) for m in found])


@pytest.mark.parametrize("name,places", [("tass", TASS_PLACES), ("sputnik", SPUTNIK_PLACES)])
def test_seed_places_are_not_actors(seed_results, name, places):
    result = seed_results[name]
    for context, target in places:
        assert not _mention_at(result, *_span(result.article.text, context, target)), target


def test_every_seed_mention_says_why(seed_results):
    for result in seed_results.values():
        assert result.actors and all(m.rule for m in result.actors)
