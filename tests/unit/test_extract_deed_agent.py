"""The attackers named after "by" further from the attack word, when "by" follows a word of doing the deed.
Made-up sentences."""
from __future__ import annotations

from streams.extract.actors import _deed_before
from tests.unit.extracting import perpetrator


def test_perpetrated_by_far_from_the_attack_word() -> None:
    perp = perpetrator("The murder of the two teachers perpetrated in the town of Berlin on Tuesday night by the "
                       "Salvadoran army shocked the country.")
    assert perp["group"] == "Salvadoran Armed Forces"


def test_an_action_by() -> None:
    perp = perpetrator("A priest said the killing of the mayor, his wife and their driver on Tuesday was an action "
                       "by the Salvadoran army.")
    assert perp["group"] == "Salvadoran Armed Forces"


def test_another_participle_before_by_is_not_the_deed() -> None:
    assert not _deed_before("carried out on the town on monday was repelled".split())
    assert _deed_before("perpetrated in the town on 16 november 1989".split())
