"""A group's men named and then harmed are the victims, not the attackers. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_named_members_gunned_down_are_no_attackers() -> None:
    perp = perpetrator("ELN guerrillas Jose Perez and Maria Gomez were gunned down in Cucuta on Monday by "
                       "unidentified men riding a motorcycle.")
    assert perp["group"] is None


def test_members_who_shot_someone_stay_the_attackers() -> None:
    perp = perpetrator("ELN guerrillas shot dead the mayor of Cucuta on Monday.")
    assert perp["group"] == "National Liberation Army (Colombia)"


def test_the_forces_men_wounded_are_no_attackers() -> None:
    perp = perpetrator("Four Colombian police officers were wounded in Cucuta on Monday when gunmen attacked them.")
    assert perp["group"] is None
