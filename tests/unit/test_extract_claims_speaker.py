"""Claims told by the group's own voice: its attack in the first person ("our units ambushed"), its spokesman, a long
appositive before the claim, and a claim that is someone else's. Made-up sentences."""
from __future__ import annotations

import pytest

from tests.unit.extracting import perpetrator

JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"


@pytest.mark.parametrize("text", [
    'JNIM said on Sunday: "Our units ambushed an army convoy near Djibo on Saturday, killing 12 soldiers."',
    '"Our fighters ambushed an army convoy near Djibo on Saturday, killing 12 soldiers," JNIM said in a statement.',
    '"We ambushed an army convoy near Djibo on Saturday, killing 12 soldiers," said JNIM.',
])
def test_first_person_attack_is_the_speaking_groups_claim(text: str) -> None:
    perp = perpetrator(text)
    assert (perp["group"], perp["claim"]) == (JNIM, "claimed")


def test_first_person_attack_after_the_group_is_named_the_attacker() -> None:
    perp = perpetrator("JNIM fighters stormed an army post near Djibo on Saturday, the group said. "
                       "\"Our fighters attacked the post at dawn and killed 12 soldiers.\"")
    assert (perp["group"], perp["claim"]) == (JNIM, "claimed")


def test_the_armys_first_person_is_no_claim_of_the_group_it_hit() -> None:
    perp = perpetrator('"Our soldiers ambushed a JNIM convoy near Djibo on Saturday, killing 12 fighters," the army '
                       'said.')
    assert perp["claim"] != "claimed"


def test_a_passive_first_person_is_no_claim() -> None:
    perp = perpetrator('JNIM said on Sunday: "We were attacked by the army near Djibo on Saturday and lost 12 men."')
    assert perp["claim"] != "claimed"


HOUTHI_STRIKE = "Houthi rebels fired a missile at a cargo ship in the Red Sea on Tuesday. "


def test_the_groups_spokesman_claims_for_it() -> None:
    perp = perpetrator(HOUTHI_STRIKE + "Houthi military spokesman Yahya Saree claimed responsibility in a televised "
                                       "statement.")
    assert (perp["group"], perp["claim"]) == ("Houthis", "claimed")


def test_a_claim_reported_of_another_subject_is_not_the_groups() -> None:
    assert perpetrator(HOUTHI_STRIKE + "A Houthi spokesman said the navy claimed otherwise.")["claim"] != "claimed"


def test_claim_after_an_appositive_with_a_relative_clause() -> None:
    perp = perpetrator("Gunmen stormed a hotel in Mogadishu on Saturday, killing 12 people. Al Shabaab, the al "
                       "Qaeda-linked group that has fought the federal government for more than 15 years, claimed "
                       "responsibility.")
    assert (perp["group"], perp["claim"]) == ("Al-Shabaab", "claimed")


def test_a_claimant_phrase_opening_with_a_negation_is_no_claim() -> None:
    perp = perpetrator("JNIM fighters are active in the area. Gunmen killed 12 soldiers at an army post near Djibo on "
                       "Saturday, but neither the gunmen nor any other armed organisation has claimed the attack.")
    assert perp["claim"] != "claimed"


def test_forces_of_a_country_the_article_leaves_unknown_own_no_strike() -> None:
    perp = perpetrator("The air force bombed a village on Monday, killing five civilians.")
    assert perp["claim"] == "attributed"


@pytest.mark.parametrize("text", [
    'JNIM fighters ambushed an army convoy near Djibo on Saturday. "Our troops attacked the fleeing gunmen and killed '
    'five," an army spokesman said.',
    "JNIM fighters ambushed an army convoy near Djibo on Saturday, and our troops attacked the fleeing gunmen, said a "
    "police officer.",
])
def test_first_person_quoted_from_another_speaker_is_no_claim_of_the_group(text: str) -> None:
    perp = perpetrator(text)
    assert (perp["group"], perp["claim"]) == (JNIM, "attributed")


def test_the_groups_spokesman_says_the_group_carried_it_out() -> None:
    perp = perpetrator("A car bomb killed 12 people at a hotel in Mogadishu on Sunday. Al-Shabaab's spokesman said "
                       "the group carried out the attack.")
    assert perp["claim"] == "claimed"


def test_the_group_that_carried_it_out_is_no_own_report() -> None:
    perp = perpetrator("A car bomb killed 12 people at a hotel in Mogadishu on Sunday. Al-Shabaab said the group "
                       "that carried out the attack was unknown.")
    assert perp["claim"] != "claimed"


def test_in_a_statement_between_the_group_and_its_claim() -> None:
    perp = perpetrator("A car bomb killed 12 people at a hotel in Mogadishu on Sunday. Al-Shabaab, in a statement, "
                       "claimed responsibility.")
    assert perp["claim"] == "claimed"


def test_one_of_its_bombers_carried_it_out() -> None:
    perp = perpetrator("A car bomb killed 12 people at a hotel in Mogadishu on Sunday. Al-Shabaab said one of its "
                       "suicide bombers carried out the attack.")
    assert perp["claim"] == "claimed"


def test_its_commander_killed_in_the_blast_is_no_claim() -> None:
    perp = perpetrator("A car bomb killed 12 people at a hotel in Mogadishu on Sunday. Al-Shabaab said its commander "
                       "was killed in the blast.")
    assert perp["claim"] != "claimed"


def test_the_group_said_closing_its_fighters_attack() -> None:
    perp = perpetrator("Al-Shabaab militants stormed a hotel in Mogadishu on Sunday, killing 12 people, the group "
                       "said.")
    assert perp["claim"] == "claimed"


def test_according_to_a_statement_from_the_group() -> None:
    perp = perpetrator("Al-Shabaab fighters stormed a hotel in Mogadishu on Sunday, killing 12 people, according to "
                       "a statement from the group.")
    assert perp["claim"] == "claimed"


def test_the_police_said_closing_the_attack_is_no_claim() -> None:
    perp = perpetrator("Al-Shabaab fighters stormed a hotel in Mogadishu on Sunday, killing 12 people, the police "
                       "said.")
    assert perp["claim"] != "claimed"
