"""The group blamed last in a list of blamed parties. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator

_ATTACK = "Two teachers were shot dead in Usulutan on Monday. "


def test_the_last_of_the_blamed_parties() -> None:
    perp = perpetrator(_ATTACK + "The union blames the ruling party, the regime of the interior minister, and its "
                                 "armed forces for this detestable murder.")
    assert [m["text"] for m in perp["mentions"]] == ["armed forces"]


def test_a_list_of_blamed_people_names_no_group() -> None:
    perp = perpetrator(_ATTACK + "The union blames the ruling party, the regime of the interior minister and the "
                                 "judges for this detestable murder.")
    assert perp["group"] is None
