"""A group owning up ("admitted that it had kidnapped") or the source of its men's attack ("according to the ELN, its
units attacked") tells its own deed: a claim. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_admitted_that_it_had_kidnapped() -> None:
    perp = perpetrator("THE ELN ADMITTED THAT IT HAD KIDNAPPED AN ENGINEER IN ARAUCA ON SUNDAY.")
    assert perp["claim"] == "claimed"


def test_acknowledged_that_its_men_kidnapped() -> None:
    perp = perpetrator("The ELN acknowledged that its men kidnapped an engineer in Arauca on Sunday.")
    assert perp["claim"] == "claimed"


def test_the_army_admitting_its_dead_claims_nothing() -> None:
    perp = perpetrator("THE ARMY ADMITTED THAT FIVE SOLDIERS DIED WHEN THE ELN ATTACKED AN ARMY POST IN ARAUCA ON "
                       "SUNDAY.")
    assert perp["claim"] != "claimed"


def test_according_to_the_group_its_units_attacked() -> None:
    perp = perpetrator("ACCORDING TO THE ELN, ITS UNITS ATTACKED AN ARMY POST IN ARAUCA ON SUNDAY, KILLING TWO "
                       "SOLDIERS.")
    assert perp["group"] == "National Liberation Army (Colombia)"
    assert perp["claim"] == "claimed"


def test_according_to_the_group_its_leader_was_killed_is_no_claim() -> None:
    perp = perpetrator("According to the ELN, its leader was killed in Arauca on Sunday.")
    assert perp["claim"] != "claimed"
