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
