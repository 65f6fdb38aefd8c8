"""Detection recall: attacks told in ways the filters used to set aside, on made-up sentences."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

FRIDAY = datetime.date(2024, 5, 10)


def incidents(text: str) -> list[dict]:
    return extract_incidents(text, FRIDAY, "r1")


@pytest.mark.parametrize("text", [
    "Police foiled an attempt by rebels to kidnap the governor in Quetta on Thursday.",
    "Troops thwarted the attempt to murder the mayor of Quetta on Thursday.",
    "Investigators said the foiled attack on three generals in Quetta on Thursday was planned by the rebels.",
])
def test_a_failed_attempt_is_an_attack(text: str) -> None:
    [inc] = incidents(text)
    assert inc["attack_type"] in ("kidnapping", "armed_assault", "assassination")


@pytest.mark.parametrize("text", [
    "The rebels will make an attempt to kidnap the governor in Quetta on Thursday.",
    "The rebels plan an attempt to murder the mayor of Quetta next week.",
])
def test_an_attempt_only_intended_is_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_an_aggregate_cue_in_the_clause_before_counts_no_single_attack() -> None:
    [inc] = incidents("Relations with Peru have been poor over the past few years, and the murder of the envoy "
                      "Juan Ortega is tied into this situation.")
    assert [v["text"] for v in inc["victims"]] == ["Juan Ortega"]


@pytest.mark.parametrize("text", [
    "Relations with Peru have been poor over the past few years, with the murder of the envoy Juan Ortega tied "
    "into this situation.",
    "Over the past few years there were many killings, and bombings in Lima.",
])
def test_an_aggregate_cue_in_the_same_clause_still_counts(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "Rebels carried out sabotage against the power grid near Quetta on Thursday, cutting electricity to the city.",
    "The power company said that the guerrilla sabotage against the electric system on Thursday forced it to "
    "ration electricity in Quetta.",
])
def test_sabotage_told_is_an_attack(text: str) -> None:
    [inc] = incidents(text)
    assert inc["targets"]


@pytest.mark.parametrize("text", [
    "Troops were deployed in Quetta, where the rebels persistently sabotage the electrical system.",
    "The rebels plan to sabotage the power grid in Quetta.",
    "The minister accused the opposition of economic sabotage on Monday.",
    "The company said a cyber sabotage shut down its systems on Monday.",
])
def test_sabotage_as_a_habit_or_plan_is_no_attack(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "Rebels staged a raid on the town hall of Tulua on Thursday.",
    "The minister said the embassy staff was safe after the raid staged by the rebels on the Sheraton hotel "
    "in San Salvador on Thursday.",
])
def test_a_raid_by_attackers_is_an_attack(text: str) -> None:
    [inc] = incidents(text)
    assert inc["attack_type"] == "armed_assault"


@pytest.mark.parametrize("text", [
    "Police carried out a raid on a drug laboratory in Cali on Thursday.",
    "In a raid by the army on Thursday, five suspects were arrested in Cali.",
])
def test_a_raid_that_arrests_is_a_police_operation(text: str) -> None:
    assert incidents(text) == []


def test_a_name_with_a_bare_possessive_is_the_victim() -> None:
    [inc] = incidents("The minister denounced Carlos Ortiz' assassination.")
    assert [v["text"] for v in inc["victims"]] == ["Carlos Ortiz"]


def test_a_surname_after_a_title_with_a_possessive_is_the_victim() -> None:
    [inc] = incidents("The party says the minister was involved in Dr. Ortega's assassination.")
    assert [v["text"] for v in inc["victims"]] == ["Ortega"]


def test_a_name_after_a_title_does_not_run_past_a_verb() -> None:
    found = incidents("PRESIDENT MORALES BLAMED QUINTERO'S MURDER ON THE REBELS.")
    assert not any("BLAMED" in v["text"] for inc in found for v in inc["victims"])
