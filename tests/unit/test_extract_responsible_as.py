"""A group named "as responsible" is blamed; a deed told in a condition ("if it had been carried out by X") blames
no one. Made-up sentences."""
from __future__ import annotations

import datetime

from tests.unit.extracting import only_incident

PUB = datetime.date(1990, 3, 9)


def test_named_as_having_been_responsible() -> None:
    incident = only_incident("Three peasants were murdered in Sonsonate, El Salvador, on Monday. The bishop did not "
                             "rule out the army as having been responsible for the murder.", PUB)
    assert (incident["perpetrator"]["group"], incident["perpetrator"]["claim"]) == ("Salvadoran Armed Forces",
                                                                                  "attributed")


def test_a_condition_blames_no_one() -> None:
    incident = only_incident("Three peasants were murdered in Sonsonate, El Salvador, on Monday, but the police did "
                             "not react as they would have if the murder had been carried out by the FMLN.", PUB)
    assert incident["perpetrator"]["group"] != "Farabundo Marti National Liberation Front"
