"""A blame of the attack outranks a group named only beside attacker words. Made-up sentences."""
from __future__ import annotations

from tests.unit.extracting import perpetrator


def test_the_work_of_a_group_outranks_members_named_later() -> None:
    perp = perpetrator("Nine people died when a car bomb exploded in Cucuta on Monday. The defence minister said that "
                       "the attack was the work of the ELN. The ELN said at the time that its priority was to fight "
                       "the members of the army who kidnap, torture and murder its comrades.")
    assert perp["group"] == "National Liberation Army (Colombia)"
