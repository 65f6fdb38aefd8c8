"""Perpetrator fields on modern wire phrasing, on short sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.unit.extracting import only_incident, perpetrator

SHELLING = "Shells hit a crowded market in Omdurman on Thursday, killing 12 people, medics said. "


@pytest.mark.parametrize("blame", [
    "A local aid network blamed the paramilitary Rapid Support Forces for the shelling.",
    "The Sudan Relief Committee blamed the paramilitary Rapid Support Forces (RSF) for the shelling.",
    "Witnesses blamed the shelling on the powerful paramilitary Rapid Support Forces.",
])
def test_described_group_is_still_the_blamed_one(blame: str) -> None:
    perp = perpetrator(SHELLING + blame)
    assert (perp["group"], perp["claim"]) == ("Rapid Support Forces", "attributed")


def test_group_introduced_by_a_linked_compound() -> None:
    perp = perpetrator("Gunmen killed 30 villagers in an attack in central Mali on Sunday, local officials said. "
                       "Officials blamed the attack on the al Qaeda-linked group JNIM.")
    assert (perp["group"], perp["claim"]) == ("Jama'at Nusrat al-Islam wal-Muslimin", "attributed")


@pytest.mark.parametrize("denial", [
    "The army blamed the M23 rebels, which denied responsibility.",
    "The army blamed the M23 rebels for the strike. The M23 denied any involvement.",
])
def test_blamed_group_that_denies(denial: str) -> None:
    perp = perpetrator("Bombs struck a displacement camp near Goma on Friday, killing nine people. " + denial)
    assert (perp["group"], perp["claim"]) == ("M23", "denied")


STABBING = "An attacker stabbed two people at a bus station in Haifa on Tuesday before police shot him, police said. "


@pytest.mark.parametrize("stance", [
    "Hamas praised the attack but did not claim it.",
    "Hamas praised the stabbing.",
    "Palestinian Islamic Jihad hailed the attack as heroic but stopped short of claiming it.",
])
def test_a_group_that_only_praised_is_no_perpetrator(stance: str) -> None:
    assert perpetrator(STABBING + stance)["group"] is None


def test_a_group_that_praised_and_claimed_is_the_claimant() -> None:
    perp = perpetrator(STABBING + "Hamas praised the attack. Hamas later claimed responsibility for the stabbing.")
    assert (perp["group"], perp["claim"]) == ("Hamas", "claimed")


TANKER = "A missile struck a tanker in the Red Sea on Wednesday, setting it on fire, a maritime agency said. "


@pytest.mark.parametrize("claim", [
    "Houthi military spokesman Yahya Saree said in a televised speech that the group had targeted the ship.",
    "The Houthis said in a statement on Thursday that the movement had targeted the tanker with a missile.",
])
def test_the_groups_speaker_telling_its_deed_is_a_claim(claim: str) -> None:
    perp = perpetrator(TANKER + claim)
    assert (perp["group"], perp["claim"]) == ("Houthis", "claimed")


def test_another_speaker_telling_the_groups_deed_is_no_claim() -> None:
    perp = perpetrator(TANKER + "The Houthis are fighting government forces. "
                       "A navy spokesman said in a briefing that the group had targeted the ship.")
    assert perp["claim"] != "claimed"


def test_own_report_after_a_time_adjunct() -> None:
    perp = perpetrator("Fighters attacked a police outpost in Rakhine state on Saturday, killing 14 officers. "
                       "The Arakan Army said on Sunday its fighters had seized the outpost.")
    assert (perp["group"], perp["claim"]) == ("Arakan Army", "claimed")


def test_described_group_owns_its_deed() -> None:
    perp = perpetrator("Al Shabaab militants stormed a hotel in Kismayo on Friday, killing at least nine people. "
                       "The al Qaeda-linked group said in a statement its fighters were behind the attack.")
    assert (perp["group"], perp["claim"]) == ("Al-Shabaab", "claimed")


def _people(text: str) -> list[str]:
    return [p["text"] for p in only_incident(text)["perpetrator_individuals"]]


@pytest.mark.parametrize("text", [
    "A gunman opened fire at a bus stop in Beersheba on Monday, killing two people before he was shot dead by an "
    "off-duty soldier, police said.",
    "A gunman opened fire at a cafe in Beersheba on Monday, killing two people. The gunman was shot dead by an "
    "off-duty policeman.",
])
def test_who_stopped_the_attacker_is_no_attacker(text: str) -> None:
    assert _people(text) == ["gunman"]


def test_police_who_stopped_the_attacker_are_no_perpetrator() -> None:
    perp = perpetrator("A gunman opened fire at a market in Beersheba on Monday, killing two people before he was "
                       "shot dead by Israeli police.")
    assert perp["group"] is None


def test_soldiers_who_shot_the_victims_stay_attackers() -> None:
    assert _people("Three farmers were shot dead by soldiers on Monday in a village near Tumaco.") == ["soldiers"]


@pytest.mark.parametrize(("name", "canonical"), [
    ("The Al-Aqsa Martyrs' Brigades", "Al-Aqsa Martyrs' Brigades"),
    ("Islamic Jihad", "Palestinian Islamic Jihad"),
    ("Kataib Hizbullah", "Kataib Hezbollah"),
    ("The Iraqi Islamic Resistance", "Islamic Resistance in Iraq"),
    ("Al Qaeda's Sahel affiliate", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("The Islamic State in Greater Sahara", "Islamic State Sahel Province"),
    ("Tehreek-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
    ("The Jenin Brigade", "Jenin Brigade"),
    ("The G-Pep gang federation", "G-Pep"),
    ("The Congo River Alliance", "M23"),
])
def test_modern_group_spellings(name: str, canonical: str) -> None:
    perp = perpetrator("A bomb exploded at a checkpoint on Sunday, wounding three guards. "
                       f"{name} claimed responsibility for the bombing.")
    assert (perp["group"], perp["claim"]) == (canonical, "claimed")


@pytest.mark.parametrize("junta", ["Myanmar's military", "Junta troops"])
def test_myanmar_junta_spellings(junta: str) -> None:
    perp = perpetrator(f"{junta} shelled a village in Sagaing region on Sunday, killing six civilians, residents said.")
    assert perp["group"] == "Myanmar military"


RAID_MALI = "Militants attacked an army camp near Mopti on Tuesday, killing 11 soldiers. "


@pytest.mark.parametrize("claim", [
    "The al Qaeda affiliate JNIM said its fighters carried out the attack.",
    "Al Qaeda's affiliate JNIM claimed the attack.",
])
def test_parent_named_as_description_is_not_the_claimant(claim: str) -> None:
    perp = perpetrator(RAID_MALI + claim)
    assert (perp["group"], perp["claim"]) == ("Jama'at Nusrat al-Islam wal-Muslimin", "claimed")


def test_investigating_whether_a_group_was_behind_is_suspicion() -> None:
    perp = perpetrator("Gunmen shot dead a town councillor in Michoacan on Sunday. Prosecutors said they were "
                       "investigating whether the Jalisco cartel was behind the killing.")
    assert (perp["group"], perp["claim"]) == ("Jalisco New Generation Cartel", "suspected")


def test_denied_carrying_out() -> None:
    perp = perpetrator("Drones struck a fuel depot in Port Sudan on Sunday, the army said, blaming the Rapid Support "
                       "Forces. The RSF denied carrying out the attack.")
    assert (perp["group"], perp["claim"]) == ("Rapid Support Forces", "denied")


def test_subject_that_fired_owns_the_casualties() -> None:
    perp = perpetrator("KYIV, March 3 (Reuters) - Russian forces fired three ballistic missiles at the centre of "
                       "Poltava on Sunday morning, killing 11 people, local officials said.")
    assert perp["group"] == "Russian Armed Forces"


def test_a_later_report_of_its_forces_deed_is_a_claim() -> None:
    perp = perpetrator("Russian forces fired three ballistic missiles at the centre of Poltava on Monday, killing 11 "
                       "people. Russia's defence ministry said on Tuesday its forces had struck a meeting of officers "
                       "in Poltava.")
    assert (perp["group"], perp["claim"]) == ("Russian Armed Forces", "claimed")


@pytest.mark.parametrize(("source", "claim"), [
    ("the Israeli military said.", "claimed"),
    ("Lebanese security sources said.", "attributed"),
])
def test_attacker_as_the_source_admits_it(source: str, claim: str) -> None:
    perp = perpetrator("Israeli warplanes struck a building in Tyre on Tuesday, killing a senior Hezbollah "
                       "commander, " + source)
    assert (perp["group"], perp["claim"]) == ("Israel Defense Forces", claim)


@pytest.mark.parametrize(("text", "people"), [
    ("A gunman shot a councillor at a street fair in Uruapan on Saturday before police officers shot the attacker "
     "dead, prosecutors said.", ["gunman"]),
    ("Gunmen abducted a trader in Kaduna on Saturday before soldiers rescued him.", ["Gunmen"]),
])
def test_who_shot_the_attacker_afterwards_is_no_attacker(text: str, people: list[str]) -> None:
    assert _people(text) == people


def test_state_reporting_its_own_strike_after_a_time_adjunct() -> None:
    perp = perpetrator("Ukraine's military said on Tuesday it had struck a fuel depot in Russia's Belgorod region with "
                       "drones.")
    assert (perp["group"], perp["claim"]) == ("Ukrainian Armed Forces", "claimed")


def test_a_sponsor_country_is_not_the_blamed_one() -> None:
    perp = perpetrator("A drone hit a base in eastern Syria on Sunday, wounding two soldiers. Officials blamed "
                       "Iran-backed militias.")
    assert perp["group"] is None


def test_speaker_telling_the_groups_fighters_deed() -> None:
    perp = perpetrator("Militants attacked a checkpost in Khyber on Sunday, killing four soldiers. TTP spokesman "
                       "Mohammad Khorasani said the group's fighters carried out the assault.")
    assert (perp["group"], perp["claim"]) == ("Tehrik-i-Taliban Pakistan", "claimed")


@pytest.mark.parametrize(("text", "group"), [
    ("An air strike hit a market in Rakhine state on Wednesday, killing 12 people. The Arakan Army accused the junta "
     "of carrying out the bombing.", "Myanmar military"),
    ("Junta troops shelled a village near Mopti in central Mali on Sunday, killing six civilians.",
     "Malian Armed Forces"),
])
def test_the_junta_is_the_forces_of_the_articles_country(text: str, group: str) -> None:
    assert perpetrator(text)["group"] == group


def test_armed_bandits_are_a_kind_not_an_organisation() -> None:
    perp = perpetrator("Armed bandits abducted 40 villagers in a raid on a community in Katsina state on Monday.")
    assert perp["group"] is None and [m["text"] for m in perp["mentions"]] == ["Armed bandits"]


CONCERT = "Gunmen opened fire at a market in Peshawar on Friday, killing nine people. "


@pytest.mark.parametrize("claim", [
    "Islamic State's Amaq news agency said Islamic State fighters carried out the attack.",
    "The Islamic State said on Telegram that Islamic State fighters carried out the attack.",
])
def test_the_group_naming_itself_as_the_doer_claims(claim: str) -> None:
    perp = perpetrator(CONCERT + claim)
    assert (perp["group"], perp["claim"]) == ("Islamic State", "claimed")


@pytest.mark.parametrize("denial", [
    "Israel said Hezbollah fired the rocket; Hezbollah denied it.",
    "Israel blamed Hezbollah for the rocket. The Lebanese group denied the accusation.",
])
def test_the_accused_group_denies(denial: str) -> None:
    perp = perpetrator("A rocket hit a home in Metula on Monday, wounding two people. " + denial)
    assert (perp["group"], perp["claim"]) == ("Hezbollah", "denied")


def test_a_ministry_reporting_its_own_strike_admits_it() -> None:
    perp = perpetrator("Turkish warplanes bombed suspected PKK positions in northern Iraq on Sunday, Turkey's defence "
                       "ministry said.")
    assert (perp["group"], perp["claim"]) == ("Turkish Armed Forces", "claimed")


def test_a_state_service_claiming_the_attack() -> None:
    perp = perpetrator("Drones attacked an airbase in Russia's Saratov region overnight. Ukraine's SBU security "
                       "service claimed responsibility for the attack, a source said.")
    assert (perp["group"], perp["claim"]) == ("Ukrainian Armed Forces", "claimed")


def test_a_state_claiming_something_else_claims_no_attack() -> None:
    perp = perpetrator("Drones attacked an airbase in Russia's Saratov region overnight, wounding two guards. "
                       "Ukraine's SBU security service claimed it had no information on the attack.")
    assert perp["claim"] != "claimed"


@pytest.mark.parametrize(("text", "claim"), [
    ("Pakistani air strikes hit suspected militant hideouts in Khost on Tuesday, killing 20 people, local officials "
     "said.", "attributed"),
    ("A bomb hit a police post in Quetta on Tuesday, killing four officers. The bombing was carried out by suspected "
     "BLA militants.", "suspected"),
])
def test_a_hedge_on_what_was_hit_hedges_no_attacker(text: str, claim: str) -> None:
    assert perpetrator(text)["claim"] == claim


def test_suspicion_after_a_semicolon_opens_its_clause() -> None:
    perp = perpetrator("Two rockets struck near an air base in Baghdad on Friday, causing no casualties. No group "
                       "claimed responsibility; Iraqi officials suspected Kataib Hezbollah.")
    assert (perp["group"], perp["claim"]) == ("Kataib Hezbollah", "suspected")


def test_british_warplanes() -> None:
    assert perpetrator("British warplanes struck radar sites near Hodeidah on Saturday, the Houthis said.")["group"] \
        == "British Armed Forces"
