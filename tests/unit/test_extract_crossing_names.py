"""An armed group's name that crosses a state's ("Colombian Army of National Liberation") wins. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_the_group_name_crossing_a_state_name_wins() -> None:
    perp = perpetrator("A journalist was kidnapped in Cucuta on Monday by Colombian Army of National Liberation "
                       "guerrillas.")
    assert perp["group"] == "National Liberation Army (Colombia)"


def test_a_state_craft_after_a_state_name_stays_the_state() -> None:
    perp = perpetrator("Colombian Air Force helicopters fired rockets at a farm near Arauca on Monday, killing two "
                       "farmers.")
    assert perp["group"] == "Colombian Armed Forces"
