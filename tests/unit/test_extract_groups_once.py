"""A described group of victims told twice in one incident is one group of people."""
from __future__ import annotations

from streams.extract.consistency import settle_victims


def _victim(text: str, start: int, count: int | None, effect: str = "killed", named: bool = False) -> dict:
    return {"text": text, "start": start, "end": start + len(text), "_named": named, "_count": count,
            "_effect": effect}


def _kept(*victims: dict) -> list[str]:
    incidents = [{"victims": list(victims)}]
    settle_victims(incidents)
    return [v["text"] for v in incidents[0]["victims"]]


def test_the_same_count_head_and_fate_told_again_is_one_group() -> None:
    assert _kept(_victim("two policemen", 0, 2), _victim("2 policemen", 50, 2)) == ["two policemen"]


def test_another_count_fate_or_head_is_another_group() -> None:
    assert _kept(_victim("two policemen", 0, 2), _victim("three policemen", 50, 3)) == ["two policemen",
                                                                                     "three policemen"]
    assert _kept(_victim("two policemen", 0, 2), _victim("two policemen", 50, 2, "wounded")) == [
        "two policemen", "two policemen"]
    assert _kept(_victim("two policemen", 0, 2), _victim("two soldiers", 50, 2)) == ["two policemen",
                                                                                   "two soldiers"]
