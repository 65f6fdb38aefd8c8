"""Who was hit and how many, in modern wire phrasing: short sentences written for these tests."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

MONDAY = datetime.date(2025, 3, 10)


def one(text: str) -> dict:
    incidents = extract_incidents(text, MONDAY, "w1")
    assert len(incidents) == 1, [(i["attack_type"], i["evidence"]["attack_type"]) for i in incidents]
    return incidents[0]


@pytest.mark.parametrize("text, killed, wounded", [
    ("Two police officers were killed and three others wounded when militants attacked a police post "
     "in Bannu on Wednesday.", 2, 3),
    ("Five soldiers were killed and 12 more injured when a roadside bomb hit their truck in Mali on Sunday.", 5, 12),
])
def test_others_after_a_count_is_still_the_count(text: str, killed: int, wounded: int) -> None:
    inc = one(text)
    assert (inc["killed"], inc["wounded"]) == (killed, wounded)


@pytest.mark.parametrize("text", [
    "An Israeli strike killed two men in a car near Tyre on Tuesday.",
    "Israeli strikes killed two men in a car near Tyre on Tuesday.",
])
def test_a_states_strike_that_killed_is_an_airstrike(text: str) -> None:
    assert one(text)["attack_type"] == "airstrike"


def test_fighters_and_a_paramedic_killed_are_victims() -> None:
    inc = one("Israeli strikes across the south killed four Hezbollah fighters and a paramedic on Tuesday.")
    assert [v["text"] for v in inc["victims"]] == ["four Hezbollah fighters", "paramedic"]
    assert inc["killed"] == 5


def test_labour_strikes_are_no_attack() -> None:
    assert extract_incidents("Dock workers held strikes across France on Tuesday, halting ports.", MONDAY, "w2") == []


def test_a_weapon_that_hit_is_an_attack_by_its_owner() -> None:
    inc = one("A Russian drone hit a minibus near Sumy on Thursday, killing one passenger and injuring five.")
    assert inc["attack_type"] == "drone"
    assert inc["perpetrator"]["group"] == "Russian Armed Forces"
    assert (inc["killed"], inc["wounded"]) == (1, 5)


def test_hit_by_a_truck_is_no_attack() -> None:
    assert extract_incidents("His car was hit by a truck on the ring road on Sunday.", MONDAY, "w3") == []


def test_members_of_a_force_killed_are_victims_not_attackers() -> None:
    inc = one("A blast at a checkpoint near Hama killed three members of the Syrian security forces on Sunday.")
    assert inc["perpetrator"]["group"] is None
    assert [v["text"] for v in inc["victims"]] == ["three members of the Syrian security forces"]


def test_members_of_a_group_after_by_are_still_the_attackers() -> None:
    inc = one("The checkpoint was attacked by members of the Islamic State on Sunday, killing four guards.")
    assert inc["perpetrator"]["group"] == "Islamic State"


@pytest.mark.parametrize("text, target", [
    ("Militants fired two ballistic missiles at a bulk carrier in the Gulf of Aden on Wednesday.", "bulk carrier"),
    ("Militants attacked an oil tanker off Eritrea on Wednesday.", "oil tanker"),
    ("Pirates hijacked a fishing vessel near Eyl on Monday.", "fishing vessel"),
    ("A missile hit a shopping centre in Odesa on Saturday, killing six people.", "shopping centre"),
    ("A strike hit a tent in Khan Younis on Sunday, killing four people.", "tent"),
])
def test_ships_tents_and_ing_modifiers_are_targets(text: str, target: str) -> None:
    assert target in [t["text"] for t in one(text)["targets"]]


def test_a_school_housing_families_is_the_school() -> None:
    inc = one("An air strike hit a school housing displaced families in Deir al-Balah on Saturday.")
    assert [t["text"] for t in inc["targets"]] == ["school"]


BLAST = "A bomb killed nine people at a bus stop in Quetta on Friday. "


@pytest.mark.parametrize("sequel, victim", [
    ("Women and children were among the dead.", "children"),
    ("Three teachers were among those killed in the blast.", "Three teachers"),
    ("Two policemen were among the wounded.", "Two policemen"),
])
def test_people_among_the_dead_are_victims(sequel: str, victim: str) -> None:
    inc = one(BLAST + sequel)
    assert victim in [v["text"] for v in inc["victims"]]
    assert inc["killed"] == 9  # a part of the toll, not more dead


def test_those_attacks_are_still_an_aggregate() -> None:
    assert extract_incidents("Those attacks killed dozens of people last year.", MONDAY, "w4") == []


def test_a_second_verb_ends_the_list_of_the_dead() -> None:
    inc = one("Gunmen killed 40 villagers and took 30 hostages in a raid on Tunga on Monday.")
    assert inc["killed"] == 40
    assert "took 30 hostages" not in [v["text"] for v in inc["victims"]]


@pytest.mark.parametrize("text", [
    "The army said its strikes had killed hundreds of militants in the past month.",
    "More than 900 civilians have been killed in attacks by armed groups in Niger this year, a rights group said.",
])
def test_tallies_over_a_period_are_no_incident(text: str) -> None:
    assert extract_incidents(text, MONDAY, "w5") == []


def test_attacks_by_a_group_on_a_told_day_are_still_an_incident() -> None:
    inc = one("Five soldiers were killed in attacks by jihadists on two army posts in Mali on Sunday.")
    assert inc["killed"] == 5


@pytest.mark.parametrize("text", [
    "A court in Lyon on Monday sentenced three men to life in prison for the 2018 truck attack in Marseille.",
    "A court sentenced a man to death for the 2022 suicide bombing of a market in Quetta.",
])
def test_a_sentence_for_an_old_attack_is_a_trial(text: str) -> None:
    assert extract_incidents(text, MONDAY, "w6") == []


@pytest.mark.parametrize("text", [
    "A suicide attack on a convoy in northwest Pakistan killed five engineers on Tuesday.",
    "A bomb in the far north of Cameroon killed three soldiers on Monday.",
])
def test_a_country_after_in_and_a_region_word_is_no_attacker(text: str) -> None:
    assert one(text)["perpetrator"]["group"] is None


def test_drones_shot_down_leave_the_launch_an_attack() -> None:
    inc = one("Russian forces launched 70 drones at Ukraine overnight, the air force said, adding that 50 drones "
              "were shot down. No casualties were reported.")
    assert inc["attack_type"] == "drone"
    assert inc["perpetrator"]["group"] == "Russian Armed Forces"
    assert (inc["killed"], inc["wounded"]) == (0, 0)
    assert ("drones", 70) in [(w["text"], w["count"]) for w in inc["weapons"]]


def test_took_people_hostage_is_a_kidnapping_with_its_victims() -> None:
    inc = one("Militants took 12 miners hostage after storming a gold mine near Djibo on Friday.")
    assert inc["attack_type"] == "kidnapping"
    assert [v["text"] for v in inc["victims"]] == ["12 miners"]


def test_hostages_taken_beside_a_killing_are_victims_too() -> None:
    inc = one("Gunmen killed two guards and took 20 pupils hostage at a school in Kebbi on Monday.")
    assert [v["text"] for v in inc["victims"]] == ["two guards", "20 pupils"]
    assert inc["killed"] == 2


def test_talk_of_hostages_is_no_taking() -> None:
    assert extract_incidents("The talks took three days and focused on hostages.", MONDAY, "w7") == []


@pytest.mark.parametrize("text, killed", [
    ("A missile strike on Sumy early on Monday killed a family of four, officials said.", 4),
    ("Gunmen killed a group of 12 herders in Benue on Monday.", 12),
    ("Gunmen killed a total of 30 villagers in Zamfara on Monday.", 30),
])
def test_a_group_of_n_people_is_n_dead(text: str, killed: int) -> None:
    assert one(text)["killed"] == killed


def test_the_attack_answered_is_an_incident_of_its_own() -> None:
    text = ("Hezbollah said it fired a barrage of rockets at an Israeli army base on Tuesday in response to an "
            "Israeli strike that killed one of its commanders on Sunday.")
    incs = extract_incidents(text, MONDAY, "w8")
    assert [(i["attack_type"], i["perpetrator"]["group"], i["occurred_on"]) for i in incs] == [
        ("rocket", "Hezbollah", "2025-03-04"), ("airstrike", "Israel Defense Forces", "2025-03-09")]
    assert incs[1]["killed"] == 1 and [v["text"] for v in incs[1]["victims"]] == ["one of its commanders"]


def test_a_retaliation_names_the_earlier_attack_with_its_day() -> None:
    text = ("Israeli jets struck targets in Yemen on Sunday in retaliation for a Houthi missile attack on "
            "Haifa on Friday that wounded 16 people.")
    incs = extract_incidents(text, MONDAY, "w9")
    assert [(i["attack_type"], i["occurred_on"], i["wounded"]) for i in incs] == [
        ("airstrike", "2025-03-09", None), ("missile", "2025-03-07", 16)]


@pytest.mark.parametrize("text, killed, wounded, victims", [
    ("A bomb killed three soldiers and wounded two civilians in Gao on Monday.", 3, 2,
     ["three soldiers", "two civilians"]),
    ("Gunmen killed two farmers and abducted five women in Zamfara on Monday.", 2, None,
     ["two farmers", "five women"]),
])
def test_a_second_casualty_verb_is_no_more_dead(text: str, killed: int, wounded: int | None,
                                                victims: list[str]) -> None:
    inc = one(text)
    assert (inc["killed"], inc["wounded"]) == (killed, wounded)
    assert [v["text"] for v in inc["victims"]] == victims


@pytest.mark.parametrize("text, victim", [
    ("Troops killed nine Palestinians in a raid on a camp near Tubas on Wednesday.", "nine Palestinians"),
    ("Gunmen killed four Kenyans near Mandera on Monday.", "four Kenyans"),
])
def test_people_named_by_nationality_are_victims(text: str, victim: str) -> None:
    assert [v["text"] for v in one(text)["victims"]] == [victim]


def test_no_casualties_two_sentences_on_is_still_zero() -> None:
    inc = one("Israeli jets struck a depot near Homs on Thursday. The army said its air defences intercepted most of the "
              "missiles. There were no casualties.")
    assert (inc["killed"], inc["wounded"]) == (0, 0)


def test_no_one_hurt_after_another_attack_is_that_attacks() -> None:
    incs = extract_incidents("A bomb exploded at a market in Gao on Monday, killing two. Separately, gunmen "
                             "attacked a checkpoint in Mopti. No one was hurt in that attack.", MONDAY, "w10")
    assert [(i["killed"], i["wounded"]) for i in incs] == [(2, None), (0, 0)]
