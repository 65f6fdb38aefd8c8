"""Where modern wire stories put an attack: possessive and modified provinces, datelines as a fallback.
Sentences written for these tests."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

SUNDAY = datetime.date(2025, 3, 9)


def location(text: str) -> dict:
    incidents = extract_incidents(text, SUNDAY, "w1")
    assert len(incidents) == 1, [i["evidence"]["attack_type"] for i in incidents]
    return incidents[0]["location"]


@pytest.mark.parametrize("text, place, country", [
    ("Gunmen killed five people in Pakistan's restive Balochistan province on Saturday, police said.",
     "Balochistan", "PK"),
    ("Drones attacked a fuel depot in Russia's Krasnodar region on Saturday, the governor said.",
     "Krasnodar", "RU"),
    ("BAGHDAD, March 8 (Reuters) - A car bomb exploded in the northern Iraqi city of Mosul on Saturday, "
     "killing two people.", "Mosul", "IQ"),
])
def test_place_after_a_possessive_or_demonym_is_locative(text: str, place: str, country: str) -> None:
    loc = location(text)
    assert (loc["place"], loc["country"]) == (place, country)


def test_dateline_city_yields_to_the_place_the_story_names() -> None:
    loc = location("MOSCOW, March 8 (Reuters) - Drones attacked a fuel depot in Russia's Krasnodar region "
                   "on Saturday, the governor said.")
    assert loc["place"] == "Krasnodar"


def test_dateline_city_kept_when_the_story_names_no_other_place() -> None:
    loc = location("KABUL, March 8 (Reuters) - A bomb exploded at a crowded market on Saturday, "
                   "killing six people, police said.")
    assert loc["place"] == "Kabul"


@pytest.mark.parametrize("text, place, country", [
    ("Russian shelling killed three civilians in Kostiantynivka on Saturday, the governor said.",
     "Kostyantynivka", "UA"),
    ("A glide bomb hit a school in Kupiansk on Saturday, wounding four people.", "Kupyansk", "UA"),
    ("An Israeli strike on a house in Deir al-Balah killed six people on Saturday.", "Deir al-Balah", "PS"),
    ("Gunmen ambushed a convoy in North Waziristan on Saturday, killing four soldiers.", "North Waziristan", "PK"),
    ("A man drove a truck into a crowd in New Orleans on Saturday, killing 14 people.", "New Orleans", "US"),
    ("Gunmen attacked a bus in Port Said on Saturday, killing four people.", "Port Said", "EG"),
    ("An Israeli strike killed five people in Khan Younis on Saturday, medics said.", "Khān Yūnis", "PS"),
    ("Gunmen killed 12 police officers in Michoacan on Saturday.", "Michoacan", "MX"),
    ("A Turkish drone strike killed three fighters in Mayadin on Saturday.", "Al Mayādīn", "SY"),
    ("Militants attacked an army base in Lower Shabelle on Saturday, killing nine soldiers.", "Lower Shabelle", "SO"),
])
def test_modern_spellings_of_conflict_places(text: str, place: str, country: str) -> None:
    loc = location(text)
    assert (loc["place"], loc["country"]) == (place, country)


def test_town_the_gazetteer_lacks_after_a_demonym() -> None:
    loc = location("A drone strike on a car in the southern Lebanese town of Kfar Zibad killed two people on "
                   "Saturday, security sources said.")
    assert (loc["place"], loc["country"]) == ("Kfar Zibad", "LB")


def test_a_name_with_other_syllables_is_still_a_foreign_alias() -> None:
    incidents = extract_incidents("Rebels kidnapped a rancher near Napoles in Colombia on Saturday, the army said.",
                                  SUNDAY, "w2")
    assert all((i["location"] or {}).get("country") != "IT" for i in incidents)
