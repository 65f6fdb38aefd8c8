"""An article's bare nouns for insurgents name one force, even across incidents."""
from __future__ import annotations

import datetime

from streams.extract.consistency import one_insurgent_noun
from streams.extract.document import analyse

_TEXT = ("Rebels blew up a bridge near the river town on Monday. The rebels then fled into the hills. "
         "On Tuesday guerrillas burned two buses on the coast road, police said.")


def _kept(texts_by_incident: list[list[str]], text: str = _TEXT) -> list[list[str]]:
    incidents = [{"perpetrator_individuals": [{"text": t} for t in texts]} for texts in texts_by_incident]
    one_insurgent_noun(analyse(text, datetime.date(2020, 1, 1)), incidents)
    return [[x["text"] for x in inc["perpetrator_individuals"]] for inc in incidents]


def test_the_noun_the_article_uses_most_names_the_force() -> None:
    assert _kept([["Rebels"], ["guerrillas"]]) == [["Rebels"], []]


def test_state_labels_stay() -> None:
    assert _kept([["Rebels"], ["terrorists"]]) == [["Rebels"], ["terrorists"]]


def test_other_attackers_stay() -> None:
    assert _kept([["rebels", "two masked men"], ["guerrillas"]]) == [["rebels", "two masked men"], []]


def test_the_most_used_noun_wins_over_the_first_listed() -> None:
    assert _kept([["guerrillas"], ["Rebels"]]) == [[], ["Rebels"]]
