"""Attackers as people (perpetrator_individuals) on sentences written for these tests."""
from __future__ import annotations

import datetime

from streams.extract import extract_incidents

PUB = datetime.date(1990, 3, 5)


def attackers(text: str) -> list[str]:
    return [x["text"] for inc in extract_incidents(text, PUB, "p1") for x in inc["perpetrator_individuals"]]


def test_people_who_throw_or_plant_a_bomb_are_attackers() -> None:
    # no attack verb: throwing, planting and placing a device make people-words attackers
    assert attackers("YESTERDAY TWO MEN RIDING ON A MOTORCYCLE THREW A GRENADE AT A POLICE STATION IN PASTO.") \
        == ["TWO MEN RIDING ON A MOTORCYCLE"]
    assert attackers("Three young men planted a bomb at the town hall of Pasto on Monday.") == ["Three young men"]


def test_people_beside_a_bomb_they_did_not_place_are_no_attackers() -> None:
    assert attackers("A BOMB PLACED BY UNKNOWN PERSONS EXPLODED IN PASTO YESTERDAY. TWO MEN WERE NEAR THE "
                     "DOOR WHEN IT WENT OFF.") == ["UNKNOWN PERSONS"]


def test_people_the_attack_befell_are_no_attackers() -> None:
    # "killed" with no object after it: the people were killed, they did not kill
    assert attackers("GUNMEN ATTACKED A BUS IN PASTO YESTERDAY, LEAVING FOUR PEOPLE KILLED AND SIX WOUNDED.") \
        == ["GUNMEN"]
    assert attackers("Rebels stormed the army post in Pasto on Monday. Six rebels were also killed.") == ["Rebels"]
    assert attackers("GUNMEN STORMED THE ARMY POST IN PASTO ON MONDAY AND NINE REBELS DIED AT THE SCENE.") \
        == ["GUNMEN"]


def test_other_spellings_and_names_of_attackers() -> None:
    assert attackers("URBAN GUERILLAS ATTACKED THE POLICE STATION IN PASTO YESTERDAY.") == ["URBAN GUERILLAS"]
    assert attackers("The judge was shot dead in Pasto on Monday by hired assassins.") == ["hired assassins"]


def test_a_person_named_as_the_agent_of_an_attack() -> None:
    assert attackers("THE JUDGE WAS SHOT DEAD IN PASTO YESTERDAY BY COLONEL JUAN PEREZ.") == ["COLONEL JUAN PEREZ"]
    # a name after "by" that did not attack: no attacker
    assert attackers("GUNMEN KILLED A JUDGE IN PASTO YESTERDAY, IN AN ATTACK CONDEMNED BY PRESIDENT JUAN PEREZ.") \
        == ["GUNMEN"]


def test_people_subjects_of_an_attack_verb() -> None:
    assert attackers("ON MONDAY, MILITARY PERSONNEL KILLED THREE STUDENTS IN PASTO.") == ["MILITARY PERSONNEL"]
    # an auxiliary between the subject and its verb
    assert attackers("ARMY TROOPS HAVE KIDNAPPED FIVE PEASANTS IN PASTO ON MONDAY.") == ["ARMY TROOPS"]


def test_a_band_named_by_an_attacker_word_is_the_attacker() -> None:
    assert attackers("TERRORIST GROUPS ALSO BLEW UP SEVERAL TOWERS IN PASTO ON MONDAY.") == ["TERRORIST GROUPS"]
    assert attackers("An unidentified armed group attacked the town hall in Pasto on Monday.") \
        == ["unidentified armed group"]


def test_members_after_an_attacker_noun_belong_to_the_phrase() -> None:
    assert attackers("DEATH SQUAD MEMBERS STAGED A BOMB ATTACK ON THE HOME OF A JUDGE IN PASTO ON MONDAY.") \
        == ["DEATH SQUAD MEMBERS"]


def test_an_agent_phrase_ends_before_a_time_or_a_hedge() -> None:
    assert attackers("THE JUDGE WAS KILLED IN PASTO ON MONDAY BY SOLDIERS 2 DAYS AFTER HIS ARREST.") == ["SOLDIERS"]
    assert "HOODED INDIVIDUALS" in attackers("THE JUDGE WAS KILLED IN PASTO ON MONDAY BY HOODED INDIVIDUALS "
                                             "THOUGHT TO BE REBELS.")


def test_an_agent_phrase_may_open_with_a_group_name_in_ing() -> None:
    assert attackers("SIX MILITIAMEN DIED IN PASTO ON MONDAY DURING AN ATTACK BY A SHINING PATH COLUMN.") \
        == ["SHINING PATH COLUMN"]


def test_a_group_noun_after_a_preposition_is_no_attacker_but_a_doer_noun_is() -> None:
    text = "A BOMB KILLED A MAYOR, A CRITIC OF THE REBELS, IN PASTO YESTERDAY; POLICE LAUNCHED A SEARCH FOR THE KILLERS."
    assert attackers(text) == ["KILLERS"]
    # a nationality or creed between the preposition and the noun changes nothing
    text = "A BOMB KILLED A MAYOR, A CRITIC OF THE MARXIST REBELS, IN PASTO YESTERDAY."
    assert attackers(text) == []


def test_speakers_and_parties_are_no_attackers() -> None:
    text = ("GUNMEN KILLED A MAYOR IN PASTO YESTERDAY. THE REBELS SAID THEY WERE NOT INVOLVED AND THE GUERRILLAS "
            "DEMANDED AN INQUIRY INTO THE ATTACK.")
    assert attackers(text) == ["GUNMEN"]


def test_the_attackers_after_named_attackers_are_the_same_people() -> None:
    text = ("TWO MEN ON A MOTORCYCLE SHOT A JUDGE IN PASTO YESTERDAY. THE JUDGE DIED ON THE WAY TO HOSPITAL AND "
            "THE KILLERS FLED.")
    assert attackers(text) == ["TWO MEN ON A MOTORCYCLE"]
    # the first attacker phrase of an article stays, whatever its noun
    assert attackers("THE KILLERS OF A JUDGE SHOT HIM IN PASTO YESTERDAY.") == ["KILLERS"]


def test_possessors_objects_and_finders_are_no_attackers() -> None:
    text = ("GUNMEN KILLED A MAYOR NEAR THE REBELS' CAMP IN PASTO YESTERDAY, AFTER THE ARREST OF FOUR DRUG "
            "TRAFFICKERS.")
    assert attackers(text) == ["GUNMEN"]
    assert attackers("THE BODY OF A MAYOR KILLED IN PASTO YESTERDAY WAS FOUND BY SEVERAL MEN.") == []


def test_the_antecedent_of_a_relative_attack_clause_is_the_attacker() -> None:
    assert attackers("TROOPS ARE TRYING TO PURSUE THE ARMED GROUP THAT KILLED FIVE PEASANTS IN PASTO ON MONDAY.") \
        == ["ARMED GROUP"]
    # an object before the relative clause names the victims: "killed two policemen, who fired back"
    assert attackers("GUNMEN KILLED TWO POLICEMEN, WHO FIRED BACK, IN PASTO ON MONDAY.") == ["GUNMEN"]


def test_a_count_keeps_its_qualifier() -> None:
    assert attackers("AT LEAST THREE UNIDENTIFIED INDIVIDUALS FIRED AT THE CAR OF A JUDGE IN PASTO ON MONDAY.") \
        == ["AT LEAST THREE UNIDENTIFIED INDIVIDUALS"]
    assert attackers("A JUDGE WAS WOUNDED IN PASTO ON MONDAY WHEN AT LEAST ONE MAN FIRED ON HIS CAR.") \
        == ["AT LEAST ONE MAN"]


def test_people_who_did_something_and_then_attacked_are_attackers() -> None:
    text = "THE LAWYER WAS GETTING INTO HER CAR IN PASTO ON MONDAY WHEN A YOUNG MAN APPROACHED HER AND SHOT HER."
    assert attackers(text) == ["YOUNG MAN"]
    # a comma ends the first clause: "two men walked past, and soldiers shot ..." says nothing of the men
    assert "TWO MEN" not in attackers("TWO MEN WALKED PAST THE POLICE STATION IN PASTO ON MONDAY, AND SOLDIERS "
                                      "SHOT A DRIVER.")


def test_someone_who_attacks_is_an_attacker() -> None:
    assert attackers("THE AMBULANCE WAS SET ON FIRE IN PASTO ON MONDAY WHEN SOMEONE HURLED A FIREBOMB AT IT.") \
        == ["SOMEONE"]
    assert attackers("GUNMEN KILLED A JUDGE IN PASTO ON MONDAY, SOMEONE SAID.") == ["GUNMEN"]


def test_a_sponsor_modifier_belongs_to_the_attackers() -> None:
    assert attackers("Syria-backed gunmen attacked a checkpoint near Tyre on Sunday.") == ["Syria-backed gunmen"]


def test_attackers_who_shot_at_something_are_attackers() -> None:
    assert attackers("GUNMEN SHOT AT THE CAR OF A JUDGE IN PASTO ON MONDAY.") == ["GUNMEN"]


def test_fighters_killed_by_a_strike_are_no_attackers() -> None:
    [inc] = extract_incidents("An Israeli drone strike killed two Hezbollah fighters near Tyre on Monday.",
                              datetime.date(2024, 5, 7), "p1")
    assert inc["perpetrator_individuals"] == []


def test_people_after_to_are_a_reference_or_recipients_unless_blamed() -> None:
    assert attackers("According to the rebels, unidentified gunmen bombed the town hall of Pasto on Monday.") \
        == ["unidentified gunmen"]
    assert attackers("GUNMEN BOMBED THE TOWN HALL OF PASTO ON MONDAY WITH GRENADES THAT A NEIGHBOURING ARMY HAD "
                     "SOLD TO THE GUERRILLAS.") == ["GUNMEN"]
    # attributed to them, they are the attackers
    assert attackers("Police attributed Monday's bombing of the town hall of Pasto to drug traffickers.") \
        == ["drug traffickers"]


def test_attackers_coordinated_with_the_state_are_a_party_not_the_attackers() -> None:
    assert attackers("The town hall of Pasto was bombed on Monday, days after talks between the government and "
                     "the guerrillas broke down.") == []
    assert attackers("GUNMEN ATTACKED THE TOWN HALL OF PASTO ON MONDAY, WHILE THE GOVERNMENT AND THE GUERRILLAS "
                     "WERE MEETING IN CARACAS.") == ["GUNMEN"]
    # two kinds of attackers coordinated are both attackers
    assert attackers("Gunmen and guerrillas attacked the town hall of Pasto on Monday.") == ["Gunmen", "guerrillas"]


def test_attackers_who_request_or_retreat_take_a_stance() -> None:
    assert attackers("Gunmen bombed the town hall of Pasto on Monday, hours after the rebels requested the release "
                     "of their leaders.") == ["Gunmen"]
    assert attackers("Gunmen bombed the town hall of Pasto on Monday while the guerrillas retreated to the hills.") \
        == ["Gunmen"]


def test_people_after_a_participle_of_no_attack_are_no_attackers() -> None:
    assert attackers("Gunmen bombed the town hall of Pasto on Monday in an area controlled by the guerrillas.") \
        == ["Gunmen"]
    assert attackers("GUNMEN BOMBED THE TOWN HALL OF PASTO YESTERDAY IN AN AREA OCCUPIED BY THE REBELS.") == ["GUNMEN"]
    assert attackers("The town hall of Pasto was bombed on Monday by the guerrillas.") == ["guerrillas"]


def test_attackers_before_a_modal_tell_no_act_done() -> None:
    assert attackers("Gunmen bombed the town hall of Pasto on Monday, and the mayor said the rebels will not stop "
                     "him.") == ["Gunmen"]
    assert attackers("Gunmen bombed the town hall of Pasto on Monday; the rebels must answer for the crime, the mayor "
                     "said.") == ["Gunmen"]


def test_people_killed_at_the_end_of_a_sentence_are_victims() -> None:
    # the full stop after "killed" ends the clause: they were killed, they did not kill
    assert attackers("Gunmen stormed the army post in Pasto on Monday, when six rebels were also killed.") \
        == ["Gunmen"]
    assert attackers("GUNMEN ATTACKED THE ARMY POST IN PASTO YESTERDAY. SIX REBELS WERE ALSO KILLED.") == ["GUNMEN"]


def test_an_attacker_named_by_his_act_stays_one_when_killed() -> None:
    assert attackers("The mayor of Pasto was shot on Monday, and his assailant was killed by bodyguards.") \
        == ["assailant"]
    assert attackers("THE MAYOR OF PASTO WAS KIDNAPPED YESTERDAY. TWO OF THE KIDNAPPERS WERE KILLED WHEN POLICE "
                     "FREED HIM.") == ["KIDNAPPERS"]


def test_owners_of_the_fire_or_car_are_the_attackers_not_the_things_owned() -> None:
    assert attackers("The police post in Pasto was attacked on Monday by the rebels' rifle fire.") == ["rebels"]
    assert attackers("The police post in Pasto was attacked on Monday by the guerrillas' gray Mazda.") \
        == ["guerrillas"]
    # people owned by a group are themselves the attackers
    assert attackers("The mayor of Pasto was shot on Monday by the cartel's hired assassins.") == ["hired assassins"]


def test_craft_named_as_the_agent_are_no_people() -> None:
    assert attackers("RESIDENTS OF PASTO WERE ROCKETED AND MACHINEGUNNED YESTERDAY BY COLOMBIAN AIR FORCE "
                     "HELICOPTERS.") == []
    assert attackers("A village near Pasto was attacked on Monday by six Colombian air force planes.") == []
    assert attackers("A village near Pasto was attacked on Monday by Colombian army troops.") \
        == ["Colombian army troops"]


def test_a_people_word_keeps_the_demonym_an_attacker_noun_does_not() -> None:
    assert attackers("An Afghan man stabbed a police officer at a rally in Mannheim on Friday.") == ["Afghan man"]
    assert attackers("Colombian guerrillas attacked a police post in Pasto on Monday.") == ["guerrillas"]


def test_attacker_nouns_acted_on_by_a_verb_of_no_attack_are_no_attackers() -> None:
    assert attackers("Gunmen bombed the town hall of Pasto on Monday, a week after the army began hiring "
                     "mercenaries.") == ["Gunmen"]
    assert attackers("Gunmen bombed the town hall of Pasto on Monday to prevent rebels from gathering there.") \
        == ["Gunmen"]


def test_people_an_attack_is_put_on_are_listed_item_by_item() -> None:
    # "implicated X, including Y, and Z in the murder", "the arrest of X, including Y, on charges of ...": the
    # people the attack is put on, each item of the list, counted as written
    found = attackers("THE MINISTER IMPLICATED THREE OFFICERS, INCLUDING ONE MAJOR, AND SIX MEMBERS OF THE NAVY IN "
                      "THE MURDER OF TWO TEACHERS IN PASTO ON 3 MARCH.")
    assert found == ["THREE OFFICERS", "ONE MAJOR", "SIX MEMBERS OF THE NAVY"]
    found = attackers("Police confirmed the arrest of seven members of the army, including two officers, on charges "
                      "of being implicated in the murder of a judge in Pasto on Monday.")
    assert found == ["seven members of the army", "two officers"]


def test_a_list_that_names_no_people_or_no_attack_gives_no_attackers() -> None:
    # the object of "implicated" is a thing, or the list does not close on an attack word
    assert attackers("GUNMEN KILLED A JUDGE IN PASTO ON MONDAY. THE REPORT IMPLICATED THE NEW LAW IN THE MURDER.") \
        == ["GUNMEN"]
    assert attackers("GUNMEN KILLED A JUDGE IN PASTO ON MONDAY. THE POLICE ANNOUNCED THE ARREST OF TWO SOLDIERS "
                     "IN CALI.") == ["GUNMEN"]


def test_people_who_ordered_or_planned_the_attack_are_attackers() -> None:
    # the names before "ordered/masterminded the <attack>" (past an appositive) or after "<attack> ... planned by"
    assert attackers("JUAN PEREZ GOMEZ, THE LEADER OF THE CARTEL, ORDERED THE ASSASSINATION OF MAYOR LUIS SOTO IN "
                     "PASTO ON 3 MARCH.") == ["JUAN PEREZ GOMEZ"]
    assert attackers("Gunmen killed a judge in Pasto on Monday. Police said the killing had been planned by "
                     "Colonel Carlos Ruiz and Pedro Diaz.") == ["Gunmen", "Colonel Carlos Ruiz", "Pedro Diaz"]
    assert attackers("Gunmen killed a judge in Pasto on Monday. Police said Carlos Ruiz, who allegedly "
                     "masterminded the murder, had fled.") == ["Gunmen", "Carlos Ruiz"]


def test_owners_and_orders_of_no_attack_name_no_instigator() -> None:
    # "Carlos Ruiz's government planned": the owner of who planned; "ordered an investigation": no attack ordered
    assert attackers("Gunmen killed a judge in Pasto on Monday. The massacre was planned by Carlos Ruiz's "
                     "government, the union said.") == ["Gunmen"]
    assert attackers("Gunmen killed a judge in Pasto on Monday. President Carlos Ruiz ordered an investigation.") \
        == ["Gunmen"]


def test_the_word_before_a_group_name_decides_what_its_people_are() -> None:
    # "positions of the FMLN guerrillas": the guerrillas are whose positions were hit, read past the group's name
    assert attackers("Army helicopters bombed positions of the FMLN guerrillas near Suchitoto on Monday, killing "
                     "four civilians.") == []
    # "characteristic of", "the hallmarks of" the group's people: a suspicion, they are the attackers
    assert attackers("A bomb exploded at the town hall of Suchitoto on Monday. Police said the attack was "
                     "characteristic of the FMLN urban commandos.") == ["urban commandos"]


def test_one_incidents_attackers_written_again_with_a_synonym_keep_one_name() -> None:
    # "guerrillas ... the rebels" in one incident: the same people; in two incidents the article's reporter names one
    # insurgent force too (roles.json insurgent_synonyms; measured on train 2026-11-25: 4 articles right, 1 wrong)
    assert attackers("Guerrillas attacked the army post in Suchitoto on Monday. The rebels also burned two army "
                     "trucks at the post.") == ["Guerrillas"]
    assert attackers("Guerrillas attacked the army post in Suchitoto on Monday. On 3 March rebels burned a bus in "
                     "Usulutan.") == ["Guerrillas"]


def test_attackers_counted_vaguely_are_named_without_the_count() -> None:
    # a range ("30 to 40") is one count, not the phrase's end; a vague count and its "group of" are left out, a
    # plain count stays
    assert attackers("Six priests were killed in Pasto on Monday by a group of 30 to 40 men wearing military "
                     "uniforms, witnesses said.") == ["men wearing military uniforms"]
    assert attackers("Six priests were killed in Pasto on Monday by some 30 men wearing military uniforms.") \
        == ["men wearing military uniforms"]
    assert attackers("Six priests were killed in Pasto on Monday by two men wearing military uniforms.") \
        == ["two men wearing military uniforms"]


def test_doers_written_again_with_another_word_for_them_keep_one_name() -> None:
    # "gunmen ... the bandits": the same class of word for the incident's doers, one entity
    assert attackers("Gunmen stormed a hotel in Mogadishu on Friday, killing nine guests. The bandits also "
                     "shot two guards at the gate.") == ["Gunmen"]


def test_what_the_attackers_rode_before_their_act_names_them() -> None:
    # the subject of the act keeps its vehicle, as it keeps what it wore; an agent after "by" does not
    assert attackers("Two men in a red car shot a judge in Pasto on Monday.") == ["Two men in a red car"]
    assert attackers("A judge was shot in Pasto on Monday by two men in a red car.") == ["two men"]


def test_who_gave_the_orders_for_the_attack_is_a_perpetrator() -> None:
    text = ("Gunmen killed the mayor of Pasto on Monday. The police said the cartel carried out the murder upon "
            "instructions from Juan Perez Gomez.")
    assert attackers(text) == ["Gunmen", "Juan Perez Gomez"]
    assert attackers("Soldiers killed six peasants in Pasto on Monday on the orders of Colonel Luis Gomez.") \
        == ["Soldiers", "Colonel Luis Gomez"]
    # orders with no attack before them ("acting on the orders of") name no one
    assert attackers("Soldiers killed six peasants in Pasto on Monday. The army said the soldiers left the town "
                     "on the orders of Colonel Luis Gomez.") == ["Soldiers"]


def test_people_held_over_the_attack_are_named_after_a_closing_colon() -> None:
    text = ("Gunmen killed the mayor of Pasto on Monday. The police have arrested two men suspected of being "
            "involved in the murder of the mayor: Juan Perez Gomez and Luis Gomez Diaz.")
    assert attackers(text) == ["Gunmen", "Juan Perez Gomez", "Luis Gomez Diaz"]
    # what follows the colon is no list of names: nobody is named
    text = ("Gunmen killed the mayor of Pasto on Monday. The police have arrested two men suspected of the "
            "murder: the brothers of the driver.")
    assert attackers(text) == ["Gunmen"]


def test_a_list_of_names_goes_on_past_a_relative_clause_closed_by_a_semicolon() -> None:
    text = ("Gunmen killed the mayor of Pasto on Monday. The arrested men have been identified as Juan Perez Gomez, "
            "23, who claimed he is a driver; and Luis Gomez Diaz, also 23.")
    assert attackers(text) == ["Gunmen", "Juan Perez Gomez", "Luis Gomez Diaz"]
    # a semicolon with no "and" after it ends the list
    text = ("Gunmen killed the mayor of Pasto on Monday. The arrested man has been identified as Juan Perez Gomez, "
            "23, who claimed he is a driver; Luis Gomez Diaz, the mayor's deputy, condemned the murder.")
    assert attackers(text) == ["Gunmen", "Juan Perez Gomez"]


def test_people_charged_with_or_accused_of_the_attack_are_its_perpetrators() -> None:
    lead = "Gunmen killed six priests at the university in Pasto on Monday. "
    assert attackers(lead + "The judge charged Colonel Juan Perez and Lieutenant Luis Gomez with the murders.") \
        == ["Gunmen", "Colonel Juan Perez", "Lieutenant Luis Gomez"]
    assert attackers(lead + "The bishop accused two soldiers and a corporal of being responsible for the massacre.") \
        == ["Gunmen", "two soldiers", "corporal"]
    # "charged that ...": a clause, no list of people
    assert attackers(lead + "The army charged today that a group of students had staged the murders.") == ["Gunmen"]


def test_a_woman_who_places_a_bomb_is_an_attacker() -> None:
    assert attackers("A bomb exploded at a bank in Pasto on Monday. Police said a woman left the bomb at the "
                     "door.") == ["woman"]
    assert attackers("A woman was killed when a bomb exploded at a bank in Pasto on Monday.") == []


def test_what_attackers_wore_does_not_count_against_the_length_of_their_phrase() -> None:
    assert attackers("Two students were killed in Pasto on Monday by national police members dressed in civilian "
                     "clothes.") == ["national police members dressed in civilian clothes"]


def test_a_long_list_of_names_held_over_the_attack_keeps_its_first_name() -> None:
    text = ("Gunmen killed the mayor of Pasto on Monday. Juan Alberto Perez Gomez, Pedro Zambrano Delgado, Luis "
            "Felipe Torres Diaz, Armando Bernal Acosta, Hector Manuel Zepeda Quintero, and Alberto Ruiz Soto were "
            "arrested in Pasto and charged with the murder.")
    assert attackers(text)[:2] == ["Gunmen", "Juan Alberto Perez Gomez"]
    assert len(attackers(text)) == 7


def test_an_agent_phrase_led_by_the_group_name_names_the_attackers_by_their_noun() -> None:
    # the group's name is the perpetrator organisation; the attackers are the noun after it, as in a subject
    text = "The mayor was killed in Pasto on Monday by a Farabundo Marti National Liberation Front commando."
    assert attackers(text) == ["commando"]
    # a people-word after the name keeps it: "members" alone would say nothing of whom they belong to
    assert attackers("The mayor was killed in Lima on Monday by Shining Path members.") == ["Shining Path members"]
    # an "-ist" epithet of the group goes with its name
    assert attackers('The mayor was killed in Lima on Monday by Maoist "Shining Path" guerrillas.') == ["guerrillas"]


def test_attackers_keep_the_attackers_they_work_for() -> None:
    assert attackers("The judge was killed in Pasto on Monday by paid assassins of drug traffickers.") \
        == ["paid assassins of drug traffickers"]
    # a group's name after "of" is the organisation, not part of the attackers' phrase
    assert attackers("The judge was killed in Lima on Monday by guerrillas of the Shining Path.") == ["guerrillas"]


def test_members_of_two_groups_are_two_sets_of_attackers() -> None:
    text = ("Three peasants were shot dead by EPL members in Tierra Alta on Monday. On Tuesday two other peasants "
            "were shot dead by ELN members in Barbacoas.")
    assert attackers(text) == ["EPL members", "ELN members"]


def test_urban_guerrillas_are_another_kind_than_the_guerrillas_named_before() -> None:
    text = ("Guerrillas destroyed ten power towers in Usulutan on Monday. On Tuesday urban guerrillas blew up a bus "
            "in San Salvador.")
    assert attackers(text) == ["Guerrillas", "urban guerrillas"]


def test_what_the_attackers_identified_themselves_as_names_them() -> None:
    text = ("Rebels attacked the police post in Medellin on Monday. A police spokesman said that the rebels had "
            "identified themselves as UC-ELN members.")
    assert attackers(text) == ["UC-ELN members"]  # the bare "Rebels" refers to those members (_members_named)
    text = ("A bomb exploded at the bank in Lima on Monday. The attackers left fliers identifying themselves as "
            "members of the Movement for the People's Defense, a front organization.")
    assert attackers(text) == ["members of the Movement for the People's Defense"]
    # callers who name themselves are no attackers
    text = ("A bomb exploded at the bank in Lima on Monday. Callers who identified themselves as M-20 members "
            "threatened the embassy.")
    assert attackers(text) == []


def test_attackers_of_an_incident_dated_years_back_are_not_this_ones() -> None:
    # a sentence recalling an act "in 1981" tells a past incident: its doers are not this incident's attackers
    text = ("Unidentified assailants shot dead two nuns at a school in the town of Sula on Monday. The school "
            "takes care of orphans. It should be recalled that in 1981, three nuns who were travelling to the "
            "capital were killed by national guardsmen.")
    assert attackers(text) == ["Unidentified assailants"]
    assert attackers(text.replace("in 1981", "last week")) == ["Unidentified assailants", "national guardsmen"]


def test_a_bare_group_or_unit_names_no_attackers() -> None:
    # "a group", "an FMLN unit" with the name read as the organisation: the bare body left names no one
    assert attackers("The wealthy businessman was kidnapped last Monday in Sula by a group that drove up in an "
                     "ambulance as he was jogging in a city park.") == []
    assert attackers("At 0330 on 25 March, a Farabundo Marti National Liberation Front [FMLN] unit launched a "
                     "5-minute attack against an army unit in Sula.") == []


def test_a_named_person_leading_a_list_of_counted_people_is_an_attacker() -> None:
    # "Colonel X, director of Y, two lieutenants and one corporal are implicated in the murder": the name (without
    # its rank) heads the list, past its appositive
    found = attackers("GUNMEN KILLED A JUDGE IN PASTO ON 3 MARCH. THE PRESIDENT CHARGED THAT COLONEL CARLOS RUIZ, "
                      "HEAD OF THE NAVAL SCHOOL, TWO LIEUTENANTS, AND THREE SOLDIERS ARE IMPLICATED IN THE MURDER.")
    assert found == ["GUNMEN", "CARLOS RUIZ", "TWO LIEUTENANTS", "THREE SOLDIERS"]
    # the person the attack hit, not one who did it, before the list
    found = attackers("GUNMEN KILLED A JUDGE IN PASTO ON 3 MARCH. THE PRESIDENT CHARGED THAT IN THE MURDER OF "
                      "JUDGE CARLOS RUIZ, TWO LIEUTENANTS, AND THREE SOLDIERS ARE IMPLICATED IN THE CRIME.")
    assert "THREE SOLDIERS" in found and "CARLOS RUIZ" not in found


def test_the_one_captured_after_placing_the_bomb_is_the_attacker_past_abbreviations() -> None:
    # "was captured by the U.S. ... after he placed a bomb": the periods of an abbreviation end no clause
    assert attackers("A Peruvian citizen was captured by the U.S. military police in Panama after he placed a bomb "
                     "in a cinema on Monday.") == ["A Peruvian citizen"]


def test_people_listed_in_an_arrest_order_after_the_attack_are_attackers() -> None:
    # items parted by semicolons, a plural rank heading names that each hold it, an appositive after a name
    found = attackers("GUNMEN KILLED A JUDGE IN PASTO ON 3 MARCH. THE COURT ORDERED THE ARREST OF COLONEL CARLOS "
                      "RUIZ, HEAD OF THE NAVAL SCHOOL; LIEUTENANTS PEDRO DIAZ AND JUAN SOTO; AND CORPORAL LUIS VEGA.")
    assert found == ["GUNMEN", "COLONEL CARLOS RUIZ", "PEDRO DIAZ", "JUAN SOTO", "CORPORAL LUIS VEGA"]
    found = attackers("Gunmen killed a judge in Pasto on 3 March. The arrest order also includes Sergeants Pedro "
                      "Diaz and Juan Soto.")
    assert found == ["Gunmen", "Pedro Diaz", "Juan Soto"]


def test_an_arrest_list_names_no_one_when_no_name_follows() -> None:
    found = attackers("GUNMEN KILLED A JUDGE IN PASTO ON 3 MARCH. THE COURT ORDERED THE ARREST OF THE SUSPECTS "
                      "WITHIN A WEEK.")
    assert found == ["GUNMEN"]
