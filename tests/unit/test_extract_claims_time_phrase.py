"""A group saying that, on some day, its men attacked tells its own deed: a claim. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_said_that_on_a_day_its_fighters_attacked() -> None:
    perp = perpetrator("The ELN said that on Sunday its fighters attacked an army post near Arauca, killing two "
                       "soldiers.")
    assert perp["claim"] == "claimed"


def test_said_in_a_statement_that_early_on_a_day_its_fighters_attacked() -> None:
    perp = perpetrator("The ELN said in a statement that early on Sunday morning its fighters attacked an army post "
                       "near Arauca.")
    assert perp["claim"] == "claimed"


def test_a_time_phrase_then_another_subject_is_no_own_report() -> None:
    perp = perpetrator("The ELN said that on Sunday the army attacked its camp near Arauca, killing two farmers.")
    assert perp["claim"] != "claimed"
