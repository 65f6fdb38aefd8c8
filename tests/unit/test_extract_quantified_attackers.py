"""Attacker phrases that differ only by a vague count name the same people once."""
from __future__ import annotations

from streams.extract.consistency import one_name_per_entity


def _kept(*texts: str) -> list[str]:
    spans = [{"text": t, "start": 10 * i, "end": 10 * i + len(t)} for i, t in enumerate(texts)]
    incidents = [{"perpetrator_individuals": spans, "weapons": [], "targets": [], "victims": []}]
    one_name_per_entity(incidents)
    return [s["text"] for s in incidents[0]["perpetrator_individuals"]]


def test_a_stated_number_is_kept_over_a_vague_count() -> None:
    assert _kept("several masked youths", "at least four masked youths") == ["at least four masked youths"]


def test_a_body_is_kept_over_a_vague_count() -> None:
    assert _kept("some hooded riders", "a band of hooded riders") == ["a band of hooded riders"]


def test_among_vague_counts_the_first_is_kept() -> None:
    assert _kept("several masked youths", "masked youths") == ["several masked youths"]


def test_other_words_are_other_people() -> None:
    assert _kept("several masked youths", "armed youths") == ["several masked youths", "armed youths"]


def test_two_spellings_of_one_noun_are_one_name() -> None:
    assert _kept("urban guerillas", "urban guerrillas") == ["urban guerillas"]
