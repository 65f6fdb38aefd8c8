"""Detection: what is not an attack (combat, accidents, tolls, fallen fighters, history), on made-up sentences."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

FRIDAY = datetime.date(2024, 5, 10)


def incidents(text: str, pub: datetime.date = FRIDAY) -> list[dict]:
    return extract_incidents(text, pub, "d1")


@pytest.mark.parametrize("text", [
    "Rebel units attacked enemy positions near Kandahar on Thursday.",
    "The rebels said they inflicted heavy casualties on the army near Kandahar on Thursday.",
    "Troops repelled an attack on their outpost near Kandahar on Thursday.",
])
def test_war_reports_are_combat(text: str) -> None:
    assert incidents(text) == []


def test_an_accident_is_no_attack() -> None:
    assert incidents("Twelve passengers were killed on Thursday when their bus crashed near Quetta.") == []


def test_a_bomb_on_a_bus_is_still_an_attack() -> None:
    [inc] = incidents("A bomb exploded on a bus near Quetta on Thursday, killing twelve passengers.")
    assert inc["attack_type"] == "bombing"


def test_a_running_toll_is_no_attack() -> None:
    assert incidents("About 2,000 villagers have been killed in the province, a rights group said on Thursday.") == []


def test_a_small_count_in_the_perfect_is_still_an_attack() -> None:
    assert len(incidents("Two villagers have been killed in a bomb attack in Quetta on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "Two rebels were killed on Thursday in the hills near Kandahar.",
    "Troops killed 14 militants near Kandahar on Thursday.",
])
def test_fallen_fighters_are_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_an_attack_on_a_rebel_leader_is_an_attack() -> None:
    assert len(incidents("Gunmen killed a rebel leader in Kandahar on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "The minister recalled the assassination of the justice minister in Bogota in 1984.",
    "In 1984 gunmen assassinated the justice minister in Bogota.",
])
def test_history_is_not_reported(text: str) -> None:
    assert incidents(text) == []


def test_a_recent_background_attack_is_kept() -> None:
    [inc] = incidents("In January, a drone attack killed three soldiers in Jordan.")
    assert inc["occurred_on"].startswith("2024-01")
