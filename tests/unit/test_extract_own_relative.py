"""A relative clause about a group's own men makes the group the attacker. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_members_who_had_kidnapped() -> None:
    perp = perpetrator("The operation led to the capture of nine ELN members who had kidnapped two ranchers near "
                       "Cucuta on Monday.")
    assert perp["group"] == "National Liberation Army (Colombia)"


def test_the_ones_who_murdered() -> None:
    perp = perpetrator("The judge said that armed forces personnel were the ones who murdered the two teachers in "
                       "Usulutan on Monday.")
    assert perp["kind"] == "state"


def test_a_relative_about_other_people_is_no_deed_of_the_group() -> None:
    perp = perpetrator("Army troops chased the men who kidnapped two ranchers near Cucuta on Monday.")
    assert perp["group"] is None
