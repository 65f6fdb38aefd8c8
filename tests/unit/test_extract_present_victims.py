"""A person named in a where-clause of the place a blast or attack hit was there: a victim, hurt or not. Made-up
sentences."""
from __future__ import annotations

from tests.unit.extracting import only_incident


def _victims(text: str) -> list[str]:
    return [v["text"] for v in only_incident(text)["victims"]]


def test_the_minister_sleeping_in_the_house_near_the_blast() -> None:
    victims = _victims("A car bomb exploded on Tuesday some 300 meters from the house in Cucuta where minister "
                       "Juan Perez Ortega and his family were sleeping.")
    assert "Juan Perez Ortega" in victims


def test_a_passenger_of_the_helicopter_attacked() -> None:
    victims = _victims("A soldier was killed near Cucuta on Tuesday in an attack on a helicopter in which senator "
                       "Mario Gomez Rueda was one of the passengers.")
    assert "Mario Gomez Rueda" in victims


def test_the_person_staying_close_to_where_a_bomb_went_off() -> None:
    victims = _victims("A car bomb exploded in Cucuta on Tuesday close to where former minister Pedro Ortiz Lara is "
                       "staying.")
    assert "Pedro Ortiz Lara" in victims


def test_a_man_arrested_where_the_bomb_went_off_is_no_victim() -> None:
    victims = _victims("A car bomb exploded on Tuesday in the district of Cucuta where Pedro Ortiz Lara was arrested "
                       "last year.")
    assert "Pedro Ortiz Lara" not in victims



def test_people_in_the_restaurant_when_the_bomb_exploded() -> None:
    victims = _victims("Police said senator Ana Gomez Ruiz was in a restaurant in Cucuta on Tuesday accompanied by "
                       "actor Pedro Ortiz Lara when a bomb exploded in the establishment.")
    assert {"Ana Gomez Ruiz", "Pedro Ortiz Lara"} <= set(victims)


def test_an_attack_only_planned_when_someone_was_there_hits_no_one() -> None:
    victims = _victims("A bomb exploded in Cucuta on Tuesday. Police said Pedro Ortiz Lara was in Lima when the "
                       "attack was planned.")
    assert "Pedro Ortiz Lara" not in victims
