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


def test_members_of_the_group_killed_are_victims() -> None:
    perp = perpetrator("Three members of the ELN were killed near Cucuta on Monday when a bomb exploded in their "
                       "car.")
    assert perp["group"] is None


def test_killing_members_of_the_group() -> None:
    perp = perpetrator("A bomb exploded in a car near Cucuta on Monday, killing three members of the ELN.")
    assert perp["group"] is None


def test_group_fighters_wounded_did_not_set_off_the_bomb() -> None:
    perp = perpetrator("Two ELN guerrillas were wounded near Cucuta on Monday when a bomb exploded in their car.")
    assert perp["group"] is None
