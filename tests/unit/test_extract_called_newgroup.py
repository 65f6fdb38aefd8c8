"""An organisation the dictionary lacks that the text introduces by name ("members of a gang called the Owls") as the
attackers' organisation. Made-up sentences."""
from __future__ import annotations

import pytest

from tests.unit.extracting import perpetrator

SHOOTING = "Gunmen shot dead a judge in Medellin on Monday. "


@pytest.mark.parametrize("tail, group", [
    ("Police said the gunmen were members of a gang called the Owls.", "Owls"),
    ('Police said the gunmen were members of a gang called "Love for Medellin".', "Love for Medellin"),
    ("Police said the gunmen were members of a criminal band known as the Night Riders.", "Night Riders"),
    ("Police said the gunmen were members of a group calling itself Free Homeland.", "Free Homeland"),
])
def test_members_of_a_group_called_by_name(tail: str, group: str) -> None:
    perp = perpetrator(SHOOTING + tail)
    assert (perp["group"], perp["claim"]) == (group, "attributed")


@pytest.mark.parametrize("tail", [
    "Police said the gunmen were members of a gang called on by the cartel.",
    "Police said the gunmen were members of a gang called by police the most violent in the city.",
])
def test_called_as_a_verb_names_no_group(tail: str) -> None:
    assert perpetrator(SHOOTING + tail)["group"] is None


def test_all_capitals_name_ends_at_the_comma() -> None:
    perp = perpetrator("GUNMEN SHOT DEAD A JUDGE IN MEDELLIN ON MONDAY. THE GUNMEN, WHO ARE SAID TO BE MEMBERS OF "
                       "A GROUP CALLED FREE HOMELAND MOVEMENT, FLED IN A CAR.")
    assert perp["group"] == "Free Homeland Movement"


BANK_BOMB = "A bomb exploded at a bank in Lima on Monday, causing no casualties. "


@pytest.mark.parametrize("tail, group", [
    ("The police hold the Red Dawn Liberation Movement responsible for the attack.", "Red Dawn Liberation Movement"),
    ("Officials blamed the bombing on the Red Dawn Liberation Front.", "Red Dawn Liberation Front"),
    ("Officials attributed the attack to the Red Dawn Liberation Front.", "Red Dawn Liberation Front"),
])
def test_new_organisation_others_hold_responsible(tail: str, group: str) -> None:
    perp = perpetrator(BANK_BOMB + tail)
    assert (perp["group"], perp["claim"]) == (group, "attributed")


@pytest.mark.parametrize("tail", [
    "Officials blamed the bombing on the economic crisis.",
    "Officials blamed the bombing on a criminal group.",
])
def test_blame_on_no_named_organisation_is_no_new_group(tail: str) -> None:
    assert perpetrator(BANK_BOMB + tail)["group"] is None
