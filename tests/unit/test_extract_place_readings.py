"""Place mentions that name no attacked place (INCIDENTS.md location: the place attacked), on sentences written
for these tests: the head of a longer name the gazetteer lacks, and where a statement was made."""
from __future__ import annotations

import datetime

from streams.extract import extract_incidents

PUB = datetime.date(2021, 6, 22)


def places(text: str) -> list[str | None]:
    return [(inc["location"] or {}).get("place") for inc in extract_incidents(text, PUB, "t")]


def test_a_known_name_opening_a_longer_one_is_not_that_place() -> None:
    text = "REBELS ATTACKED SAN MIGUEL DE MERCEDES, CHALATENANGO DEPARTMENT, ON SUNDAY, KILLING TWO SOLDIERS."
    assert places(text) == ["Chalatenango"]


def test_a_known_name_alone_is_still_read() -> None:
    text = "Rebels attacked a police post in San Juan, Puerto Rico, on Sunday, killing two officers."
    assert places(text) == ["San Juan"]


def test_the_place_a_statement_was_made_is_not_the_attacked_place() -> None:
    text = ("The police reported today in Lima that rebels attacked the town hall of Arequipa yesterday, "
            "killing two guards.")
    assert places(text) == ["Arequipa"]


def test_a_square_named_after_a_place_is_not_that_place() -> None:
    assert places("A bomb exploded in Bolivar Square on Sunday, killing two policemen.") == [None]


def test_a_street_named_after_a_city_tells_neither_the_place_nor_the_country() -> None:
    text = "Gunmen opened fire on a bus on Baghdad Street in Damascus on Sunday, killing two people."
    assert places(text) == ["Damascus"]


def test_where_a_victim_comes_from_is_not_the_attacked_place() -> None:
    text = "A 29-year-old woman from Cali was shot dead by gunmen at the polo club in Bogota on Sunday."
    assert places(text) == ["Bogotá"]
