"""Weapons (weapons[].text) on sentences written for these tests."""
from __future__ import annotations

import datetime

from streams.extract import extract_incidents

PUB = datetime.date(1990, 3, 5)


def weapons(text: str) -> list[str]:
    return [w["text"] for inc in extract_incidents(text, PUB, "w1") for w in inc["weapons"]]


def types(text: str) -> list[str]:
    return [w["type"] for inc in extract_incidents(text, PUB, "w1") for w in inc["weapons"]]


def test_bullets_are_rounds_not_weapons() -> None:
    # the rounds still tell the attack; the firearm that fired them is the weapon
    assert weapons("The mayor of Pasto was hit by three bullets fired from a pistol on Monday.") == ["pistol"]
    riddled = "THE JUDGE WAS RIDDLED WITH BULLETS BY UNIDENTIFIED GUNMEN IN CALI YESTERDAY."
    assert weapons(riddled) == []
    assert len(extract_incidents(riddled, PUB, "w1")) == 1


def test_a_firearm_is_still_a_weapon() -> None:
    assert types("Gunmen fired rifles at the mayor of Pasto on Monday, killing him.") == ["firearms"]


def test_a_model_before_its_class_noun_is_one_weapon() -> None:
    assert weapons("Guerrillas fired RPG-7 rocket launchers at the police post in Pasto on Monday.") \
        == ["RPG-7 rocket launchers"]
    assert weapons("GUNMEN SHOT THE MAYOR OF PASTO WITH AN UZI SUBMACHINEGUN YESTERDAY.") == ["UZI SUBMACHINEGUN"]
    # two weapons listed stay two
    assert weapons("Guerrillas attacked the police post in Pasto with rifles and rocket launchers on Monday.") \
        == ["rifles", "rocket launchers"]
