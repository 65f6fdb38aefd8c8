"""Modern wire phrasing, one rule per test, on short sentences written for these tests."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

FRIDAY = datetime.date(2024, 5, 10)


def one(text: str, pub: datetime.date = FRIDAY) -> dict:
    incidents = extract_incidents(text, pub, "m1")
    assert len(incidents) == 1, [(i["attack_type"], i["evidence"]["attack_type"]) for i in incidents]
    return incidents[0]


BOMB = "A roadside bomb hit an army convoy near Quetta on Monday, killing two soldiers. "


@pytest.mark.parametrize("blame", [
    "Provincial officials blamed the bombing on the Balochistan Liberation Army.",
    "Provincial officials blamed the Balochistan Liberation Army for the bombing.",
])
def test_blame_is_attribution(blame: str) -> None:
    perp = one(BOMB + blame)["perpetrator"]
    assert (perp["group"], perp["claim"]) == ("Balochistan Liberation Army", "attributed")


RAID = "Gunmen stormed a police checkpoint near Mosul on Tuesday, killing four officers. "


@pytest.mark.parametrize("claim", [
    "The Islamic State appears to have claimed the assault in a post on its channels.",
    "The Islamic State appeared to claim the assault.",
])
def test_hedged_claim_is_still_a_claim(claim: str) -> None:
    perp = one(RAID + claim)["perpetrator"]
    assert (perp["group"], perp["claim"]) == ("Islamic State", "claimed")


MARKET = "A car bomb exploded at a market in Mogadishu on Wednesday, killing nine people. "


@pytest.mark.parametrize("sentence", [
    "No group claimed responsibility, but officials said the blast bore the hallmarks of al-Shabaab.",
    "Nobody has yet claimed the attack, which police said was the work of al-Shabaab.",
    "Al-Shabaab has not claimed the bombing.",
])
def test_negated_claim_is_not_a_claim(sentence: str) -> None:
    perp = one(MARKET + sentence)["perpetrator"]
    assert (perp["group"], perp["claim"]) == ("Al-Shabaab", "suspected")


def test_negated_claim_without_a_group_names_none() -> None:
    inc = one(MARKET + "No group has claimed responsibility for the blast.")
    assert inc["perpetrator"]["claim"] != "claimed"


def test_claim_of_a_named_group_still_counts() -> None:
    """The negation reads only the words right before the claim: "no" further back does not cancel it."""
    inc = one("A car bomb exploded at a market in Mogadishu on Wednesday. There were no casualties and "
              "al-Shabaab claimed responsibility for the blast.")
    assert (inc["perpetrator"]["group"], inc["perpetrator"]["claim"]) == ("Al-Shabaab", "claimed")


def test_launch_country_and_target_town() -> None:
    """"Lebanon" is the country (not the US town); the place attacked is after "at"."""
    inc = one("Two missiles were launched from southern Lebanon at an army post in Kiryat Shmona on Thursday.")
    assert (inc["location"]["place"], inc["location"]["country"]) == ("Kiryat Shmona", "IL")
    assert inc["launch_location"]["country"] == "LB"
    assert inc["occurred_on"] == "2024-05-09"


def test_fired_from_one_country_towards_another() -> None:
    inc = one("Three drones were fired from Iraq towards a garrison at Al-Tanf in Syria on Thursday.")
    assert (inc["location"]["place"], inc["location"]["country"]) == ("Al-Tanf", "SY")
    assert inc["launch_location"]["country"] == "IQ"


@pytest.mark.parametrize(("text", "wounded"), [
    ("A bomb exploded at a bus station in Peshawar on Thursday. Six people were killed and more than 30 "
     "were injured.", 30),
    ("A bomb exploded at a bus station in Peshawar on Thursday. At least six people were killed and more "
     "than 30 injured when the device went off.", 30),
])
def test_wounded_count_is_a_lower_bound(text: str, wounded: int) -> None:
    inc = one(text)
    assert (inc["killed"], inc["wounded"]) == (6, wounded)


def test_a_number_before_a_victim_noun_is_not_a_bare_count() -> None:
    """"and 30 wounded soldiers" names victims; the bare-count rule must not read 30 twice."""
    inc = one("Rebels ambushed a patrol near Goma on Thursday, killing two and wounding 30 soldiers.")
    assert inc["wounded"] == 30


def test_killing_one_person() -> None:
    inc = one("A gunman opened fire at a cafe in Jerusalem on Thursday, killing one woman and wounding three others.")
    assert (inc["killed"], inc["wounded"]) == (1, 3)
    assert (inc["location"]["place"], inc["location"]["country"]) == ("Jerusalem", "IL")


def test_at_least_n_people() -> None:
    assert one("Militants attacked a village in Borno on Thursday, killing at least 37 people.")["killed"] == 37


@pytest.mark.parametrize("text", [
    "The Taliban claimed responsibility on Thursday for a suicide bombing that killed at least 20 people "
    "at a mosque in Kunduz on Tuesday.",
    "The Taliban on Thursday claimed a suicide bombing that killed 20 people in Kunduz on Tuesday.",
    "A suicide bombing killed 20 people at a mosque in Kunduz on Tuesday, police said on Thursday.",
])
def test_the_attack_day_is_not_the_claim_day(text: str) -> None:
    inc = one(text)
    assert (inc["attack_type"], inc["occurred_on"]) == ("suicide_bombing", "2024-05-07")


def test_the_only_day_given_is_kept_even_beside_a_claim() -> None:
    inc = one("The Taliban claimed responsibility on Tuesday for a suicide bombing at a mosque in Kunduz.")
    assert inc["occurred_on"] == "2024-05-07"


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on worshippers at a church in Owo on Thursday and then set fire to the building, "
    "killing 40 people.",
    "Masked attackers shot at shoppers in a mall in Nairobi on Thursday and set the mall on fire.",
])
def test_shooting_then_burning_is_an_armed_assault(text: str) -> None:
    assert one(text)["attack_type"] == "armed_assault"


def test_a_later_sentence_names_the_town_of_a_country_level_attack() -> None:
    inc = one("A drone attack killed two soldiers at a small base in Iraq on Monday. The drone hit a hangar "
              "at Ain al-Asad early in the morning.")
    assert (inc["location"]["place"], inc["location"]["country"]) == ("Ain al-Asad", "IQ")


def test_a_death_toll_is_the_whole_count_not_a_part() -> None:
    inc = one("A bomb tore through a mosque in Peshawar on Thursday, killing 40 people. The death toll from "
              "the bombing has risen to 59, officials said on Friday.")
    assert inc["killed"] == 59


def test_the_place_where_gunmen_opened_fire_is_a_target() -> None:
    inc = one("Gunmen opened fire on diners at a cafe in Belgrade on Thursday, killing five people.")
    assert [t["text"] for t in inc["targets"]] == ["cafe"]


@pytest.mark.parametrize(("text", "group"), [
    ("Israeli air strikes on Rafah killed at least 12 people on Thursday, health officials said.",
     "Israel Defense Forces"),
    ("A Ukrainian drone strike hit an oil depot in Russia's Bryansk region on Thursday.", "Ukrainian Armed Forces"),
])
def test_a_state_named_by_its_weapon(text: str, group: str) -> None:
    inc = one(text)
    assert inc["perpetrator"]["group"] == group
    assert inc["perpetrator"]["claim"] != "claimed"  # others name the state; it did not claim


def test_a_quantity_of_targets_is_the_targets() -> None:
    inc = one("Russian missiles struck dozens of buildings in Kharkiv on Thursday, wounding seven people.")
    assert [t["text"] for t in inc["targets"]] == ["buildings"]
    assert inc["wounded"] == 7


def test_a_war_monitor_is_no_combat() -> None:
    """"war" near a trigger marks combat, but "a war monitor" is a source, not fighting."""
    inc = one("A roadside bomb killed four soldiers near Deraa on Thursday, a war monitor said.")
    assert (inc["attack_type"], inc["killed"]) == ("bombing", 4)


@pytest.mark.parametrize("text", [
    "A car bomb exploded at a market in Baghdad on Thursday, killing 12 people, far from the battlefield.",
    "Far from the battlefields of the north, a car bomb killed 12 people at a market in Baghdad on Thursday.",
])
def test_far_from_the_battlefield_is_no_combat(text: str) -> None:
    """"battlefield" near a trigger marks combat, but an attack "far from the battlefield" says the opposite."""
    inc = one(text)
    assert (inc["attack_type"], inc["killed"]) == ("bombing", 12)


def test_fighting_still_cancels_a_trigger() -> None:
    assert extract_incidents("Four soldiers were killed in heavy fighting with rebels near Deraa on Thursday.",
                             FRIDAY, "m1") == []


def test_leaving_n_dead() -> None:
    inc = one("A blast ripped through a bus station in Jalalabad on Thursday, leaving 12 dead and dozens injured.")
    assert (inc["killed"], inc["wounded"]) == (12, 24)


def test_a_group_saying_its_forces_attacked_claims_the_attack() -> None:
    inc = one("The Houthis said their forces had targeted a tanker in the Red Sea with drones on Thursday.")
    assert (inc["perpetrator"]["group"], inc["perpetrator"]["claim"]) == ("Houthis", "claimed")


def test_a_count_told_twice_is_not_added_twice() -> None:
    inc = one("Two bombs exploded in Karachi on Thursday, leaving two dead. The larger blast, near a bus stop, "
              "killed two people and wounded five.")
    assert (inc["killed"], inc["wounded"]) == (2, 5)


def test_counts_in_one_sentence_add_up() -> None:
    inc = one("Gunmen killed three policemen and two civilians at a checkpoint in Kandahar on Thursday.")
    assert inc["killed"] == 5


def test_thousands_separators_are_one_number() -> None:
    inc = one("Militants killed about 1,200 people in raids on villages near Kibbutz Beeri on Saturday.",
              datetime.date(2023, 10, 9))
    assert inc["killed"] == 1200


@pytest.mark.parametrize("text", [
    "It was the first time soldiers had been killed by hostile fire in the area since the war in Sudan began.",
    "Police said no group had yet claimed the blast, and investigators were still searching the site.",
])
def test_context_sentences_are_no_incident(text: str) -> None:
    assert extract_incidents(text, FRIDAY, "m1") == []


def test_claimed_by_a_group_in_a_later_sentence() -> None:
    inc = one("A suicide bomber killed 12 people at a market in Baidoa on Thursday. Responsibility was claimed "
              "by al-Shabaab in a statement.")
    assert (inc["perpetrator"]["group"], inc["perpetrator"]["claim"]) == ("Al-Shabaab", "claimed")
