"""Those who capture, arrest, detain, pursue or surround people after an attack are not its attackers: the agent
of a seizing participle ("captured by the police") names the other side. Made-up sentences."""
from __future__ import annotations

import pytest

from streams.extract import extract_incidents
from tests.unit.extracting import PUB


def perpetrators(text: str) -> tuple[str | None, list[str]]:
    incidents = extract_incidents(text, PUB, "sz")
    assert len(incidents) == 1
    perp = incidents[0]["perpetrator"]
    return perp["group"], [p["text"] for p in incidents[0]["perpetrator_individuals"]]


@pytest.mark.parametrize("text", [
    "The suspect was captured by the police after he placed the bomb at the bank in Lima on Monday.",
    "The suspects were captured by the police after they placed the bomb at the bank in Lima on Monday.",
    "The man was arrested by soldiers after he placed the bomb at the bank in Lima on Monday.",
    "The gunmen were detained by security forces after they attacked the bank in Lima on Monday.",
    "The gunmen were pursued by the army after they attacked the bank in Lima on Monday.",
    "The suspect was captured on Tuesday by the police after he placed the bomb at the bank in Lima on Monday.",
    "The men were arrested by army troops after they bombed the bank in Bogota on Monday.",
    "The suspect, who was captured by the police, placed the bomb at the bank in Lima on Monday.",
    "The man was tracked down by soldiers after he placed the bomb at the bank in Lima on Monday.",
    "The men were rounded up by the police after they bombed the bank in Bogota on Monday.",
    "The suspect was taken into custody by the police after he placed the bomb at the bank in Lima on Monday.",
])
def test_the_agent_of_a_seizing_verb_before_the_attack_is_no_attacker(text: str) -> None:
    group, _ = perpetrators(text)
    assert group is None


@pytest.mark.parametrize("text", [
    "The rebels were surrounded by troops after the ambush near Lima on Monday.",
    "After the ambush near Lima on Monday the rebels were surrounded by troops.",
])
def test_the_agent_of_surrounding_after_an_ambush_is_no_attacker(text: str) -> None:
    group, people = perpetrators(text)
    assert group is None
    assert "troops" not in people


def test_the_agent_of_a_seizing_verb_after_the_attack_is_no_attacker() -> None:
    group, people = perpetrators("The bank in Bogota was bombed on Monday by guerrillas pursued by the army.")
    assert group is None
    assert people == ["guerrillas"]


def test_a_seizing_verb_of_another_clause_leaves_the_attacker() -> None:
    text = "The bank in Bogota was bombed by the ELN on Monday after its leader was arrested by the police."
    assert perpetrators(text)[0] == "National Liberation Army (Colombia)"


def test_a_reported_attack_keeps_its_attackers() -> None:
    group, people = perpetrators("The police said guerrillas placed the bomb at the bank in Lima on Monday.")
    assert group is None
    assert people == ["guerrillas"]


def test_a_reported_attack_by_a_named_group_keeps_the_group() -> None:
    group, _ = perpetrators("The police said Shining Path guerrillas placed the bomb at the bank in Lima on Monday.")
    assert group == "Shining Path"


def test_the_agent_of_an_attack_verb_is_still_the_attacker() -> None:
    group, _ = perpetrators("The bank in Lima was bombed by the Shining Path on Monday.")
    assert group == "Shining Path"
