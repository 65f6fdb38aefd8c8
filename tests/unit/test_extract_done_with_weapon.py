"""A thing destroyed or a person wounded "with" a weapon tells an attack of its own, as "by" an agent does; a
thing "sabotaged" was attacked, one "set ablaze" burned.
Made-up sentences."""
from __future__ import annotations

from streams.extract import extract_incidents
from tests.unit.extracting import PUB


def _targets(text: str) -> list[str]:
    return [t["text"] for inc in extract_incidents(text, PUB, "t1") for t in inc["targets"]]


def test_a_bridge_destroyed_with_dynamite() -> None:
    text = "A railway bridge near Northtown was destroyed with dynamite on Monday."
    assert "railway bridge" in [t.lower() for t in _targets(text)]


def test_a_bridge_destroyed_by_a_flood_is_no_attack() -> None:
    text = "A railway bridge near Northtown has been destroyed with the floods of Monday."
    assert _targets(text) == []


def test_a_factory_sabotaged_is_attacked() -> None:
    text = "A steel factory in Northtown was sabotaged by rebels on Monday, leaving the town without power."
    assert "steel factory" in [t.lower() for t in _targets(text)]


def test_a_shack_set_ablaze_is_burned() -> None:
    incidents = extract_incidents("An old shack on a farm near Northtown was set ablaze by rebels on Monday.", PUB, "t1")
    assert [i["attack_type"] for i in incidents] == ["arson"]
    assert "old shack" in [t["text"].lower() for t in incidents[0]["targets"]]
