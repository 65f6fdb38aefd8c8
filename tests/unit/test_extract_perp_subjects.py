"""Attackers as people named as the subject or agent of an attack in less plain phrasing. Made-up sentences."""
from __future__ import annotations

import pytest

from streams.extract import extract_incidents
from tests.unit.extracting import PUB


def individuals(text: str) -> list[str]:
    incidents = extract_incidents(text, PUB, "ps")
    assert len(incidents) == 1
    return [p["text"] for p in incidents[0]["perpetrator_individuals"]]


def test_the_subject_of_a_tried_attack_is_the_attacker() -> None:
    assert individuals("An unidentified armed group tried to attack the residence of the mayor of Cali on Monday.") \
        == ["unidentified armed group"]


def test_a_gloss_between_the_subject_and_its_verb_is_skipped() -> None:
    text = "Police said that members of the Popular Liberation Army (EPL) kidnapped two engineers near Cali on Monday."
    assert individuals(text) == ["members of the Popular Liberation Army"]


@pytest.mark.parametrize("text, people", [
    ("Two farmers died on Monday in attacks by about 40 Shining Path members on villages near Ayacucho.",
     ["Shining Path members"]),
    ("Two farmers died on Monday in an attack by 40 Shining Path members on a village near Ayacucho.",
     ["40 Shining Path members"]),
])
def test_a_counted_group_name_ending_in_ing_is_no_verb(text: str, people: list[str]) -> None:
    assert individuals(text) == people


def test_a_tried_act_that_is_no_attack_names_no_attacker() -> None:
    assert individuals("Two farmers were killed near Cali on Monday. Students tried to visit the families.") == []


def test_the_subject_of_a_cleft_is_the_attacker() -> None:
    text = "The mayor of Cali was shot dead on Monday. Police said that soldiers were the ones who murdered the mayor."
    assert individuals(text) == ["soldiers"]


@pytest.mark.parametrize("text, people", [
    ("Juan Perez Gomez, who killed the mayor of Cali in an ambush on Monday, was arrested.", ["Juan Perez Gomez"]),
    ("Colonel Juan Perez killed two peasants near Cali on Monday.", ["Colonel Juan Perez"]),
])
def test_a_person_named_as_the_subject_of_an_attack_is_the_attacker(text: str, people: list[str]) -> None:
    assert individuals(text) == people


def test_a_person_named_as_the_subject_of_a_passive_is_no_attacker() -> None:
    assert individuals("Colonel Juan Perez was killed near Cali on Monday.") == []


_PRIESTS = "The six priests were murdered in San Salvador on 16 November. "


@pytest.mark.parametrize("text, people", [
    (_PRIESTS + "The minister said that Colonel Juan Perez and Lieutenant Luis Gomez were responsible for the murder.",
     ["Juan Perez", "Luis Gomez"]),
    (_PRIESTS + "Colonel Juan Perez, Lieutenant Luis Gomez and Sergeant Pedro Diaz have been charged with the murder"
     " of the priests.", ["Juan Perez", "Luis Gomez", "Pedro Diaz"]),
    (_PRIESTS.upper() + "THE COURT NAMED COLONEL RICARDO CASANOVA, REPLACING COLONEL JUAN PEREZ, ONE OF THE MEN"
     " INVOLVED IN THE ASSASSINATION OF THE PRIESTS.", ["JUAN PEREZ"]),
])
def test_people_named_before_a_charge_are_the_attackers(text: str, people: list[str]) -> None:
    assert individuals(text) == people


def test_people_charged_with_something_else_are_none() -> None:
    assert individuals(_PRIESTS + "Juan Perez and Luis Gomez have been charged with fraud.") == []


@pytest.mark.parametrize("text, people", [
    (_PRIESTS + "A judge ordered the arrest of Colonel Juan Perez and Lieutenant Luis Gomez for the murder of the"
     " priests.", ["Colonel Juan Perez", "Lieutenant Luis Gomez"]),
    (_PRIESTS + "The crime was committed by Colonel Juan Perez and Major Luis Gomez.",
     ["Colonel Juan Perez", "Major Luis Gomez"]),
])
def test_people_arrested_for_the_attack_are_the_attackers(text: str, people: list[str]) -> None:
    assert individuals(text) == people


def test_a_person_blamed_for_something_else_is_none() -> None:
    assert individuals(_PRIESTS + "The rebels blamed Colonel Juan Perez for the delay.") == []


_MAYOR = "THE MAYOR OF CALI WAS SHOT DEAD ON MONDAY. "


@pytest.mark.parametrize("text, people", [
    (_MAYOR + "POLICE SAID JUAN PEREZ GOMEZ, THE ASSASSIN HIRED TO PERPETRATE THE CRIME, WAS ARRESTED.",
     ["JUAN PEREZ GOMEZ", "ASSASSIN"]),
    (_MAYOR + "PEDRO DIAZ CONFESSED TO HAVING KILLED THE MAYOR.", ["PEDRO DIAZ"]),
    (_MAYOR + "TWO SOLDIERS CONFESSED TO THE MURDER.", ["TWO SOLDIERS"]),
])
def test_a_named_assassin_and_a_confessed_killer_are_the_attackers(text: str, people: list[str]) -> None:
    assert individuals(text) == people


@pytest.mark.parametrize("text", [
    _MAYOR + "PEDRO DIAZ ADMITTED THAT HE WAS LATE.",
    _MAYOR + "THE PEOPLE WHO TOOK PART IN THE ASSASSINATION OF LUIS GOMEZ HAVE CONFESSED TO THE CRIME.",
])
def test_no_attacker_is_named_by_an_unrelated_admission_or_the_victim(text: str) -> None:
    assert "LUIS GOMEZ" not in individuals(text) and "PEDRO DIAZ" not in individuals(text)


@pytest.mark.parametrize("text, people", [
    (_PRIESTS + "Among the detainees there are 16 suspects who are believed to have participated in the murder.",
     ["16 suspects"]),
    (_PRIESTS + "Two soldiers are believed to be responsible for the crime.", ["Two soldiers"]),
    (_PRIESTS + "A judge ordered the arrest of one colonel and eight other members of the army involved in the"
     " massacre.", ["one colonel", "eight other members of the army"]),
])
def test_people_held_responsible_with_a_hedge_or_a_participle_are_the_attackers(text: str, people: list[str]) -> None:
    assert individuals(text) == people


_PEASANTS = "THE SIX PEASANTS WERE MURDERED IN SAN MIGUEL ON 16 NOVEMBER. WITNESSES SAID "


@pytest.mark.parametrize("text, people", [
    (_PEASANTS + "SOLDIERS WEARING MASKS KILLED THE PEASANTS.", ["SOLDIERS WEARING MASKS"]),
    (_PEASANTS + "NATIONAL POLICE MEMBERS WHO WERE DRESSED IN CIVILIAN CLOTHES KILLED THE PEASANTS.",
     ["NATIONAL POLICE MEMBERS"]),
    (_PEASANTS + "TWO MEN, WHO WERE WEARING HOODS, KILLED THE PEASANTS.", ["TWO MEN"]),
    (_PEASANTS + "SOLDIERS, WHO ARRIVED AT DAWN, KILLED THE PEASANTS.", ["SOLDIERS"]),
])
def test_what_the_subject_wore_or_a_relative_clause_stands_before_the_verb(text: str, people: list[str]) -> None:
    assert individuals(text) == people


def test_people_before_an_aside_who_are_harmed_are_no_attackers() -> None:
    assert individuals(_PEASANTS + "THE PEASANTS, WHO WERE WEARING HOODS, KILLED NOBODY.") == []


@pytest.mark.parametrize("text, people", [
    ("On Monday the Nelson Mandela commandos of the ELN kidnapped two engineers in Cali.",
     ["Nelson Mandela commandos"]),
    ("A BOMB EXPLODED AT THE SAN MIGUEL CITY HALL ON 16 NOVEMBER. THE MODESTO RAMIREZ URBAN COMMANDOS OF THE FMLN"
     " CLAIMED RESPONSIBILITY FOR THE ATTACK.", ["MODESTO RAMIREZ URBAN COMMANDOS"]),
    ("On Monday guerrillas kidnapped two engineers in Cali.", ["guerrillas"]),
])
def test_a_unit_named_after_a_person_keeps_the_name(text: str, people: list[str]) -> None:
    assert individuals(text) == people


@pytest.mark.parametrize("text, people", [
    ("Hundreds of insurgents attacked the town of Macomia on Friday, killing five soldiers.", ["insurgents"]),
    ("A suicide car bomber killed five soldiers at a checkpoint in Mogadishu on Friday.", ["suicide car bomber"]),
])
def test_a_counted_collective_and_a_vehicle_word_keep_the_attacker(text: str, people: list[str]) -> None:
    assert individuals(text) == people


@pytest.mark.parametrize("text, people", [
    (_PEASANTS.split(" WITNESSES")[0] + " THE PEASANTS WERE MASSACRED BY TROOPS COMMANDED BY COLONEL JUAN PEREZ.",
     ["TROOPS", "COLONEL JUAN PEREZ"]),
    (_PEASANTS.split(" WITNESSES")[0] + " A DEATH SQUAD HEADED BY COLONEL JUAN PEREZ KILLED THE PEASANTS.",
     ["DEATH SQUAD", "COLONEL JUAN PEREZ"]),
])
def test_the_commander_named_after_the_attackers_is_one(text: str, people: list[str]) -> None:
    assert individuals(text) == people


_BOMB = "A BOMB EXPLODED AT THE SAN MIGUEL CITY HALL ON 16 NOVEMBER. "


@pytest.mark.parametrize("text, people", [
    (_BOMB + "ACCORDING TO WITNESSES, FOUR YOUNG PEOPLE WEARING SCHOOL UNIFORMS WERE SEEN AT THE SCENE A FEW MINUTES"
     " BEFORE THE EXPLOSION.", ["FOUR YOUNG PEOPLE WEARING SCHOOL UNIFORMS"]),
    (_BOMB + "A WITNESS SAW TWO PEOPLE WHO FLED AFTER THE EXPLOSION.", ["TWO PEOPLE"]),
    (_BOMB + "TWO MEN WERE SEEN FLEEING AFTER THE EXPLOSION.", ["TWO MEN"]),
])
def test_people_seen_at_the_scene_or_fleeing_are_the_suspects(text: str, people: list[str]) -> None:
    assert individuals(text) == people


def test_people_seen_elsewhere_are_none() -> None:
    assert individuals(_BOMB + "TWO PEOPLE WERE SEEN IN THE PARK THE DAY BEFORE THE EXPLOSION.") == []


_BUS = "A BOMB EXPLODED ON A BUS IN SAN SALVADOR ON 9 DECEMBER. "


@pytest.mark.parametrize("text, people", [
    (_BUS + "POLICEMEN ARRESTED A WOMAN NAMED ANA MARIA LOPEZ, WHO WAS FLEEING AFTER HAVING PLACED THE BOMB.",
     ["ANA MARIA LOPEZ"]),
    (_BUS + "TWO YOUTHS WERE CAPTURED BY THE POLICE AFTER THEY PLACED THE BOMB.", ["TWO YOUTHS"]),
])
def test_people_held_right_after_the_act_did_it(text: str, people: list[str]) -> None:
    assert individuals(text) == people


def test_people_held_after_something_else_are_none() -> None:
    assert individuals(_BUS + "TWO YOUTHS WERE CAPTURED BY THE POLICE AFTER THEY LEFT A BAR.") == []


@pytest.mark.parametrize("verb", ["BLAMED SOLDIERS OF THE ATLACATL BATTALION FOR",
                                  "HELD SOLDIERS OF THE ATLACATL BATTALION RESPONSIBLE FOR"])
def test_people_blamed_or_held_responsible_are_named_without_the_verb(verb: str) -> None:
    text = "THE SIX PEASANTS WERE MURDERED IN SAN MIGUEL ON 16 NOVEMBER. THE CHURCH " + verb + " THE MASSACRE."
    assert individuals(text) == ["SOLDIERS OF THE ATLACATL BATTALION"]
