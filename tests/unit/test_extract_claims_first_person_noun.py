"""A group's first person launching or carrying out "an attack" (an attack noun as the verb's object) tells its own
deed: a claim. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_our_fighters_launched_an_attack() -> None:
    perp = perpetrator('The ELN said: "Our fighters launched an attack on the army post in Arauca on Sunday, '
                       'killing two soldiers."')
    assert perp["claim"] == "claimed"


def test_we_carried_out_an_ambush() -> None:
    perp = perpetrator('"We carried out a daring ambush against an army patrol in Arauca on Sunday, killing two '
                       'soldiers," the ELN said.')
    assert perp["claim"] == "claimed"


def test_our_units_used_mortars_during_an_attack() -> None:
    perp = perpetrator("CLANDESTINE, 7 MAR 25 -- The ELN reports that our guerrillas also used mortars during an "
                       "attack on the army post in Arauca on Sunday, killing two soldiers.")
    assert perp["claim"] == "claimed"


def test_our_country_launched_nothing() -> None:
    perp = perpetrator('The ELN said: "Our country condemned the attack on the army post in Arauca on Sunday."')
    assert perp["claim"] != "claimed"
