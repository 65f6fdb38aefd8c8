"""A person named in one clause and hit, as "him"/"her", in the next;
the sentence right after the lead, in a gap of the telling, naming the victim.
Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import only_incident


def _victims(text: str) -> list[str]:
    return [v["text"] for v in only_incident(text)["victims"]]


def test_the_pronoun_after_a_semicolon_is_the_person_named_before() -> None:
    victims = _victims("ARMED MEN ROBBED A FARMER NEAR TALCA ON MONDAY. THE FARMER, PEDRO SOTO MORALES, TRIED TO "
                       "RESIST; THE MEN SHOT HIM AND LEFT HIM WOUNDED.")
    assert "PEDRO SOTO MORALES" in victims


def test_the_pronoun_after_when_is_the_subject_of_the_clause_before() -> None:
    victims = _victims("MARIA LUZ TORRES WAS WALKING HOME IN TALCA ON MONDAY WHEN GUNMEN SHOT HER IN THE BACK.")
    assert "MARIA LUZ TORRES" in victims


def test_the_person_who_shot_is_not_the_pronoun() -> None:
    victims = _victims("GUNMEN ATTACKED A BUS IN TALCA ON MONDAY. JUAN PEREZ SHOT HIM, THE POLICE SAID.")
    assert "JUAN PEREZ" not in victims


def test_her_before_a_noun_is_a_possessive() -> None:
    victims = _victims("MARIA LUZ TORRES WAS WALKING HOME IN TALCA ON MONDAY WHEN GUNMEN SHOT HER HUSBAND.")
    assert "MARIA LUZ TORRES" not in victims


def test_two_people_named_before_leave_the_pronoun_unread() -> None:
    victims = _victims("MARIA LUZ TORRES AND PEDRO SOTO MORALES WERE WALKING IN TALCA ON MONDAY WHEN GUNMEN SHOT "
                       "HIM.")
    assert "MARIA LUZ TORRES" not in victims and "PEDRO SOTO MORALES" not in victims


def test_the_sentence_after_the_lead_names_the_victim_though_the_telling_goes_on() -> None:
    victims = _victims("ONE OF THE TWO ENGINEERS WHO WERE KIDNAPPED ON MONDAY IN CALI HAS BEEN RELEASED BY THE "
                       "GUERRILLAS. ACCORDING TO THE POLICE, PEDRO GOMEZ SOTO WAS RELEASED UNHARMED BY THE REBELS "
                       "NEAR CALI. GOMEZ WAS TOLD BY THE REBELS THAT HE HAD BEEN KIDNAPPED TO PROTEST A VISIT BY THE "
                       "PRESIDENT.")
    assert "PEDRO GOMEZ SOTO" in victims
