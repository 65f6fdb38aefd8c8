"""schemas/ are valid JSON Schema, records mirror them, and examples of each pass or fail as they should."""

from __future__ import annotations

import orjson
import pytest

from streams import schemas
from streams.deadletter import dead_letter, original_bytes
from streams.records import RECORDS


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_record_fields_mirror_schema_properties(kind: str) -> None:
    schema = orjson.loads(schemas.schema_path(kind).read_bytes())
    assert set(RECORDS[kind]._options.fields) == set(schema["properties"])
    def nullable(prop: dict) -> bool:
        types = prop.get("type", [])
        return "null" in types or None in prop.get("enum", []) or "$ref" in prop

    must_give = {f for f in schema["required"]
                 if not nullable(schema["properties"][f]) and "const" not in schema["properties"][f]}
    defaults = set(RECORDS[kind]._options.defaults)
    assert not must_give & defaults, f"required fields with defaults in the record: {must_give & defaults}"


def test_dead_letter_is_valid_and_keeps_the_original_bytes() -> None:
    raw = b"\x00\xff not json"
    letter = dead_letter("not_json", "value is not JSON", topic="articles", partition=2, offset=17,
                         value=raw, key=b"k", timestamp_ms=1)
    assert schemas.errors("deadletter", letter) == []
    assert original_bytes(letter) == raw
    assert schemas.errors("deadletter", dict(letter, reason="because")) != []


def test_article_schema_rejects_a_missing_text_and_a_bad_date() -> None:
    assert schemas.errors("article", {"text": "x", "published_at": "2024-04-22"}) == []
    missing = schemas.errors("article", {"published_at": "2024-04-22"})
    assert any("'text' is a required property" in e for e in missing)
    assert schemas.errors("article", {"text": "x", "published_at": "22/04/2024"}) != []


def test_incident_schema_rejects_unknown_attack_types_and_bad_countries() -> None:
    incident = {
        "incident_id": "i1", "article_id": "a1", "role": "reported", "attack_type": "rocket",
        "occurred_on": "2024-04-21", "date_precision": "day",
        "perpetrator": {"group": None, "claim": "unknown", "mentions": []},
        "perpetrator_individuals": [], "weapons": [], "targets": [], "victims": [],
        "location": None, "launch_location": None, "killed": None, "wounded": None, "confidence": 0.5,
    }
    assert schemas.errors("incident", incident) == []
    assert schemas.errors("incident", dict(incident, attack_type="cyber")) != []
    located = dict(incident, location={"place": "X", "admin1": None, "country": "Syria"})
    assert any("location/country" in e for e in schemas.errors("incident", located))
