"""State forces as the attackers: named by their craft or men, written as the organisation. Made-up sentences."""
from __future__ import annotations

import datetime

from streams.extract.actors import claim_words
from streams.extract.document import analyse
from tests.unit.extracting import perpetrator


def _mentions(perp: dict) -> list[str]:
    return [m["text"] for m in perp["mentions"]]


def test_craft_of_the_army_name_the_army() -> None:
    perp = perpetrator("Six houses in Chalatenango were strafed by army helicopters on Tuesday.")
    assert perp["kind"] == "state"
    assert _mentions(perp) == ["army"]


def test_men_of_the_air_force_are_named_by_the_organisation() -> None:
    perp = perpetrator("Salvadoran air force helicopters strafed a village in Chalatenango on Tuesday, killing two.")
    assert perp["group"] == "Salvadoran Armed Forces"
    # the organisation, then its words without the nationality (stateforces.with_bare_names)
    assert _mentions(perp) == ["Salvadoran air force", "air force"]


def test_a_nationality_with_troops_keeps_its_noun() -> None:
    perp = perpetrator("Honduran troops kidnapped four farmers near the border in Chalatenango on Tuesday.")
    assert "Honduran troops" in _mentions(perp)


def test_armed_forces_without_article_name_the_state_forces() -> None:
    perp = perpetrator("Witnesses said that armed forces members shot dead two teachers in Usulutan on Tuesday.")
    assert perp["kind"] == "state"
    assert "armed forces" in _mentions(perp)


def test_the_agent_of_a_report_is_not_the_kidnapper() -> None:
    perp = perpetrator("According to reports received by the police, the kidnapping of the mayor of Usulutan took "
                       "place on Monday.")
    assert perp["group"] is None


def test_a_forces_casualty_count_names_no_attacker() -> None:
    perp = perpetrator("The armed forces casualties include two soldiers killed by a mine near Usulutan on Monday.")
    assert perp["group"] is None


def test_the_forces_right_before_the_attack_noun_did_it() -> None:
    assert perpetrator("The police kidnapping of the mayor of Usulutan took place on Monday.")["kind"] == "state"


def test_forces_asked_about_an_attack_did_not_do_it() -> None:
    perp = perpetrator("What do the armed forces think about the eight bombs that were detonated in Usulutan "
                       "yesterday and killed six soldiers?")
    assert perp["group"] is None


def test_soldiers_who_were_either_killed_or_wounded_are_the_victims() -> None:
    perp = perpetrator("A guerrilla radio said that during the attack in Tejutla on Monday 13 army soldiers were "
                       "either killed or wounded.")
    assert perp["kind"] != "state"


def test_admitting_casualties_is_no_claim() -> None:
    text = "In a preliminary report, the army admitted to only three soldiers wounded."
    doc = analyse(text, datetime.date(2025, 3, 9))
    assert claim_words(doc, 0, len(text)) == []


def test_forces_bombing_insurgents_is_combat_with_no_attacker() -> None:
    perp = perpetrator("The air force bombed guerrilla positions near the town of Perquin on Monday, killing two "
                       "children.")
    assert perp["group"] is None


def test_forces_bombing_a_village_are_the_attackers() -> None:
    perp = perpetrator("The air force bombed the village of Perquin on Monday, killing two children.")
    assert perp["kind"] == "state"


def test_armed_forces_ending_an_unknown_groups_name_are_that_group() -> None:
    perp = perpetrator("The Morazanist Liberation Armed Forces claimed responsibility for the bombing of a bank in "
                       "Usulutan on Monday.")
    assert (perp["group"], perp["kind"], perp["claim"]) == ("Morazanist Liberation Armed Forces", "armed_group",
                                                            "claimed")


def test_a_state_strike_on_a_named_groups_positions_is_the_states() -> None:
    perp = perpetrator("Turkish drones struck PKK positions in northern Iraq on Monday.")
    assert perp["group"] == "Turkish Armed Forces"
