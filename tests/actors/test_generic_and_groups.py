"""Generic role nouns (no one in particular), group anaphors ("the three countries", "both sides", "the trio"),
given names and surnames of the article's own people, coordinations the parse hung on one noun, international
bodies of no country, and peoples named for a state. Sentences written by the eventwire team."""

from __future__ import annotations

from eventwire.ingest import article_from_text


def _actors(pipeline, text, published="2024-06-01"):
    return pipeline.process(article_from_text(text, published=published)).actors


def _codes_at(pipeline, text, words, published="2024-06-01"):
    at = text.index(words)
    return sorted(m.code for m in _actors(pipeline, text, published) if m.start < at + len(words) and at < m.end)


# --- generic role nouns --------------------------------------------------------------------------------------

def test_a_noun_inside_a_rule_is_no_one_in_particular(pipeline):
    text = ("KAMPALA — Parents in Uganda have protested against a school policy requiring students to shave "
            "their heads. Students marched to the ministry on Monday.")
    assert _codes_at(pipeline, text, "requiring students") == []
    assert _codes_at(pipeline, text, "Students marched") == ["UGAEDU"]


def test_a_supposition_names_no_one(pipeline):
    text = ("LAGOS — Nigerian activists said the fight is not over if children can still be kidnapped from their "
            "classrooms. Gunmen abducted 40 children in Kaduna last week.")
    assert _codes_at(pipeline, text, "if children") == []
    assert _codes_at(pipeline, text, "40 children") == ["NGACVL"]


def test_a_stock_acquired_or_counted_is_no_actor(pipeline):
    text = ("ABUJA — The regional force, expected to comprise 3,000 troops, will be based in Nigeria. The army "
            "will get new drones next year. Nigerian troops clashed with militants on Sunday.")
    assert _codes_at(pipeline, text, "3,000 troops") == []
    assert _codes_at(pipeline, text, "new drones") == []
    assert _codes_at(pipeline, text, "Nigerian troops") == ["NGAMIL"]


def test_a_mass_a_body_to_be_made_and_a_class_are_no_actors(pipeline):
    text = ("MEXICO CITY — Mexico agreed to curb the flow of migrants to the border. The deal calls for the "
            "creation of a new border authority. Trump called Mexico one of the most abusive trading nations.")
    assert _codes_at(pipeline, text, "migrants") == []
    assert _codes_at(pipeline, text, "border authority") == []


def test_a_river_bank_is_no_bank(pipeline):
    text = "MOPTI, Mali — The Niger River floods each year, and farmers plant rice along its banks."
    assert _codes_at(pipeline, text, "its banks") == []
    assert _codes_at(pipeline, "Malian banks froze the junta's accounts.", "Malian banks") == ["MLIBUS"]


def test_counterparts_need_a_named_owner(pipeline):
    text = ("ABUJA — Nigeria's defence minister urged security counterparts to share intelligence. His Ghanaian "
            "counterpart agreed.")
    assert _codes_at(pipeline, text, "security counterparts") == []
    assert _codes_at(pipeline, text, "Ghanaian counterpart") == ["GHAGOV"]


def test_member_states_are_not_the_body(pipeline):
    text = "The report, based on intelligence from U.N. member states, said the group had grown."
    assert _codes_at(pipeline, text, "member states") == []


def test_one_of_the_hospitals_is_a_place(pipeline):
    text = "KHARTOUM — A doctor said he treated the wounded at one of the hospitals in Omdurman."
    assert _codes_at(pipeline, text, "hospitals") == []


# --- group anaphors -------------------------------------------------------------------------------------------

def test_three_countries_and_a_trio(pipeline):
    text = ("Mali, Burkina Faso and Niger left ECOWAS in January. The three countries formed a confederation, "
            "and the trio said it would issue a common passport.")
    assert _codes_at(pipeline, text, "The three countries") == ["BFA", "MLI", "NER"]
    assert _codes_at(pipeline, text, "the trio") == ["BFA", "MLI", "NER"]


def test_both_sides_and_the_two_neighbours(pipeline):
    text = ("Armenia and Azerbaijan held talks in Washington on Friday. Both sides agreed to reopen transport "
            "links, and the two neighbours will meet again in May.")
    assert _codes_at(pipeline, text, "Both sides") == ["ARM", "AZE"]
    assert _codes_at(pipeline, text, "the two neighbours") == ["ARM", "AZE"]


def test_both_sides_of_a_war_are_not_the_countries_around(pipeline):
    text = ("The army has been fighting the Rapid Support Forces since April, and the United States, Saudi Arabia "
            "and Egypt have urged a truce. Both sides have committed abuses.")
    assert _codes_at(pipeline, text, "Both sides") == []


def test_a_group_anaphor_that_is_a_place(pipeline):
    text = ("Ontario sends power to Michigan, Minnesota and New York, near Canada and Mexico and the United "
            "States. Bills in the three states will rise.")
    assert _codes_at(pipeline, text, "the three states") == []


# --- people ---------------------------------------------------------------------------------------------------

def test_a_given_name_is_no_known_person(pipeline):
    text = ("PORT-AU-PRINCE, Haiti — Haitian police said they had detained gang leader Arnel Joseph on Tuesday. "
            "Joseph was arrested after a shootout.")
    codes = _codes_at(pipeline, text, "Joseph was")
    assert codes and not any(c.startswith("COD") for c in codes)
    assert not any(c.startswith("IGOAU") for c in _codes_at(pipeline, text, "PORT-AU-PRINCE"))


def test_a_new_full_name_shadows_a_dictionary_surname(pipeline):
    text = ("KINSHASA — Police arrested opposition activist Pierre Kabila on Monday. Kabila denied the charges, "
            "his lawyer said.")
    assert not any(c.startswith("CODELI") or c.startswith("CODGOV")
                   for c in _codes_at(pipeline, text, "Kabila denied"))
    assert _codes_at(pipeline, "Former President Joseph Kabila returned to Goma. Kabila met rebels.",
                     "Kabila met", published="2025-05-01") == ["CODELI"]


# --- coordination, international bodies, peoples ------------------------------------------------------------

def test_a_coordination_the_parse_hung_on_one_noun(pipeline):
    text = "Colombia's government and ELN rebels resumed peace talks in Havana on Monday."
    assert _codes_at(pipeline, text, "Colombia's government") == ["COLGOV"]
    assert _codes_at(pipeline, text, "ELN rebels") == ["COLREB"]
    assert _codes_at(pipeline, "Trinidad and Tobago joined the talks.", "Trinidad and Tobago") == ["TTO"]


def test_international_groups_have_no_country(pipeline):
    text = ("BOGOTA — International rights groups condemned the killings in Colombia, and international aid "
            "agencies warned of hunger.")
    assert _codes_at(pipeline, text, "International rights groups") == ["NGO"]
    assert _codes_at(pipeline, text, "international aid agencies") == ["NGO"]
    assert _codes_at(pipeline, "Voice of America reported the attack.", "Voice of America") == ["USAMED"]


def test_peoples_named_for_a_state(pipeline):
    text = ("DHAKA — Rohingya refugees staged a protest in Cox's Bazar. In Istanbul, Uyghurs marched to the "
            "Chinese consulate, and Tigrayans fled to Sudan.")
    assert _codes_at(pipeline, text, "Rohingya refugees") == ["MMRREF"]
    assert _codes_at(pipeline, text, "Uyghurs") == ["CHNCVL"]
    assert _codes_at(pipeline, text, "Tigrayans") == ["ETHCVL"]


def test_police_in_a_world_city(pipeline):
    text = "Police in Sibi said gunmen attacked a bus on Tuesday."
    assert _codes_at(pipeline, text, "Police in Sibi") == ["PAKCOP"]
