"""One thing, one name across an article: a shorter name of a target named more fully is that target again."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents
from streams.extract.consistency import appositive_things, shorter_names_of_things
from streams.extract.document import analyse


def _targets_kept(*phrases: str) -> list[str]:
    """The targets kept of an article that names ``phrases`` (each "determiner thing") one sentence each."""
    text = " ".join(f"Rebels attacked {p}." for p in phrases)
    targets = []
    for p in phrases:
        thing = p.split(" ", 1)[1] if p.split(" ", 1)[0] in ("the", "a", "an") else p
        start = text.index(f"attacked {p}.") + len("attacked ") + len(p) - len(thing)
        targets.append({"text": thing, "start": start, "end": start + len(thing)})
    incidents = [{"targets": targets}]
    shorter_names_of_things(analyse(text, datetime.date(2025, 3, 9)), incidents)
    return [t["text"] for t in incidents[0]["targets"]]


@pytest.mark.parametrize("phrases, kept", [
    (("the Harlow oil pipeline", "the oil pipeline"), ["Harlow oil pipeline"]),
    (("the embassy", "the headquarters of the Ruritanian embassy"), ["headquarters of the Ruritanian embassy"]),
    (("the FTU", "the FTU headquarters"), ["FTU headquarters"]),  # the building hit, not the union
    (("the FTU headquarters", "the FTU"), ["FTU headquarters"]),
    (("the home of the mayor", "the house"), ["home of the mayor"]),  # one dwelling, two words for it
    (("the Harlow bank branch", "the bank"), ["Harlow bank branch"]),  # the bank hit is its branch
])
def test_a_shorter_name_of_a_target_is_dropped(phrases: tuple[str, ...], kept: list[str]) -> None:
    assert _targets_kept(*phrases) == kept


@pytest.mark.parametrize("phrases", [
    ("stores", "other stores"),  # other things
    ("water pipes", "windows and water pipes"),  # two things, one of them the pipes
    ("the bank", "the Harlow market"),  # another head
    ("the city bank", "the farmers bank"),  # two banks
    ("the home of the mayor", "a house"),  # a new one
])
def test_other_things_keep_their_names(phrases: tuple[str, ...]) -> None:
    assert _targets_kept(*phrases) == [p.split(" ", 1)[1] if p.split(" ", 1)[0] in ("the", "a") else p
                                       for p in phrases]


def _apposed_kept(text: str, things: list[str]) -> list[str]:
    targets = [{"text": t, "start": text.index(t), "end": text.index(t) + len(t)} for t in things]
    incidents = [{"targets": targets}]
    appositive_things(analyse(text, datetime.date(2025, 3, 9)), incidents)
    return [t["text"] for t in incidents[0]["targets"]]


def test_a_target_set_off_by_a_comma_after_another_names_it_again() -> None:
    text = "Rebels blew up the Harlow pipeline, the country's main oil pipeline, for the third time this year."
    assert _apposed_kept(text, ["Harlow pipeline", "country's main oil pipeline"]) == ["Harlow pipeline"]


def test_a_list_of_targets_keeps_every_item() -> None:
    text = "Rebels burned the town hall, the post office, and two buses."
    things = ["town hall", "post office", "two buses"]
    assert _apposed_kept(text, things) == things


def test_equipment_damaged_inside_a_place_is_no_target() -> None:
    text = "A bomb exploded at the town hall in Harlow on Sunday, destroying office equipment and furniture."
    [incident] = extract_incidents(text, datetime.date(2025, 3, 9), "t1")
    assert [t["text"] for t in incident["targets"]] == ["town hall"]


def test_the_word_targets_names_no_thing() -> None:
    text = "Rebels attacked several targets in Harlow on Sunday, officials said."
    assert [t["text"] for i in extract_incidents(text, datetime.date(2025, 3, 9), "t1") for t in i["targets"]] == []


@pytest.mark.parametrize("text, kept", [
    ("Rebels bombed the offices of the Harlow Gazette on Sunday. The blast did heavy damage to this office.",
     ["offices of the Harlow Gazette"]),
    ("Rebels set fire to the town hall in Harlow on Sunday. Police said that the library was burned too.",
     ["town hall", "library"]),  # "said that the library": a clause, no pointer
])
def test_a_noun_after_a_demonstrative_points_back(text: str, kept: list[str]) -> None:
    assert [t["text"] for i in extract_incidents(text, datetime.date(2025, 3, 9), "t1") for t in i["targets"]] == kept


def test_a_counted_set_is_no_shorter_name_of_one_of_its_members() -> None:
    text = "Ten homes were damaged, including the homes of the Harlow mayor."
    things = ["homes", "homes of the Harlow mayor"]
    targets = [{"text": t, "start": s, "end": s + len(t)} for t, s in zip(things, (4, text.index(things[1])))]
    incidents = [{"targets": targets}]
    shorter_names_of_things(analyse(text, datetime.date(2025, 3, 9)), incidents)
    assert [t["text"] for t in incidents[0]["targets"]] == things
