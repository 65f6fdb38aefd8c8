"""The group's name with a unit noun ("the FARC 6th Front") anywhere in the article is one more of its mentions.
Made-up sentences."""
from __future__ import annotations

import datetime

from tests.unit.extracting import only_incident

PUB = datetime.date(2010, 3, 9)  # the FARC active


def test_a_later_unit_mention_of_the_group_is_named() -> None:
    perp = only_incident("FARC guerrillas attacked a police post in Toribio on Monday, killing two officers. Later, an "
                         "army spokesman said the FARC 6th Front operates in the mountains.", PUB)["perpetrator"]
    texts = [m["text"] for m in perp["mentions"]]
    assert "FARC 6th Front" in texts and texts.count("FARC 6th Front") == 1


def test_no_unit_mention_without_a_unit_noun() -> None:
    perp = only_incident("FARC guerrillas attacked a police post in Toribio on Monday, killing two officers. Later, an "
                         "army spokesman said the FARC operates in the mountains.", PUB)["perpetrator"]
    assert [m["text"] for m in perp["mentions"]] == ["FARC"]
