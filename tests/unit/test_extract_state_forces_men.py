"""Attackers told only as the state's men (soldiers, men in military uniform) name the state's forces. Made-up."""
from __future__ import annotations

import datetime

from tests.unit.extracting import only_incident

PUB = datetime.date(1990, 3, 9)


def test_soldiers_name_the_forces_the_article_names() -> None:
    incident = only_incident("Two soldiers shot dead a teacher in Usulutan, El Salvador, on Tuesday. The army has "
                             "promised an inquiry.", PUB)
    perp = incident["perpetrator"]
    assert (perp["group"], perp["claim"]) == ("Salvadoran Armed Forces", "suspected")
    assert "The army" in [m["text"] for m in perp["mentions"]]


def test_military_officers_are_named_by_their_organisation_word() -> None:
    incident = only_incident("Two military officers murdered a teacher in Usulutan, El Salvador, on Tuesday.", PUB)
    assert [m["text"] for m in incident["perpetrator"]["mentions"]] == ["military"]


def test_men_only_in_military_uniform_name_no_forces() -> None:
    incident = only_incident("A group of men wearing military uniforms murdered a teacher in Usulutan, El Salvador, "
                             "on Tuesday. The army has promised an inquiry.", PUB)
    assert incident["perpetrator"]["group"] is None


def test_an_armed_groups_own_troops_are_not_the_states() -> None:
    incident = only_incident("The rebels reported that their troops ambushed a bus in Usulutan, El Salvador, on "
                             "Tuesday. The army denied it.", PUB)
    assert incident["perpetrator"]["group"] != "Salvadoran Armed Forces"


def test_gunmen_name_no_forces() -> None:
    incident = only_incident("Gunmen shot dead a teacher in Usulutan, El Salvador, on Tuesday. The army has "
                             "promised an inquiry.", PUB)
    assert incident["perpetrator"]["group"] is None


def test_the_forces_are_also_named_without_the_nationality() -> None:
    incident = only_incident("Salvadoran army troops shot dead a teacher in Usulutan on Tuesday.", PUB)
    assert [m["text"] for m in incident["perpetrator"]["mentions"]] == ["Salvadoran army", "army"]


def test_an_armed_groups_name_is_kept_whole() -> None:
    incident = only_incident("Guerrillas of the Salvadoran Revolutionary Army shot dead a teacher in Usulutan on "
                             "Tuesday.", PUB)
    assert "Army" not in [m["text"] for m in incident["perpetrator"]["mentions"]]


def test_the_phrases_word_names_the_forces_beside_the_articles_names() -> None:
    incident = only_incident("Two military officers murdered a teacher in Usulutan, El Salvador, on Tuesday. The army "
                             "has promised an inquiry.", PUB)
    assert [m["text"] for m in incident["perpetrator"]["mentions"]] == ["The army", "military"]


def test_soldiers_beside_another_states_forces_name_neither() -> None:
    incident = only_incident("Soldiers shelled a school in Kharkiv, Ukraine, on Tuesday, killing two teachers. Russian "
                             "troops have been advancing near the city, the Ukrainian army said.")
    assert incident["perpetrator"]["group"] != "Ukrainian Armed Forces"
