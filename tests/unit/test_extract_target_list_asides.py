"""A list of things attacked goes on past an aside that says who an owner is or what a thing is, when "and" or
"as well as" follows it. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import only_incident


def _targets(text: str) -> list[str]:
    return [t["text"] for t in only_incident(text)["targets"]]


def test_the_list_goes_on_past_the_owners_title() -> None:
    targets = _targets("Rebels attacked the presidential palace, the home of Ricardo Perez, president of the "
                       "congress, and the headquarters of the electoral council in Cucuta on Tuesday.")
    assert "headquarters of the electoral council" in [t.lower() for t in targets]


def test_the_list_goes_on_past_a_relative_clause() -> None:
    targets = _targets("A bomb exploded in Cucuta on Tuesday and hit a truck, which had carried policemen, as well "
                       "as several public buses and houses.")
    assert "public buses" in [t.lower() for t in targets]


def test_an_appositive_with_no_joiner_after_it_ends_the_list() -> None:
    targets = _targets("Rebels attacked the home of Ricardo Perez, president of the congress, in Cucuta on Tuesday.")
    assert [t.lower() for t in targets] == ["home of ricardo perez"]
