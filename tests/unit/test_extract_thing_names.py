"""One thing, one name across an article: a shorter name of a target named more fully is that target again."""
from __future__ import annotations

import pytest

from streams.extract.consistency import one_name_per_entity


def _targets_kept(*texts: str) -> list[str]:
    targets = [{"text": t, "start": 10 * n, "end": 10 * n + len(t)} for n, t in enumerate(texts)]
    incidents = [{"targets": targets, "weapons": [], "perpetrator_individuals": [], "victims": []}]
    one_name_per_entity(incidents)
    return [t["text"] for t in incidents[0]["targets"]]


@pytest.mark.parametrize("texts, kept", [
    (("the Harlow oil pipeline", "the oil pipeline"), ["the Harlow oil pipeline"]),
    (("the embassy", "the headquarters of the Ruritanian embassy"), ["the headquarters of the Ruritanian embassy"]),
    (("the FTU", "the FTU headquarters"), ["the FTU headquarters"]),  # the building hit, not the union
    (("the FTU headquarters", "the FTU"), ["the FTU headquarters"]),
])
def test_a_shorter_name_of_a_target_is_dropped(texts: tuple[str, ...], kept: list[str]) -> None:
    assert _targets_kept(*texts) == kept


@pytest.mark.parametrize("texts", [
    ("stores", "other stores"),  # other things
    ("water pipes", "windows and water pipes"),  # two things, one of them the pipes
    ("the bank", "the Harlow market"),  # another head
    ("the city bank", "the farmers bank"),  # two banks
])
def test_other_things_keep_their_names(texts: tuple[str, ...]) -> None:
    assert _targets_kept(*texts) == list(texts)
