"""Modern wire copy (2022-25 conflicts): targets, victims, weapons and attackers, on sentences written for these
tests."""
from __future__ import annotations

import pytest

from tests.unit.extracting import only_incident


def _texts(inc: dict, field: str) -> list[str]:
    return [x["text"] for x in inc[field]]


@pytest.mark.parametrize("vehicle", ["an explosives-laden car", "a bomb-laden truck", "an explosive-packed van"])
def test_laden_vehicle_compound_is_the_weapon_not_the_target(vehicle: str) -> None:
    inc = only_incident(f"A suicide bomber rammed {vehicle} into a police checkpoint in Baidoa on Tuesday, "
                        "killing nine policemen.")
    weapon = vehicle.split(" ", 1)[1]
    assert [(w["text"], w["type"]) for w in inc["weapons"]] == [(weapon, "vehicle_bomb")]
    assert _texts(inc, "targets") == ["police checkpoint"]


def test_fighters_acting_are_the_attackers() -> None:
    inc = only_incident("Hundreds of fighters on motorcycles stormed a military camp in central Mali on Saturday, "
                        "killing 15 soldiers.")
    assert _texts(inc, "perpetrator_individuals") == ["fighters"]


def test_a_groups_own_fighters_are_not_listed_as_people() -> None:
    inc = only_incident("The rebel front said its fighters killed 25 soldiers near the border on Monday.")
    assert _texts(inc, "perpetrator_individuals") == []


def test_one_insurgent_force_named_twice_is_one_entity() -> None:
    inc = only_incident("Jihadists attacked an army base in central Mali on Saturday, killing 15 soldiers. "
                        "Hundreds of fighters on motorcycles stormed the camp at dawn, the army said.")
    assert _texts(inc, "perpetrator_individuals") == ["Jihadists"]


def test_military_site_told_again_by_a_synonym_is_one_target() -> None:
    inc = only_incident("Militants attacked an army base in northern Burkina Faso on Saturday, killing 15 soldiers. "
                        "The attackers set fire to the military camp before withdrawing, the army said.")
    assert _texts(inc, "targets") == ["army base"]


def test_a_site_named_by_its_place_is_another_target() -> None:
    inc = only_incident("Rebels attacked the Tessit garrison and the army base at Kidal on Monday.")
    assert _texts(inc, "targets") == ["Tessit garrison", "army base"]


def test_attacked_twice_this_year_is_no_incident() -> None:
    inc = only_incident("Gunmen killed four guards at a gold mine in Burkina Faso on Friday. "
                        "The mine had been attacked twice this year.")
    assert inc["killed"] == 4


def test_a_named_groups_fighters_are_the_group() -> None:
    inc = only_incident("Al Shabaab fighters stormed a military base in southern Somalia on Friday, killing ten "
                        "soldiers.")
    assert _texts(inc, "perpetrator_individuals") == []


@pytest.mark.parametrize("text,victim,killed,wounded", [
    ("Gunmen shot a police officer dead in Peshawar on Sunday.", "police officer", 1, None),
    ("Gunmen shot three traders dead at a market in Kano on Sunday.", "three traders", 3, None),
    ("A man stabbed a teacher to death outside a school in Arras on Friday.", "teacher", 1, None),
    ("A man stabbed two people near a synagogue in Manchester on Thursday.", "two people", None, 2),
    ("An assailant knifed a priest in Nice on Sunday.", "priest", None, 1),
])
def test_stabbed_and_shot_dead_victims(text: str, victim: str, killed: int | None, wounded: int | None) -> None:
    inc = only_incident(text)
    assert (_texts(inc, "victims"), inc["killed"], inc["wounded"]) == ([victim], killed, wounded)


@pytest.mark.parametrize("text,weapons", [
    ("Jihadists killed 20 soldiers in an ambush near Tillaberi on Tuesday. The assailants used roadside bombs and "
     "drones before opening fire, a security source said.", ["roadside bombs", "drones"]),
    ("An airstrike killed nine civilians in a village in Sagaing on Wednesday. The aircraft dropped bombs on a "
     "crowd at a market, a resident said.", ["bombs"]),
])
def test_arms_used_or_delivered_in_a_later_sentence(text: str, weapons: list[str]) -> None:
    assert _texts(only_incident(text), "weapons") == weapons


def test_arms_not_delivered_are_no_weapons() -> None:
    inc = only_incident("An airstrike killed nine civilians in a village in Sagaing on Wednesday. The army said "
                        "its aircraft are not dropping bombs on villages.")
    assert _texts(inc, "weapons") == []


@pytest.mark.parametrize("text,target", [
    ("A magnetic bomb attached to a minibus exploded in western Kabul on Tuesday, killing seven passengers.",
     "minibus"),
    ("A bomb stuck to a police vehicle exploded in Kirkuk on Monday, wounding two officers.", "police vehicle"),
    ("Russia fired missiles at the power grid overnight, striking a thermal power station near Kharkiv.",
     "thermal power station"),
])
def test_thing_a_charge_was_fixed_to_or_a_strike_hit(text: str, target: str) -> None:
    assert target in _texts(only_incident(text), "targets")


@pytest.mark.parametrize("text,weapon", [
    ("The Houthis fired an anti-ship missile at a tanker in the Gulf of Aden on Friday.", "anti-ship missile"),
    ("A magnetic bomb attached to a minibus exploded in western Kabul on Tuesday.", "magnetic bomb"),
    ("A Russian guided bomb hit a residential building in Zaporizhzhia on Sunday.", "guided bomb"),
    ("Russian forces attacked a bus with an FPV drone near Kherson on Monday, wounding four people.", "FPV drone"),
])
def test_modern_weapon_names(text: str, weapon: str) -> None:
    assert _texts(only_incident(text), "weapons") == [weapon]


@pytest.mark.parametrize("text,victims,killed", [
    ("Rebels attacked a camp for displaced people near Goma overnight, killing 18 people, including six children.",
     ["18 people", "six children"], 18),
    ("Gunmen opened fire on a family party in Guanajuato late on Saturday, killing 12 people, including a "
     "14-year-old boy.", ["12 people", "14-year-old boy"], 12),
    ("An airstrike hit a village in Sagaing on Wednesday, killing 11 civilians, among them four children.",
     ["11 civilians", "four children"], 11),
])
def test_people_listed_among_the_dead_are_victims_not_more_dead(text: str, victims: list[str], killed: int) -> None:
    inc = only_incident(text)
    assert (_texts(inc, "victims"), inc["killed"]) == (victims, killed)


def test_people_aboard_the_vehicle_hit_are_victims_and_both_refers_back() -> None:
    inc = only_incident("A drone struck a car carrying two commanders of a militia in eastern Baghdad on Wednesday, "
                        "killing both men, security sources said.")
    assert (_texts(inc, "targets"), _texts(inc, "victims"), inc["killed"]) == (["car"], ["two commanders"], 2)


def test_people_a_bus_carried_add_no_toll() -> None:
    inc = only_incident("Gunmen ambushed a bus carrying 30 pilgrims near Quetta on Monday, killing four of them.")
    assert (_texts(inc, "victims"), inc["killed"]) == (["30 pilgrims"], 4)


def test_a_named_groups_fighters_past_its_acronym_are_the_group() -> None:
    inc = only_incident("Oromo Liberation Army (OLA) fighters attacked a police station in Oromia on Monday.")
    assert _texts(inc, "perpetrator_individuals") == []


def test_subject_before_an_aside_listing_some_of_them() -> None:
    inc = only_incident("Twenty villagers, including three children, were abducted by gunmen in Zamfara on Tuesday.")
    assert sorted(_texts(inc, "victims")) == ["Twenty villagers", "three children"]


def test_armed_bandits_and_the_gunmen_are_one_band() -> None:
    inc = only_incident("Armed bandits kidnapped at least 20 people from a village in Zamfara state on Saturday, "
                        "residents said. The gunmen arrived on motorcycles and shot dead two men who tried to flee.")
    assert _texts(inc, "perpetrator_individuals") == ["Armed bandits"]


def test_masked_gunmen_and_the_attackers_are_one_band() -> None:
    inc = only_incident("Masked gunmen attacked a bus in Sindh on Monday, killing five passengers. "
                        "The attackers shot the driver before fleeing, police said.")
    assert _texts(inc, "perpetrator_individuals") == ["Masked gunmen"]


@pytest.mark.parametrize("text,targets", [
    ("Jihadists killed 20 soldiers in an ambush on an army convoy in western Niger on Tuesday.", ["army convoy"]),
    ("Rebels killed two soldiers in an ambush on the highway near Gao on Tuesday.", []),
    ("Separatists blew up a railway track near Sibi on Tuesday, police said.", ["railway track"]),
])
def test_modern_targets(text: str, targets: list[str]) -> None:
    assert _texts(only_incident(text), "targets") == targets


@pytest.mark.parametrize("text", [
    "Warplanes struck radar sites and a drone storage facility near Hodeidah on Sunday.",
    "Israeli jets struck a rocket launch site and a missile depot in southern Lebanon on Monday.",
])
def test_a_weapon_word_naming_a_site_is_no_weapon(text: str) -> None:
    assert _texts(only_incident(text), "weapons") == []


@pytest.mark.parametrize("text,victims,killed", [
    ("Rebels stormed a school in western Uganda late on Friday, killing 41 people, most of them students, police "
     "said.", ["41 people", "students"], 41),
    ("A suicide bomber blew himself up in a mosque in Peshawar on Monday, killing at least 59 people, mostly "
     "policemen.", ["59 people", "policemen"], 59),
])
def test_what_the_dead_mostly_were(text: str, victims: list[str], killed: int) -> None:
    inc = only_incident(text)
    assert (_texts(inc, "victims"), inc["killed"]) == (victims, killed)


def test_scores_killed_in_one_attack_are_its_victims() -> None:
    inc = only_incident("Paramilitary fighters killed scores of villagers in an attack on a village in Gezira state, "
                        "activists said on Thursday.")
    assert _texts(inc, "victims") == ["scores of villagers"]


def test_a_crowd_is_people_not_a_thing_hit() -> None:
    inc = only_incident("An airstrike hit a village in Sagaing on Wednesday, killing 11 civilians. Junta aircraft "
                        "dropped bombs on a crowd at a festival, a resident said.")
    assert "crowd" not in _texts(inc, "targets")


@pytest.mark.parametrize("text,victim", [
    ("Militants blew up a railway track in Balochistan on Tuesday, holding dozens of passengers hostage.",
     "dozens of passengers"),
    ("Gunmen stormed a hotel in Mogadishu on Friday and held 20 guests hostage for hours.", "20 guests"),
])
def test_people_held_hostage(text: str, victim: str) -> None:
    assert _texts(only_incident(text), "victims") == [victim]


@pytest.mark.parametrize("text,victims", [
    ("Gunmen opened fire on worshippers at a mosque during Friday prayers in Katsina, killing at least seven "
     "people.", ["worshippers", "seven people"]),
    ("Gunmen opened fire on shoppers in Kano on Friday, killing five people.", ["shoppers", "five people"]),
])
def test_people_fired_on_before_the_toll_are_victims(text: str, victims: list[str]) -> None:
    assert _texts(only_incident(text), "victims") == victims


def test_people_fired_on_with_no_toll_stay_unread() -> None:
    assert _texts(only_incident("Gunmen opened fire on shoppers in Kano on Friday."), "victims") == []


@pytest.mark.parametrize("naming", ["Police identified the victims as", "Police named the victims as",
                                    "The victims were identified as"])
def test_victims_named_with_ages(naming: str) -> None:
    inc = only_incident(f"Gunmen shot dead two men in Kano on Monday. {naming} Ahmed Ali, 34, and Musa Bello, 27.")
    assert (_texts(inc, "victims"), inc["killed"]) == (["Ahmed Ali", "Musa Bello"], 2)
