"""A combat word inside a relative clause that describes the subject ("X, who was sent to cover the war, was
injured") frames no fight around the attack. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import only_incident


def _victims(text: str) -> list[str]:
    return [v["text"] for v in only_incident(text)["victims"]]


def test_a_war_in_the_victims_relative_clause_frames_no_combat() -> None:
    victims = _victims("Police said that journalist Ana Pardo Ruiz, who was sent to Colombia to cover the war "
                       "against drug traffickers, was injured on Tuesday during an attack in Medellin.")
    assert "Ana Pardo Ruiz" in victims
