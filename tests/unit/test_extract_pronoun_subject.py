"""An attack told with "they" as its subject is the deed of the armed group named just before. Made-up."""
from __future__ import annotations

import datetime

from tests.unit.extracting import only_incident

PUB = datetime.date(1990, 3, 9)


def test_they_after_the_group_is_the_group() -> None:
    incident = only_incident("The FMLN rebels occupied Zacatecoluca on Monday, according to reports. When they "
                             "left the town on Tuesday, they murdered the mayor of Zacatecoluca.", PUB)
    assert incident["perpetrator"]["group"] == "Farabundo Marti National Liberation Front"


def test_no_pronoun_no_group() -> None:
    incident = only_incident("The FMLN rebels occupied Zacatecoluca on Monday, according to reports. The mayor of "
                             "Zacatecoluca was murdered on Tuesday.", PUB)
    assert incident["perpetrator"]["group"] is None
