"""A curly apostrophe (’) reads as the straight one: news sites set one, wire copy the other."""
import datetime

import orjson
import pytest

from streams.extract import extract_incidents

PUB = datetime.date(2025, 3, 9)


@pytest.mark.parametrize("text", [
    "Two soldiers were killed on Sunday near Tumaco, hit by FARC rebels' rifle fire.",
    "Gunmen shot dead the mayor's driver in Cali on Saturday; the ELN's Western Front claimed the attack.",
    "Kata'ib Hezbollah fired five rockets at a US base in Kharab al-Jir on Sunday, the group's statement said.",
])
def test_a_curly_apostrophe_changes_nothing_but_the_character(text: str) -> None:
    straight = extract_incidents(text, PUB, "a")
    curly = extract_incidents(text.replace("'", "\u2019"), PUB, "a")
    assert straight, text
    assert orjson.dumps(curly).decode().replace("\u2019", "'") == orjson.dumps(straight).decode()
