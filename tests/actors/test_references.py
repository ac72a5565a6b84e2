"""Whose an actor is when the phrase does not say: pronoun owners, "the two countries", bodies the dictionaries
lack, regions that govern, and states named but not acting. Sentences written by the eventwire team."""

from __future__ import annotations

from eventwire.ingest import article_from_text


def _actors(pipeline, text, published="2023-06-01"):
    return pipeline.process(article_from_text(text, published=published)).actors


def _codes_at(pipeline, text, words, published="2023-06-01"):
    at = text.index(words)
    return [m.code for m in _actors(pipeline, text, published) if m.start < at + len(words) and at < m.end]


def test_the_two_countries_are_the_two_named_last(pipeline):
    text = "Georgia severed ties with Russia in 2008. Relations between the two countries remain frozen."
    assert sorted(_codes_at(pipeline, text, "the two countries")) == ["GEO", "RUS"]
    assert _codes_at(pipeline, "Russia and Georgia signed a deal. The two countries' relations improved.",
                     "The two countries") == []


def test_a_possessive_takes_its_owner(pipeline):
    assert _codes_at(pipeline, "Ukraine's General Staff said its troops were holding Kharkiv.", "troops") == ["UKRMIL"]
    text = ("Georgia Governor Brian Kemp met voters in Macon. Kemp oversees the election, and his Democratic rival, "
            "Stacey Abrams, has accused his office of purging voters.")
    assert _codes_at(pipeline, text, "his office") == ["USAGOV"]
    assert _codes_at(pipeline, text, "his Democratic rival") == ["USAOPP"]


def test_a_body_named_in_a_title_is_what_the_alliance_means(pipeline):
    text = "NATO Secretary General Mark Rutte met Georgian soldiers and said the alliance would keep its door open."
    assert _codes_at(pipeline, text, "the alliance") == ["IGONAT"]


def test_bodies_the_dictionaries_lack_by_their_name(pipeline):
    text = ("Oaitse Nawa of the Elephant Protection Society is among those who want the hunts in Botswana to be "
            "stopped. \"The hunts must end,\" said Nawa.")
    assert _codes_at(pipeline, text, "Oaitse Nawa") == ["BWAENV"]
    assert _codes_at(pipeline, text, "said Nawa")[-1:] == ["BWAENV"]
    text = "The Kenya Human Rights Commission and the Law Society of Kenya said the ruling was flawed."
    assert _codes_at(pipeline, text, "Kenya Human Rights Commission") == ["KENHRI"]
    assert _codes_at(pipeline, text, "the Law Society of Kenya") == []


def test_a_role_noun_before_a_name_is_the_named_body(pipeline):
    text = "Russia annexed four regions on Friday, the state news agency TASS reported."
    assert _codes_at(pipeline, text, "news agency TASS") == ["RUSMED"]
    assert _codes_at(pipeline, "DR Congo President Felix Tshisekedi crossed the river to Brazzaville.",
                     "DR Congo President") == ["CODGOV"]


def test_supporters_of_a_former_president_are_two_actors(pipeline):
    text = "Thousands of supporters of former President Jair Bolsonaro stormed Brazil's Congress."
    assert _codes_at(pipeline, text, "supporters of former President Jair Bolsonaro") == ["BRACVL", "BRAELI"]


def test_party_members_are_lawmakers_when_the_legislature_is_named(pipeline):
    text = ("The bill now goes for a vote in the full Senate. Sanctions against Turkey enjoy bipartisan support. "
            "Republicans and Democrats are angry with Ankara.")
    assert _codes_at(pipeline, text, "Republicans") == ["USALEG"]
    assert _codes_at(pipeline, "Representative Jim Jordan subpoenaed the Justice Department.",
                     "Representative Jim Jordan") == ["USALEG"]


def test_regions_that_act_govern_and_continents_own_no_one(pipeline):
    text = "Ontario's premier Doug Ford said the electricity Ontario sends to Michigan would cost more."
    assert _codes_at(pipeline, text, "Ontario sends") == ["CANGOV"]
    assert _codes_at(pipeline, "Opposition politician Mmusi Maimane says he fears Africa's ruling parties "
                               "are becoming bolder.", "ruling parties") == []


def test_states_named_but_not_acting(pipeline):
    text = "DPRK is the abbreviation for North Korea's official name, the Democratic People's Republic of Korea."
    assert _actors(pipeline, text) == []
    assert _codes_at(pipeline, "Ukraine has large deposits of uranium and lithium.", "Ukraine") == []
    assert _codes_at(pipeline, "Turkey has designated the YPG as terrorists.", "terrorists") == []


def test_brussels_is_the_eu_in_an_eu_story(pipeline):
    text = ("The EU suspended visa-free travel for Georgian diplomats. Prime Minister Irakli Kobakhidze said "
            "Georgian Dream would not bow to blackmail from Brussels.")
    assert _codes_at(pipeline, text, "Brussels") == ["IGOEUR"]


def test_a_person_with_no_role_is_no_mention(pipeline):
    # (an unknown name: Bobi Wine himself is in people.tsv, the opposition leader)
    text = "That is something that Uganda's Sarah Nabukeera knows all too well."
    assert _codes_at(pipeline, text, "Sarah Nabukeera") == []
    assert _codes_at(pipeline, "That is something that Uganda's Bobi Wine knows all too well.", "Bobi Wine",
                     published="2021-01-10") == ["UGAOPP"]


def test_a_surname_is_its_first_bearers_not_a_relatives(pipeline):
    # the first bearer has no code; a later "Dervishi" must not take his daughter's
    text = ("Officials in Tirana sanctioned Arben Dervishi and his relatives. Under the order, his daughter, Elira "
            "Dervishi, cannot travel to Germany. Dervishi rejected the accusation on Friday.")
    assert _codes_at(pipeline, text, "Dervishi rejected") == []


def test_the_lede_description_names_the_next_sentences_subject(pipeline):
    text = ("A member of a Serbian crime group told a court on Monday that he planted the bomb. Milan Dokic told "
            "jurors that he was paid for it. Dokic said he regrets the attack.")
    assert _codes_at(pipeline, text, "Milan Dokic") == ["SRBCRM"]
    assert _codes_at(pipeline, text, "Dokic said") == ["SRBCRM"]
    # not a name the article gave before, nor a lede whose subject is definite
    text = "The spokesman of the Serbian army said the border was calm. Milan Dokic told reporters it was quiet."
    assert _codes_at(pipeline, text, "Milan Dokic") == []


def test_states_that_only_matter_or_are_examples_or_borders(pipeline):
    assert _actors(pipeline, "While Chad and Niger are central to the smuggling route, the trade moves south.") == []
    text = "Analysts warn that coastal states such as Ghana or Togo could become targets for the militants."
    assert _codes_at(pipeline, text, "Ghana") == [] and _codes_at(pipeline, text, "Togo") == []
    assert _codes_at(pipeline, "Farmers in the two provinces that border Thailand lost their crops.", "Thailand") == []
    assert _codes_at(pipeline, "Western countries, including Norway, condemned the coup.", "Norway") == ["NOR"]


def test_the_state_is_the_article_countrys_government(pipeline):
    text = "LAHORE, Pakistan — The gunmen threatened to kill the captives if the state refused to free their leader."
    assert _codes_at(pipeline, text, "the state") == ["PAKGOV"]
    text = "LAGOS, Nigeria — Residents of Kano State said the state had closed the schools."
    assert _codes_at(pipeline, text, "the state had") == []
    assert _codes_at(pipeline, "CAIRO — The state of emergency ended on Monday.", "state") == []
