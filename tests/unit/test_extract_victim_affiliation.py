"""A group named beside the attackers' noun only as the victim's organisation is not the attacker. Made-up
sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_commander_of_the_guerrilla_group_was_shot() -> None:
    perp = perpetrator("Juan Perez, a former commander of the ELN guerrilla group, was shot dead on "
                       "a bus in Bogota on Thursday.")
    assert perp["group"] is None


def test_group_guerrillas_who_shot_are_the_attackers() -> None:
    perp = perpetrator("ELN guerrillas shot dead a judge on a bus in Cucuta on Thursday.")
    assert perp["group"] == "National Liberation Army (Colombia)"


def test_a_leader_named_past_the_groups_gloss_was_the_victim() -> None:
    perp = perpetrator("The minister condemned the ELN [National Liberation Army] commander's assassination in "
                       "Cucuta on Thursday.")
    assert perp["group"] is None


def test_the_group_with_its_gloss_before_the_attack_noun_did_it() -> None:
    perp = perpetrator("The ELN [National Liberation Army] attack on the police post in Cucuta on Thursday killed "
                       "two officers.")
    assert perp["group"] == "National Liberation Army (Colombia)"
