"""Attackers told as people of a named organisation name that organisation as the attacker. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import only_incident, perpetrator


def test_members_of_the_armed_forces_name_the_state_forces() -> None:
    perp = perpetrator("The court said on Friday that members of the Salvadoran army were involved in the murder of "
                       "the mayor of Usulutan.")
    assert (perp["group"], perp["claim"]) == ("Salvadoran Armed Forces", "attributed")


def test_nationality_and_troops_name_that_states_forces() -> None:
    incident = only_incident("Honduran troops kidnapped four farmers near the border in Chalatenango on Tuesday.")
    assert [p["text"] for p in incident["perpetrator_individuals"]] == ["Honduran troops"]
    assert incident["perpetrator"]["group"] == "Honduran Armed Forces"
    assert "Honduran troops" in [m["text"] for m in incident["perpetrator"]["mentions"]]


def test_people_without_an_organisation_name_none() -> None:
    assert perpetrator("Armed men kidnapped four farmers near the border in Chalatenango on Tuesday.")["group"] is None
