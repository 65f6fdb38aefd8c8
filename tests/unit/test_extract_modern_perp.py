"""Perpetrator fields on modern wire phrasing, on short sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.unit.extracting import perpetrator

SHELLING = "Shells hit a crowded market in Omdurman on Thursday, killing 12 people, medics said. "


@pytest.mark.parametrize("blame", [
    "A local aid network blamed the paramilitary Rapid Support Forces for the shelling.",
    "The Sudan Relief Committee blamed the paramilitary Rapid Support Forces (RSF) for the shelling.",
    "Witnesses blamed the shelling on the powerful paramilitary Rapid Support Forces.",
])
def test_described_group_is_still_the_blamed_one(blame: str) -> None:
    perp = perpetrator(SHELLING + blame)
    assert (perp["group"], perp["claim"]) == ("Rapid Support Forces", "attributed")


def test_group_introduced_by_a_linked_compound() -> None:
    perp = perpetrator("Gunmen killed 30 villagers in an attack in central Mali on Sunday, local officials said. "
                       "Officials blamed the attack on the al Qaeda-linked group JNIM.")
    assert (perp["group"], perp["claim"]) == ("Jama'at Nusrat al-Islam wal-Muslimin", "attributed")


@pytest.mark.parametrize("denial", [
    "The army blamed the M23 rebels, which denied responsibility.",
    "The army blamed the M23 rebels for the strike. The M23 denied any involvement.",
])
def test_blamed_group_that_denies(denial: str) -> None:
    perp = perpetrator("Bombs struck a displacement camp near Goma on Friday, killing nine people. " + denial)
    assert (perp["group"], perp["claim"]) == ("M23", "denied")
