"""Claims told in a relative clause on the group's noun phrase, in the present tense ("X claims it ..."), or further
on of the incident's own attack. Made-up sentences."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents
from tests.unit.extracting import PUB, perpetrator

RAID = "Gunmen attacked an army post near Djibo on Saturday, killing 12 soldiers. "
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"


@pytest.mark.parametrize("tail", [
    "The army stepped up its offensive against JNIM fighters, which have claimed responsibility for the attack.",
    "The army stepped up its offensive against JNIM [Group for the Support of Islam and Muslims] fighters, which "
    "have claimed responsibility for the attack.",
    "The army stepped up its offensive against JNIM, which has claimed responsibility for the attack.",
])
def test_relative_clause_on_the_group_is_its_claim(tail: str) -> None:
    perp = perpetrator(RAID + tail)
    assert (perp["group"], perp["claim"]) == (JNIM, "claimed")


def test_relative_clause_of_another_kind_is_no_claim() -> None:
    perp = perpetrator(RAID + "The army stepped up its offensive against JNIM fighters, who said the attack was "
                              "a provocation.")
    assert perp["claim"] != "claimed"


@pytest.mark.parametrize("tail", ["JNIM claims it killed the soldiers.", "JNIM claims to have killed the soldiers."])
def test_present_tense_claim(tail: str) -> None:
    perp = perpetrator(RAID + tail)
    assert (perp["group"], perp["claim"]) == (JNIM, "claimed")


def test_claims_the_lives_is_no_claim() -> None:
    assert perpetrator(RAID + "JNIM claims the lives of many soldiers every year.")["claim"] != "claimed"


BLAMED = RAID + "Police blamed JNIM. "


@pytest.mark.parametrize("tail", [
    "The minister said that this little-known organization that claimed responsibility for the attack has no "
    "foreign ties.",
    "The minister said that the group, which has claimed responsibility for the attack, has no foreign ties.",
])
def test_relative_clause_on_a_noun_referring_to_the_group_is_its_claim(tail: str) -> None:
    perp = perpetrator(BLAMED + tail)
    assert (perp["group"], perp["claim"]) == (JNIM, "claimed")


@pytest.mark.parametrize("tail", [
    "The minister said that the group, which has denied any role, has no foreign ties.",
    "The minister said that the rebel movement that has claimed many attacks in the past is not behind this one.",
])
def test_relative_clause_of_no_claim_of_this_attack(tail: str) -> None:
    assert perpetrator(BLAMED + tail)["claim"] != "claimed"


def test_an_actor_naming_the_thing_hit_is_no_claimant() -> None:
    incidents = extract_incidents("A bomb damaged a telephone office in Tegucigalpa on Tuesday. A leftist group, "
                                  "which claimed responsibility for an attack on a U.S. military convoy last week "
                                  "claimed responsibility for this attack.", PUB, "t1")
    assert incidents and all(i["perpetrator"]["group"] != "United States military" for i in incidents)


# a claim told more than CLAIM_REACH sentences after the incident, of "the kidnapping" (or "these actions")
CALM = ("The judge had presided over drug trials for ten years. His family appealed for calm. The city council met on "
        "Tuesday to discuss security. Shops closed early in the city centre. ")
KIDNAPPING = "Gunmen kidnapped a judge in Medellin on Monday. "
PUB_1989 = datetime.date(1989, 9, 26)


def test_a_far_claim_of_the_incidents_attack() -> None:
    first = extract_incidents(KIDNAPPING + CALM + "The Extraditables claimed credit for the kidnapping.", PUB_1989,
                              "t1")[0]["perpetrator"]
    assert (first["group"], first["claim"]) == ("Medellin Cartel", "claimed")


def test_a_far_claim_of_other_attacks_is_no_claim_of_this_one() -> None:
    first = extract_incidents(KIDNAPPING + CALM + "The Extraditables claimed credit for several bombings last year.",
                              PUB_1989, "t1")[0]["perpetrator"]
    assert first["claim"] != "claimed"
