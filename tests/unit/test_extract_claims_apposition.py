"""A claim or denial told after the group's appositive ("X, the al Qaeda-linked group, claimed"). Made-up sentences."""
from __future__ import annotations

import pytest

from tests.unit.extracting import perpetrator

RAID = "Gunmen stormed a hotel in Mogadishu on Saturday, killing 12 people, police said. "


@pytest.mark.parametrize("tail, status", [
    ("Al Shabaab, the al Qaeda-linked group, claimed responsibility.", "claimed"),
    ("Al Shabaab, the al Qaeda-linked group, denied responsibility.", "denied"),
])
def test_claim_after_an_appositive(tail: str, status: str) -> None:
    perp = perpetrator(RAID + tail)
    assert (perp["group"], perp["claim"]) == ("Al-Shabaab", status)


def test_denial_after_an_appositive_that_closes_on_an_acronym() -> None:
    perp = perpetrator("A suicide bomber struck a police station in Bannu on Saturday, killing nine officers. "
                       "The Pakistani Taliban, known as Tehreek-e-Taliban Pakistan (TTP), denied responsibility.")
    assert (perp["group"], perp["claim"]) == ("Tehrik-i-Taliban Pakistan", "denied")


def test_a_reporting_clause_is_no_appositive() -> None:
    perp = perpetrator("Gunmen stormed a hotel in Mogadishu on Saturday, killing 12 people. Witnesses saw "
                       "al Shabaab, police said, denying responsibility for it.")
    assert perp["claim"] != "denied"


@pytest.mark.parametrize("text, group", [
    ("A suicide bomber struck a ministry in Kabul on Saturday, killing three people. The Islamic State's "
     "Khorasan branch claimed responsibility.", "Islamic State Khorasan Province"),
    ("A car bomb exploded outside a police station in Jamundi on Saturday, killing two officers, police said, "
     "blaming dissidents of the former FARC guerrilla group.", "FARC dissidents"),
])
def test_modern_names_of_groups(text: str, group: str) -> None:
    assert perpetrator(text)["group"] == group


BOMB = "A bomb hidden in a motorcycle exploded near a police van in Quetta on Saturday, killing two officers. "


def test_later_own_report_of_the_deed_is_a_claim() -> None:
    perp = perpetrator(BOMB + "The Balochistan Liberation Army (BLA) said in a statement that its fighters "
                              "carried out the attack.")
    assert (perp["group"], perp["claim"]) == ("Balochistan Liberation Army", "claimed")


@pytest.mark.parametrize("tail", [
    "The Balochistan Liberation Army (BLA) said in a statement that it was carried out by traitors.",
    "The Balochistan Liberation Army said they had not carried out the attack.",
])
def test_later_report_of_no_own_deed_is_no_claim(tail: str) -> None:
    assert perpetrator(BOMB + tail)["claim"] != "claimed"
