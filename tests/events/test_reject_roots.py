"""Reject (12), force posture (15), reduced relations (16) and coercion (17) in the ways wire copy words them:
verbs, passives, nominals, coordination and reported speech, on sentences written by us."""

from __future__ import annotations

import pytest

from .helpers import events, pairs

# (sentence, CAMEO root, (source country, target country)) that the coder must find.
CASES = [
    ('Iran rejected the European proposal to revive the nuclear deal.',
     '12', ('IRN', None)),
    ("Ukraine rejected Russia's demand to cede the occupied territories.",
     '12', ('UKR', 'RUS')),
    ('Israel turned down an Egyptian offer to mediate a truce with Hamas.',
     '12', ('ISR', 'EGY')),
    ('Pakistan refused to extradite the suspects to India.',
     '12', ('PAK', 'IND')),
    ('North Korea refused to meet U.S. envoys in Beijing.',
     '12', ('PRK', 'USA')),
    ("Serbia rejected Kosovo's call for mutual recognition.",
     '12', ('SRB', 'XKX')),
    ('The proposal was rejected by Turkey on Monday.',
     '12', ('TUR', None)),
    ('The Armenian peace plan was turned down by Azerbaijan.',
     '12', ('AZE', 'ARM')),
    ("Iran's rejection of the proposal dimmed hopes for a deal.",
     '12', ('IRN', None)),
    ('China dismissed the American demands as interference.',
     '12', ('CHN', 'USA')),
    ('Mali said it rejected the sanctions imposed by ECOWAS.',
     '12', ('MLI', None)),
    ('Ethiopia rejected and condemned the Egyptian statement on the dam.',
     '12', ('ETH', 'EGY')),
    ("The Iranian government refused to comply with the IAEA's demands.",
     '12', ('IRN', None)),
    ("Myanmar's junta defied the court ruling and kept the activists in jail.",
     '12', ('MMR', 'MMR')),
    ('Belarus refused a Polish request to release the journalist.',
     '12', ('BLR', 'POL')),
    ("Moscow turned down Kyiv's proposal for a prisoner exchange.",
     '12', ('RUS', 'UKR')),
    ('Syria rebuffed Turkish calls for talks.',
     '12', ('SYR', 'TUR')),
    ('Russia massed troops on the border with Ukraine.',
     '15', ('RUS', 'UKR')),
    ('South Korea put its military on high alert after the North fired a missile.',
     '15', ('KOR', None)),
    ('India deployed additional troops along its border with China.',
     '15', ('IND', 'CHN')),
    ('Thousands of Russian troops were massed near the Ukrainian border.',
     '15', ('RUS', 'UKR')),
    ('Iran staged naval exercises in the Strait of Hormuz.',
     '15', ('IRN', None)),
    ('Pakistan placed its air force on high alert.',
     '15', ('PAK', None)),
    ('North Korea conducted artillery drills near the border with South Korea.',
     '15', ('PRK', 'KOR')),
    ('The mobilization of Armenian reservists alarmed Baku.',
     '15', ('ARM', None)),
    ('Morocco cut diplomatic ties with Iran.',
     '16', ('MAR', 'IRN')),
    ('Poland recalled its ambassador to Belarus.',
     '16', ('POL', 'BLR')),
    ('Poland expelled 45 Russian diplomats on Thursday.',
     '16', ('POL', 'RUS')),
    ('The United States suspended military aid to Egypt.',
     '16', ('USA', 'EGY')),
    ('Colombia suspended peace talks with the ELN rebels.',
     '16', ('COL', 'COL')),
    ('Bolivia broke off relations with Israel.',
     '16', ('BOL', 'ISR')),
    ('The expulsion of diplomats by Poland angered Moscow.',
     '16', ('POL', None)),
    ('Two Russian diplomats were expelled by Bulgaria.',
     '16', ('BGR', 'RUS')),
    ('Lithuania recalled its envoy from China and expelled the Chinese ambassador.',
     '16', ('LTU', 'CHN')),
    ('Germany halted arms exports to Saudi Arabia.',
     '16', ('DEU', 'SAU')),
    ('Venezuela severed diplomatic relations with Colombia.',
     '16', ('VEN', 'COL')),
    ('Sudan said it had suspended its membership of the regional bloc.',
     '16', ('SDN', None)),
    ('Belarusian police arrested opposition leaders in Minsk.',
     '17', ('BLR', 'BLR')),
    ("Thailand's constitutional court banned the opposition party.",
     '17', ('THA', 'THA')),
    ('Turkish authorities detained six journalists in Istanbul.',
     '17', ('TUR', 'TUR')),
    ('Indian tax officials raided the offices of the BBC in New Delhi.',
     '17', ('IND', 'GBR')),
    ('Opposition leaders were arrested by Ugandan police.',
     '17', ('UGA', 'UGA')),
    ('The arrest of the opposition leader by Russian police drew condemnation.',
     '17', ('RUS', 'RUS')),
    ('Iran executed two men convicted of spying for Israel.',
     '17', ('IRN', 'IRN')),
    ('Cambodian police detained and deported the Thai activist.',
     '17', ('KHM', 'THA')),
    ("Myanmar's junta said it had detained dozens of protesters.",
     '17', ('MMR', 'MMR')),
    ('Chinese police rounded up dozens of Uyghur activists.',
     '17', ('CHN', 'CHN')),
    ("Russia's rejection of the peace plan angered Kyiv.",
     '12', ('RUS', None)),
]


@pytest.mark.parametrize("text,root,pair", CASES)
def test_reject_posture_reduce_coerce_events(text, root, pair):
    assert pair in pairs(events(text), root)


def test_a_named_doer_of_a_one_sided_noun_needs_no_target():
    """"Iran's rejection of the proposal": a rejection need not name whom it rebuffs."""
    assert pairs(events("Iran's rejection of the proposal dimmed hopes for a deal."), "12") == {("IRN", None)}


def test_a_two_sided_noun_still_wants_its_other_side():
    """A visit with no host named is no event, even with its visitor named."""
    assert not [e for e in events("Macron's visit of last week was a success.") if e.cameo.root == "04"]
