"""A frequent noun that ends a person's name right before the passive verb ("X Y LOVE WAS MURDERED") belongs to
the name; a body named after the person ("THE X Y GANG WAS") does not; a passive verb set in quotes is still read; a frequent
word in s ends a name before punctuation ("LUIS SALES.").
Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import only_incident


def _victims(text: str) -> list[str]:
    return [v["text"] for v in only_incident(text)["victims"]]


def test_a_frequent_noun_before_was_ends_the_name() -> None:
    victims = _victims("WELL-KNOWN BANKER RAMON ORTIZ LOVE WAS MURDERED ON MONDAY BY GUNMEN IN SANTA ANA.")
    assert victims == ["RAMON ORTIZ LOVE"]


def test_an_adverb_before_was_is_no_name_word() -> None:
    victims = _victims("WELL-KNOWN BANKER RAMON ORTIZ TODAY WAS MURDERED BY GUNMEN IN SANTA ANA.")
    assert victims == ["RAMON ORTIZ"]


def test_a_gang_named_after_a_person_is_no_name() -> None:
    victims = _victims("A GUNMAN OF THE PEDRO GOMEZ GANG WAS KILLED ON MONDAY BY A BOMB IN SANTA ANA.")
    assert "PEDRO GOMEZ GANG" not in victims


def test_a_passive_verb_set_in_quotes_still_tells_the_victim() -> None:
    victims = _victims('A PARTY SPOKESMAN REPORTED THAT PEDRO GOMEZ SOTO WAS "KIDNAPPED" ON MONDAY IN GUATEMALA CITY AS '
                       'HE WAS HEADING FOR THE AIRPORT.')
    assert "PEDRO GOMEZ SOTO" in victims


def test_a_frequent_word_in_s_ends_a_name_before_punctuation() -> None:
    victims = _victims("GUERRILLAS ON MONDAY KIDNAPPED ANOTHER BUSINESSMAN IN SAO PAULO, LUIS SALES.")
    assert victims == ["LUIS SALES"]


def test_a_person_noun_in_s_ends_no_name() -> None:
    victims = _victims("GUNMEN KILLED PEDRO GOMEZ SOTO AND TWO BODYGUARDS IN SAO PAULO ON MONDAY.")
    assert "PEDRO GOMEZ SOTO" in victims
