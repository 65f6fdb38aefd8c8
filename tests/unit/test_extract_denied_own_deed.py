"""A state force denying "today that its planes had bombed" tells of its own deed. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_a_denial_with_an_adverb_still_names_the_forces() -> None:
    perp = perpetrator("The Colombian army denied today that its planes had bombed a farm near Arauca on Monday, "
                       "killing five farmers.")
    assert perp["group"] == "Colombian Armed Forces"


def test_a_denial_of_its_own_deed_is_no_claim() -> None:
    perp = perpetrator("The Colombian army denied today that its planes had bombed a farm near Arauca on Monday, "
                       "killing five farmers.")
    assert perp["claim"] == "denied"


def test_saying_its_planes_bombed_is_still_a_claim() -> None:
    perp = perpetrator("The ELN said today that its fighters had bombed a farm near Arauca on Monday, "
                       "killing five farmers.")
    assert perp["claim"] == "claimed"
