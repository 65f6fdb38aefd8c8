from __future__ import annotations

from streams import schemas
from streams.revisions import emitted, retraction, superseded


def test_dropped_incidents_are_retracted_under_their_old_key() -> None:
    previous = {"i1": "SO", "i2": "SO", "i3": "KE"}
    current = {"i1": "SO", "i3": "SO", "i4": "SO"}
    assert superseded(previous, current) == [("i2", "SO", "article_revised"), ("i3", "KE", "moved")]


def test_a_first_version_or_an_unchanged_one_retracts_nothing() -> None:
    assert superseded({}, {"i1": "SO"}) == []
    assert superseded({"i1": "SO"}, {"i1": "SO"}) == []


def test_retraction_messages_match_their_schema() -> None:
    message = retraction("i2", "a1", "article_revised", "2024-03-06")
    assert schemas.errors_by_tag(message) == []
    assert schemas.errors_by_tag(dict(message, reason="because")) != []
    assert emitted([{"incident_id": "x"}, {"incident_id": "y"}], ["SO", "ZZ"]) == {"x": "SO", "y": "ZZ"}
