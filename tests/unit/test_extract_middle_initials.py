"""A middle initial and its full stop belong to the person's name. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import only_incident


def _victims(text: str) -> list[str]:
    return [v["text"] for v in only_incident(text)["victims"]]


def test_an_initial_inside_an_upper_case_name() -> None:
    victims = _victims("REBELS KIDNAPPED NEWSMAN EMILIANO J. PACHECO IN CUCUTA ON TUESDAY.")
    assert "EMILIANO J. PACHECO" in victims


def test_an_initial_inside_a_mixed_case_name() -> None:
    victims = _victims("Gunmen shot dead Maria T. Gomez outside her home in Cucuta on Tuesday.")
    assert "Maria T. Gomez" in victims


def test_a_letter_that_ends_a_sentence_is_no_initial() -> None:
    victims = _victims("Gunmen shot dead Maria Gomez in Cucuta on Tuesday in zone B. Police arrived later.")
    assert victims == ["Maria Gomez"]
