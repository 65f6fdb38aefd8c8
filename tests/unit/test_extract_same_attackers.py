"""One incident's attackers named twice are kept once (consistency.one_name_per_entity): phrases that differ only by
a vague count, a bare insurgent noun beside a group's members, a bare killer noun beside unidentified people."""
from __future__ import annotations

from streams.extract.consistency import one_name_per_entity


def _kept(*incidents: tuple[str, ...]) -> list[list[str]]:
    incs = [{"perpetrator_individuals": [{"text": t, "start": 10 * i, "end": 10 * i + len(t)}
                                         for i, t in enumerate(texts)],
             "weapons": [], "targets": [], "victims": []} for texts in incidents]
    one_name_per_entity(incs)
    return [[x["text"] for x in inc["perpetrator_individuals"]] for inc in incs]


def _kept_one(*texts: str) -> list[str]:
    return _kept(texts)[0]


# phrases that differ only by a vague count

def test_a_stated_number_is_kept_over_a_vague_count() -> None:
    assert _kept_one("several masked youths", "at least four masked youths") == ["at least four masked youths"]


def test_a_body_is_kept_over_a_vague_count() -> None:
    assert _kept_one("some hooded riders", "a band of hooded riders") == ["a band of hooded riders"]


def test_among_vague_counts_the_first_is_kept() -> None:
    assert _kept_one("several masked youths", "masked youths") == ["several masked youths"]


def test_other_words_are_other_people() -> None:
    assert _kept_one("several masked youths", "armed youths") == ["several masked youths", "armed youths"]


def test_two_spellings_of_one_noun_are_one_name() -> None:
    assert _kept_one("urban guerillas", "urban guerrillas") == ["urban guerillas"]


# a bare insurgent noun beside a group's members

def test_a_bare_insurgent_noun_beside_members_is_dropped() -> None:
    assert _kept(("Red Dawn members", "rebels")) == [["Red Dawn members"]]
    assert _kept(("terrorists", "members of the Red Dawn front")) == [["members of the Red Dawn front"]]


def test_another_incidents_insurgents_stay() -> None:
    assert _kept(("Red Dawn members",), ("rebels",)) == [["Red Dawn members"], ["rebels"]]


def test_other_attacker_nouns_stay() -> None:
    assert _kept(("Red Dawn members", "gunmen")) == [["Red Dawn members", "gunmen"]]


# a bare killer noun beside unidentified people

def test_a_killer_noun_beside_unidentified_people_is_dropped() -> None:
    assert _kept(("unidentified persons", "hitmen")) == [["unidentified persons"]]
    assert _kept(("kidnappers", "two unknown men")) == [["two unknown men"]]


def test_another_incidents_killers_stay() -> None:
    assert _kept(("unidentified persons",), ("hitmen",)) == [["unidentified persons"], ["hitmen"]]


def test_labels_of_a_side_stay() -> None:
    assert _kept(("unidentified persons", "terrorists")) == [["unidentified persons", "terrorists"]]
