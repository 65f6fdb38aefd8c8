"""Victim spans: the shortest phrase naming the people hit, and no relative named only to say whose kin a victim
was. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import only_incident


def _victims(text: str) -> list[str]:
    return [v["text"] for v in only_incident(text)["victims"]]


def test_a_count_after_a_fronted_adjunct_opens_the_subject() -> None:
    incident = only_incident("REBELS AMBUSHED AN ARMY TRUCK NEAR TALA ON MONDAY. AS A RESULT OF THE AMBUSH 7 SOLDIERS "
                             "WERE KILLED.")
    assert [v["text"] for v in incident["victims"]] == ["7 SOLDIERS"]
    assert incident["killed"] == 7


def test_a_determiner_or_other_before_a_count_stays_in_the_phrase() -> None:
    victims = _victims("Rebels attacked a bus near Tala on Monday. The driver escaped, but the other 5 passengers "
                       "were wounded.")
    assert "other 5 passengers" in victims


def test_a_total_of_says_how_many_not_who() -> None:
    victims = _victims("GUERRILLAS RAIDED THE VILLAGE OF TALA ON MONDAY. A TOTAL OF 14 PEOPLE WERE KIDNAPPED.")
    assert victims == ["14 PEOPLE"]


def test_the_relative_in_a_kin_appositive_is_no_victim() -> None:
    victims = _victims("SAN PEDRO, 9 MAR 25 -- THE FUNERAL WAS HELD TODAY OF MARIO LOPEZ, SON-IN-LAW OF THE NAVY "
                       "CHIEF (ADMIRAL JUAN PEREZ) WHO DIED YESTERDAY, 17 DAYS AFTER AN ATTACK IN WHICH HE WAS "
                       "SERIOUSLY WOUNDED.")
    assert "JUAN PEREZ" not in victims
    assert "MARIO LOPEZ" in victims


def test_a_name_who_died_with_no_kin_link_stays_a_victim() -> None:
    victims = _victims("SAN PEDRO, 9 MAR 25 -- GUNMEN SHOT MARIO LOPEZ, A NAVY CAPTAIN, WHO DIED YESTERDAY IN "
                       "HOSPITAL.")
    assert "MARIO LOPEZ" in victims


def test_members_listed_of_a_group_no_one_hit_are_no_victims() -> None:
    victims = _victims("Gunmen killed a teacher in Cali on Monday. Several officials, including the mayor Juan "
                       "Perez, condemned the attack.")
    assert "Juan Perez" not in victims


def test_a_speaker_listed_among_a_group_is_no_victim() -> None:
    victims = _victims("Gunmen killed a teacher in Cali on Monday. Several diplomats, among them the ambassador "
                       "Juan Perez, said that the killers numbered about ten.")
    assert "Juan Perez" not in victims


def test_members_listed_of_the_people_killed_are_victims() -> None:
    victims = _victims("Gunmen killed five people in Cali on Monday, including the mayor Juan Perez.")
    assert "Juan Perez" in victims


def test_a_capitalised_common_word_after_a_given_name_ends_the_name_in_mixed_case() -> None:
    victims = _victims("Rebels attacked a church in Bunia on Sunday. Bishop Pablo Smith and a nun were seriously "
                       "wounded.")
    assert "Pablo Smith" in victims


def test_a_subject_before_an_aside_listing_its_members_is_read() -> None:
    incident = only_incident("A BOMB EXPLODED IN A MARKET IN TALA ON MONDAY. FOUR PEOPLE, INCLUDING A CHILD, WERE "
                             "INJURED.")
    assert "FOUR PEOPLE" in [v["text"] for v in incident["victims"]]
    assert incident["wounded"] == 4


def test_a_murder_being_planned_names_no_victim() -> None:
    victims = _victims("GUNMEN KILLED A JUDGE IN TALA ON MONDAY. THE SAME MEN ARE NOW PLANNING GENERAL JUAN PEREZ'S "
                       "MURDER, POLICE SAID.")
    assert "JUAN PEREZ" not in victims


def test_members_who_speak_are_no_victims_even_after_an_attack_word() -> None:
    victims = _victims("Gunmen killed a teacher in Cali on Monday. A commission investigating the murders, and "
                       "several diplomats, among them the ambassador Juan Perez, said that the killers numbered "
                       "about ten.")
    assert "Juan Perez" not in victims


def test_a_casualty_participle_after_a_count_is_an_adjective() -> None:
    incident = only_incident("REBELS ATTACKED AN ARMY POST IN TALA ON MONDAY. THE OFFICER REPORTED 17 CASUALTIES, "
                             "INCLUDING 9 WOUNDED SOLDIERS.")
    assert [v["text"] for v in incident["victims"]] == ["9 WOUNDED SOLDIERS"]
    assert incident["wounded"] == 9
