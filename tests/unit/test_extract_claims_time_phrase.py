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


def test_said_that_on_a_day_it_attacked_names_the_group() -> None:
    perp = perpetrator("The ELN said that on Sunday it attacked an army post in Arauca.")
    assert perp["group"] == "National Liberation Army (Colombia)"
    assert perp["claim"] == "claimed"


def test_claims_that_on_a_day_it_attacked() -> None:
    perp = perpetrator("The ELN claims that on Sunday it attacked the army's 5th Brigade in Arauca.")
    assert perp["claim"] == "claimed"


def test_said_that_on_a_day_the_rebels_attacked_is_no_deed_of_the_speaker() -> None:
    perp = perpetrator("The army said that on Sunday the rebels attacked an army post in Arauca.")
    assert perp["group"] != "Colombian Armed Forces"
