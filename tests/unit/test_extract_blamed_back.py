"""A later sentence blames the attack told before, referring back to it. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator

_ATTACK = "A bomb exploded on Friday at the offices of a newspaper in Cali, killing two guards. "


def test_blamed_it_on_after_a_subordinate_clause() -> None:
    perp = perpetrator(_ATTACK + "Although nobody has claimed the bombing, the press blamed it on the drug mafia.")
    assert [m["text"] for m in perp["mentions"]] == ["drug mafia"]


def test_blaming_other_deeds_is_not_this_attack() -> None:
    perp = perpetrator(_ATTACK + "Although nobody has spoken yet, the press attributed the kidnappings of judges "
                                 "to the drug mafia.")
    assert perp["mentions"] == []


def test_a_group_blamed_in_the_passive() -> None:
    perp = perpetrator(_ATTACK + "The ELN was blamed for the attack.")
    assert (perp["group"], perp["claim"]) == ("National Liberation Army (Colombia)", "attributed")


def test_a_group_believed_to_have_carried_it_out_is_suspected() -> None:
    perp = perpetrator(_ATTACK + "The ELN is believed to have carried out the attack.")
    assert (perp["group"], perp["claim"]) == ("National Liberation Army (Colombia)", "suspected")
