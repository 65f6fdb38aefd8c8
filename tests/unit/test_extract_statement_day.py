"""occurred_on is the attack's day, not the day a statement about it was made (INCIDENTS.md: never the
publication date when the text gives another), on sentences written for these tests."""
from __future__ import annotations

import datetime

from streams.extract import extract_incidents
from streams.extract.document import analyse
from streams.extract.drafts import _speech_date

PUB = datetime.date(2021, 6, 22)


def days(text: str) -> list[str]:
    return [inc["occurred_on"] for inc in extract_incidents(text, PUB, "t")]


def test_a_day_told_after_the_statement_day_dates_the_attack() -> None:
    text = ("VENTANA, 22 JUN 21 -- The police reported today that the nurse Ana Ruiz, who was shot by gunmen in "
            "Ventana, is in serious condition. She was wounded along with two other nurses on 21 June, the "
            "police said.")
    assert "2021-06-21" in days(text)


def test_a_possessive_day_after_a_claim_is_not_the_claims() -> None:
    text = "The Red Hand has claimed responsibility for Sunday's bomb attack against the home of a judge."
    doc = analyse(text, PUB)
    assert [_speech_date(doc, d) for d in doc.dates_in(0, len(text))] == [False]


def test_a_day_closing_an_aside_before_said_is_not_the_statements() -> None:
    text = "A doctor who treated the nurse after she was wounded on 21 June, said she will recover."
    doc = analyse(text, PUB)
    assert [_speech_date(doc, d) for d in doc.dates_in(0, len(text))] == [False]


def test_a_statement_day_with_no_other_day_stays() -> None:
    text = "VENTANA, 22 JUN 21 -- The police said today that gunmen shot dead the judge Pablo Ruiz in Ventana."
    assert days(text) == ["2021-06-22"]


def test_a_day_set_before_another_event_does_not_date_the_attack() -> None:
    text = ("VENTANA, 22 JUN 21 -- Rebels bombed the power station in Ventana to protest the recent 15 June "
            "summit.")
    assert days(text) == ["2021-06-22"]


def test_a_day_set_before_an_attack_word_dates_it() -> None:
    text = "The minister condemned the 20 June bombing of the power station in Ventana, which killed two guards."
    assert "2021-06-20" in days(text)
