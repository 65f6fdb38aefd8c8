"""Victims named as the object of an attack noun set aside only for a loose reason (an aggregate cue that belongs to
another phrase, a plural title before the names) are kept in a sentence that tells the incident; attacks counted in
an aggregate, and attacks nouns set aside for firm reasons (trials), still name no victims. Made-up sentences."""
from __future__ import annotations

import datetime

from streams.extract import extract_incidents

FRIDAY = datetime.date(2024, 5, 10)


def victims(text: str) -> list[list[str]]:
    return [[v["text"] for v in inc["victims"]] for inc in extract_incidents(text, FRIDAY, "d1")]


def test_the_shooting_many_people_witnessed_names_its_victim() -> None:
    text = ("Gunmen shot dead a police officer and his son in Cali on Monday. Many people witnessed the shooting of "
            "40-year-old Carlos Mendoza, who was attacked as he left the church.")
    assert victims(text) == [["Carlos Mendoza"]]


def test_a_plural_title_before_the_names_keeps_both_names() -> None:
    text = ("STUDENTS HAVE REPUDIATED THE BRUTAL ASSASSINATION OF PRIESTS JUAN PEREZ AND LUIS GOMEZ, DIRECTOR AND "
            "TEACHER OF THE SAN JOSE SCHOOL, WHO WERE KILLED BY THE ARMY.")
    assert victims(text) == [["JUAN PEREZ", "LUIS GOMEZ"]]


def test_an_earlier_attack_counted_in_a_series_names_no_victim() -> None:
    text = ("Gunmen killed the mayor of Tula, Jorge Ramos, on Monday, the latest in a series of attacks that began "
            "with the murder of Luis Gomez in 2019.")
    assert victims(text) == [["Jorge Ramos"]]


def test_several_attacks_on_a_place_stay_set_aside() -> None:
    text = "A bomb exploded at a bank in Lima on Monday, and several attacks on police stations were reported."
    incs = extract_incidents(text, FRIDAY, "d1")
    assert [[t["text"] for t in inc["targets"]] for inc in incs] == [["bank"]]


def test_the_victim_of_a_murder_on_trial_is_not_this_incidents() -> None:
    text = "Gunmen killed a mayor in Lima on Monday. A judge charged three officers accused of the murder of Pedro Diaz."
    assert all("Pedro Diaz" not in names for names in victims(text))
