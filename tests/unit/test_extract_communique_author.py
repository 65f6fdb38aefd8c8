"""A group's own communique that tells an attack with no word for its men is no guess at the group.
Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator

_HEADER = "BOGOTA, 8 MAR 25 -- [COMMUNIQUE] [NATIONAL LIBERATION ARMY, ELN] [TEXT] "


def test_the_authors_communique_about_terrorists() -> None:
    perp = perpetrator(_HEADER + "The ELN informs the people of the following. On Friday terrorists murdered two "
                                 "teachers in Cucuta.")
    assert perp["group"] is None


def test_the_authors_communique_about_its_guerrillas() -> None:
    perp = perpetrator(_HEADER + "The ELN reports that on Friday guerrillas ambushed an army patrol in Cucuta, "
                                 "killing two soldiers.")
    assert perp["group"] == "National Liberation Army (Colombia)"


def test_a_group_condemning_the_murder_is_no_agent() -> None:
    perp = perpetrator("The ELN condemns the murder of two teachers in Cucuta on Friday.")
    assert perp["group"] is None


def test_the_authors_communique_telling_its_guerrillas_attack_is_a_claim() -> None:
    perp = perpetrator(_HEADER + "To the people of Colombia. On Friday guerrilla columns ambushed an army "
                                 "patrol near Cucuta, killing two soldiers.")
    assert perp["group"] == "National Liberation Army (Colombia)"
    assert perp["claim"] == "claimed"


def test_another_groups_communique_claims_nothing_for_the_guerrillas() -> None:
    perp = perpetrator("BOGOTA, 8 MAR 25 -- [COMMUNIQUE] [NATIONAL PEASANT COUNCIL] [TEXT] The council denounces "
                       "that on Friday ELN guerrillas ambushed an army patrol near Cucuta, killing two soldiers.")
    assert perp["claim"] != "claimed"
