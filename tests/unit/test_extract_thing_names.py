"""One thing, one name across an article: a shorter name of a target named more fully is that target again."""
from __future__ import annotations

import datetime

import pytest

from streams.extract.consistency import shorter_names_of_things
from streams.extract.document import analyse


def _targets_kept(*phrases: str) -> list[str]:
    """The targets kept of an article that names ``phrases`` (each "determiner thing") one sentence each."""
    text = " ".join(f"Rebels attacked {p}." for p in phrases)
    targets = []
    for p in phrases:
        thing = p.split(" ", 1)[1] if p.split(" ", 1)[0] in ("the", "a", "an") else p
        start = text.index(f"attacked {p}.") + len("attacked ") + len(p) - len(thing)
        targets.append({"text": thing, "start": start, "end": start + len(thing)})
    incidents = [{"targets": targets}]
    shorter_names_of_things(analyse(text, datetime.date(2025, 3, 9)), incidents)
    return [t["text"] for t in incidents[0]["targets"]]


@pytest.mark.parametrize("phrases, kept", [
    (("the Harlow oil pipeline", "the oil pipeline"), ["Harlow oil pipeline"]),
    (("the embassy", "the headquarters of the Ruritanian embassy"), ["headquarters of the Ruritanian embassy"]),
    (("the FTU", "the FTU headquarters"), ["FTU headquarters"]),  # the building hit, not the union
    (("the FTU headquarters", "the FTU"), ["FTU headquarters"]),
    (("the home of the mayor", "the house"), ["home of the mayor"]),  # one dwelling, two words for it
])
def test_a_shorter_name_of_a_target_is_dropped(phrases: tuple[str, ...], kept: list[str]) -> None:
    assert _targets_kept(*phrases) == kept


@pytest.mark.parametrize("phrases", [
    ("stores", "other stores"),  # other things
    ("water pipes", "windows and water pipes"),  # two things, one of them the pipes
    ("the bank", "the Harlow market"),  # another head
    ("the city bank", "the farmers bank"),  # two banks
    ("the home of the mayor", "a house"),  # a new one
])
def test_other_things_keep_their_names(phrases: tuple[str, ...]) -> None:
    assert _targets_kept(*phrases) == [p.split(" ", 1)[1] if p.split(" ", 1)[0] in ("the", "a") else p
                                       for p in phrases]
