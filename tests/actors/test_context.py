"""How context decides a code: the article's country, earlier mentions, dates, places and generic nouns.
Sentences written by the eventwire team."""

from __future__ import annotations

from eventwire.ingest import article_from_text


def _actors(pipeline, text, published="2023-06-01"):
    return pipeline.process(article_from_text(text, published=published)).actors


def _code_of(pipeline, text, word, published="2023-06-01", nth=0):
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    found = [m for m in _actors(pipeline, text, published) if m.start < at + len(word) and at < m.end]
    return found[0].code if found else None


def test_role_words_take_the_country_the_article_is_about(pipeline):
    text = ("KHARTOUM — Sudan's cabinet dissolved the former ruling party on Thursday. Demonstrators celebrated "
            "in the streets, and the military said it would protect them.")
    assert _code_of(pipeline, text, "Demonstrators") == "SDNCVL"
    assert _code_of(pipeline, text, "the military") == "SDNMIL"


def test_a_role_word_takes_the_country_its_sentence_named(pipeline):
    text = "Georgia fired rockets at Tskhinvali. Russia, protecting the inhabitants, sent troops into the region."
    assert _code_of(pipeline, text, "troops") == "RUSMIL"


def test_generic_armed_nouns_take_the_named_armed_group(pipeline):
    text = ("Al-Shabab claimed the attack on the hotel. Somali soldiers said the militants had killed six "
            "people before the siege ended.")
    assert _code_of(pipeline, text, "the militants") == "SOMINS"
    text = "Armed militants hijacked a train in Balochistan, and the Baloch Liberation Army said it held hostages."
    assert _code_of(pipeline, text, "Armed militants") == "PAKSEP"


def test_codes_follow_the_date(pipeline):
    text = "The Taliban said they would talk to U.S. envoys."
    assert _code_of(pipeline, text, "The Taliban", published="2020-02-01") == "AFGINS"
    assert _code_of(pipeline, text, "The Taliban", published="2022-02-01") == "AFGGOV"
    assert _code_of(pipeline, "Putin met Erdogan in Sochi.", "Putin", published="2021-09-29") == "RUSGOV"
    assert _code_of(pipeline, "Bashir was moved to a prison in Khartoum.", "Bashir", published="2019-11-29") \
        == "SDNELI"


def test_titles_decide_people_and_former_officials_are_elites(pipeline):
    assert _code_of(pipeline, "Nigerian Defense Minister Mohammed Badaru Abubakar announced the plan.",
                    "Nigerian Defense Minister") == "NGAGOV"
    assert _code_of(pipeline, "Former Georgian Deputy Foreign Minister Levan Beridze criticised the talks.",
                    "Levan Beridze") == "GEOELI"
    text = "Nigerian security analyst Kabiru Adamu welcomed the move, but Adamu said funding was uncertain."
    assert _code_of(pipeline, text, "Kabiru Adamu") == "NGAELI"
    assert _code_of(pipeline, text, "Adamu", nth=1) == "NGAELI"


def test_short_mentions_take_the_earlier_full_one(pipeline):
    text = ("The Nigeria Centre for Disease Control, or NCDC, recorded 39 cases. NCDC lead Dr. Olajide Idris "
            "said vaccination is planned.")
    assert _code_of(pipeline, text, "NCDC", nth=1) == "NGAHLH"
    text = "The UNICEF director said the agency needs a billion dollars for children in Sudan."
    assert _code_of(pipeline, text, "the agency") == "IGOUNICEF"
    text = "Iraqi officials said that al-Rufay'i, also known as Abu Khadija, led the Islamic State group. " \
           "Abu Khadija was killed in an airstrike."
    assert _code_of(pipeline, text, "Abu Khadija", nth=1) == _code_of(pipeline, text, "al-Rufay'i")


def test_one_phrase_two_countries(pipeline):
    text = "U.S. and Iraqi officials described a joint operation."
    assert _code_of(pipeline, text, "U.S.") == "USAGOV"
    assert _code_of(pipeline, text, "Iraqi officials") == "IRQGOV"
    text = "Russians rely on the Russian interests section of the Swiss Embassy in Tbilisi."
    assert _code_of(pipeline, text, "Russian interests section") == "RUSGOV"
    assert _code_of(pipeline, text, "Swiss Embassy") == "CHEGOV"
    text = "The cabinet dissolved the party of former President Omar al-Bashir."
    assert _code_of(pipeline, text, "the party", published="2019-11-29") == "SDNOPP"
    assert _code_of(pipeline, text, "Omar al-Bashir", published="2019-11-29") == "SDNELI"


def test_places_are_not_actors(pipeline):
    for text, word in [("Talks were held in Moscow.", "Moscow"),
                       ("The Abkhaz leader visited Moscow, where he met officials.", "Moscow"),
                       ("Steel exports to the United States fell.", "United States"),
                       ("The town lies 300 kilometers north of Mogadishu.", "Mogadishu"),
                       ("The strike hit a target in Iraq's Anbar desert.", "Iraq"),
                       ("Ukraine accepted the U.S. proposal.", "U.S."),
                       ("Hezbollah fired rockets from Lebanon.", "Lebanon"),
                       ("Inspectors criticised the IAEA report.", "IAEA")]:
        assert _code_of(pipeline, text, word) is None, text
    assert _code_of(pipeline, "The court rejected Kenya's request.", "Kenya") == "KEN"
    assert _code_of(pipeline, "The court rejected Kenya's request.", "The court") == "KENJUD"


def test_generic_nouns_are_not_actors(pipeline):
    for text, word in [("The minister told reporters the talks had failed.", "reporters"),
                       ("At least five people were killed in the blast in Kabul.", "people"),
                       ("He posted the video on social media.", "media"),
                       ("He is running for president.", "president")]:
        assert _code_of(pipeline, text, word) is None, text
    assert _code_of(pipeline, "The Myanmar junta ignored the will of the people.", "the people") == "MMRCVL"


def test_every_mention_says_why(pipeline):
    actors = _actors(pipeline, "Kinshasa accused Kigali of backing M23 rebels, the Congolese army said.")
    assert actors and all(m.rule for m in actors)
    assert {m.code for m in actors} >= {"CODGOV", "RWAGOV", "CODREB", "CODMIL"}


def test_aircraft_and_vessels_are_the_military_of_their_country(pipeline):
    text = "Israeli jets bombed targets overnight, and Russian drones struck Kyiv while Chinese warships sailed by."
    assert _code_of(pipeline, text, "Israeli jets") == "ISRMIL"
    assert _code_of(pipeline, text, "Russian drones") == "RUSMIL"
    assert _code_of(pipeline, text, "Chinese warships") == "CHNMIL"
