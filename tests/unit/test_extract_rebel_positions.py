"""An attacker word that only modifies the place hit ("rebel positions") names no attackers. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator

_TALKS = "The ELN has held peace talks with the government since March. "


def test_rebel_positions_are_the_place_hit() -> None:
    perp = perpetrator(_TALKS + "On Monday helicopters bombed rebel positions near Arauca, killing two farmers.")
    assert perp["group"] is None


def test_rebels_who_bombed_are_the_attackers() -> None:
    perp = perpetrator(_TALKS + "On Monday rebels bombed a bridge near Arauca, killing two farmers.")
    assert perp["group"] == "National Liberation Army (Colombia)"
