"""The group whose signature the attackers left is suspected. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_pamphlets_of_a_group_left_at_the_scene() -> None:
    perp = perpetrator("A bomb exploded at a bank in Cucuta on Monday. The attackers left pamphlets of the ELN at "
                       "the scene.")
    assert perp["group"] == "National Liberation Army (Colombia)"
    assert perp["claim"] == "suspected"


def test_a_flag_of_the_group_found_at_the_scene() -> None:
    perp = perpetrator("A bomb exploded at a bank in Cucuta on Monday. A flag of the ELN was found near the bank.")
    assert perp["group"] == "National Liberation Army (Colombia)"


def test_a_group_named_without_a_signature() -> None:
    perp = perpetrator("A bomb exploded at a bank in Cucuta on Monday. The mayor met ELN negotiators in Havana.")
    assert perp["group"] is None
