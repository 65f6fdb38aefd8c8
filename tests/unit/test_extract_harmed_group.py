"""A group whose members are the ones attacked is no suspect. Made-up sentences."""
from __future__ import annotations

import pytest

from streams.extract import extract_incidents
from tests.unit.extracting import PUB, perpetrator


@pytest.mark.parametrize("text", [
    "Gunmen killed three Taliban fighters in Kunduz on Sunday.",
    "The gunman opened fire at a checkpoint in Kandahar on Saturday, killing three Taliban guards.",
])
def test_members_of_the_group_as_victims(text: str) -> None:
    assert perpetrator(text)["group"] is None


def test_group_members_as_attackers_still_count() -> None:
    perp = perpetrator("Taliban fighters killed three policemen in Kunduz on Sunday.")
    assert perp["group"] == "Taliban"


@pytest.mark.parametrize("text, group", [
    ("Kurdish militants of the PKK killed two soldiers near Hakkari on Saturday, the defence ministry said.",
     "Kurdistan Workers' Party"),
    ("Fighters from al Shabaab attacked a base in Baidoa on Sunday, killing five soldiers.", "Al-Shabaab"),
])
def test_attacker_noun_of_a_group_is_attributed(text: str, group: str) -> None:
    perp = perpetrator(text)
    assert (perp["group"], perp["claim"]) == (group, "attributed")


def test_no_attacker_phrase_opens_on_of() -> None:
    incidents = extract_incidents("Gunmen suspected to be members of the Islamic State Sahel Province killed 20 "
                                  "villagers near Tillaberi on Saturday.", PUB, "h2")
    texts = [p["text"] for i in incidents for p in i["perpetrator_individuals"]]
    assert texts and not any(t.lower().startswith("of ") for t in texts)


def test_weapon_that_hit_is_the_attack_of_its_owner() -> None:
    perp = perpetrator("Russian drones hit an apartment block in Kharkiv on Saturday, killing two people, "
                       "officials said.")
    assert perp["group"] == "Russian Armed Forces"


@pytest.mark.parametrize("text, group", [
    ("Russia launched a massive missile attack on the energy grid of Ukraine early on Saturday, officials said.",
     "Russian Armed Forces"),
    ("Pakistan conducted airstrikes in the Paktika province of Afghanistan on Saturday, killing 46 people.",
     "Pakistan Armed Forces"),
])
def test_country_that_launched_the_attack_noun(text: str, group: str) -> None:
    assert perpetrator(text)["group"] == group


def test_suspicion_told_in_the_next_sentence() -> None:
    perp = perpetrator("A bomb exploded at a checkpoint in Kirkuk on Saturday, killing four policemen. "
                       "Police suspected Islamic State militants.")
    assert (perp["group"], perp["claim"]) == ("Islamic State", "suspected")


def test_blamed_country_and_its_capital_denying() -> None:
    perp = perpetrator("A missile struck a market in Donetsk on Saturday, killing 27 people. Local officials "
                       "blamed Ukraine. Kyiv denied responsibility.")
    assert (perp["group"], perp["claim"]) == ("Ukrainian Armed Forces", "denied")


def test_capital_blamed() -> None:
    perp = perpetrator("A drone hit a building in Moscow on Saturday, killing two people. Moscow blamed Kyiv.")
    assert (perp["group"], perp["claim"]) == ("Ukrainian Armed Forces", "attributed")
