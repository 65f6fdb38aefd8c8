"""Role fillers (victims, attackers, targets) on sentences written for these tests, in capitals as wire copy."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents
from streams.extract.document import analyse
from streams.extract.fillers import agent_phrases, objects_in, subject_attackers

PUB = datetime.date(1990, 3, 5)


def victims(text: str) -> list[str]:
    """Named victims the filler rules read in each sentence of text, in order, each once (the incident
    keeps one filler per span)."""
    doc = analyse(text, PUB)
    found = [text[f.span.start:f.span.end] for s in range(len(doc.sentences)) for f in objects_in(doc, s)
             if f.kind == "victim" and f.named]
    return list(dict.fromkeys(found))


def fields(text: str, name: str) -> list[str]:
    return [x["text"] for inc in extract_incidents(text, PUB, "r1") for x in inc[name]]


def test_subject_across_a_bracketed_gloss() -> None:
    text = ("POLICE SAID THAT TOMAS VARGAS, LEADER OF THE UNITED FARMERS LEAGUE [UFL] IN THE NORTH, "
            "WAS SHOT TO DEATH YESTERDAY.")
    assert victims(text) == ["TOMAS VARGAS"]


def test_gunned_down_is_a_passive_killing() -> None:
    assert victims("ERNESTO SALAZAR, A LOCAL SHOPKEEPER, WAS GUNNED DOWN LAST NIGHT.") == ["ERNESTO SALAZAR"]


def test_header_bracket_still_starts_the_clause() -> None:
    # "-- [TEXT]" is no gloss: the name after it is the subject, the dateline before it is not
    assert victims("LIMA, 4 MAR 90 -- [TEXT] DANILO CHAVEZ WAS KIDNAPPED TODAY.") == ["DANILO CHAVEZ"]


def test_surname_particles_belong_to_the_name() -> None:
    assert victims("THE BODIES OF MONICA DE GREIFF AND MARIA DEL CARMEN OSPINA WERE FOUND.") == \
        ["MONICA DE GREIFF", "MARIA DEL CARMEN OSPINA"]


def test_inverted_passive_and_manner_adverb() -> None:
    assert victims("ALSO KILLED WAS ANA DE LA TORRE.") == ["ANA DE LA TORRE"]
    assert victims("COUNCILMAN FEDERICO ESTRADA WAS VIOLENTLY MURDERED IN THE STREET.") == ["FEDERICO ESTRADA"]


def test_names_listed_after_a_colon() -> None:
    text = ("SOLDIERS KILLED THREE REPORTERS: TOMAS NAVAS, A NEWS PHOTOGRAPHER, ERNESTO LAGO, A TV "
            "CORRESPONDENT, AND MAURICIO PINO, A STAFF MEMBER OF A RADIO STATION.")
    assert [v for v in victims(text) if v != "THREE REPORTERS"] == ["TOMAS NAVAS", "ERNESTO LAGO", "MAURICIO PINO"]


def test_no_list_after_a_colon_without_casualty_word() -> None:
    assert victims("THE SPEAKERS WERE: TOMAS NAVAS, ERNESTO LAGO AND MAURICIO PINO.") == []


def test_coordinated_subjects_with_appositives() -> None:
    text = ("SPANIARD JOSE MARTIN, FRENCHMAN ROBERTO LISANDO, AND ITALIAN DINO ROSSI, WHO WERE STAYING "
            "AT A HOTEL, WERE KIDNAPPED BY ARMED MEN.")
    assert set(victims(text)) == {"JOSE MARTIN", "ROBERTO LISANDO", "DINO ROSSI"}


def test_a_name_inside_a_relative_clause_is_no_subject() -> None:
    text = "ATTORNEY CARLOS LOPEZ, WHO DEFENDED JUAN RAMON MATTOS IN COURT, WAS SHOT TO DEATH."
    assert set(victims(text)) == {"CARLOS LOPEZ"}


def test_object_list_goes_on_past_an_appositive_and_of() -> None:
    text = ("A COMMANDO KILLED HECTOR OQUENDA, LEADER OF THE NATIONAL MOVEMENT (MNR), AND SOCIAL DEMOCRATIC "
            "LEADER GILDA FLORIANO IN GUATEMALA.")
    assert victims(text) == ["HECTOR OQUENDA", "GILDA FLORIANO"]
    text = "THEY CONDEMNED THE MURDER OF LEADER HECTOR OQUENDA AND OF ATTORNEY GILDA FLORIANO."
    assert victims(text) == ["HECTOR OQUENDA", "GILDA FLORIANO"]


def test_object_list_stops_at_a_new_clause() -> None:
    text = "GUNMEN KILLED HECTOR OQUENDA, A LAWYER, AND PRESIDENT RAMON ALVEAR CONDEMNED THE CRIME."
    assert victims(text) == ["HECTOR OQUENDA"]


def test_unknown_given_name_after_a_title() -> None:
    assert victims("HITMEN MURDERED COLONEL WALDEMAR FRANKLIN QUINTANA.") == ["WALDEMAR FRANKLIN QUINTANA"]


def test_article_keeps_the_fullest_name_of_a_victim() -> None:
    text = ("BOGOTA, 4 MAR 90 -- GUNMEN KILLED SENATOR LUIS CARLOS GALINDO IN BOGOTA TODAY. "
            "LUIS CARLOS GALINDO SARMIENTO WAS SHOT FOUR TIMES BY THE GUNMEN.")
    assert fields(text, "victims") == ["LUIS CARLOS GALINDO SARMIENTO"]


def attackers(text: str) -> list[str]:
    doc = analyse(text, PUB)
    return [text[a:b] for s in range(len(doc.sentences)) for a, b in subject_attackers(doc, s)]


def test_people_subject_of_an_attack_verb_are_attackers() -> None:
    assert attackers("LAST NIGHT MILITARY PATROLS KILLED TWO FARMERS NEAR THE RIVER.") == ["MILITARY PATROLS"]
    assert attackers("ON 26 MARCH ARMY UNITS AMBUSHED A CONVOY.") == ["ARMY UNITS"]
    assert attackers("MEMBERS OF THE LOCAL MILITIA MASSACRED NINE VILLAGERS.") == ["MEMBERS OF THE LOCAL MILITIA"]


def test_people_subject_before_a_time_or_adverb_are_attackers() -> None:
    # "several men last night wounded ...": the time stands between the subject and its verb
    assert attackers("SEVERAL MEN LAST NIGHT WOUNDED A WATCHMAN AT THE FARM.") == ["SEVERAL MEN"]
    assert attackers("ARMY UNITS RECENTLY MASSACRED NINE VILLAGERS.") == ["ARMY UNITS"]


def test_people_subject_without_an_object_are_no_attackers() -> None:
    # "the soldiers killed in the ambush": a reduced relative, the soldiers are the dead
    assert attackers("THE SOLDIERS KILLED IN THE AMBUSH WERE BURIED TODAY.") == []
    assert attackers("THE POLICE SAID THAT TROOPS SEIZED SIX RIFLES.") == []


def test_attacker_noun_as_an_object_is_no_attacker() -> None:
    text = ("GUNMEN KILLED A MAYOR IN THE TOWN OF SANTA ELENA YESTERDAY. THE PRESIDENT SAID HE WILL "
            "HOLD TALKS WITH THE GUERRILLAS.")
    assert "GUERRILLAS" not in fields(text, "perpetrator_individuals")


def targets(text: str) -> list[str]:
    doc = analyse(text, PUB)
    found = [text[f.span.start:f.span.end] for s in range(len(doc.sentences)) for f in objects_in(doc, s)
             if f.kind == "target"]
    return list(dict.fromkeys(found))


def test_counted_coordinated_subjects_of_a_passive() -> None:
    assert set(targets("ONE OFFICE, ONE BUS, AND ONE ELECTRICAL TRANSFORMER WERE DAMAGED.")) == \
        {"OFFICE", "BUS", "ELECTRICAL TRANSFORMER"}


def test_passive_subject_target_across_an_interruption() -> None:
    text = "ON 2 MAY, THE POLICE BASE IN SANTA ROSA, NORTHERN PROVINCE, WAS ATTACKED BY REBELS."
    assert targets(text) == ["POLICE BASE"]
    assert targets("A RED CROSS HELICOPTER, WHICH WAS CARRYING WOUNDED, WAS ATTACKED.") == ["RED CROSS HELICOPTER"]


def test_a_person_of_a_place_is_no_target() -> None:
    text = "THE COMMANDER OF THE NORTHERN GARRISON WAS ATTACKED ON THE ROAD."
    assert "COMMANDER OF THE NORTHERN GARRISON" not in targets(text)


def test_more_target_heads() -> None:
    text = "THE BOMBS DESTROYED TWO DRUGSTORES, A GAS STATION AND A MONASTERY."
    assert targets(text) == ["DRUGSTORES", "GAS STATION", "MONASTERY"]


def test_relative_clause_passive_names_the_antecedent() -> None:
    assert victims("HE INHERITED THE FOLLOWERS OF LUIS CARLOS GALINDO, WHO WAS KILLED LAST FRIDAY.") == \
        ["LUIS CARLOS GALINDO"]
    assert victims("THEY SEEK U.S. CITIZEN DAVID LESLIE KENTON, WHO HAS BEEN KIDNAPPED BY THE REBELS.") == \
        ["DAVID LESLIE KENTON"]


def test_names_after_a_casualty_subject_and_copula() -> None:
    text = "THE WOUNDED REPORTERS ARE CAMERAMAN MANUEL DIAZ AND SOUND MAN WILLIAM MADRIGAL, OF A TV STATION."
    assert set(victims(text)) == {"MANUEL DIAZ", "WILLIAM MADRIGAL"}
    assert victims("THE SPEAKERS ARE MANUEL DIAZ AND WILLIAM MADRIGAL.") == []


def test_name_behind_a_long_title_after_an_object_cue() -> None:
    assert victims("PROTESTS FOLLOWED THE MURDER OF LEFTIST PARTY [LP] CANDIDATE BERNARDO JARAMO OSSA.") == \
        ["BERNARDO JARAMO OSSA"]


def test_places_named_after_people_are_no_victims() -> None:
    text = "GUNMEN ATTACKED THE JOSE MARIA CORDERO AIRPORT AND KILLED PEDRO LOZANO."
    assert victims(text) == ["PEDRO LOZANO"]
    assert victims("THE BOMB WAS PLANTED IN SAN IGNACIO DE LOYOLA, WHERE ERNESTO VIDAL WAS KILLED.") == \
        ["ERNESTO VIDAL"]


def test_said_is_no_given_name() -> None:
    assert not any(v.startswith("SAID") for v in victims("THE POLICE SAID VARGAS ESCOBEDO, 56, WAS SHOT TO DEATH."))


def test_common_word_before_a_given_name_continues_the_name() -> None:
    text = "TODD RAY WILSON, 20, AND MARIO BRENT, 21, WERE MURDERED BY GUNMEN."
    assert victims(text) == ["TODD RAY WILSON", "MARIO BRENT"]


def test_hostages_freed_and_survivors_are_victims() -> None:
    text = "THE REBELS ESCAPED, TAKING AS HOSTAGES ENGINEERS PAULO CESAR PAIVA AND JOSE ROBERTO REIS."
    assert victims(text) == ["PAULO CESAR PAIVA", "JOSE ROBERTO REIS"]
    assert set(victims("ENGINEERS AUGUSTO CARNEIRO AND JOSE ROBERTO REIS WERE SET FREE TODAY.")) == \
        {"AUGUSTO CARNEIRO", "JOSE ROBERTO REIS"}
    assert victims("DIRECTOR GENERAL MIGUEL MAZARIO ESCAPED UNHARMED FROM A DYNAMITE ATTACK.") == ["MIGUEL MAZARIO"]
    assert victims("SENATOR LUIS CARLOS GALINDO WAS THE VICTIM OF ANOTHER ATTACK TONIGHT.") == ["LUIS CARLOS GALINDO"]


def test_a_demanded_release_names_no_victim() -> None:
    assert victims("THE KIDNAPPERS DEMANDED THE RELEASE OF PEDRO MARIN AND JUAN SOTO.") == []


def test_what_attackers_wore_belongs_to_the_attackers() -> None:
    text = "SIX TEACHERS WERE MURDERED YESTERDAY IN SANTA ELENA BY MEN WEARING MILITARY UNIFORMS."
    assert "MEN WEARING MILITARY UNIFORMS" in fields(text, "perpetrator_individuals")


def test_people_on_a_motorcycle_before_an_attack_verb_are_attackers() -> None:
    text = "IN SANTA ELENA TODAY TWO MEN ON A MOTORCYCLE KILLED A POLICEMAN."
    assert fields(text, "perpetrator_individuals") == ["TWO MEN ON A MOTORCYCLE"]


def test_a_group_of_attackers_is_named_as_the_group() -> None:
    text = "IN SANTA ELENA A GROUP OF HEAVILY ARMED MEN KIDNAPPED THE MAYOR YESTERDAY."
    assert fields(text, "perpetrator_individuals") == ["GROUP OF HEAVILY ARMED MEN"]


def test_target_phrase_boundaries() -> None:
    assert targets("THE BOMB DAMAGED A BRANCH OF THE STATE-OWNED BANK.") == ["BRANCH OF THE STATE-OWNED BANK"]
    assert targets("THE NEXT DAY POLICE FACILITIES WERE ATTACKED.") == ["POLICE FACILITIES"]


def test_coordinated_passive_subjects_across_a_determiner() -> None:
    assert set(targets("TWO BANK BUILDINGS AND A RESTAURANT WERE SERIOUSLY DAMAGED.")) == {"BANK BUILDINGS", "RESTAURANT"}


def test_things_set_on_fire_are_targets() -> None:
    assert targets("THE REBELS SET TWO SCHOOLS AND SEVERAL HOUSES ON FIRE.") == ["SCHOOLS", "HOUSES"]
    assert targets("THE REBELS SET UP A ROADBLOCK NEAR THE SCHOOL.") == []


def test_building_is_a_noun() -> None:
    assert targets("A BOMB EXPLODED AT A BUILDING OF THE LABOR FEDERATION.") == ["BUILDING OF THE LABOR FEDERATION"]


def test_a_frequent_noun_ends_a_name_before_punctuation() -> None:
    assert victims("GUNMEN KILLED BANKER RAMIRO CASTILLO LOVE, A PROMINENT FIGURE.") == ["RAMIRO CASTILLO LOVE"]
    # before a word a frequent word still ends the name: "X CONTINUES ..." is no part of it
    assert victims("JUAN SANTAMARIA MONTOYA CONTINUES TO RECOVER AFTER HE WAS SHOT.") == ["JUAN SANTAMARIA MONTOYA"]


def test_titles_do_not_name_what_follows_a_preposition() -> None:
    assert victims("THE GUNMAN SHOT THE CANDIDATE ABOARD A PLANE.") == []


def test_name_behind_a_title_after_an_explicit_attack_cue() -> None:
    text = "THEY CONDEMNED THE ATTACK AGAINST SECRET POLICE [SP] DIRECTOR GENERAL MIGUEL MAZARIO, WHICH FAILED."
    assert victims(text) == ["MIGUEL MAZARIO"]


def test_the_whole_not_the_part_is_the_target() -> None:
    assert targets("THE BOMB WAS PLACED IN THE BACK OF THE LOCAL TELEPHONE COMPANY BUILDING.") == \
        ["LOCAL TELEPHONE COMPANY BUILDING"]
    assert targets("THE EXPLOSION DESTROYED THE FRONT PART OF THE TRUCK.") == ["TRUCK"]
    assert targets("THE WINDOWS OF THE VELOX SAVINGS BANK WERE DAMAGED.") == ["VELOX SAVINGS BANK"]


def test_event_of_after_a_place_or_date() -> None:
    text = "THEY CONDEMNED THE ASSASSINATION IN GUATEMALA OF SOCIAL DEMOCRATIC LEADER HECTOR OQUENDA."
    assert victims(text) == ["HECTOR OQUENDA"]
    assert victims("THE MURDER ON 26 FEBRUARY OF MAYOR DIANA CORDERO SALAS SHOCKED THE TOWN.") == \
        ["DIANA CORDERO SALAS"]
    assert victims("THE MURDER IN THE CAPITAL SHOCKED THE FRIENDS OF PEDRO LOZANO.") == []


def test_the_kidnappers_of_x_name_the_victim() -> None:
    assert victims("POLICE SAY THE KIDNAPPERS OF PEDRO DINAS ARE COMMON CRIMINALS.") == ["PEDRO DINAS"]


def test_an_organisation_before_a_title_is_no_target() -> None:
    text = "THEY CONDEMNED THE ATTACK AGAINST SECRET POLICE [SP] DIRECTOR GENERAL MIGUEL MAZARIO, WHICH FAILED."
    assert targets(text) == []


def agents(text: str) -> list[str]:
    doc = analyse(text, PUB)
    return [text[a:b] for s in range(len(doc.sentences)) for a, b in agent_phrases(doc, s)]


def test_agents_that_are_no_people() -> None:
    # a damage "caused by the latest attacks" names no attacker
    assert agents("THE DAMAGE CAUSED BY THE LATEST TERRORIST ATTACKS IS HIGH.") == []
    assert agents("THE MAYOR WAS KILLED BY HEAVILY ARMED MEN.") == ["HEAVILY ARMED MEN"]


def test_agents_with_a_hyphenated_participle_modifier() -> None:
    # "motorcycle-riding" describes the gunmen; it is no verb that ends the phrase before it starts
    assert agents("THE MANAGER WAS KILLED BY MOTORCYCLE-RIDING GUNMEN AT NOON.") == ["MOTORCYCLE-RIDING GUNMEN"]
    assert agents("THE SHOP WAS TORCHED BY RIFLE-TOTING YOUTHS.") == ["RIFLE-TOTING YOUTHS"]


def test_agents_of_guarding_or_training_are_no_attackers() -> None:
    # the nearest participle before "by" says what the agent did: guarding, training is no attack
    assert agents("THE DEPOT, WHICH WAS GUARDED BY FOUR SECURITY OFFICERS, WAS BOMBED.") == []
    assert agents("THE SQUAD WAS TRAINED BY FOREIGN MERCENARIES.") == []
    assert agents("THE JUDGE, WHO WAS GUARDED BY TWO POLICEMEN, WAS SHOT BY UNKNOWN MEN.") == ["UNKNOWN MEN"]


def test_attackers_to_be_captured_are_no_attacker_phrase() -> None:
    text = "GUNMEN KILLED A MAYOR IN SANTA ELENA, AND TROOPS WERE SENT TO CAPTURE THE TERRORISTS."
    assert fields(text, "perpetrator_individuals") == ["GUNMEN"]


def test_possessed_body_and_kidnappers_name_the_victim() -> None:
    assert victims("PEDRO LOZANO'S BODY WAS FOUND NEAR THE RIVER.") == ["PEDRO LOZANO"]
    assert victims("POLICE SAY PEDRO LOZANO'S KIDNAPPERS ARE COMMON CRIMINALS.") == ["PEDRO LOZANO"]


def test_agent_attacker_nouns_lose_their_number() -> None:
    assert agents("THE DEPUTY WAS AMBUSHED BY TWO TERRORISTS IN A CAR.") == ["TERRORISTS"]
    assert agents("THE DEPUTY WAS AMBUSHED BY TWO MEN IN A CAR.") == ["TWO MEN"]


def test_where_the_blast_took_place() -> None:
    assert targets("THE EXPLOSION TOOK PLACE IN A BRANCH OFFICE OF THE COLMENA BANK.") == \
        ["BRANCH OFFICE OF THE COLMENA BANK"]
    assert targets("THE EXPLOSION TOOK PLACE IN BOGOTA.") == []


def test_mixed_case_capitals_mark_names_the_given_name_list_lacks() -> None:
    assert victims("Gunmen shot dead Abdirahman Yusuf Abdi in Mogadishu on Sunday.") == ["Abdirahman Yusuf Abdi"]
    assert victims("Gunmen kidnapped Olena Kovalenko and Dmytro Shevchuk near Kherson.") == \
        ["Olena Kovalenko", "Dmytro Shevchuk"]


def test_capitalised_places_and_groups_are_no_names() -> None:
    assert victims("Gunmen attacked the Kharab Base near Mogadishu, killing Islamic State fighters.") == []


_BETWEEN = ("GUERRILLAS BOMBED A POWER STATION IN SANTA ELENA, CHALATENANGO, ON 3 MARCH. {gap}"
            "THE EXPLOSION ALSO DAMAGED THE TOWN HALL.")
_SEEN = "WITNESSES SAID THAT A GROUP OF ARMED MEN WAS SEEN NEAR THE GATE AN HOUR EARLIER. "


def test_attackers_told_between_the_incident_sentences() -> None:
    # a sentence with no attack word inside the telling still names the attackers
    text = _BETWEEN.format(gap=_SEEN + "THE POLICE ARRIVED AT DAWN. ")
    assert fields(text, "perpetrator_individuals") == ["GUERRILLAS", "GROUP OF ARMED MEN"]
    # three sentences away from any of the incident's, the story may be another
    text = _BETWEEN.format(gap="THE POLICE ARRIVED AT DAWN. " + _SEEN + "THE WEATHER WAS COLD. THE SKY WAS CLEAR. ")
    assert "GROUP OF ARMED MEN" not in fields(text, "perpetrator_individuals")


_SHOT = "GUNMEN SHOT DEAD TWO TEACHERS IN SANTA ELENA, CHALATENANGO, ON 3 MARCH. "


def test_victims_named_in_the_sentence_after_the_incident() -> None:
    # wire copy names whom the attack hit right after telling it
    text = _SHOT + "THE TEACHERS WERE IDENTIFIED AS JUAN PEREZ AND LUIS GOMEZ."
    assert fields(text, "victims") == ["JUAN PEREZ", "LUIS GOMEZ"]
    # not where the attack word there was set aside: soldiers killed in clashes are no victims of this attack
    text = _SHOT + "MEANWHILE, TWO SOLDIERS, JUAN PEREZ AND LUIS GOMEZ, WERE KILLED IN CLASHES WITH REBELS."
    assert fields(text, "victims") == ["TWO TEACHERS"]


@pytest.mark.parametrize("text, target", [
    ("Gunmen opened fire on a minibus carrying construction workers near Quetta on Sunday.", "minibus"),
    ("Rebel artillery shelled a crowded market in Goma on Sunday, killing three traders.", "crowded market"),
])
def test_targets_of_gunfire_and_shelling(text: str, target: str) -> None:
    assert fields(text, "targets") == [target]


def test_lawmakers_and_shopkeepers_are_victims() -> None:
    assert fields("A bomb at a market in Quetta on Sunday killed two lawmakers and four shopkeepers.", "victims") \
        == ["two lawmakers", "four shopkeepers"]


def test_a_drone_that_slammed_into_a_block_hit_it() -> None:
    assert fields("A drone slammed into an apartment block in Odesa on Sunday, killing three people.", "targets") \
        == ["apartment block"]


def test_the_speaker_after_a_list_of_victims_is_none_of_them() -> None:
    text = "Shelling of Kherson on Sunday killed an elderly man, the regional prosecutor's office said."
    assert fields(text, "victims") == ["elderly man"] and fields(text, "targets") == []


def test_a_blast_that_ripped_through_a_place_hit_it() -> None:
    assert fields("A blast ripped through a bus terminal in Quetta on Sunday, killing nine people.", "targets") \
        == ["bus terminal"]


def test_foreign_nationals_are_victims() -> None:
    assert fields("Gunmen killed two Chinese nationals in Karachi on Sunday.", "victims") == ["two Chinese nationals"]
