"""A blame of people by their office leaves the article's armed group out of the guess. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator

_GROUP = "Al-Shabaab fighters clashed with troops near Baidoa last week. "
_ATTACK = "On Monday gunmen shot dead two teachers in Baidoa. "


def test_a_titled_person_held_responsible_is_no_hint_at_the_group() -> None:
    perp = perpetrator(_GROUP + _ATTACK + "The teachers' union holds Colonel Ahmed Nur responsible for the murder.")
    assert perp["group"] is None


def test_an_accused_minister_is_no_hint_at_the_group() -> None:
    perp = perpetrator(_GROUP + _ATTACK + "The union accused the interior minister of the murder.")
    assert perp["group"] is None


def test_without_the_blame_the_group_is_guessed() -> None:
    perp = perpetrator(_GROUP + _ATTACK + "The union called for a strike.")
    assert perp["group"] == "Al-Shabaab"
