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
