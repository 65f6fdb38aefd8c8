"""Where one incident's attackers are a group's members, a bare insurgent noun refers back to them."""
from __future__ import annotations

from streams.extract.consistency import one_name_per_entity


def _kept(*incidents: tuple[str, ...]) -> list[list[str]]:
    incs = [{"perpetrator_individuals": [{"text": t, "start": 10 * i, "end": 10 * i + len(t)}
                                         for i, t in enumerate(texts)],
             "weapons": [], "targets": [], "victims": []} for texts in incidents]
    one_name_per_entity(incs)
    return [[x["text"] for x in inc["perpetrator_individuals"]] for inc in incs]


def test_a_bare_insurgent_noun_beside_members_is_dropped() -> None:
    assert _kept(("Red Dawn members", "rebels")) == [["Red Dawn members"]]
    assert _kept(("terrorists", "members of the Red Dawn front")) == [["members of the Red Dawn front"]]


def test_another_incidents_insurgents_stay() -> None:
    assert _kept(("Red Dawn members",), ("rebels",)) == [["Red Dawn members"], ["rebels"]]


def test_other_attacker_nouns_stay() -> None:
    assert _kept(("Red Dawn members", "gunmen")) == [["Red Dawn members", "gunmen"]]
