"""Wire stories as feeds deliver them: a headline line above the dateline, datelines with a country and no
agency, places in a part of a country, a crowd of attackers, and the day the attack was reported.
Sentences written for these tests."""
from __future__ import annotations

import datetime

from streams.extract import extract_incidents
from streams.extract.document import analyse, headline_end
from tests.unit.extracting import only_incident

MONDAY = datetime.date(2025, 10, 6)


def incidents(text: str, pub: datetime.date = MONDAY) -> list[dict]:
    return extract_incidents(text, pub, "w1")


def only(text: str, pub: datetime.date = MONDAY) -> dict:
    return only_incident(text, pub)


def test_headline_above_a_dateline_does_not_count_the_dead_twice() -> None:
    inc = only("Drone strike hits market in Sudan's El Fasher, killing 30\n"
               "KHARTOUM (Reuters) - A drone strike on a crowded market in El Fasher killed at least 30 civilians "
               "on Sunday, a local medical group said.")
    assert inc["killed"] == 30
    assert inc["location"]["place"] == "El Fasher"


def test_headline_above_the_body_without_a_dateline_is_its_own_sentence() -> None:
    text = ("Drone strike kills 30 at market in El Fasher\n"
            "A drone strike on a crowded market in El Fasher killed at least 30 civilians on Sunday, a local "
            "medical group said.")
    assert headline_end(text, caps=False) == text.index("\n")
    doc = analyse(text, MONDAY)
    assert doc.sentences[0] == (0, text.index("\n"))
    assert only(text)["killed"] == 30


def test_hard_wrapped_text_has_no_headline() -> None:
    for text in ("A drone strike on a crowded market in El Fasher killed at least 30\n"
                 "Civilians on Sunday, a local medical group said.\n"
                 "The group blamed the paramilitary forces.",
                 "A drone strike on a crowded market in the capital of North Darfur state\n"
                 "El Fasher killed at least 30 civilians on Sunday, a local medical group\n"
                 "said."):
        assert headline_end(text, caps=False) == 0
    assert headline_end("GUNMEN KILLED FIVE PEOPLE IN THE\nTOWN OF X ON SUNDAY, THE POLICE SAID AND THEN WENT ON TO SAY"
                        " A GREAT DEAL MORE ABOUT IT THAN THAT.", caps=True) == 0


def test_dateline_with_a_country_and_no_agency_is_the_desk() -> None:
    doc = analyse("KANO, Nigeria - Gunmen killed five people in a village on Friday, police said.", MONDAY)
    assert doc.text[:doc.dateline_end] == "KANO, Nigeria - "


def test_compass_point_and_possessive_country_before_a_province_are_locative() -> None:
    inc = only("KANO, Nigeria - Armed men kidnapped 20 people in a raid on a village in northwest Nigeria's Zamfara "
               "state on Friday, police said.")
    assert inc["location"]["admin1"] == "Zamfara"


def test_part_of_a_country_sets_the_dateline_town_aside() -> None:
    inc = only("OUAGADOUGOU (AFP) - Jihadists killed 50 soldiers in an attack on an army base in northern Burkina "
               "Faso on Saturday, security sources said.")
    assert inc["location"]["country"] == "BF"
    assert inc["location"]["place"] != "Ouagadougou"


def test_a_crowd_of_attackers_is_no_count_of_attacks() -> None:
    inc = only("Hundreds of fighters on motorcycles attacked the military camp in Djibo on Saturday, security "
               "sources said.")
    assert inc["location"]["place"] == "Djibo"
    assert inc["targets"][0]["text"] == "military camp"


def test_hundreds_of_attacks_are_still_many() -> None:
    assert incidents("Hundreds of attacks have hit villages in the region, officials said.") == []


def test_the_day_an_attack_was_reported_yields_to_the_day_told_after() -> None:
    inc = only("Armed bandits kidnapped at least 20 people in a raid on a village in Zamfara state, police said "
               "on Sunday. The gunmen arrived on motorcycles late on Friday and opened fire on residents of the "
               "village, killing two men before taking the others away.")
    assert inc["occurred_on"] == "2025-10-03"
    assert inc["killed"] == 2


def test_a_reported_day_does_not_join_an_attack_weeks_before() -> None:
    found = incidents("Gunmen killed a judge in Kano, police said on Sunday. On September 2, gunmen killed a "
                      "lawyer in Kaduna.")
    assert sorted(i["occurred_on"] for i in found) == ["2025-09-02", "2025-10-05"]


def test_a_group_named_as_an_ally_is_not_the_claimant() -> None:
    inc = only("Al Shabaab militants stormed a hotel in Mogadishu on Saturday, killing at least nine people, police "
               "said. The al Qaeda-linked group claimed responsibility for the attack.")
    assert (inc["perpetrator"]["group"], inc["perpetrator"]["claim"]) == ("Al-Shabaab", "claimed")


def test_a_sponsor_before_a_hyphen_is_not_the_attacker() -> None:
    inc = only("Iran-backed militants fired rockets at a base in Erbil on Saturday, wounding two soldiers.")
    assert inc["perpetrator"]["group"] is None


def test_the_time_of_a_later_event_in_a_before_clause_is_not_the_attacks() -> None:
    inc = only("Al Shabaab militants stormed a hotel in Mogadishu on Saturday evening, killing at least nine people "
               "before security forces ended the siege early on Sunday, police said.")
    assert (inc["occurred_on"], inc["killed"]) == ("2025-10-04", 9)


def test_shot_dead_with_the_object_between_counts_the_dead() -> None:
    inc = only("Gunmen abducted 18 passengers from a bus in Balochistan on Saturday and shot nine of them dead, "
               "officials said.")
    assert (inc["killed"], inc["wounded"]) == (9, None)


def test_a_claim_told_between_two_sentences_of_the_telling_is_this_attacks() -> None:
    inc = only("A suicide bomber blew himself up inside a mosque in northern Afghanistan during Friday prayers, "
               "killing at least 15 worshippers, a Taliban spokesman said. Islamic State Khorasan Province claimed "
               "responsibility. The blast in the city of Kunduz also wounded 40 people.")
    assert (inc["perpetrator"]["group"], inc["perpetrator"]["claim"]) == ("Islamic State Khorasan Province",
                                                                         "claimed")
    assert (inc["killed"], inc["wounded"]) == (15, 40)


def test_the_dateline_town_does_not_split_one_attack_in_two() -> None:
    inc = only("MEXICO CITY (Reuters) - Gunmen killed 11 people, including a boy, at a bar in the state of "
               "Guanajuato late on Saturday, prosecutors said. The attackers arrived in two vehicles and opened fire "
               "with assault rifles on customers in the town of Irapuato.")
    assert inc["location"]["country"] == "MX" and inc["location"]["place"] != "Mexico City"
    assert [w["text"] for w in inc["weapons"]] == ["assault rifles"]


def test_dozens_of_others_wounded_is_a_count() -> None:
    inc = only("Gunmen opened fire on guests at a wedding in Kaya on Thursday, killing seven people. Dozens of "
               "others were wounded.")
    assert (inc["killed"], inc["wounded"]) == (7, 24)


def test_the_blamed_group_denying_by_its_plain_noun_is_a_denial() -> None:
    inc = only("Two mortar shells hit a crowded market in the Yemeni city of Taiz on Saturday, killing five "
               "civilians. The government blamed Houthi rebels. The rebels denied responsibility.")
    assert (inc["perpetrator"]["group"], inc["perpetrator"]["claim"]) == ("Houthis", "denied")


def test_a_death_toll_updated_right_after_the_telling_is_the_incidents() -> None:
    inc = only("An air strike killed 12 members of one family in a house in Khan Younis on Sunday, health officials "
               "said. The death toll later rose to 15, the health ministry said.")
    assert inc["killed"] == 15
    assert inc["evidence"]["killed"]["text"] == "15"


def test_a_wars_running_toll_after_the_telling_is_not_the_incidents() -> None:
    inc = only("An air strike killed 12 members of one family in a house in Khan Younis on Sunday, health officials "
               "said. The death toll of the war has risen to 40,000 since October 2023.")
    assert inc["killed"] == 12


def test_beheaded_counts_the_dead() -> None:
    inc = only("Insurgents beheaded at least 11 villagers in an attack on a village in Cabo Delgado province on "
               "Saturday, a local official said.")
    assert (inc["killed"], [v["text"] for v in inc["victims"]]) == (11, ["11 villagers"])


def test_a_country_named_in_the_possessive_before_its_military_is_the_state() -> None:
    inc = only("An airstrike by Myanmar's military on a village in the Sagaing region killed 17 people on Saturday.")
    assert inc["perpetrator"]["group"] == "Myanmar military"


def test_a_country_dateline_in_capitals_is_the_desk() -> None:
    doc = analyse("QUETTA, PAKISTAN — GUNMEN KILLED NINE PASSENGERS ON A HIGHWAY IN BALOCHISTAN ON SATURDAY.", MONDAY)
    assert doc.text[:doc.dateline_end] == "QUETTA, PAKISTAN — "
