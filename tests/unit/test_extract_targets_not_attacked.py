"""Things named near an attack that it did not hit: what the state's forces searched (made-up sentences)."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

DAY = datetime.date(2025, 3, 10)


def targets(text: str) -> list[str]:
    return [t["text"] for inc in extract_incidents(text, DAY, "t1") for t in inc["targets"]]


@pytest.mark.parametrize("text, searched, hit", [
    ("Army troops raided five farms near Northtown on Monday. A bomb exploded at a bank in Northtown on Monday, "
     "destroying the bank.", "farms", "bank"),
    ("The army's raids on properties owned by smugglers went on as a bomb destroyed a bank in Northtown on "
     "Monday.", "properties", "bank"),
    ("Police raided the offices of a trading firm on Monday, a day after a bomb destroyed a bank in Northtown.",
     "offices", "bank"),
])
def test_what_the_state_forces_raid_is_no_target(text: str, searched: str, hit: str) -> None:
    found = targets(text)
    assert hit in found and searched not in found


@pytest.mark.parametrize("text, thing", [
    ("Rebel forces raided the town hall of Northtown on Monday, killing two guards.", "town hall"),
    ("Guerrillas raided the police station in Northtown on Monday and killed three policemen.", "police station"),
])
def test_what_an_armed_group_raids_is_still_its_target(text: str, thing: str) -> None:
    assert thing in targets(text)


@pytest.mark.parametrize("text, landmark", [
    ("A student leader was killed in Northtown on Monday. She was riddled with bullets near the Northtown University "
     "this morning.", "Northtown University"),
    ("Rebels killed two guards in Northtown on Monday, and a bus was set on fire near the party headquarters.",
     "party headquarters"),
    ("The party leader managed to avoid the first shots that were fired at him and took refuge under a parked car, "
     "where the assailants shot him dead on Monday.", "parked car"),
])
def test_a_landmark_near_a_shooting_or_fire_is_no_target(text: str, landmark: str) -> None:
    assert landmark not in targets(text)


@pytest.mark.parametrize("text, thing", [
    ("A bomb exploded near the Northtown power station on Monday.", "Northtown power station"),
    ("Rebels planted a bomb under a bus in Northtown on Monday.", "bus"),
    ("Gunmen fired at the mayor's car in Northtown on Monday.", "mayor's car"),
])
def test_what_a_blast_goes_off_near_or_a_shot_aims_at_is_a_target(text: str, thing: str) -> None:
    assert thing in targets(text)


def test_things_listed_then_said_to_be_seized_are_taken_not_hit() -> None:
    text = ("A bomb destroyed a bank in Northtown on Monday. Twenty properties -- including farms, discotheques, "
            "and restaurants -- were seized by the police in Northtown on Monday.")
    found = targets(text)
    assert "bank" in found and not {"farms", "discotheques", "restaurants"} & set(found)
