"""The article's one armed group stands for attackers the telling leaves unnamed only when something points to it.
Made-up sentences."""
from __future__ import annotations

import pytest

from tests.unit.extracting import perpetrator

_FAR = ("The Shining Path has fought the government for decades. Its leaders were jailed long ago. "
        "The army patrols the valley at night. Farmers in the region grow coffee and cocoa. ")


def test_members_of_an_organisation_get_the_articles_group() -> None:
    perp = perpetrator(_FAR + "On Saturday the rebels shot dead a judge in Ayacucho, police said.")
    assert (perp["group"], perp["claim"]) == ("Shining Path", "suspected")


@pytest.mark.parametrize("noun", ["criminals", "murderers", "perpetrators"])
def test_attackers_named_by_their_guilt_get_no_group(noun: str) -> None:
    assert perpetrator(_FAR + f"On Saturday the {noun} shot dead a judge in Ayacucho, police said.")["group"] is None


def test_guilt_noun_with_the_group_named_close_by_still_counts() -> None:
    perp = perpetrator("The Shining Path is active near Ayacucho. On Saturday the criminals shot dead a judge in "
                       "Ayacucho, police said.")
    assert perp["group"] == "Shining Path"


@pytest.mark.parametrize("text", [
    "Juan Perez, presidential candidate for the Shining Path, was shot dead by gunmen in Lima on Friday.",
    "Gunmen shot dead Shining Path leader Juan Perez in Lima on Friday.",
])
def test_group_named_only_as_the_victims_organisation_is_no_suspect(text: str) -> None:
    assert perpetrator(text)["group"] is None


def test_group_named_as_itself_beside_the_attack_still_counts() -> None:
    perp = perpetrator("The Shining Path has stepped up its campaign near Lima. Gunmen shot dead a judge in Lima "
                       "on Friday.")
    assert perp["group"] == "Shining Path"
