"""Detection: attacks named in passing (demands, statistics, accidents told before, generic speech) are not told,
on made-up sentences; the same words telling an attack still do."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

FRIDAY = datetime.date(2024, 5, 10)


def incidents(text: str) -> list[dict]:
    return extract_incidents(text, FRIDAY, "d1")


@pytest.mark.parametrize("text", [
    "The bishops asked for an inquiry to clear up the murder of two aid workers in the northern hills.",
    "The minister tried to divert attention from the bombing of the market by speaking about the economy.",
])
def test_an_attack_named_in_a_demand_or_speech_is_not_told(text: str) -> None:
    assert incidents(text) == []


def test_a_murder_told_with_its_day_is_still_told() -> None:
    assert len(incidents("Gunmen murdered two aid workers in Kandahar on Thursday.")) == 1
