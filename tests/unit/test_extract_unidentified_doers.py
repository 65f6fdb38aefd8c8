"""Beside unidentified people among one incident's attackers, a bare killer noun describes those same people."""
from __future__ import annotations

from streams.extract.consistency import one_name_per_entity


def _kept(*incidents: tuple[str, ...]) -> list[list[str]]:
    incs = [{"perpetrator_individuals": [{"text": t, "start": 10 * i, "end": 10 * i + len(t)}
                                         for i, t in enumerate(texts)],
             "weapons": [], "targets": [], "victims": []} for texts in incidents]
    one_name_per_entity(incs)
    return [[x["text"] for x in inc["perpetrator_individuals"]] for inc in incs]


def test_a_killer_noun_beside_unidentified_people_is_dropped() -> None:
    assert _kept(("unidentified persons", "hitmen")) == [["unidentified persons"]]
    assert _kept(("kidnappers", "two unknown men")) == [["two unknown men"]]


def test_another_incidents_killers_stay() -> None:
    assert _kept(("unidentified persons",), ("hitmen",)) == [["unidentified persons"], ["hitmen"]]


def test_labels_of_a_side_stay() -> None:
    assert _kept(("unidentified persons", "terrorists")) == [["unidentified persons", "terrorists"]]
