"""A claim by "the group" after an opening phrase ("In a statement,", "On Monday,") is the attacker group's. Made-up
sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator

_ATTACK = "Taliban fighters killed five soldiers at a checkpoint near Kandahar on Sunday. "


def test_in_a_statement_the_group_said_its_fighters() -> None:
    perp = perpetrator(_ATTACK + "In a statement, the group said its fighters carried out the attack.")
    assert perp["claim"] == "claimed"


def test_on_monday_the_group_claimed_the_attack() -> None:
    perp = perpetrator(_ATTACK + "On Monday, the group claimed the attack.")
    assert perp["claim"] == "claimed"


def test_on_monday_the_soldiers_were_buried_is_no_claim() -> None:
    perp = perpetrator(_ATTACK + "On Monday, the soldiers were buried in Kandahar.")
    assert perp["claim"] != "claimed"
