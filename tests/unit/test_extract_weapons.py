"""Weapons (weapons[].text) on sentences written for these tests."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents
from streams.extract.document import analyse
from streams.extract.incidents import _names_series

PUB = datetime.date(1990, 3, 5)


def weapons(text: str) -> list[str]:
    return [w["text"] for inc in extract_incidents(text, PUB, "w1") for w in inc["weapons"]]


def types(text: str) -> list[str]:
    return [w["type"] for inc in extract_incidents(text, PUB, "w1") for w in inc["weapons"]]


def test_bullets_are_rounds_not_weapons() -> None:
    # the rounds still tell the attack; the firearm that fired them is the weapon
    assert weapons("The mayor of Pasto was hit by three bullets fired from a pistol on Monday.") == ["pistol"]
    riddled = "THE JUDGE WAS RIDDLED WITH BULLETS BY UNIDENTIFIED GUNMEN IN CALI YESTERDAY."
    assert weapons(riddled) == []
    assert len(extract_incidents(riddled, PUB, "w1")) == 1


def test_a_firearm_is_still_a_weapon() -> None:
    assert types("Gunmen fired rifles at the mayor of Pasto on Monday, killing him.") == ["firearms"]


def test_a_model_before_its_class_noun_is_one_weapon() -> None:
    assert weapons("Guerrillas fired RPG-7 rocket launchers at the police post in Pasto on Monday.") \
        == ["RPG-7 rocket launchers"]
    assert weapons("GUNMEN SHOT THE MAYOR OF PASTO WITH AN UZI SUBMACHINEGUN YESTERDAY.") == ["UZI SUBMACHINEGUN"]
    # wire copy wraps its lines anywhere
    assert weapons("GUERRILLAS FIRED RPG-7\nROCKET LAUNCHERS AT THE POLICE POST IN PASTO YESTERDAY.") \
        == ["RPG-7\nROCKET LAUNCHERS"]
    # a model number the dictionary lacks stays on the model
    assert weapons("Guerrillas fired RPG-2 rocket launchers at the police post in Pasto on Monday.") \
        == ["RPG-2 rocket launchers"]
    # two weapons listed stay two
    assert weapons("Guerrillas attacked the police post in Pasto with rifles and rocket launchers on Monday.") \
        == ["rifles", "rocket launchers"]


def test_a_fuel_is_a_weapon_only_where_it_is_poured() -> None:
    assert weapons("Rebels set fire to a bus in Pasto on Monday after dousing it with gasoline.") == ["gasoline"]
    assert weapons("Arsonists poured gasoline on the town hall of Pasto and set fire to it on Monday.") \
        == ["gasoline"]
    # a cargo or a trade
    assert weapons("GUERRILLAS DYNAMITED A PIPELINE THAT CARRIES GASOLINE NEAR PASTO YESTERDAY.") == []
    assert weapons("Rebels burned buses and gasoline stations in Pasto on Monday.") == []


def test_arms_taken_or_found_are_loot_not_the_weapons_used() -> None:
    assert weapons("Rebels attacked a police post near Pasto on Monday and stole eight rifles and a grenade.") == []
    assert weapons("GUNMEN KILLED A GUARD IN PASTO YESTERDAY AND TOOK AWAY HIS RIFLE.") == []
    # an act told between the taking and the weapon: the weapon was used
    assert weapons("Police captured a man in Pasto on Monday after he placed a bomb at the town hall.") == ["bomb"]
    assert weapons("Rebels attacked a police post near Pasto with rifles on Monday.") == ["rifles"]


def test_a_weapon_keeps_the_words_that_name_its_kind() -> None:
    assert weapons("Gunmen fired automatic rifles at tourists in Pasto on Monday, killing six.") \
        == ["automatic rifles"]
    assert weapons("A man wearing an explosive vest blew himself up at a market in Pasto on Monday, killing nine "
                   "people.") == ["explosive vest"]


def test_a_generic_device_after_a_named_weapon_tells_it_again() -> None:
    assert weapons("A bomb exploded in a restaurant in Pasto on Monday, and a second device placed in the same "
                   "restaurant was defused by police.") == ["bomb"]
    # first, a device is the weapon's only name
    assert weapons("Two devices exploded at the town hall of Pasto on Monday, wounding three guards.") == ["devices"]
    # wire copy breaks lines inside a phrase: "explosive\ndevice" is still the generic name
    assert weapons("A BOMB EXPLODED AT A BANK IN PASTO ON MONDAY. THE POLICE SAID THE EXPLOSIVE\nDEVICE HAD BEEN "
                   "LEFT ON A BICYCLE NEAR THE BANK.") == ["BOMB"]


def test_strength_or_size_words_belong_to_a_bare_bomb() -> None:
    assert weapons("A very powerful bomb exploded at the town hall of Pasto on Monday.") == ["very powerful bomb"]
    assert weapons("Rebels set off medium-sized bombs at the power station in Pasto on Monday.") \
        == ["medium-sized bombs"]
    # any other word before the bomb stays outside its name
    assert weapons("A small bomb exploded at the town hall of Pasto on Monday.") == ["bomb"]


def test_a_named_charge_keeps_its_own_name() -> None:
    # "dynamite charge" names the weapon already; a strength word before it is not kept
    assert weapons("A powerful dynamite charge exploded at the town hall of Pasto on Monday.") == ["dynamite charge"]


def test_a_weapon_told_inside_the_telling_without_an_attack_word() -> None:
    # the middle sentence names no attack, but lies between two sentences that tell this one
    assert weapons("Guerrillas attacked the police post in Pasto on Monday. The guerrillas were carrying machetes "
                   "and rifles. The attack left two policemen dead.") == ["machetes", "rifles"]
    assert weapons("Rebels attacked the town hall of Pasto on Monday. A car loaded with dynamite had been parked "
                   "beside the door. The attack destroyed the building.") == ["car loaded with dynamite"]


def test_a_weapon_qualifying_an_attack_word_set_aside_names_no_weapon() -> None:
    # the explosion given as an example of threats is set aside as an attack; its bomb goes with it
    assert weapons("Gunmen shot the mayor of Pasto dead on Monday. The minister will not bow to terrorist threats "
                   "exemplified by the bomb explosion at the bank.") == []
    # a bomb of the attack told keeps its place
    assert weapons("A bomb explosion destroyed the town hall of Pasto on Monday.") == ["bomb"]


def test_arms_seized_or_found_told_in_the_passive_are_no_weapons() -> None:
    assert weapons("Guerrillas attacked the police post in Pasto on Monday, killing two policemen; 30 rifles and two "
                   "machineguns were seized from the attackers, the army said.") == []
    # arms the attackers used, told in the passive, stay
    assert weapons("Guerrillas attacked the police post in Pasto on Monday, killing two policemen; rifles were used "
                   "in the attack.") == ["rifles"]


def test_a_weapon_word_qualifying_experts_names_no_weapon() -> None:
    assert weapons("Police explosives experts said a bomb exploded at the town hall of Pasto on Monday.") == ["bomb"]
    assert weapons("A bomb exploded at the town hall of Pasto on Monday; police explosives experts later searched "
                   "the building.") == ["bomb"]
    # a weapon word before a noun that is not in the list keeps its place
    assert weapons("Explosives packed in a car went off at the town hall of Pasto on Monday.") == ["Explosives"]


def test_a_vehicle_loaded_with_explosives_is_one_vehicle_bomb() -> None:
    found = extract_incidents("A car loaded with 50 kg of dynamite exploded outside the police station in Pasto on "
                              "Monday, killing two policemen.", PUB, "w1")[0]["weapons"]
    assert [(w["text"], w["type"]) for w in found] == [("car loaded with 50 kg of dynamite", "vehicle_bomb")]
    assert weapons("A van packed with explosives blew up outside the town hall of Pasto on Monday.") \
        == ["van packed with explosives"]
    # a car bomb is named already: the dynamite it carries is its charge, not a second weapon
    assert weapons("A car bomb loaded with over 100 kg of dynamite exploded outside the bank in Pasto on Monday.") \
        == ["car bomb"]


def test_a_calibre_before_a_gun_names_its_kind() -> None:
    assert weapons("A gunman shot the mayor of Pasto with a 9-mm pistol on Monday.") == ["9-mm pistol"]
    assert weapons("Rebels attacked the barracks in Pasto with 60-mm mortars on Monday.") == ["60-mm mortars"]
    # a number that is no calibre stays outside the name
    assert weapons("Rebels attacked the barracks in Pasto with 60 mortars on Monday.") == ["mortars"]
    assert weapons("A gunman killed the mayor of Pasto with a .38 caliber revolver on Monday.") \
        == [".38 caliber revolver"]
    # calibres listed together are all named by the bare noun
    assert weapons("Rebels attacked the barracks in Pasto with 60-mm and 81-mm mortars on Monday.") == ["mortars"]


def test_a_making_word_belongs_to_a_bare_bomb() -> None:
    assert weapons("Rebels set off homemade bombs at the power station in Pasto on Monday.") == ["homemade bombs"]
    assert weapons("A heavy bomb exploded at the town hall of Pasto on Monday.") == ["heavy bomb"]


def test_a_generic_explosive_after_a_named_bomb_tells_it_again() -> None:
    assert weapons("Rebels threw three bombs at the police station in Pasto on Monday; one of the explosives hit a "
                   "house nearby.") == ["bombs"]
    assert weapons("A grenade exploded at the police station in Pasto on Monday, and a second explosive device was "
                   "defused.") == ["grenade"]
    # after a gun, explosives are a weapon of their own
    assert weapons("Rebels attacked the police station in Pasto with firearms and explosives on Monday.") \
        == ["firearms", "explosives"]


def test_rounds_a_mortar_fires_name_the_mortar() -> None:
    found = extract_incidents("Rebels fired four mortar rounds at the barracks in Pasto on Monday.", PUB, "w1")
    assert [(w["text"], w["count"]) for inc in found for w in inc["weapons"]] == [("mortar", 4)]


def test_a_weapon_qualifying_a_vaguely_counted_series_names_no_weapon() -> None:
    # the series is background; the attack told is the shooting
    assert weapons("Gunmen who have carried out various bomb attacks in the region shot dead the mayor of Pasto "
                   "on Monday.") == []
    assert weapons("The gang, blamed for over 30 bomb attacks in the region, shot dead the mayor of Pasto on "
                   "Monday.") == []
    # counted or definite attacks may be the incident itself: their weapon stays
    assert weapons("Two bomb attacks shook the city of Pasto on Monday, wounding four people.") == ["bomb"]


@pytest.mark.parametrize("text, word, series", [
    ("The finding comes amid a wave of kidnappings, killings, and dynamite attacks in Pasto.", "dynamite", True),
    ("The men are also linked to a series of Pasto bomb attacks.", "bomb", True),
    ("The men are also linked to a series of threats and to two bomb attacks.", "bomb", False),
    ("The men are also linked to the murder of a judge and to the bomb attacks on Monday.", "bomb", False),
])
def test_a_weapon_qualifying_a_run_of_attacks_names_a_series(text: str, word: str, series: bool) -> None:
    # "a series of", "a wave of": the weapon word qualifies a run of acts, no one incident's weapon
    doc = analyse(text, PUB)
    hit = next(h for h in doc.hits_in("weapon", 0, len(text)) if doc.low[h.start:h.end] == word)
    s0, s1 = doc.sentences[doc.sentence_of(hit.start)]
    assert _names_series(doc, hit, s0, s1) is series


def test_arms_the_sentence_after_the_telling_says_were_used_are_the_incidents() -> None:
    assert weapons("Rebels attacked the oil pipeline near Pasto on Monday. The rebels used dynamite to blow up a "
                   "section of it.") == ["dynamite"]
    # past the telling, arms only carried are not read
    assert weapons("Rebels attacked the oil pipeline near Pasto on Monday. The attackers carried dynamite and "
                   "rifles, police said.") == []
    # two sentences on, the story has moved on
    assert weapons("Rebels attacked the oil pipeline near Pasto on Monday. The rebels used dynamite to blow up a "
                   "section of it. Police later used rifles to disperse a crowd.") == ["dynamite"]


def test_arms_listed_as_war_materiel_are_no_weapons() -> None:
    # a stock of arms counted after the fighting, not the arms fired
    assert weapons("Guerrillas attacked the army post in Pasto on Monday, killing two soldiers; the army reported "
                   "war materiel consisting of 12 rifles and two mortars.") == []
    assert weapons("Guerrillas attacked the army post in Pasto on Monday with rifles and mortars, killing two "
                   "soldiers.") == ["rifles", "mortars"]


def test_a_weapon_named_first_as_an_attacks_adjunct_takes_its_own_nouns_name() -> None:
    # "bomb" only qualifies the attack; the bombs themselves are told after
    assert weapons("A bomb attack damaged the town hall of Pasto on Monday; police said two bombs had been left "
                   "at its door.") == ["bombs"]
    # told first by its own noun, the weapon keeps that name
    assert weapons("Two bombs exploded at the town hall of Pasto on Monday; the bomb attack wounded two guards.") \
        == ["bombs"]


def test_a_weapon_still_to_be_made_is_no_weapon_used() -> None:
    assert weapons("Gunmen shot dead a policeman in Pasto on Monday and fled with material for making explosives, "
                   "police said.") == []
    assert weapons("Gunmen shot dead a policeman in Pasto on Monday; the attackers belonged to a bomb-making cell, "
                   "police said.") == []
    assert weapons("Gunmen threw explosives at the police station in Pasto on Monday, wounding two policemen.") \
        == ["explosives"]


def test_the_arms_a_victim_was_hit_with_in_a_sentence_read_for_victims() -> None:
    # the lead sentence tells the victim and what he was hit with; the attack is told after
    assert weapons("The mayor of Pasto died in hospital on Monday after being sprayed with submachinegun fire at "
                   "his office. Gunmen had burst into the town hall at noon and shot him, police said.") \
        == ["submachinegun"]
    # arms named there that did not hit anyone are not read
    assert weapons("The mayor of Pasto died in hospital on Monday, a pistol still in his pocket. Gunmen had burst "
                   "into the town hall at noon and shot him, police said.") == []


def test_arms_fired_at_army_positions_are_the_attack_s_weapons() -> None:
    # INCIDENTS.md: an attack on soldiers or a base is an incident, and what it was done with its weapons
    assert sorted(weapons("Gunmen attacked army positions with grenades and rifles in Pasto on Monday, killing "
                          "three soldiers.")) == ["grenades", "rifles"]
    assert weapons("On Monday rebels fired mortars in the attack against the Sucre battalion in Pasto, killing a "
                   "farmer.") == ["mortars"]


def test_the_last_arms_of_a_long_inventory_taken_are_loot_too() -> None:
    assert weapons("Rebels set off a bomb at a bank in Pasto on Monday, and police later seized 12 rifles, ten "
                   "pistols, three radios, two grenade launchers, forty uniforms, several boxes of food and dynamite "
                   "at a farm nearby.") == ["bomb"]


def test_a_generic_word_before_the_named_exploding_weapon_tells_it_too() -> None:
    # the explosives are those of the car bomb named after them: one weapon
    assert weapons("The explosives were hidden in a car bomb that exploded at the town hall of Pasto on Monday, "
                   "killing two guards.") == ["car bomb"]
    assert weapons("On Monday in Pasto, devices, believed to be grenades, went off at the town hall, wounding three "
                   "guards.") == ["grenades"]
    # a named firearm is no name of the explosives: two weapons
    assert sorted(weapons("Gunmen attacked the town hall of Pasto with rifles and explosives on Monday, killing two "
                          "guards.")) == ["explosives", "rifles"]


def test_bare_models_coordinated_before_one_class_noun_share_it() -> None:
    # "AK-47 and M-16 assault rifles": one phrase names the rifles of both models
    assert weapons("Gunmen killed six peasants in Pasto on Monday; AK-47 and M-16 assault rifles were used in the "
                   "attack.") == ["AK-47 and M-16 assault rifles"]
    # a determiner before the second model makes two weapons
    assert weapons("Gunmen fired an AK-47 and an M-16 rifle at peasants in Pasto on Monday, killing six.") \
        == ["AK-47", "M-16 rifle"]


def test_a_weapon_word_naming_a_device_s_kind_names_it_with_the_device() -> None:
    assert weapons("A grenade-type device exploded at the town hall of Pasto on Monday, wounding three guards.") \
        == ["grenade-type device"]
    assert weapons("A grenade exploded at the town hall of Pasto on Monday, wounding three guards.") == ["grenade"]


@pytest.mark.parametrize("text, name", [
    ("A motorcycle bomb exploded at a market in Pasto on Monday, killing four people.", "motorcycle bomb"),
    ("Two truck bombs exploded outside the ministry in Pasto on Monday, killing 20 people.", "truck bombs"),
    ("A letter bomb exploded at the newspaper office in Pasto on Monday, wounding two employees.", "letter bomb"),
])
def test_a_compound_bomb_is_named_whole(text: str, name: str) -> None:
    # the carrier or the casing is part of the weapon's name, not a word before "bomb"
    assert weapons(text) == [name]
