"""Detection: what is not an attack (combat, accidents, tolls, fallen fighters, history), on made-up sentences."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

FRIDAY = datetime.date(2024, 5, 10)


def incidents(text: str, pub: datetime.date = FRIDAY) -> list[dict]:
    return extract_incidents(text, pub, "d1")


@pytest.mark.parametrize("text", [
    "Rebel units attacked enemy positions near Kandahar on Thursday.",
    "The rebels said they inflicted heavy casualties on the army near Kandahar on Thursday.",
    "Troops repelled an attack on their outpost near Kandahar on Thursday.",
])
def test_war_reports_are_combat(text: str) -> None:
    assert incidents(text) == []


def test_an_accident_is_no_attack() -> None:
    assert incidents("Twelve passengers were killed on Thursday when their bus crashed near Quetta.") == []


def test_a_bomb_on_a_bus_is_still_an_attack() -> None:
    [inc] = incidents("A bomb exploded on a bus near Quetta on Thursday, killing twelve passengers.")
    assert inc["attack_type"] == "bombing"


def test_a_running_toll_is_no_attack() -> None:
    assert incidents("About 2,000 villagers have been killed in the province, a rights group said on Thursday.") == []


def test_a_small_count_in_the_perfect_is_still_an_attack() -> None:
    assert len(incidents("Two villagers have been killed in a bomb attack in Quetta on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "Two rebels were killed on Thursday in the hills near Kandahar.",
    "Troops killed 14 militants near Kandahar on Thursday.",
])
def test_fallen_fighters_are_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_an_attack_on_a_rebel_leader_is_an_attack() -> None:
    assert len(incidents("Gunmen killed a rebel leader in Kandahar on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "The minister recalled the assassination of the justice minister in Bogota in 1984.",
    "In 1984 gunmen assassinated the justice minister in Bogota.",
])
def test_history_is_not_reported(text: str) -> None:
    assert incidents(text) == []


def test_a_recent_background_attack_is_kept() -> None:
    [inc] = incidents("In January, a drone attack killed three soldiers in Jordan.")
    assert inc["occurred_on"].startswith("2024-01")


def perp(text: str, pub: datetime.date = FRIDAY) -> tuple[str | None, str]:
    [inc] = incidents(text, pub)
    return inc["perpetrator"]["group"], inc["perpetrator"]["claim"]


@pytest.mark.parametrize("text", [
    "A bomb exploded at a bank in Lima on Thursday, and police hold the Shining Path responsible.",
    "A bomb exploded at a bank in Lima on Thursday. The mayor condemned the Shining Path for the bombing.",
])
def test_a_group_held_responsible_is_attributed(text: str) -> None:
    assert perp(text) == ("Shining Path", "attributed")


def test_a_subject_resuming_its_attacks_is_the_attacker() -> None:
    group, _ = perp("The Farabundo Marti National Liberation Front (FMLN) on Monday resumed its attacks in "
                    "San Salvador, killing two people.", datetime.date(1989, 11, 30))
    assert group == "Farabundo Marti National Liberation Front"


def test_an_appositive_after_a_name_is_no_subject() -> None:
    group, _ = perp("Carlos Pizarro, leader of the 19 April Movement (M-19), the group that laid down its arms, "
                    "was killed on Thursday aboard a plane near Bogota.", datetime.date(1990, 4, 27))
    assert group != "19th of April Movement"


def test_the_army_of_national_liberation_is_no_state_army() -> None:
    group, _ = perp("Two engineers were kidnapped in Arauca on Monday by the army of national liberation.",
                    datetime.date(1989, 11, 10))
    assert group == "National Liberation Army (Colombia)"


def test_a_denied_event_is_no_attack() -> None:
    assert incidents("The defence minister denied that army planes had bombed a refugee camp near Gaza on "
                     "Thursday.") == []


def test_denied_responsibility_still_reports_the_attack() -> None:
    group, claim = perp("A bomb exploded at a market in Mogadishu on Thursday, killing five people. "
                        "Al-Shabaab denied responsibility for the bombing.")
    assert (group, claim) == ("Al-Shabaab", "denied")


def test_unidentified_attackers_are_not_given_the_article_s_group() -> None:
    text = ("Unidentified men shot a judge dead in Medellin on Thursday. "
            "The Medellin Cartel has threatened judges for months.")
    [inc] = incidents(text, datetime.date(1989, 9, 1))
    assert inc["perpetrator"]["group"] is None


@pytest.mark.parametrize("text", [
    "A clash broke out near the river crossing outside Kandahar on Thursday after dawn, and three villagers "
    "were killed.",
    "The drug lord was killed on Thursday along with six bodyguards during a police operation near Cali.",
])
def test_deaths_in_a_clash_or_a_police_operation_are_no_attack(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "The opposition leader harshly attacked the president in a speech in Lima on Thursday.",
    "The senator said on Thursday in Lima that the decree is a direct attack on democracy.",
])
def test_words_are_no_weapons(text: str) -> None:
    assert incidents(text) == []


def test_an_attack_on_a_peace_activist_is_an_attack() -> None:
    assert len(incidents("Gunmen attacked a peace activist in Lima on Thursday, wounding him.")) == 1


def test_destroyed_by_a_bomb_is_a_bombing() -> None:
    [inc] = incidents("A telephone exchange in southern Bogota was destroyed by a bomb on Thursday, police said.")
    assert inc["attack_type"] == "bombing"


def test_an_attempt_is_an_attack() -> None:
    assert len(incidents("Gunmen tried to attack the mayor of Cali on Thursday as he left his office.")) == 1


def test_a_threat_is_still_no_attack() -> None:
    assert incidents("The rebels threatened on Thursday to kill the mayor of Cali.") == []


def test_as_you_will_recall_is_no_intention() -> None:
    [inc] = incidents("As you will recall, the mayor was kidnapped on 20 December in Medellin by gunmen.",
                      datetime.date(1990, 1, 10))
    assert inc["attack_type"] == "kidnapping"


def test_claimed_that_is_no_claim_of_responsibility() -> None:
    text = ("A bomb exploded at a market in Tunis on Thursday, killing two people. Al-Shabaab claimed that the "
            "bombing was the work of the police.")
    assert all(i["perpetrator"]["claim"] != "claimed" for i in incidents(text))


def test_a_state_striking_abroad_owns_the_strike() -> None:
    group, claim = perp("The US military struck militia targets in eastern Syria on Thursday.")
    assert (group, claim) == ("United States military", "claimed")


def test_a_state_bombing_at_home_is_named_by_others() -> None:
    group, claim = perp("The Salvadoran air force bombed a village in Morazan, El Salvador, on Thursday, "
                        "killing three peasants.", datetime.date(1989, 11, 20))
    assert (group, claim) == ("Salvadoran Armed Forces", "attributed")


def test_the_attacker_claiming_it_later_is_a_claim() -> None:
    text = ("Shining Path rebels blew up a power pylon near Huancayo on Thursday. Police reinforced patrols in "
            "the area. The Shining Path claimed responsibility for the attack in leaflets.")
    assert perp(text) == ("Shining Path", "claimed")


def test_a_group_which_has_claimed_responsibility_claims() -> None:
    text = ("A bomb damaged an oil pipeline near Arauca on Thursday. Troops pursued ELN guerrillas, which have "
            "claimed responsibility for the bombing.")
    group, claim = perp(text, datetime.date(1989, 11, 10))
    assert (group, claim) == ("National Liberation Army (Colombia)", "claimed")


def test_the_article_s_main_group_is_the_suspect() -> None:
    text = ("Gunmen shot a mayor dead in Chalatenango on Thursday. The FMLN has stepped up its campaign, "
            "and FMLN leaders vowed more actions; the FMLN also rejected talks. The ERP was not mentioned in "
            "the reports.")
    group, _ = perp(text, datetime.date(1989, 11, 20))
    assert group == "Farabundo Marti National Liberation Front"


@pytest.mark.parametrize("text", [
    "The judge was investigating the 1984 killing of a reporter in Manila, the paper said on Thursday.",
    "The archbishop was assassinated 10 years ago in San Salvador, the bishop recalled on Thursday.",
])
def test_years_back_is_history(text: str) -> None:
    assert incidents(text, datetime.date(1990, 3, 1)) == []


def test_counted_attacks_are_a_statistic() -> None:
    assert incidents("There have been 31 assassinations and 200 arrests in the province, the report said on "
                     "Thursday.") == []


def test_two_bombings_are_still_reported() -> None:
    assert incidents("Two bombings shook Lima on Thursday, wounding five people.") != []


def test_a_new_group_claiming_tonight_is_the_claimant() -> None:
    text = ("A bomb exploded at the home of a judge in Lima on Thursday. A group calling itself the Red Dawn "
            "Commando tonight claimed responsibility for the attack.")
    group, claim = perp(text)
    assert (group, claim) == ("Red Dawn Commando", "claimed")


def test_ecuador_s_free_homeland_montoneros_are_known() -> None:
    group, claim = perp("A bomb exploded at a bank in Quito on Thursday. The Free Homeland Montoneros claimed "
                        "responsibility for the bombing.", datetime.date(1989, 3, 10))
    assert (group, claim) == ("Montoneros Patria Libre", "claimed")


@pytest.mark.parametrize("text", [
    "Three farmers were murdered near Huanta on Thursday by a column of Shining Path members.",
    "A priest was kidnapped in Lima on Thursday by the so-called Shining Path.",
    "The Shining Path on Thursday carried out a large bomb attack on a bank in Lima.",
])
def test_the_attacker_behind_modifiers(text: str) -> None:
    group, _ = perp(text, datetime.date(1989, 10, 6))
    assert group == "Shining Path"


def test_an_offensive_after_an_attack_is_not_its_author() -> None:
    [inc] = incidents("The army began searches after the bombing of a bank in Lima on Thursday.",
                      datetime.date(1989, 10, 6))
    assert inc["perpetrator"]["group"] != "Peruvian Armed Forces"


@pytest.mark.parametrize("text", [
    "Police arrested four suspects in Kano on Tuesday. The ministry said the cell had been planning attacks "
    "on government buildings.",
    "Officials said the men were preparing attacks on churches in Kaduna when they were detained.",
])
def test_plans_found_at_an_arrest_are_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_zones_meet_a_span() -> None:
    from streams.extract.anchors import zones_meet
    zones = [(10, 20), (40, 50)]
    assert zones_meet(zones, 15, 30) and zones_meet(zones, 0, 11) and zones_meet(zones, 45, 46)
    assert not zones_meet(zones, 20, 40) and not zones_meet(zones, 0, 10) and not zones_meet([], 0, 99)


@pytest.mark.parametrize("text", [
    "Loud explosions and heavy gunfire were heard in the north of Kandahar on Thursday.",
    "On Thursday residents of Kandahar said they heard explosions all night.",
])
def test_sounds_heard_are_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_a_bomb_heard_across_the_city_is_still_an_attack() -> None:
    text = "A car bomb exploded outside the police station in Kandahar on Thursday; the explosion was heard miles away."
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "The committee denounced arrests, murders and disappearances in Kandahar province on Thursday.",
    "The report lists torture, murder, rape and extortion by the militia in Kandahar on Thursday.",
])
def test_attack_nouns_listed_among_abuses_are_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_a_murder_and_torture_of_named_people_is_an_attack() -> None:
    assert len(incidents("Gunmen were blamed for the murder and torture of three farmers near Kandahar on Thursday.")) == 1


def test_an_attributive_participle_opens_no_incident() -> None:
    assert incidents("The envoy asked on Thursday what had happened to the kidnapped engineers in Kandahar.") == []


def test_a_passive_participle_still_tells_an_attack() -> None:
    assert len(incidents("Two engineers were kidnapped by gunmen in Kandahar on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "The militia has massacred 40,000 villagers in Kandahar, the opposition leader said. He spoke on Thursday.",
    "Death squads killed thousands of farmers in Kandahar province, the rebels said in a statement.",
])
def test_deaths_by_the_thousand_are_a_toll(text: str) -> None:
    assert incidents(text) == []


def test_a_year_is_not_a_toll() -> None:
    text = "The former minister, in office until 1986, was shot dead by gunmen in Kandahar on Thursday."
    assert len(incidents(text)) == 1


def test_killings_in_the_past_few_years_are_an_aggregate() -> None:
    assert incidents("Gunmen have murdered four judges in Kandahar in the past few years, the minister said on Thursday.") == []


def test_a_whole_people_as_the_object_is_a_charge_not_an_attack() -> None:
    assert incidents("On Thursday the rebels said the air force bombed the civilian population in Kandahar.") == []


def test_the_people_of_a_village_are_a_place_attacked() -> None:
    assert len(incidents("On Thursday gunmen attacked the people of a village near Kandahar, killing four.")) == 1


def test_a_social_explosion_is_no_bombing() -> None:
    assert incidents("The minister said on Thursday that poverty in Kandahar had led to a social explosion.") == []


def test_a_question_tells_no_attack() -> None:
    assert incidents("Do you think the attack on the Kandahar police station on Thursday was the work of gunmen?") == []


@pytest.mark.parametrize("text", [
    "No journalist has ever been murdered in Kandahar, the governor said on Thursday.",
    "None of the soldiers were killed in Kandahar on Thursday, the army said.",
])
def test_a_negated_subject_denies_the_act(text: str) -> None:
    assert incidents(text) == []


def test_no_one_killed_beside_a_bombing_keeps_the_bombing() -> None:
    assert len(incidents("A bomb exploded at a market in Kandahar on Thursday. No one was killed.")) == 1


def test_a_police_raid_is_no_attack() -> None:
    assert incidents("On Thursday federal police raided a drug laboratory on a ranch near Kandahar.") == []


def test_a_raid_by_carabineros_or_gendarmes_is_a_police_raid() -> None:
    assert incidents("On Thursday carabineros raided the house of a worker in Talca, where they found a rifle.") == []
    assert incidents("On Thursday gendarmes raided a farm near Kandahar and seized explosives.") == []


def test_gunmen_raiding_a_village_is_an_attack() -> None:
    assert len(incidents("On Thursday gunmen raided a village near Kandahar and killed four farmers.")) == 1


@pytest.mark.parametrize("text", [
    "A shopkeeper was stabbed to death by two men in Kandahar on Thursday.",
    "The body of a teacher, riddled with bullets, was left on a road near Kandahar on Thursday.",
    "On Thursday the party accused the secret police of assassinating its candidate in Kandahar.",
])
def test_more_ways_to_kill_are_attacks(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "The agent had the mission of assassinating the governor of Kandahar, the minister said on Thursday.",
    "The judge said on Thursday that the men were guilty of killing a lawyer in Kandahar.",
])
def test_a_mission_or_a_verdict_is_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_a_plane_crash_killing_people_is_an_accident() -> None:
    text = ("On Thursday a cargo plane that had just taken off from the airport of Kandahar crashed into a "
            "residential area on the edge of the city, destroying several homes and killing 17 people.")
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "Before handing over their weapons in Kandahar on Thursday, the fighters shot them into the air.",
    "Protesters burned a flag outside the embassy in Kandahar on Thursday.",
    "The pilot died and his companion was seriously burned when the engine caught fire near Kandahar on Thursday.",
])
def test_harmless_fire_is_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_shooting_a_guard_is_still_an_attack() -> None:
    assert len(incidents("Gunmen shot a guard outside the embassy in Kandahar on Thursday.")) == 1


def test_an_attack_noun_with_only_a_place_is_no_incident() -> None:
    assert incidents("Referring to the recent assassinations in Kandahar, the governor called for calm.") == []


def test_an_attack_noun_with_a_day_is_an_incident() -> None:
    assert len(incidents("The governor condemned Thursday's bombing in Kandahar.")) == 1


def test_an_attack_verb_with_only_a_place_is_an_incident() -> None:
    assert len(incidents("A bomb exploded in the bathroom of a hotel in Kandahar.")) == 1


def test_actions_that_attack_democracy_are_words() -> None:
    assert incidents("The minister said on Thursday that such protests in Kandahar attack democracy.") == []


def test_a_noun_trigger_used_as_a_present_verb_is_a_habit() -> None:
    text = "When the militia captures wounded rebels in Kandahar, the prisoners say, they question them and then murder them."
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "A roadside bomb wounded three soldiers near Kandahar on Wednesday.",
    "Two shopkeepers were injured by gunmen on motorcycles in Karachi on Wednesday.",
    "Masked gunmen wounded a judge outside his home in Tegucigalpa on Wednesday.",
])
def test_a_wounding_by_a_weapon_or_attackers_is_an_attack(text: str) -> None:
    found = incidents(text)
    assert len(found) == 1 and found[0]["wounded"] is not None and found[0]["occurred_on"] == "2024-05-08"


@pytest.mark.parametrize("text", [
    "Two gunmen were wounded by police in Karachi on Wednesday.",
    "Three people were injured in a traffic accident in Karachi on Wednesday.",
])
def test_a_wounding_without_an_attacker_as_its_agent_is_none(text: str) -> None:
    assert incidents(text) == []


def test_a_wounding_told_on_another_day_is_its_own_incident() -> None:
    found = incidents("Gunmen stormed a hotel in Kismayo on Tuesday, killing nine guests, police said. "
                      "On Monday, a roadside bomb wounded four soldiers near Baidoa.")
    assert [(i["occurred_on"], i["killed"], i["wounded"]) for i in found] == [
        ("2024-05-07", 9, None), ("2024-05-06", None, 4)]


@pytest.mark.parametrize("text, claim", [
    ("Al-Shabaab fighters stormed a police post in Tessalit on Wednesday. The army said four officers died. "
     "The group claimed the attack on Thursday.", "claimed"),
    ("Al-Shabaab fighters stormed a police post in Tessalit on Wednesday. The militant group later claimed "
     "responsibility in a statement.", "claimed"),
    ("Al-Shabaab fighters stormed a police post in Tessalit on Wednesday. The group has not claimed responsibility.",
     "attributed"),
])
def test_a_claim_by_the_group_refers_to_the_last_armed_group(text: str, claim: str) -> None:
    [inc] = incidents(text)
    assert (inc["perpetrator"]["group"], inc["perpetrator"]["claim"]) == ("Al-Shabaab", claim)


def test_a_claim_by_the_group_is_not_the_attackers_when_another_group_was_named_last() -> None:
    [inc] = incidents("Al-Shabaab fighters stormed a police post in Beledweyne on Wednesday. "
                      "The Islamic State praised the raid. The group claimed responsibility on Thursday.")
    assert (inc["perpetrator"]["group"], inc["perpetrator"]["claim"]) == ("Al-Shabaab", "attributed")


def test_a_tally_of_attacks_in_the_active_perfect_is_no_attack() -> None:
    assert incidents("Jihadists have killed more than 300 civilians in attacks across the region this year, "
                     "a monitoring group said on Wednesday.") == []


def test_one_attack_in_the_active_perfect_is_still_an_attack() -> None:
    [inc] = incidents("Jihadists have killed 120 villagers in an attack on Dori, officials said on Wednesday.")
    assert inc["killed"] == 120


@pytest.mark.parametrize("text", [
    "The Security Council on Wednesday condemned the recent surge in attacks on aid workers in Darfur.",
    "Three years after the bombing that killed 40 worshippers in Peshawar, the families still wait for a trial.",
    "Soldiers killed 14 Shining Path guerrillas near Ayacucho on Wednesday.",
])
def test_surges_anniversaries_and_fallen_named_fighters_are_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_an_attack_months_old_is_background_even_when_told_first() -> None:
    [inc] = incidents("A court on Wednesday jailed a man over the knife attack in Villach that killed a teenager "
                      "last October.")
    assert (inc["occurred_on"], inc["role"]) == ("2023-10", "background")


def test_the_first_attack_of_the_week_is_reported() -> None:
    [inc] = incidents("Gunmen killed a judge in Villach on Monday.")
    assert inc["role"] == "reported"


def test_a_ship_seized_by_an_armed_group_is_a_hijacking() -> None:
    [inc] = incidents("Houthi forces seized a Bahamas-flagged cargo ship in the Red Sea on Wednesday.")
    assert (inc["attack_type"], inc["perpetrator"]["group"]) == ("hijacking", "Houthis")


def test_a_boat_seized_by_the_police_is_no_hijacking() -> None:
    assert incidents("Police seized a boat carrying two tonnes of cocaine off Guayaquil on Wednesday.") == []


def test_denying_any_role_in_an_attack_is_no_intention() -> None:
    [inc] = incidents("Hezbollah denied any role in the rocket attack on Metula on Wednesday.")
    assert inc["perpetrator"]["claim"] == "denied"


def test_a_lead_summing_up_two_attacks_is_neither_of_them() -> None:
    found = incidents("Gunmen killed 30 people in two attacks in northern Burkina Faso, officials said on Friday. "
                      "On Tuesday, gunmen stormed the village of Koulpelogo, killing 18 people. On Wednesday, a "
                      "roadside bomb killed 12 soldiers near Djibo.")
    assert [(i["occurred_on"], i["killed"]) for i in found] == [("2024-05-07", 18), ("2024-05-08", 12)]


_FAR = ("The FMLN rejected the talks on Monday. FMLN leaders spoke in Mexico. The FMLN wants a ceasefire. "
        "Prices rose in the capital. The harvest was poor this year. Schools reopened in the west. ")


@pytest.mark.parametrize("attackers, group", [
    ("Two armed men", None),  # "men" only, the group named far away: no group
    ("Guerrillas", "Farabundo Marti National Liberation Front"),  # guerrillas: the article's group, wherever named
])
def test_vague_attackers_get_the_main_group_only_when_it_is_named_close(attackers: str, group: str | None) -> None:
    got, _ = perp(_FAR + f"{attackers} shot a mayor dead in Chalatenango on Thursday.", datetime.date(1989, 11, 20))
    assert got == group


def test_attackers_named_as_another_group_do_not_get_the_main_group() -> None:
    text = ("The FMLN rejected the talks on Monday. FMLN leaders spoke in Mexico. The FMLN wants a ceasefire. "
            "A teacher was shot dead in Usulutan on Sunday, and residents said death squads and their guerrilla "
            "informers roam the area.")
    assert perp(text, datetime.date(1989, 11, 20)) == (None, "unknown")


def test_a_state_named_in_the_possessive_is_its_forces() -> None:
    group, claim = perp("Ukraine's military said it had struck a Russian airbase in Crimea with drones on Wednesday.")
    assert (group, claim) == ("Ukrainian Armed Forces", "claimed")


def test_rockets_launched_in_a_barrage_are_an_attack() -> None:
    [inc] = incidents("Hezbollah launched a barrage of about 40 rockets at Kiryat Shmona on Wednesday.")
    assert (inc["attack_type"], inc["weapons"][0]["count"]) == ("rocket", 40)


@pytest.mark.parametrize("text, group", [
    ("Russia launched 80 drones at Kharkiv overnight on Wednesday, the Ukrainian air force said.",
     "Russian Armed Forces"),
    ("Israel struck a school in Khan Younis on Wednesday, killing 12 people.", "Israel Defense Forces"),
])
def test_a_country_as_the_subject_of_an_attack_is_its_forces(text: str, group: str) -> None:
    assert perp(text) == (group, "attributed")


def test_a_country_that_only_speaks_attacks_nobody() -> None:
    assert perp("Nigeria said gunmen killed 12 people in Gusau on Wednesday.") == (None, "unknown")


def test_a_groups_toll_since_a_year_is_no_attack() -> None:
    found = incidents("The attack bore the hallmarks of Boko Haram, which has killed thousands in the region since 2009.")
    assert all(i["killed"] is None for i in found)


def test_a_country_a_drone_was_launched_from_is_no_subject() -> None:
    group, _ = perp("A drone launched from Lebanon struck a house in Metula on Wednesday. Hezbollah claimed the attack.")
    assert group == "Hezbollah"


def test_a_series_of_attacks_on_one_day_in_one_town_is_one_incident() -> None:
    [inc] = incidents("Suicide bombers killed 18 people in a series of attacks on Wednesday in Konduga, officials said.")
    assert inc["killed"] == 18


@pytest.mark.parametrize("text", [
    "The bishop condemned the murder of activists and union leaders in the province.",
    "The governor said the gang had murdered judges and journalists in the province.",
    "The report blamed the militia for killing innocent civilians in the north.",
])
def test_a_bare_plural_of_people_as_the_object_is_a_charge_not_an_attack(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "The governor said the gang had murdered two judges in the province.",
    "The governor said the gang had murdered judges in Quetta on Thursday.",
    "Gunmen attacked members of a church group near Quetta, wounding two.",
    "Gunmen kidnapped women and children near the camp in Borno.",
    "The gang has kidnapped women and children who had gone to fetch water near the camp in Borno.",
])
def test_counted_dated_or_particular_people_are_still_an_attack(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "Insurgents attacked the Falcon Brigade headquarters in Kandahar on Thursday, wounding two guards.",
    "Gunmen attacked a police detachment in Kandahar on Thursday.",
    "Gunmen shot dead an employee of the 5th Infantry Brigade in Kandahar on Thursday.",
    "Rockets were fired at the Falcon Battalion barracks in Kandahar on Thursday.",
    "Militants attacked army positions in Kandahar on Thursday, the military said.",
    "Insurgents ambushed units of the Falcon Battalion near Kandahar on Thursday.",
])
def test_an_attack_on_soldiers_their_positions_or_buildings_is_an_incident(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "The mayor said the gangs have killed many people in the province.",
    "The bishop said drug money pays for the killing of my people in the valley.",
])
def test_many_people_or_my_people_as_the_object_is_a_charge(text: str) -> None:
    assert incidents(text) == []


def test_many_people_killed_on_a_day_is_still_an_attack() -> None:
    assert len(incidents("The mayor said gunmen killed many people in the market on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "The governor said the police will investigate the circumstances of the attack that killed four farmers "
    "near Quetta on Thursday.",
    "The union will hold a march to protest the assassination of its leader in Quetta on Thursday.",
    "The party said it must condemn the brutal murder of the mayor of Quetta on Thursday.",
])
def test_an_intention_about_a_told_attack_does_not_cancel_it(text: str) -> None:
    """The intention governs its own verb ("investigate", "hold", "condemn"), not the attack it mentions."""
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "The rebels said they plan to carry out the attack on the garrison in Quetta on Thursday.",
    "Police said the gang will repeat the massacre in Quetta unless the ransom is paid.",
    "The rebels warned of an attack on the garrison in Quetta.",
    "The rebels threatened to attack the garrison in Quetta on Thursday.",
])
def test_an_intended_attack_is_still_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_those_who_did_it_are_people_not_a_set_of_attacks() -> None:
    [inc] = incidents("The governor condemned those who this morning massacred four farmers in Kandahar.")
    assert inc["attack_type"] == "armed_assault"


def test_those_who_like_bombs_are_a_kind_of_people() -> None:
    assert incidents("The trouble comes from those who like throwing bombs and killing people.") == []


def test_an_attack_on_a_target_framed_by_an_offensive_is_an_attack() -> None:
    [inc] = incidents("During the offensive, fighters of the Popular Liberation Front attacked the governor's "
                      "residence in Kandahar on Thursday.")
    assert inc["attack_type"] == "armed_assault"


@pytest.mark.parametrize("text", [
    "During the offensive, fighters of the Popular Liberation Front attacked enemy positions near Kandahar on "
    "Thursday.",
    "Rebels attacked the governor's residence during heavy fighting in Kandahar on Thursday.",
])
def test_combat_told_in_the_attack_clause_or_with_no_target_is_still_combat(text: str) -> None:
    assert incidents(text) == []


def test_a_when_clause_takes_the_date_before_it() -> None:
    """"On 17 June 1980, when the group attacked": the attack is dated 1980, history, not reported."""
    assert incidents("The group said its war began on 17 June 1980, when it attacked an electoral office in "
                     "Ayacucho.") == []


def test_an_intention_does_not_reach_into_a_relative_clause_in_the_past() -> None:
    [inc] = incidents("A delegation that will attend the funerals of the teachers who were killed in Quetta on "
                      "Thursday left today.")
    assert inc["occurred_on"] == "2024-05-09"


def test_a_relative_that_is_no_determiner() -> None:
    """"Defused 20 kg of explosives that had slow burning fuses": 'that' opens a clause, the defusing still
    holds."""
    assert incidents("In Quetta on Thursday the police defused 20 kg of explosives that had slow burning fuses.") == []


@pytest.mark.parametrize("text", [
    "A police helicopter was damaged by rebels near Kandahar on Thursday, the army said.",
    "A police helicopter was damaged by\nrebels near Kandahar on Thursday, the army said.",
    "On Thursday rebels destroyed a bridge near Kandahar, the army said.",
])
def test_damage_done_by_attackers_is_an_attack(text: str) -> None:
    """Damage, like a wounding, is an attack of its own when attackers or a weapon did it (wire copy may
    wrap the line after "by")."""
    assert len(incidents(text)) == 1


def test_damage_with_no_agent_is_no_attack_of_its_own() -> None:
    assert incidents("A bridge near Kandahar was damaged on Thursday, the army said.") == []


def test_an_attack_named_as_an_example_of_a_set_is_one_attack() -> None:
    [inc] = incidents("The minister spoke of recent terrorist actions, such as the attack on the union headquarters "
                      "in Kandahar.")
    assert inc["targets"]


def test_a_set_of_attacks_with_no_example_is_no_attack() -> None:
    text = "The minister spoke of recent terrorist actions and the attacks on union offices in Kandahar."
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "An investigation into the murder of the mayor of Quetta began on Thursday.",
    "Officials said on Thursday that soldiers were involved in the killing of four farmers in Quetta.",
])
def test_an_inquiry_into_one_attack_tells_the_attack(text: str) -> None:
    """Asking who did an attack presupposes it happened; a verdict or a charge still keeps it out (a trial)."""
    assert len(incidents(text)) == 1


def test_an_inquiry_into_attacks_in_the_plural_is_no_attack() -> None:
    assert incidents("An investigation into the killings in Quetta began on Thursday.") == []


def test_a_congressman_is_someone_an_attack_hits() -> None:
    [inc] = incidents("The murder of another congressman has led the ministers to resign.")
    assert [v["text"] for v in inc["victims"]] == ["congressman"]


@pytest.mark.parametrize("text", [
    "Two bodies, one of them headless and the other with bullet wounds, were found on Thursday near Quetta.",
    "Farmers found the body of a teacher with his hands tied and gunshot wounds near Quetta on Thursday.",
])
def test_a_body_found_with_marks_of_violence_is_a_killing(text: str) -> None:
    [inc] = incidents(text)
    assert inc["attack_type"] == "armed_assault"
    assert inc["occurred_on"] == "2024-05-09"


@pytest.mark.parametrize("text", [
    "The body of a fisherman was found on Thursday on a beach near Quetta.",
    "Rescuers recovered the bodies of three climbers on Thursday after an avalanche near Quetta.",
    "Doctors said the patient had bullet wounds when he was found on Thursday near Quetta.",
])
def test_a_body_found_with_no_mark_of_violence_is_no_attack(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "The statement welcomed the release of kidnapped persons by the cartel, minister Juan Perez said on Thursday.",
    "The seized documents were issued to Juan Perez and Luis Gomez, police said on Thursday.",
])
def test_a_participle_describing_its_noun_tells_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_a_named_victim_with_a_participle_as_verb_is_still_an_attack() -> None:
    [inc] = incidents("Police said on Thursday that Juan Perez was kidnapped in Quetta.")
    assert inc["attack_type"] == "kidnapping"


def test_the_victims_relative_clause_of_an_attack_not_told_is_not_told_either() -> None:
    assert incidents("He was referring to the massacre of six priests who were killed by soldiers, now under trial.") == []


def test_the_victims_relative_clause_of_a_told_attack_stays_told() -> None:
    [inc] = incidents("Soldiers massacred six priests who were killed in their beds in Quetta on Thursday.")
    assert inc["killed"] == 6


@pytest.mark.parametrize("text", [
    "Let us recall the horrible explosion of the airliner, in which more than 100 people died, the senator said on "
    "Thursday.",
    "Thousands gathered in the capital on Thursday to commemorate the assassination of the archbishop.",
])
def test_an_attack_recalled_or_commemorated_is_not_told(text: str) -> None:
    assert incidents(text) == []


def test_attack_nouns_coordinated_before_a_bare_plural_name_a_charge() -> None:
    text = "\"The murder and kidnapping of teachers, farmers, and students worry us,\" the bishop said on Thursday."
    assert incidents(text) == []


def test_attack_nouns_coordinated_before_counted_victims_are_one_attack() -> None:
    assert len(incidents("The murder and kidnapping of two teachers in Quetta on Thursday shocked the town.")) == 1


def test_deaths_on_the_battlefield_are_combat() -> None:
    assert incidents("Two officers were killed on the battlefield near Kandahar on Thursday.") == []


def test_missiles_sent_to_a_group_are_a_shipment() -> None:
    assert incidents("The minister said the missiles and other weapons sent by the neighbouring government to the "
                     "rebels on Thursday threaten the region.") == []


def test_rockets_sent_into_a_town_are_fired() -> None:
    assert len(incidents("Militants sent two rockets into the town of Kiryat Shmona on Thursday.")) == 1


def test_fighters_killed_or_wounded_by_the_army_are_combat() -> None:
    assert incidents("The army has killed or wounded more than 1,000 rebels, the colonel said on Thursday.") == []


def test_bare_plural_attacks_with_nothing_told_before_are_many() -> None:
    text = "Pakistan was hit hardest, where attacks by the Pakistani Taliban rose sharply, the institute said in its index."
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "Militants attacked a police post in Quetta on Thursday. The attacks killed 12 people.",
    "Terrorist attacks on Thursday killed 12 people in Quetta.",
])
def test_plural_attacks_referring_back_or_with_a_day_stay_told(text: str) -> None:
    assert len(incidents(text)) == 1


def test_a_raid_by_looters_is_a_riot() -> None:
    assert incidents("The town of Villa Nueva has been raided by looters on Thursday, the mayor said.") == []


def test_a_raid_by_gunmen_is_an_attack() -> None:
    assert len(incidents("Gunmen raided a village near Maiduguri on Thursday, killing 12 people.")) == 1


@pytest.mark.parametrize("text, atype", [
    ("Airstrikes hit a market in northern Yemen, residents said.", "airstrike"),
    ("Israeli strikes killed at least 30 people across Gaza, health officials said.", "airstrike"),
    ("Overnight drone attacks on Moscow forced two airports to close, the mayor said.", "drone"),
    ("Rocket attacks on US forces at Ain al-Asad air base wounded two service members, officials said.", "rocket"),
])
def test_plural_attacks_on_one_place_or_told_by_a_verb_stay_one_attack(text: str, atype: str) -> None:
    [inc] = incidents(text)
    assert inc["attack_type"] == atype


def test_a_day_of_another_clause_makes_no_campaign_one_attack() -> None:
    text = "Today the council declared a state of siege to protect the people, who are being attacked by the rebels."
    assert incidents(text) == []


def test_a_campaign_told_with_a_day_of_its_own_is_one_raid() -> None:
    assert len(incidents("The air force is bombing the villages tonight, residents said.")) == 1


def test_denied_charges_dispute_the_event() -> None:
    assert incidents("The army today denied charges by the rebels that its planes bombed a village near the volcano "
                     "last night.") == []


def test_plural_attacks_on_a_kind_of_target_are_many() -> None:
    assert incidents("Renewed Houthi attacks on shipping in the Red Sea have pushed up insurance costs.") == []


def test_a_year_does_not_make_a_war_toll_one_attack() -> None:
    assert incidents("The insurgency, which began in the north in 2011, has killed more than 40,000 people, "
                     "the UN says.") == []


def test_a_day_makes_a_large_toll_one_attack() -> None:
    assert len(incidents("Jets killed 1,200 people in raids on Saturday, officials said.")) == 1


def test_those_people_who_have_been_kidnapped_are_a_set_not_one_attack() -> None:
    assert incidents("We ask those persons who have been kidnapped by the rebels to be patient, the minister said "
                     "on Monday.") == []


def test_an_attack_last_year_is_background_not_history() -> None:
    text = ("Gunmen stormed a beach restaurant in Mogadishu on Friday, killing 12 people. In June last year, "
            "fighters of the same group besieged a hotel in the city, killing 21 people.")
    incs = incidents(text, datetime.date(2024, 8, 3))
    assert [(i["role"], i["occurred_on"]) for i in incs] == [("reported", "2024-08-02"), ("background", "2023-06")]


@pytest.mark.parametrize("text", [
    "Residents of Kandahar support the rebels despite the air force bombing residential areas.",
    "Gunmen of the Zeta cartel carried out the bombings in the towns, police said.",
    "Grenades and bombs have been exploded in public places, the bishop said.",
])
def test_places_in_the_plural_make_many_attacks(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "The air force bombed two villages near Kandahar on Thursday.",
    "Gunmen attacked the villages of Alpha and Beta near Kandahar, killing four farmers.",
    "A bomb exploded in a public place in Quetta on Thursday, killing two people.",
])
def test_places_counted_named_or_single_are_one_attack(text: str) -> None:
    assert len(incidents(text)) == 1


def test_victims_of_attacks_name_a_kind() -> None:
    text = "Farmers in Kandahar have been victims of rebel attacks, and the army blamed the Taliban for those attacks."
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "There were reports of attacks on a police post in Kandahar on Thursday.",
    "Two farmers were victims of an attack by the Taliban in Kandahar on Thursday.",
])
def test_attacks_after_of_may_still_tell_one(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "We thank the Afghan people, who have also been murdered by the militias in our homeland.",
    "The Afghan people have been bombed by the air force, the rebel leader said.",
])
def test_a_whole_people_as_the_sufferer_is_a_charge(text: str) -> None:
    assert incidents(text) == []


def test_the_people_of_one_place_were_attacked_once() -> None:
    assert len(incidents("The people of Alpha village were attacked by gunmen on Thursday, killing four farmers.")) == 1


@pytest.mark.parametrize("text", [
    "The cartels have set off more than 260 bombs, killing at least 190 people, in retaliation for the crackdown.",
    "The militia has fired more than 300 rockets at the northern towns, the army said.",
])
def test_weapons_by_the_hundred_in_the_perfect_are_a_tally(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "The rebels have set off a bomb in a market in Kandahar, killing 120 people.",
    "Militants fired more than 100 rockets at Haifa on Thursday, killing two people.",
])
def test_one_bomb_or_one_dated_salvo_is_one_attack(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "Our forces have assaulted headquarters in the controlled areas and seized weapons, the rebel radio said.",
    "The army is proclaiming that it has attacked command posts and destroyed rebel camps.",
])
def test_targets_in_the_plural_in_the_perfect_are_a_record(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "Gunmen have attacked the police headquarters in Kandahar, police said.",
    "Gunmen have attacked the offices of the Alpha newspaper in Kandahar, police said.",
    "Rebels attacked two banks in Kandahar, police said.",
])
def test_one_target_or_counted_targets_stay_one_attack(text: str) -> None:
    assert len(incidents(text)) == 1


def test_a_toll_so_far_is_a_tally() -> None:
    text = "So far 8 civilians have been killed and 100 wounded as a result of the rebels' terrorism in the province."
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "So far no group has claimed responsibility for the bomb attack on a market in Kandahar on Thursday.",
    "A bomb exploded in a market in Kandahar on Thursday; so far police have arrested no one.",
])
def test_so_far_about_one_attack_keeps_it(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "The journalist who was reported killed in Kandahar on Thursday is alive and well, his editor said.",
    "The pilot that was killed in Kandahar, according to the army, is alive and well in Kabul.",
])
def test_the_one_said_killed_is_alive(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "Gunmen killed a guard in Kandahar on Thursday, but the manager is alive.",
    "A guard was killed in Kandahar on Thursday; the manager is alive.",
])
def test_someone_else_alive_leaves_the_killing(text: str) -> None:
    assert len(incidents(text)) == 1


def test_attacks_against_a_government_itself_are_words() -> None:
    text = ('Panama expelled the ambassador on Thursday "because of the unjustified attacks by the Cuban government '
            'against the national government."')
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "Rebels carried out an attack against the government palace in Kandahar on Thursday, killing two guards.",
    "Rebels launched an attack on government troops in Kandahar on Thursday, killing two soldiers.",
])
def test_the_governments_palace_or_troops_are_targets(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "The minister received information about the continuing operations of the militia, during which 18 farmers were "
    "killed recently.",
    "The army reported raids by the rebels, in which four farmers were killed, the governor said.",
])
def test_killed_during_many_events_is_a_toll(text: str) -> None:
    assert incidents(text) == []


def test_killed_during_one_attack_is_told() -> None:
    text = "The rebels carried out an attack on the market in Kandahar, during which four farmers were killed."
    assert len(incidents(text)) == 1


def test_an_attack_on_a_whole_people_is_a_charge() -> None:
    assert incidents("The minister condemned the Taliban's criminal attack on the Afghan people in Kandahar.") == []


def test_an_attack_on_the_people_of_a_village_is_one() -> None:
    text = ("The minister condemned the attack on the people of Alpha village in Kandahar on Thursday, which killed "
            "four farmers.")
    assert len(incidents(text)) == 1


def test_a_participle_coordinated_with_a_perfect_is_a_record_too() -> None:
    assert incidents("The army is proclaiming that it has raided rebel camps and killed rebel leaders.") == []


@pytest.mark.parametrize("text", [
    "Gunmen have stormed a hotel in Kandahar and killed two guards, police said.",
    "Gunmen stormed a hotel in Kandahar and killed guards, police said.",
])
def test_a_perfect_on_one_target_stays_one_attack(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "The widows of men murdered by the officers protested outside the embassy in Kandahar.",
    "The relatives of farmers kidnapped by the militia marched in Kandahar, the bishop said.",
])
def test_people_described_by_a_participle_tell_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_people_counted_before_the_participle_are_told() -> None:
    assert len(incidents("The bodies of two men murdered by gunmen were found in Kandahar on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "Nationwide, we counted 230 terrorists killed, and 136 wounded, the colonel said on Thursday.",
    "The army said 12 rebels killed in Kandahar on Thursday were buried.",
])
def test_counted_fighters_killed_with_no_object_fell(text: str) -> None:
    assert incidents(text) == []


def test_counted_attackers_killing_someone_attack() -> None:
    assert len(incidents("Two gunmen killed a guard in Kandahar on Thursday.")) == 1


def test_a_raid_during_looting_is_a_riot() -> None:
    text = ("The looting began early this morning in Kandahar. The mayor said the houses which were raided tonight "
            "were badly damaged.")
    assert incidents(text) == []


def test_attackers_raiding_after_looting_attack() -> None:
    text = "The looting of shops ended on Monday. Gunmen raided a police station in Kandahar on Thursday."
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "The kidnappings are an attempt by the terrorists to give the government a pretext, President Karimi said "
    "in Kabul.",
    "KABUL, 10 MAY 24 -- [TEXT] THE KIDNAPPINGS ARE AN ATTEMPT BY THE TALIBAN TO GIVE THE GOVERNMENT A PRETEXT, "
    "PRESIDENT KARIMI SAID.",
])
def test_attacks_judged_as_a_set_are_none_told(text: str) -> None:
    assert incidents(text) == []


def test_attacks_in_the_plural_told_with_their_day_stay() -> None:
    assert len(incidents("The attacks on the market in Kandahar on Thursday killed four farmers.")) == 1


def test_an_attack_recalled_across_a_wire_note_is_recalled() -> None:
    text = "We remember [words indistinct] the assassination of senator Jose Perez, the rebel leader said."
    assert incidents(text) == []


def test_a_death_with_no_violent_cause_opens_no_incident() -> None:
    text = ("However, when President Jose Perez died, a communique declared a truce so that the funeral could take "
            "place.")
    assert incidents(text) == []


def test_a_death_from_gunshot_wounds_is_still_a_killing() -> None:
    text = "Senator Jose Perez has died from gunshot wounds in Kandahar, his party said on Thursday."
    assert len(incidents(text)) == 1
