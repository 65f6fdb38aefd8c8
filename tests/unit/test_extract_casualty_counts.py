"""Killed / wounded counts (INCIDENTS.md: numbers stated for this incident), on sentences written for these
tests: how the counts of one incident add up and how a killing told twice is counted once."""
from __future__ import annotations

import datetime

from streams.extract import extract_incidents
from streams.extract.tolls import counted_once

PUB = datetime.date(2020, 5, 4)


def killed(text: str) -> list[int | None]:
    return [inc["killed"] for inc in extract_incidents(text, PUB, "t")]


def test_a_person_named_again_shorter_is_counted_once() -> None:
    text = ("Armed men shot dead the trade minister Pablo Ruiz Ortega in Ventana on Sunday. The government "
            "declared three days of mourning. Rebel leaders on Monday denied any part in the assassination "
            "of Ruiz Ortega.")
    assert killed(text) == [1]


def test_relatives_sharing_a_surname_are_two_people() -> None:
    assert killed("Gunmen shot dead Ana Ruiz and Pablo Ruiz in Ventana on Sunday.") == [2]


def _incident(count: int | None, *victims: str) -> dict:
    return {"killed": count, "wounded": None, "evidence": {"killed": {}} if count is not None else {},
            "victims": [{"text": v, "_count": 1, "_effect": "killed", "_named": True} for v in victims]}


def test_a_later_incident_telling_the_same_killing_drops_its_count() -> None:
    first, again = _incident(1, "Dr Pablo Ruiz Ortega"), _incident(1, "Ruiz Ortega")
    counted_once([first, again])
    assert (first["killed"], again["killed"]) == (1, None)
    assert "killed" not in again["evidence"]


def test_other_people_keep_their_count() -> None:
    incidents = [_incident(1, "Pablo Ruiz"), _incident(1, "Ana Torres"), _incident(2, "Luis Mora", "Eva Soto")]
    counted_once(incidents)
    assert [inc["killed"] for inc in incidents] == [1, 1, 2]


def test_a_surname_alone_is_the_person_counted_before() -> None:
    text = ("Gunmen shot dead the trade minister Pablo Ruiz Ortega in Ventana on Sunday. The president said "
            "it is not clear who killed Minister Ruiz.")
    assert killed(text) == [1]


def test_people_also_killed_add_to_the_count_told_before() -> None:
    text = "Rebels ambushed a patrol in Tarija on Monday, killing two police officers. A soldier was also killed."
    assert killed(text) == [3]


def test_without_also_a_second_count_retells_the_first() -> None:
    text = "Rebels ambushed a patrol in Tarija on Monday, killing two police officers. Two officers were killed."
    assert killed(text) == [2]


def test_also_wounded_adds_to_the_wounded_only() -> None:
    text = ("Rebels ambushed a patrol in Tarija on Monday, killing two police officers and wounding three. "
            "Four soldiers were also wounded.")
    inc = extract_incidents(text, PUB, "t")[0]
    assert (inc["killed"], inc["wounded"]) == (2, 7)


def test_a_partitive_coordinate_is_one_more_person() -> None:
    text = ("Gunmen attacked the mayor of Tarija on Monday in a shooting in which his driver and one of his "
            "bodyguards were killed.")
    assert killed(text) == [2]


def test_people_killed_along_with_the_victim_are_counted_on_top() -> None:
    assert killed("The mayor was shot to death in Tarija on Monday along with two of his bodyguards.") == [3]
    assert killed("Gunmen killed the mayor of Tarija on Monday, as well as two farmers.") == [3]
    assert killed("Gunmen killed Pedro Gomez in Tarija on Monday together with his wife.") == [2]


def test_companions_are_not_counted_twice_when_the_sentence_tells_the_total() -> None:
    text = ("Gunmen opened fire on a convent in Tarija on Monday and wounded three nuns. The nun who was taken "
            "to hospital after being wounded along with two other nuns will lose an eye.")
    inc = extract_incidents(text, PUB, "t")[0]
    assert inc["wounded"] == 3


def test_the_fullest_telling_of_a_named_killing_owns_the_count() -> None:
    first, fuller = _incident(1, "Pablo Ruiz Ortega"), _incident(3, "Ruiz Ortega")
    counted_once([first, fuller])
    assert (first["killed"], fuller["killed"]) == (None, 3)


def test_described_people_with_another_number_are_another_killing() -> None:
    first, other = _incident(3, "soldiers"), _incident(2, "soldiers")
    for inc in (first, other):
        inc["victims"][0]["_named"] = False
    counted_once([first, other])
    assert (first["killed"], other["killed"]) == (3, 2)


def test_a_war_s_running_toll_is_not_the_attack_s_count() -> None:
    text = ("Rebels bombed a power station in Tarija on Monday, killing two guards. The insurgency, which began "
            "in 1998, has killed more than 12,000 people.")
    assert [k for k in killed(text) if k is not None] == [2]  # the article's total, what alerts add up


def test_one_attack_told_in_the_perfect_keeps_its_large_count() -> None:
    assert killed("A suicide bomber has killed at least 120 people at a market in Tarija on Monday.") == [120]


def test_a_distance_or_a_time_after_the_verb_is_no_count() -> None:
    assert killed("Gunmen shot the judge Ana Torres in Tarija on Monday. Torres was killed some 80 meters "
                  "from her home.") == [1]
    assert killed("Gunmen attacked a bus in Tarija on Monday, killing 12 and wounding 30.") == [12]


def test_a_small_count_in_the_perfect_is_the_attack_s() -> None:
    text = "Three people have been killed and 12 injured in a bomb attack on a market in Tarija, police said."
    inc = extract_incidents(text, PUB, "t")[0]
    assert (inc["killed"], inc["wounded"]) == (3, 12)


def test_a_count_in_the_perfect_over_a_span_is_a_tally() -> None:
    for text in ("Rebels bombed a bridge in Tarija on Monday. So far eight soldiers have been killed in the region.",
                 "Rebels bombed a bridge in Tarija on Monday. Five judges have been killed in two months."):
        assert all(k is None for k in killed(text))


def test_no_casualties_stays_zero_in_each_incident() -> None:
    incidents = [_incident(0, "guards"), _incident(0, "guards")]
    counted_once(incidents)
    assert [inc["killed"] for inc in incidents] == [0, 0]


def test_two_tellings_of_one_count_without_victims_count_once() -> None:
    first, again = _incident(3), _incident(3)
    for inc in (first, again):
        inc["evidence"]["killed"] = {"text": "3 persons"}
    counted_once([first, again])
    assert (first["killed"], again["killed"]) == (3, None)


def test_a_gloss_breaking_down_a_group_is_no_coordinate() -> None:
    assert killed("Six farmers (four men and two women) and two children were killed by gunmen in Tarija "
                  "on Monday.") == [8]
    assert killed("On Monday, six farmers -- five men and one woman -- and two children were murdered by "
                  "gunmen in Tarija.") == [8]
    assert killed("Gunmen killed six farmers (four men and two women) and two children in Tarija on Monday.") == [8]


def test_a_described_person_joined_by_and_to_a_named_one_is_another() -> None:
    assert killed("Gunmen killed Pedro Gomez and his wife in Tarija on Monday.") == [2]
    assert killed("Gunmen killed a teacher and Pedro Gomez in Tarija on Monday.") == [2]


def test_two_titles_of_one_person_or_an_appositive_are_one() -> None:
    assert killed("Gunmen killed senator and presidential candidate Pedro Gomez in Tarija on Monday.") == [1]
    assert killed("Gunmen killed the mayor of Tarija, Pedro Gomez, on Monday.") == [1]


def test_members_of_an_escort_also_killed_add_to_the_named_victim() -> None:
    text = ("The minister Pedro Gomez was assassinated today in Tarija during an attack in which two members "
            "of his escort were also killed.")
    assert killed(text) == [3]


def test_companions_named_by_any_noun_are_counted() -> None:
    text = "Gunmen shot dead the mayor Pedro Gomez in Tarija on Monday along with two other party militants."
    assert killed(text) == [3]
    text = "Gunmen shot dead the mayor Pedro Gomez in Tarija on Monday along with several party militants."
    assert killed(text) == [1]


def test_a_described_subject_joined_by_and_to_a_named_one_is_another() -> None:
    text = "A judge and senator Pedro Gomez were murdered by gunmen in Tarija on Monday."
    assert killed(text) == [2]


def wounded(text: str) -> list[int | None]:
    return [inc["wounded"] for inc in extract_incidents(text, PUB, "t")]


def test_shots_counted_in_times_are_no_people() -> None:
    assert wounded("Gunmen attacked the judge Ana Torres in Tarija on Monday. She was shot three times in "
                   "the head.") in ([None], [1])


def test_neither_nor_denies_the_casualties() -> None:
    text = ("A bomb exploded outside the house of the consul Pedro Gomez in Tarija on Monday. Neither Gomez "
            "nor his wife were injured.")
    assert all(w in (None, 0) for w in wounded(text))


def test_a_count_before_and_belongs_to_its_own_phrase() -> None:
    assert killed("A rocket strike killed 12 children and teenagers in Tarija on Monday.") == [12]


def test_an_age_appositive_is_no_coordinate() -> None:
    assert killed("Two men, aged 67 and 56, and a 56-year-old woman were killed by a gunman in Tarija on "
                  "Monday.") == [3]


def test_the_same_described_toll_at_two_places_is_two_killings() -> None:
    first, other = _incident(2, "soldiers"), _incident(2, "soldiers")
    first["location"], other["location"] = {"place": "Tarija", "admin1": None}, {"place": "Oruro", "admin1": None}
    for inc in (first, other):
        inc["victims"][0]["_named"] = False
    counted_once([first, other])
    assert (first["killed"], other["killed"]) == (2, 2)
    other["location"] = {"place": "Cercado", "admin1": "Tarija"}  # a town in the province: one place
    counted_once([first, other])
    assert (first["killed"], other["killed"]) == (2, None)


def test_also_with_the_number_told_before_is_a_retelling() -> None:
    text = ("A bomb killed nine farmers and wounded three in Tarija on Monday. Officials said the attack, in "
            "which three farmers were also wounded, was a mistake.")
    assert wounded(text) == [3]


def test_an_unnamed_item_of_a_semicolon_list_of_the_dead_is_one_more_person() -> None:
    text = ("A car bomb exploded in Lisbon on Monday, killing Jose Marques, 42; Ana Silva, 19; a minor known "
            "as Pedro; and Luis Mora, 30.")
    assert killed(text) == [4]  # the minor once, whether or not a rule reads the name after "known as"
    text = "A car bomb exploded in Lisbon on Monday, killing Jose Marques, 42; Ana Silva, 19; a minor; and Luis Mora."
    assert killed(text) == [4]
    text = "A car bomb exploded in Lisbon on Monday, killing Jose Marques, 42; Ana Silva, 19; and Luis Mora, 30."
    assert killed(text) == [3]


def wounded(text: str) -> list[int | None]:
    return [inc["wounded"] for inc in extract_incidents(text, PUB, "t")]


def test_a_subject_set_off_by_a_relative_clause_is_counted() -> None:
    text = ("A bomb exploded at the radio mast in Ventana on Sunday. A man, who is believed to have been the guard "
            "at the mast, was killed by the bomb.")
    assert killed(text) == [1]


def test_a_subject_set_off_by_an_identification_is_counted_once() -> None:
    text = ("Rebels attacked the farm in Ventana on Sunday. As a result of the attack, an engineer, identified as "
            "Pablo Ruiz, was killed.")
    assert killed(text) == [1]


def test_none_of_denies_every_coordinate() -> None:
    text = ("A rocket hit the shelter in Ventana on Sunday, but none of the four priests and about 100 refugees "
            "was hurt.")
    assert wounded(text) in ([None], [0])


def test_household_staff_and_companions_count_as_people() -> None:
    assert killed("Gunmen killed six priests and two maids in Ventana on Sunday.") == [8]
    assert killed("Gunmen killed four doctors and two companions in Ventana on Sunday.") == [6]


def test_one_after_a_joining_word_is_a_count() -> None:
    assert killed("Gunmen attacked a bus in Ventana on Sunday, leaving one dead.") == [1]


def test_another_after_and_is_one_more_person() -> None:
    text = "Gunmen attacked a bus in Ventana on Sunday. A soldier was killed and another was wounded."
    assert wounded(text) == [1]


def test_no_one_is_no_count() -> None:
    assert killed("Gunmen attacked a bus in Ventana on Sunday. No one was killed.") in ([None], [0])


def test_one_left_out_after_the_attackers_dead_is_theirs() -> None:
    text = ("Rebels attacked the town hall of Ventana on Sunday. The attack resulted in one guerrilla dead and one "
            "wounded.")
    assert wounded(text) == [None]


def test_a_person_named_again_without_the_second_surname_is_counted_once() -> None:
    text = ("A gunman shot dead the candidate Pablo Ruiz Ortega at the airport in Ventana on Sunday. The police "
            "said the gunman killed Pablo Ruiz with a submachine gun.")
    assert killed(text) == [1]


def test_a_subject_set_off_by_an_including_aside_is_counted() -> None:
    text = ("A bomb exploded at the market in Ventana on Sunday. Five other people, including a policeman, were "
            "injured.")
    assert wounded(text) == [5]


def test_a_subject_set_off_by_a_description_is_counted() -> None:
    text = ("Gunmen attacked the convoy of the judge in Ventana on Sunday. Two members of his escort, officers of "
            "the secret police, were wounded.")
    assert wounded(text) == [2]


def test_a_count_before_a_time_word_is_still_a_count() -> None:
    text = "One person was killed and three others injured tonight when a bomb exploded in Ventana."
    assert wounded(text) == [3]
