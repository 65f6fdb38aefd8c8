"""Detection by tense and aspect: tallies in the perfect, the present progressive, participles describing people;
made-up sentences."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import extract_incidents

FRIDAY = datetime.date(2024, 5, 10)


def incidents(text: str, pub: datetime.date = FRIDAY) -> list[dict]:
    return extract_incidents(text, pub, "d1")


def test_a_participle_before_its_noun_at_a_sentence_end_describes_people() -> None:
    assert incidents("Relatives asked the embassy what happened to the kidnapped persons.") == []


def test_a_kidnapping_told_with_a_finite_verb_is_an_attack() -> None:
    assert len(incidents("Gunmen kidnapped two persons in Quetta on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "Journalists have been murdered in the province, the union said on Thursday.",
    "The bishop said unknown persons who have been murdered or kidnapped in rural areas worry the church.",
    "The church asked for the burial of all those who have been killed.",
    "Not only have priests been murdered, but the guard arrested two nuns.",
])
def test_people_in_the_bare_plural_hit_in_the_perfect_are_a_tally(text: str) -> None:
    assert incidents(text) == []


def test_counted_people_hit_in_the_perfect_are_one_attack() -> None:
    assert len(incidents("Two journalists have been murdered in Quetta, police said on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "The party leader said its members are being murdered by officials.",
    "The air force is bombing poor neighbourhoods, the rebels said.",
    "The rebels said the army is mercilessly attacking the villages of the north.",
])
def test_the_present_progressive_tells_a_campaign(text: str) -> None:
    assert incidents(text) == []


def test_the_present_progressive_with_a_day_is_one_attack_as_it_happens() -> None:
    assert len(incidents("The air force is bombing the area near the volcano tonight, the rebels said.")) == 1


@pytest.mark.parametrize("text", [
    "KYIV, May 10 (Reuters) - Russian forces are shelling Kharkiv, the mayor said.",
    "Police said gunmen are attacking a hotel in central Mogadishu and the siege goes on.",
    "Militants are firing rockets at Sderot, the army said.",
])
def test_the_present_progressive_aimed_at_one_place_or_thing_is_one_attack_as_it_happens(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "The rebels are attacking Colombia's oil pipelines to press the government, the minister said.",
    "The minister said no summit can be cordial while one side is placing an atomic bomb on the table.",
])
def test_the_present_progressive_aimed_at_many_things_or_a_figure_of_speech_is_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_the_year_of_a_dateline_is_no_running_toll() -> None:
    assert len(incidents("KABUL, May 10, 2024 -- Two soldiers have been killed in an ambush near Kandahar.")) == 1


@pytest.mark.parametrize("text", [
    "The rebels demanded that all those implicated in the murder of the archbishop be put on trial.",
    "The union asked for the trial and punishment of the perpetrators of the assassination of its leader.",
    "The former mayor faces charges of kidnapping a merchant in Quetta.",
])
def test_an_attack_named_as_the_matter_of_a_trial_is_not_told(text: str) -> None:
    assert incidents(text) == []


def test_an_attack_with_its_own_day_is_told_even_beside_a_trial() -> None:
    assert len(incidents("The rebels demanded that the officers implicated in the murder of the archbishop on "
                         "4 March be put on trial.")) == 1


@pytest.mark.parametrize("text", [
    "When soldiers capture wounded rebels, they question them at the barracks and then murder them.",
    "Civilians suspected of links with the rebels are immediately executed, the press reported.",
    "Everyone grows angry each time one of our leaders is murdered.",
])
def test_the_present_tells_a_habit(text: str) -> None:
    assert incidents(text) == []


def test_a_state_in_the_present_does_not_hide_the_attack() -> None:
    assert len(incidents("The union leader is seriously injured after gunmen shot him in Quetta on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "The judge ordered the release of two officers and other members of the kidnapping ring.",
    "Police in Quetta arrested three murder suspects on Thursday.",
    "The army flew attack helicopters over Quetta on Thursday.",
    "The minister, who fled to Miami in May, is hiding from the cartel's assassination threats.",
])
def test_an_attack_noun_modifying_another_noun_names_no_event(text: str) -> None:
    assert incidents(text) == []


def test_the_murder_case_still_presupposes_a_murder() -> None:
    assert len(incidents("The judge reopened the murder case of the mayor, who was shot in Quetta on 2 May.")) == 1


@pytest.mark.parametrize("text", [
    "The hired gunmen took part in most of the killings of union leaders in the capital last year.",
    "Army officers responsible for killings of union leaders in the capital in May were never named.",
])
def test_a_share_of_many_attacks_or_those_responsible_for_many_is_no_one_attack(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    "The Chaco people are periodically suffering retaliatory attacks by the police units.",
    "A rights group in Quetta said on Monday that it denounced summary executions, political assassinations, and "
    "campaigns against union leaders.",
])
def test_attacks_told_as_frequent_or_listed_with_executions_are_many(text: str) -> None:
    assert incidents(text) == []


def test_the_past_progressive_tells_an_attack() -> None:
    [inc] = incidents("Witnesses said army helicopters were shelling the market district of Quetta.")
    assert inc["attack_type"] == "rocket"


def test_a_whole_people_as_the_shared_object_of_coordinated_verbs_is_a_charge() -> None:
    assert incidents("The rebels said it is a government that has murdered and persecuted the clergy and bombed the "
                     "civilian population.") == []


def test_the_people_of_a_place_are_particular() -> None:
    assert len(incidents("Gunmen shot and killed the people of the village of Kili on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "Jets have been bombing the city for weeks, the ministry said.",
    "Rebels have been attacking convoys on the highway, the army said.",
])
def test_the_present_perfect_progressive_tells_a_campaign(text: str) -> None:
    assert incidents(text) == []


def test_the_present_perfect_passive_still_tells_one_attack() -> None:
    assert len(incidents("A soldier has been killed in an attack on a checkpoint in Quetta.")) == 1


def test_the_past_perfect_progressive_tells_an_attack() -> None:
    assert len(incidents("Residents said the jets that had been bombing the town left at dawn on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "He said the rebels cannot talk about dialogue while placing bombs and perpetrating acts of terrorism.",
    "The hurling of grenades at bus stops is a common practice of army personnel.",
])
def test_a_gerund_before_bare_plural_weapons_names_a_kind_of_act(text: str) -> None:
    assert incidents(text) == []


def test_a_gerund_before_one_weapon_tells_an_attack() -> None:
    assert len(incidents("Two men placing a bomb at the bank in Quetta were arrested on Thursday.")) == 1


def test_people_counted_with_of_in_the_perfect_are_one_attack() -> None:
    assert len(incidents("KABUL, May 10, 2024 -- Dozens of worshippers have been killed in an attack on a church in "
                         "Owo, the governor said.")) == 1


def test_a_bare_plural_tally_after_a_dateline_is_still_a_tally() -> None:
    assert incidents("KABUL, May 10, 2024 -- Journalists have been killed in Gaza at an unprecedented rate, a press "
                     "group said.") == []


@pytest.mark.parametrize("text", [
    "The minister, who was murdered years ago in Panama, was a doctor.",
    "The minister was murdered decades ago in Panama.",
])
def test_an_attack_years_or_decades_ago_is_history(text: str) -> None:
    assert incidents(text) == []
