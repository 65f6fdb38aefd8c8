"""A deed said to be staged, orchestrated or masterminded by a group blames that group. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_staged_by_names_the_blamed_group() -> None:
    perp = perpetrator("A bomb exploded outside the town hall of Baidoa on Monday, killing two guards. The mayor "
                       "said the bombing was staged by the al-Shabaab.")
    assert perp["group"] == "Al-Shabaab"
    assert perp["claim"] == "attributed"


def test_a_maneuver_by_a_group_blames_it() -> None:
    perp = perpetrator("A bomb exploded outside the town hall of Baidoa on Monday, killing two guards. The union "
                       "called the bombing a crude maneuver by the al-Shabaab.")
    assert perp["group"] == "Al-Shabaab"


def test_planned_without_by_blames_no_one() -> None:
    perp = perpetrator("A bomb exploded outside the town hall of Baidoa on Monday, killing two guards. The "
                       "bombing had been planned for weeks.")
    assert perp["group"] is None
