""""The funeral of X": a person named there died; mourned descriptions add no victim. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import only_incident


def _victims(text: str) -> list[str]:
    return [v["text"] for v in only_incident(text)["victims"]]


def test_the_person_whose_funeral_is_told_is_a_victim() -> None:
    victims = _victims("GUNMEN SHOT DEAD A JOURNALIST IN CALI ON MONDAY. HUNDREDS ATTENDED THE FUNERAL OF PEDRO "
                       "GOMEZ SOTO, A RADIO REPORTER, ON TUESDAY.")
    assert "PEDRO GOMEZ SOTO" in victims


def test_a_mourned_description_adds_no_victim() -> None:
    victims = _victims("GUNMEN SHOT DEAD SIX PRIESTS IN CALI ON MONDAY. HUNDREDS ATTENDED THE FUNERAL OF THE PRIESTS "
                       "AND THEIR COOK ON TUESDAY.")
    assert victims == ["SIX PRIESTS"]
