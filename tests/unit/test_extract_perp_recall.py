"""Perpetrator groups named in less direct ways (craft, blame, membership). Made-up sentences."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

PUB = datetime.date(2025, 3, 9)


def perpetrator(text: str) -> dict:
    incidents = extract_incidents(text, PUB, "p5")
    assert len(incidents) == 1
    return incidents[0]["perpetrator"]


@pytest.mark.parametrize("text", [
    "On Sunday, two farmers were killed when a Turkish air force helicopter strafed a village near Hakkari.",
    "On Sunday, a village near Hakkari was strafed by Turkish army helicopters, killing two farmers.",
])
def test_forces_craft_as_the_agent(text: str) -> None:
    assert perpetrator(text)["group"] == "Turkish Armed Forces"


def test_forces_craft_hit_is_no_agent() -> None:
    perp = perpetrator("On Sunday, a Turkish army helicopter was attacked by rebels near Hakkari.")
    assert perp["group"] != "Turkish Armed Forces"
