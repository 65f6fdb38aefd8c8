"""What the extractor tests share: one made-up article's single incident."""
from __future__ import annotations

import datetime

from streams.extract import extract_incidents

PUB = datetime.date(2025, 3, 9)  # a Sunday


def only_incident(text: str, pub: datetime.date = PUB) -> dict:
    """The one incident the text yields (fails when it yields none or several)."""
    incidents = extract_incidents(text, pub, "t1")
    assert len(incidents) == 1, [i["attack_type"] for i in incidents]
    return incidents[0]


def perpetrator(text: str) -> dict:
    return only_incident(text)["perpetrator"]
