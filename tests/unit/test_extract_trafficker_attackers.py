"""Attackers named by a criminal trade are no insurgent group's men. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator

_TALKS = "The ELN has held peace talks with the government since March. "


def test_drug_traffickers_are_not_the_articles_insurgents() -> None:
    perp = perpetrator(_TALKS + "On Monday drug traffickers bombed a hotel in Cartagena, killing two guests.")
    assert perp["group"] is None


def test_guerrillas_are_the_articles_insurgents() -> None:
    perp = perpetrator(_TALKS + "On Monday guerrillas bombed a hotel in Cartagena, killing two guests.")
    assert perp["group"] == "National Liberation Army (Colombia)"
