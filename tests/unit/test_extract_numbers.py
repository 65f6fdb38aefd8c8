"""Counts in words or digits, read as lower bounds."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents
from streams.extract.numbers import count_from_words


@pytest.mark.parametrize(("words", "count"), [
    (["at", "least", "five"], 5),
    (["nearly", "20"], 20),
    (["a", "dozen"], 12),
    (["twenty-five"], 25),
    (["twenty", "five"], 25),
    (["dozens"], 24),
    (["two", "dozen"], 24),
    (["nearly", "three", "dozen"], 36),
    (["half", "a", "dozen"], 6),
    (["1,200"], 1200),
    (["a"], 1),
    (["the"], None),
    ([], None),
])
def test_count(words: list[str], count: int | None) -> None:
    assert count_from_words(words) == count


@pytest.mark.parametrize(("text", "killed", "victim"), [
    ("Nearly two dozen people were killed in an attack on a village near Jos on Sunday.", 24, "two dozen people"),
    ("At least 30 people were killed when a bomb exploded at a market in Jos on Sunday.", 30, "30 people"),
    ("Gunmen killed upwards of 30 villagers near Jos on Sunday.", 30, "30 villagers"),
    ("A bomb killed close to 40 people at a market in Jos on Sunday.", 40, "40 people"),
    ("Gunmen killed in excess of 20 people near Jos on Sunday.", 20, "20 people"),
])
def test_counted_victims_read_the_whole_number_and_drop_the_qualifier(text: str, killed: int, victim: str) -> None:
    [inc] = extract_incidents(text, datetime.date(2024, 5, 6), "n1")
    assert (inc["killed"], [v["text"] for v in inc["victims"]]) == (killed, [victim])
