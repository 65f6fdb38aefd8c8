"""A sentence that names the casualties through a relative clause ("the students who disappeared this week are X,
Y and Z") is read for the incident's victims, as "those who were kidnapped are" is. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import only_incident


def test_the_students_who_disappeared_are_named_later() -> None:
    text = ("Gunmen kidnapped five students in Cucuta on Tuesday. The army denied any part in it. The police said "
            "the search went on through the night. The five students who disappeared this week are Juan Perez "
            "Ortega, Ana Gomez Ruiz and Pedro Ortiz Lara.")
    victims = [v["text"] for v in only_incident(text)["victims"]]
    assert {"Juan Perez Ortega", "Ana Gomez Ruiz", "Pedro Ortiz Lara"} <= set(victims)
