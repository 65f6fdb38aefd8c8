"""An organisation the dictionary lacks, named as the subject of the attack verb, is the attacker. Made-up
sentences."""
from __future__ import annotations

import pytest

from tests.unit.extracting import perpetrator


@pytest.mark.parametrize("text", [
    "The Red Dawn Liberation Front bombed three government buildings in Lima on Sunday, police said.",
    'Police said the "Red Dawn Liberation Front" [Frente Aurora Roja] bombed three government buildings in Lima on '
    "Sunday.",
])
def test_new_organisation_as_subject_of_the_attack_verb(text: str) -> None:
    perp = perpetrator(text)
    assert (perp["group"], perp["claim"]) == ("Red Dawn Liberation Front", "attributed")


@pytest.mark.parametrize("text", [
    "Alleged urban guerrilla commandos bombed three government buildings in Lima on Sunday, police said.",
    "A guerrilla column attacked a police post in Ayacucho on Sunday, police said.",
])
def test_attackers_described_by_attacker_words_are_no_new_group(text: str) -> None:
    assert perpetrator(text)["group"] is None
