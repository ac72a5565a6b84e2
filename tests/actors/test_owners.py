"""Whose a role word is when a person or a rival name stands beside it: sentences written by the eventwire team."""

from __future__ import annotations

from eventwire.ingest import article_from_text


def _code_of(pipeline, text, word, published="2023-06-01"):
    res = pipeline.process(article_from_text(text, published=published))
    at = text.index(word)
    found = [m for m in res.actors if m.start < at + len(word) and at < m.end]
    return found[0].code if found else None


def test_opposition_from_a_mission_is_resistance_not_the_mission(pipeline):
    text = "The claim met with opposition from China's U.N. mission."
    assert _code_of(pipeline, text, "mission") == "CHNGOV"
    assert _code_of(pipeline, text, "opposition") is None


def test_his_un_mission_is_the_ambassadors_country(pipeline):
    text = "Iran's U.N. ambassador attended the meeting, but his U.N. mission criticized it."
    assert _code_of(pipeline, text, "his U.N. mission") == "IRNGOV"
    assert _code_of(pipeline, "The U.N. mission said its troops would stay in Mali.", "mission") == "IGOUNO"


def test_family_name_first_with_another_given_name_is_not_the_holder(pipeline):
    text = "The talks in Beijing will be chaired by Chinese Vice Foreign Minister Ma Zhaoxu."
    assert not (_code_of(pipeline, text, "Ma Zhaoxu") or "").startswith("TWN")


def test_a_leader_called_by_his_first_name_owns_his_government(pipeline):
    text = ("Malaysian Prime Minister Mahathir Mohamad met Chinese officials in Beijing. China wants the deal. "
            "Mahathir's government froze a Chinese-funded pipeline.")
    assert _code_of(pipeline, text, "Mahathir's government") == "MYSGOV"


def test_a_bare_role_noun_in_a_named_persons_clause_is_of_that_persons_country(pipeline):
    text = ("Opposition leaders in South Africa face arrests. Uganda's Bobi Wine knows that. "
            "Wine says he has trouble even talking to voters.")
    assert _code_of(pipeline, text, "voters") == "UGACVL"
