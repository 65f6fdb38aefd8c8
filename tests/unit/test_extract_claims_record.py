"""Claims of this attack against a group's record of other attacks; "took credit" is a claim. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator

_ATTACK = "A car bomb killed 12 people at a hotel in Mogadishu on Sunday. "


def test_took_credit_is_a_claim() -> None:
    perp = perpetrator("Al-Shabaab took credit for the bombing of a hotel in Mogadishu on Sunday that killed 12 "
                       "people.")
    assert perp["claim"] == "claimed"


def test_a_record_of_many_attacks_then_a_denial() -> None:
    perp = perpetrator(_ATTACK + "Al-Shabaab, which has claimed many attacks in the past, denied any role.")
    assert perp["claim"] == "denied"


def test_credit_taken_for_several_bombings_is_no_claim_of_this_one() -> None:
    perp = perpetrator(_ATTACK + "Al-Shabaab, which has taken credit for several bombings, did not comment.")
    assert perp["claim"] != "claimed"


def test_a_claim_of_all_three_attacks_is_still_a_claim() -> None:
    perp = perpetrator(_ATTACK + "Al-Shabaab claimed responsibility for all three attacks.")
    assert perp["claim"] == "claimed"


def test_a_claim_of_the_earlier_bombing_is_a_claim() -> None:
    perp = perpetrator(_ATTACK + "Al-Shabaab claimed the earlier bombing.")
    assert perp["claim"] == "claimed"


def test_a_record_of_other_attacks_then_a_denial() -> None:
    perp = perpetrator(_ATTACK + "Al-Shabaab, which has claimed other attacks, denied any role.")
    assert perp["claim"] == "denied"


def test_claiming_the_right_to_fight_is_no_claim_of_the_attack() -> None:
    perp = perpetrator("A bomb exploded outside a bank in Arauca on Sunday, wounding two guards. The ELN claimed the "
                       "right to fight the government by every means.")
    assert perp["claim"] != "claimed"
