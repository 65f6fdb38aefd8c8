"""A state's military unit named as the attacker is the attackers' organisation. Made-up sentences."""
from __future__ import annotations

import datetime

from tests.unit.extracting import only_incident

PUB = datetime.date(1990, 3, 9)


def test_unit_as_the_agent_of_the_deed() -> None:
    incident = only_incident("The murder of three peasants in Sonsonate on Monday was carried out by the 4th "
                             "Military Detachment, witnesses said.", PUB)
    perp = incident["perpetrator"]
    assert (perp["group"], perp["kind"]) == ("4th Military Detachment", "state")
    assert [m["text"] for m in perp["mentions"]] == ["4th Military Detachment"]


def test_attackers_as_the_units_men() -> None:
    incident = only_incident("Soldiers of the Belloso Battalion murdered three peasants in Sonsonate on Monday.", PUB)
    assert incident["perpetrator"]["group"] == "Belloso Battalion"


def test_an_elite_battalion_names_no_unit() -> None:
    incident = only_incident("The murder of three peasants in Sonsonate on Monday was carried out by the elite "
                             "battalion, witnesses said.", PUB)
    assert incident["perpetrator"]["group"] != "elite battalion"


def test_unit_as_the_subject_of_the_attack_verb() -> None:
    incident = only_incident("Witnesses said the Atonal Battalion massacred ten peasants in Sonsonate on Monday.", PUB)
    assert incident["perpetrator"]["group"] == "Atonal Battalion"


def test_units_men_carried_out_the_attack() -> None:
    incident = only_incident("Witnesses said troops of the Atonal Battalion carried out the massacre of ten peasants "
                             "in Sonsonate on Monday.", PUB)
    assert incident["perpetrator"]["group"] == "Atonal Battalion"
