"""The attacker's own name, told beside the attacker noun. Made-up sentences."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

PUB = datetime.date(2025, 3, 9)


def individuals(text: str) -> list[str]:
    incidents = extract_incidents(text, PUB, "n1")
    assert len(incidents) == 1
    return [p["text"] for p in incidents[0]["perpetrator_individuals"]]


@pytest.mark.parametrize("text, name", [
    ("Gunman Mohammad Reza Sharifi opened fire at a court in Tehran on Saturday, killing two judges.",
     "Mohammad Reza Sharifi"),
    ("The suspect, identified as 29-year-old Ahmed Hassan, stabbed three people at a bus station in Haifa on "
     "Saturday.", "Ahmed Hassan"),
    ("Police named the attacker as Ali Karim, 42, after he stabbed two people in Mannheim on Saturday.", "Ali Karim"),
    ("Police arrested a suspect, Abdullahi Yusuf, on Saturday after a bomb killed six people at a market in "
     "Maiduguri.", "Abdullahi Yusuf"),
])
def test_attacker_named_beside_the_attacker_noun(text: str, name: str) -> None:
    assert name in individuals(text)


def test_a_victim_named_after_identified_as_is_no_attacker() -> None:
    found = individuals("Gunmen shot dead a man in Karachi on Saturday; the victim was identified as Ali Karim.")
    assert "Ali Karim" not in found


def test_the_dead_named_after_identified_as_are_no_attackers() -> None:
    text = ("TWO BODIES WITH BULLET WOUNDS WERE FOUND ON 8 NOVEMBER IN\nRIVERTON.\n\n   JUDGE ANN LEE IDENTIFIED THE "
            "DEAD MEN AS JUAN PEREZ, 38,\nAND LUIS GOMEZ, 42.")
    assert individuals(text) == []
