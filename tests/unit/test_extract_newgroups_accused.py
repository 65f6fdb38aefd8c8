"""An organisation the dictionary lacks, accused of the attack or named as its agent, is the attacker. Made-up."""
from __future__ import annotations

import datetime

from tests.unit.extracting import only_incident

PUB = datetime.date(1990, 3, 9)


def test_accused_organisation_of_killing() -> None:
    incident = only_incident("The Workers Union accused the Honduran Intelligence Services of assassinating union "
                             "leader Mario Pena in Tegucigalpa on Monday.", PUB)
    assert incident["perpetrator"]["group"] == "Honduran Intelligence Services"
    assert incident["perpetrator"]["claim"] == "attributed"


def test_agent_of_the_deed() -> None:
    incident = only_incident("The bombing of the bridge in Tegucigalpa on Monday was carried out by the Lempira "
                             "Patriotic Commando, police said.", PUB)
    assert incident["perpetrator"]["group"] == "Lempira Patriotic Commando"


def test_accused_of_nothing_names_no_group() -> None:
    incident = only_incident("Gunmen assassinated union leader Mario Pena in Tegucigalpa on Monday. The Workers "
                             "Union accused the Honduran Intelligence Services.", PUB)
    assert incident["perpetrator"]["group"] is None
