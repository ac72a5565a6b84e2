"""An official's code follows the event's date (actors.dated.v1): old events in recent articles."""

from __future__ import annotations

from eventwire.actors.dated import code_during, event_days
from eventwire.actors.dictionary import ActorDictionary, load_petrarch
from eventwire.ingest import article_from_text
from eventwire.records import EventDate


def _events(pipeline, text, published):
    res = pipeline.process(article_from_text(text, published=published))
    return [(e.trigger.text, e.date.value, e.source and (e.source.code, e.source.code_basis),
             e.target and (e.target.code, e.target.code_basis)) for e in res.events]


def test_tass_karasin_is_deputy_foreign_minister_in_2012(seed_results):
    # "Since 2012 ... Russian former Deputy Foreign Minister Grigory Karasin have held regular meetings": a
    # senator (RUSLEG) in 2021, a deputy foreign minister (RUSGOV) when the meetings began
    (ev, *_) = [e for e in seed_results["tass"].events if e.trigger.text == "held" and e.target]
    karasin = ev.source if "Karasin" in ev.source.text else ev.target
    assert (karasin.code, karasin.code_basis, ev.date.value) == ("RUSGOV", "event-date", "2012")


def test_tass_2008_state_events_keep_their_codes(seed_results):
    got = {(e.trigger.text, e.source.code, e.target.code, e.source.code_basis, e.target.code_basis)
           for e in seed_results["tass"].events if e.date.value == "2008-09-02"}
    assert ("severed", "GEO", "RUS", "publication", "publication") in got
    assert ("recognized", "RUSGOV", "ABK", "publication", "publication") in got


def test_old_official_in_recent_article(pipeline):
    text = ("Former Georgian President Mikheil Saakashvili remains in prison. In August 2008, Saakashvili accused "
            "Russia of aggression. On Monday, Saakashvili criticized the government.")
    got = _events(pipeline, text, "2021-10-04")
    assert ("accused", "2008-08", ("GEOGOV", "event-date"), ("RUS", "publication")) in got
    assert ("criticized", "2021-10-04", ("GEOOPP", "publication"), ("GEOGOV", "publication")) in got


def test_title_names_the_office_of_the_year(pipeline):
    # Ivanishvili led the opposition until October 2012 and then the government: "Prime Minister" says which
    got = _events(pipeline, "In 2012, Prime Minister Bidzina Ivanishvili met Russian officials in Moscow.",
                  "2021-08-13")
    assert ("met", "2012", ("GEOGOV", "event-date"), ("RUSGOV", "publication")) in got


def test_party_in_government_then_opposition(pipeline):
    text = ("Georgian Dream and the United National Movement traded accusations on Friday. In 2010, the United "
            "National Movement accused Russia of occupying Georgian land. On Friday, the United National Movement "
            "accused the government of fraud.")
    got = _events(pipeline, text, "2021-08-13")
    assert ("accused", "2010", ("GEOGOV", "event-date"), ("RUS", "publication")) in got
    assert ("accused", "2021-08-13", ("GEOOPP", "publication"), ("GEOGOV", "publication")) in got


def test_taliban_insurgents_before_august_2021(pipeline):
    got = _events(pipeline, "In April 2020, the Taliban attacked Afghan troops in Kunduz.", "2022-03-01")
    assert ("attacked", "2020-04", ("AFGINS", "event-date"), ("AFGMIL", "publication")) in got


def test_code_during_a_users_dated_petrarch_entry(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text("ARNOR_PRESIDENT_KELVAN_ [ARNGOV 20100101-20150101] [ARNELI >20150101]\n", encoding="utf-8")
    d = ActorDictionary(lambda s: s.split())
    load_petrarch(d, path)
    (entry,) = d.entries
    assert code_during(entry, "2012-01-01", "2012-12-31") == "ARNGOV"
    assert code_during(entry, "2019-03-01", "2019-03-01") == "ARNELI"
    assert code_during(entry, "2001-01-01", "2001-12-31") is None      # before any office the list knows


def test_event_days_of_a_date():
    assert event_days(EventDate("2008", "year", "explicit")) == ("2008-01-01", "2008-12-31")
    assert event_days(EventDate("2008-09", "month", "explicit", bound="before")) == ("2008-08-31", "2008-08-31")
    assert event_days(EventDate("2021-08-13", "day", "publication")) is None
