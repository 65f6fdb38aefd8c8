"""Perpetrator groups named in less direct ways (craft, blame, membership). Made-up sentences."""
from __future__ import annotations

import pytest

from streams.extract import extract_incidents
from tests.unit.extracting import PUB, perpetrator


@pytest.mark.parametrize("text", [
    "On Sunday, two farmers were killed when a Turkish air force helicopter strafed a village near Hakkari.",
    "On Sunday, a village near Hakkari was strafed by Turkish army helicopters, killing two farmers.",
])
def test_forces_craft_as_the_agent(text: str) -> None:
    assert perpetrator(text)["group"] == "Turkish Armed Forces"


def test_forces_craft_hit_is_no_agent() -> None:
    perp = perpetrator("On Sunday, a Turkish army helicopter was attacked by rebels near Hakkari.")
    assert perp["group"] != "Turkish Armed Forces"


@pytest.mark.parametrize("text", [
    'Four farmers were murdered near Hakkari on Sunday. The governor said that "members of the Turkish army"'
    " participated in the crime.",
    "Four farmers were murdered near Hakkari on Sunday. A judge said soldiers of the Turkish army were involved in"
    " the massacre.",
    "Four farmers were killed near Hakkari on Sunday. Villagers said the Turkish army took part in the brutal"
    " bomb attack.",
])
def test_group_that_took_part_in_the_attack(text: str) -> None:
    perp = perpetrator(text)
    assert (perp["group"], perp["claim"]) == ("Turkish Armed Forces", "attributed")


def test_involvement_in_something_else_is_no_blame() -> None:
    perp = perpetrator("Four farmers were murdered near Hakkari on Sunday. The Turkish army was involved in the"
                       " search for the bodies, the governor said.")
    assert perp["group"] != "Turkish Armed Forces"


def individuals(text: str) -> list[str]:
    incidents = extract_incidents(text, PUB, "p5")
    assert len(incidents) == 1
    return [p["text"] for p in incidents[0]["perpetrator_individuals"]]


@pytest.mark.parametrize("text", [
    "A bomb exploded at a bank in Cali on Monday, killing two guards. Police identified the attackers as"
    " Juan Carlos Perez, 23, and Luis Gomez Restrepo, also 23.",
    "A bomb exploded at a bank in Cali on Monday, killing two guards. The suspects, who were identified as"
    " Juan Carlos Perez and Luis Gomez Restrepo, were taken to Bogota.",
    "A bomb exploded at a bank in Cali on Monday, killing two guards. The arrested men have been identified as"
    " Juan Carlos Perez and Luis Gomez Restrepo.",
])
def test_named_suspects_after_the_attack(text: str) -> None:
    assert individuals(text) == ["Juan Carlos Perez", "Luis Gomez Restrepo"]


@pytest.mark.parametrize("noun", ["gunmen", "killers", "kidnappers"])
def test_attackers_identified_by_name_are_no_victims(noun: str) -> None:
    text = (f"Two men shot and killed a policeman in Cali on Monday. The {noun} have been identified as"
            " Juan Carlos Perez and Luis Gomez Restrepo.")
    incident, = extract_incidents(text, PUB, "p5")
    assert [p["text"] for p in incident["perpetrator_individuals"]][-2:] == ["Juan Carlos Perez", "Luis Gomez Restrepo"]
    assert not {v["text"] for v in incident["victims"]} & {"Juan Carlos Perez", "Luis Gomez Restrepo"}


def test_named_victims_are_no_suspects() -> None:
    text = ("A bomb exploded at a bank in Cali on Monday, killing two guards. The dead guards were identified as"
            " Juan Carlos Perez and Luis Gomez Restrepo.")
    assert "Juan Carlos Perez" not in individuals(text)


def test_blame_between_two_sentences_of_the_attack() -> None:
    perp = perpetrator("A bomb exploded at the union office in Cusco on Monday, killing four workers. According to"
                       " the union, the Peruvian army is responsible. The explosion also destroyed two cars parked"
                       " outside.")
    assert (perp["group"], perp["claim"]) == ("Peruvian Armed Forces", "attributed")


def test_attacker_noun_of_a_group_blamed_later() -> None:
    text = ("A bomb exploded at a store in Medellin on Monday, destroying its front. Nobody was hurt. The ELN"
            " guerrillas are being held responsible for the attack.")
    assert individuals(text) == ["guerrillas"]


def test_group_fighters_named_far_from_the_attack_are_not_its_attackers() -> None:
    text = ("A bomb exploded at a store in Medellin on Monday, destroying its front. Nobody was hurt. The owner"
            " had closed early. Police said the ELN is responsible. Shops reopened on Tuesday. Last year National"
            " Liberation Army guerrillas met church leaders in Arauca.")
    assert "guerrillas" not in individuals(text)


_LATER = " The bishop visited the town. He prayed for the families. The mayor asked for calm. Schools were closed."


def test_blame_for_the_attack_further_on() -> None:
    perp = perpetrator("Six farmers were murdered near Hakkari on Monday." + _LATER
                       + " The bishop said the Turkish army was guilty of the murders.")
    assert (perp["group"], perp["claim"]) == ("Turkish Armed Forces", "attributed")


def test_blame_for_another_kind_of_attack_further_on_is_not_this_one() -> None:
    perp = perpetrator("A bomb exploded at the town hall near Hakkari on Monday." + _LATER
                       + " The bishop said the Turkish army was guilty of the kidnappings of last year.")
    assert perp["group"] != "Turkish Armed Forces"


@pytest.mark.parametrize("text, people", [
    ("Two missionaries were killed in Oruro on Monday. Police said three students have been charged with the"
     " killing of the missionaries.", "students"),
    ("A judge was shot dead in Cali on Monday. Police arrested two young men suspected of being involved in the"
     " murder.", "young men"),
])
def test_people_charged_with_the_attack(text: str, people: str) -> None:
    assert people in individuals(text)


def test_people_charged_with_something_else_are_no_attackers() -> None:
    text = ("Two missionaries were killed in Oruro on Monday. Police said three students have been charged with"
            " the theft of a car.")
    assert "students" not in individuals(text)


def test_person_named_the_perpetrator_or_mastermind() -> None:
    text = ("A judge was shot dead in Cali on Monday. The inquiry concluded that Colonel Mario Diaz was the"
            " mastermind and that Dr Juan Carlos Perez was the perpetrator of the murder.")
    assert individuals(text) == ["Colonel Mario Diaz", "Dr Juan Carlos Perez"]


def test_relative_of_the_perpetrator_is_not_named_as_him() -> None:
    text = "A judge was shot dead in Cali on Monday. Police said Juan Carlos Perez was the perpetrator's father."
    assert "Juan Carlos Perez" not in individuals(text)


@pytest.mark.parametrize("text, names", [
    ("Ten policemen were killed in an attack on the police post in Uchiza on Monday. Juan Carlos Perez and Luis"
     " Gomez Restrepo were arrested following the attack on the police post.",
     ["Juan Carlos Perez", "Luis Gomez Restrepo"]),
    ("A judge was shot dead in Cali on Monday. A prosecutor issued an arrest warrant for Juan Carlos Perez, who"
     " allegedly planned the murder.", ["Juan Carlos Perez"]),
])
def test_people_held_over_the_attack(text: str, names: list[str]) -> None:
    assert individuals(text) == names


def test_people_held_over_something_untold_are_no_attackers() -> None:
    text = ("A judge was shot dead in Cali on Monday. In other news, Juan Carlos Perez was arrested at the airport"
            " with forged papers.")
    assert "Juan Carlos Perez" not in individuals(text)


@pytest.mark.parametrize("text, people", [
    ("Four farmers were murdered near Hakkari on Sunday. A judge said that two soldiers of the border brigade were"
     " involved in the massacre.", "two soldiers of the border brigade"),
    ("Four farmers were murdered near Hakkari on Sunday. The judge believes that army officers, who remain unnamed,"
     " are responsible for the murders.", "army officers"),
    ("Four farmers were murdered near Hakkari on Sunday. The bishop said that if the soldiers involved in the"
     " killing are punished, peace will come.", "soldiers"),
])
def test_people_held_responsible_for_the_attack(text: str, people: str) -> None:
    assert people in individuals(text)


@pytest.mark.parametrize("text", [
    "Four farmers were murdered near Hakkari on Sunday. The bishop asked the judge to punish the soldiers"
    " responsible for the massacre.",
    "Four farmers were murdered near Hakkari on Sunday. The judge said no other officers were involved in the"
    " massacre.",
    "Four farmers were murdered near Hakkari on Sunday. The judge said two soldiers were involved in the search"
    " for the bodies.",
    "Four farmers were murdered near Hakkari on Sunday. The bishop said the people responsible for the massacre"
    " must be found.",
])
def test_people_not_held_responsible_for_the_attack(text: str) -> None:
    assert not any(w in " ".join(individuals(text)) for w in ("soldiers", "officers", "people"))


@pytest.mark.parametrize("text, person", [
    ("Four farmers were murdered near Hakkari on Sunday. Police said Mehmet Demir was involved in the massacre.",
     "Mehmet Demir"),
    ("Four farmers were murdered near Hakkari on Sunday. The judge said that Colonel Ahmet Yilmaz, one of the officers"
     " implicated in the massacre, was arrested.", "Ahmet Yilmaz"),
])
def test_person_held_responsible_for_the_attack(text: str, person: str) -> None:
    assert person in individuals(text)


def test_person_involved_in_something_else_is_no_attacker() -> None:
    text = ("Four farmers were murdered near Hakkari on Sunday. Police said Mehmet Demir was involved in the search"
            " for the bodies.")
    assert "Mehmet Demir" not in individuals(text)


def test_people_listed_as_involved_in_the_attack() -> None:
    text = ("Four farmers were murdered near Hakkari on Sunday. The minister said that a colonel, two lieutenants, one"
            " second lieutenant, two subsergeants and two soldiers were involved in the massacre.")
    found = individuals(text)
    assert all(p in found for p in ("two lieutenants", "one second lieutenant", "two subsergeants", "two soldiers"))


def _kidnapping_attackers(text: str) -> list[str]:
    """The attackers of the article's kidnapping (the lead may tell another incident of its own)."""
    incidents = [i for i in extract_incidents(text, PUB, "p6") if i["attack_type"] == "kidnapping"]
    assert incidents
    return [p["text"] for i in incidents for p in i["perpetrator_individuals"]]


def test_people_held_responsible_in_the_lead() -> None:
    text = ("Foreign terrorists may be involved in the kidnapping of a banker, the minister said on Sunday. He gave no"
            " names. The cabinet met. The police searched the port. The banker was kidnapped in Izmir on Friday by"
            " four gunmen.")
    assert "Foreign terrorists" in _kidnapping_attackers(text)


def test_lead_blame_for_another_kind_of_attack_is_not_this_one() -> None:
    text = ("Foreign terrorists may be involved in the bombing of a bank, the minister said on Sunday. He gave no"
            " names. The cabinet met. The police searched the port. A banker was kidnapped in Izmir on Friday by"
            " four gunmen.")
    assert "Foreign terrorists" not in _kidnapping_attackers(text)


def test_names_told_of_the_suspects() -> None:
    text = ("A judge was shot dead in Cali on Monday. Police arrested three men suspected of the murder. Their names"
            " are Juan Perez, Luis Gomez and Carlos Ruiz.")
    assert all(n in individuals(text) for n in ("Juan Perez", "Luis Gomez", "Carlos Ruiz"))


def test_names_told_of_others_are_no_attackers() -> None:
    text = ("A judge was shot dead in Cali on Monday. The mayor later visited two nurses at the hospital. Their names"
            " are Ana Perez and Rosa Gomez.")
    assert not {"Ana Perez", "Rosa Gomez"} & set(individuals(text))


def test_attacker_who_gives_his_name() -> None:
    text = ("A bomb exploded at a bank in Cali on Monday. Police captured one of the bombers, who gave his name as"
            " Juan Perez Gomez.")
    assert "Juan Perez Gomez" in individuals(text)


def test_attacker_noun_as_the_object_of_a_harm_verb() -> None:
    text = "A candidate was shot dead on a plane near Cali on Monday. His bodyguards shot the gunman to death."
    assert "gunman" in individuals(text)


def test_insurgent_noun_as_the_object_of_a_harm_verb_is_no_attacker() -> None:
    text = "A bomb exploded at a bank in Cali on Monday. Later, soldiers killed three rebels near Tulua."
    assert "rebels" not in individuals(text)


def test_passive_agent_after_a_place_aside() -> None:
    text = "A prosecutor was attacked in Envigado, 10 km from Medellin, by an individual who fired 13 shots."
    assert "individual" in individuals(text)


def test_bare_men_names_no_attackers() -> None:
    text = ("A judge was shot dead in Cali on Monday. Police arrested two men suspected of the murder. The military"
            " men guarding the court were questioned.")
    assert "men" not in [p.lower() for p in individuals(text)]


@pytest.mark.parametrize("text, people", [
    ("At dawn urban cells of the rebel front placed dynamite in four stores in Tulua.", "urban cells"),
    ("Guerrilla urban commands launched a mortar attack on the police headquarters in Tulua on Monday.",
     "urban commands"),
])
def test_urban_units_as_attackers(text: str, people: str) -> None:
    assert any(p.lower().endswith(people) for p in individuals(text))


def test_bare_fighters_name_no_attackers() -> None:
    text = "Shining Path fighters attacked a police post in Ayacucho on Monday, killing two policemen."
    assert "fighters" not in [p.lower() for p in individuals(text)]


def test_people_who_did_the_attack() -> None:
    text = "A judge was kidnapped in Cucuta on Monday. His family said the people who kidnapped him want a ransom."
    assert "people" in individuals(text)


def test_people_who_were_hit_are_no_attackers() -> None:
    text = "Two policemen were shot dead in Cali on Monday. The people who were wounded were taken to a clinic."
    assert "people" not in individuals(text)


@pytest.mark.parametrize("text, people", [
    ('Four farmers were murdered near Hakkari on Sunday. The bishop said that "members of the border brigade"'
     " participated in the crime.", "members of the border brigade"),
    ("Four farmers were murdered near Hakkari on Sunday. Police said two soldiers who took part in the massacre"
     " had fled.", "two soldiers"),
])
def test_people_who_took_part_in_the_attack(text: str, people: str) -> None:
    assert people in individuals(text)


def test_people_who_took_part_in_something_else_are_no_attackers() -> None:
    text = ("Four farmers were murdered near Hakkari on Sunday. Two soldiers who took part in the search for the"
            " bodies spoke to the press.")
    assert "two soldiers" not in [p.lower() for p in individuals(text)]


@pytest.mark.parametrize("text, people", [
    ("Four farmers were murdered near Hakkari on Sunday. The bishop said members of the border brigade committed"
     " the massacre.", "members of the border brigade"),
    ("Four farmers were murdered near Hakkari on Sunday. The judge said suspected death squad members carried out"
     " the massacre.", "death squad members"),
])
def test_people_who_carried_out_the_attack(text: str, people: str) -> None:
    assert people in individuals(text)


def test_group_name_is_no_part_of_the_attackers_who_carried_out_the_attack() -> None:
    text = ("Four farmers were murdered near Ayacucho on Sunday. The army said Shining Path guerrillas carried out"
            " the massacre.")
    found = individuals(text)
    assert "guerrillas" in found and "Shining Path guerrillas" not in found
