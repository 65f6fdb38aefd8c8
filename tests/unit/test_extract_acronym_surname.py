"""A group's acronym right after a first name is a person's surname. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_an_acronym_after_a_first_name_is_a_surname() -> None:
    perp = perpetrator("Gunmen kidnapped businessman Juan Carlos ELN in Cucuta on Monday.")
    assert perp["group"] is None


def test_the_acronym_alone_still_names_the_group() -> None:
    perp = perpetrator("The ELN kidnapped businessman Juan Carlos Perez in Cucuta on Monday.")
    assert perp["group"] == "National Liberation Army (Colombia)"
