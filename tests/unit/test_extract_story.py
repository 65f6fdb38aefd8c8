"""A sentence after the telling that goes on with the incident's story (it refers back to the attack or its
doers), or a lead sentence that a telling right after it refers back to, is read for the things the attack hit
(made-up sentences)."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

DAY = datetime.date(2025, 3, 10)
# the attack, then two sentences with no attack word: the last sentence lies past the one right after the telling
TOLD = ("Gunmen attacked a police post in Northtown on Monday. Police said the post had been reinforced last week. "
        "Residents said the town was quiet by noon. ")


def targets(text: str) -> list[str]:
    return [t["text"] for inc in extract_incidents(text, DAY, "s1") for t in inc["targets"]]


@pytest.mark.parametrize("story, thing", [
    ("Before leaving, the attackers broke into the town hall.", "town hall"),
    ("The latter also shattered the windows of the clinic.", "clinic"),
])
def test_a_sentence_referring_back_to_the_attackers_adds_what_they_hit(story: str, thing: str) -> None:
    found = targets(TOLD + story)
    assert "police post" in found and thing in found, found


def test_a_sentence_that_does_not_refer_back_adds_nothing() -> None:
    found = targets(TOLD + "Soldiers broke into the town hall.")
    assert "town hall" not in found, found


def test_a_date_of_another_day_ends_the_story() -> None:
    found = targets(TOLD + "The attackers broke into the town hall on 2 January.")
    assert "town hall" not in found, found


def test_the_story_goes_on_for_the_last_incident_told_only() -> None:
    text = ("Gunmen attacked a police post in Northtown on Monday. Police said the post had been reinforced last "
            "week. Rebels bombed a bridge in Southville on Sunday. Residents said the town was quiet by noon. "
            "Officials said the road was closed. Before leaving, the attackers broke into the town hall.")
    found = {inc["attack_type"]: [t["text"] for t in inc["targets"]] for inc in extract_incidents(text, DAY, "s2")}
    assert "town hall" in found["bombing"] and "town hall" not in found["armed_assault"], found


@pytest.mark.parametrize("text, found", [
    # the telling opens by referring back ("the explosion"): the sentence before it is its lead
    ("A freight train running to Northtown was derailed before dawn today. Two guards died in the explosion.",
     ["freight train"]),
    # "an explosion" is told anew: the sentence before is not its lead
    ("A freight train running to Northtown was derailed before dawn today. Two guards died in an explosion in "
     "Southville.", []),
])
def test_a_telling_that_refers_back_reads_the_lead_before_it(text: str, found: list[str]) -> None:
    assert targets(text) == found
