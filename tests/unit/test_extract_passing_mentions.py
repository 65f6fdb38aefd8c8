"""Detection: attacks named in passing (demands, statistics, accidents told before, generic speech) are not told,
on made-up sentences; the same words telling an attack still do."""
from __future__ import annotations

import datetime
from collections import Counter

import pytest

from streams.extract import extract_incidents
from streams.extract.anchors import find_anchors
from streams.extract.document import analyse

FRIDAY = datetime.date(2024, 5, 10)


def incidents(text: str) -> list[dict]:
    return extract_incidents(text, FRIDAY, "d1")


@pytest.mark.parametrize("text", [
    "The bishops asked for an inquiry to clear up the murders of aid workers in the northern hills.",
    "The minister tried to divert attention from the bombing of the market by speaking about the economy.",
])
def test_an_attack_named_in_a_demand_or_speech_is_not_told(text: str) -> None:
    assert incidents(text) == []


def test_a_murder_told_with_its_day_is_still_told() -> None:
    assert len(incidents("Gunmen murdered two aid workers in Kandahar on Thursday.")) == 1


@pytest.mark.parametrize("text", [
    "Today the rights office said that 31 villagers were killed in massacres and 12 others disappeared.",
    "Over 300 farmers were murdered in more than 20 massacres by paid gunmen last year.",
    "The police said 14 kidnap cases were reported in March, against 11 in February.",
    "The report adds there were 26 cases of assault in March.",
])
def test_a_statistic_of_attacks_is_no_attack(text: str) -> None:
    assert incidents(text) == []


def test_a_toll_of_one_days_attacks_is_still_told() -> None:
    assert incidents("Gunmen killed nine villagers in attacks on two farms near Kandahar on Thursday.") != []


def test_a_death_after_a_crash_told_before_is_an_accident() -> None:
    text = ("A light plane crashed near Quetta on Thursday. Its pilot, John Reyes, died at once and his instructor, "
            "Ali Khan, was injured.")
    assert incidents(text) == []


def test_a_death_after_a_crash_caused_by_a_missile_is_still_an_attack() -> None:
    text = "A missile hit a light plane near Quetta on Thursday and it crashed. The pilot died at once."
    assert incidents(text) != []


def anchored_words(text: str) -> list[str]:
    """The attack words find_anchors keeps (the filters' verdict, before any incident is assembled)."""
    doc = analyse(text, FRIDAY)
    return [doc.text[a.start:a.end] for a in find_anchors(doc, Counter())[0]]


@pytest.mark.parametrize("text", [
    "In this country no priest has ever been beaten, murdered, or exiled, the minister said on Thursday.",
    "In this country no priest has ever been\nbeaten, murdered, or exiled, the minister said on Thursday.",
    "In this country no priest has ever been\nmurdered, the minister said on Thursday.",
])
def test_a_negated_subject_denies_every_act_listed(text: str) -> None:
    assert anchored_words(text) == []


def test_a_priest_murdered_is_still_anchored() -> None:
    assert anchored_words("Gunmen murdered a priest in Leon on Thursday.") == ["murdered"]


def test_a_statistic_across_a_line_break_is_no_attack() -> None:
    assert incidents("Today the rights office said that 31 villagers were killed in\nmassacres last year.") == []


@pytest.mark.parametrize("text", [
    "[Report] [Text] Kidnapping is one of the most profitable businesses in the province of Leon.",
    "The record of the governor in Leon includes four assassination attempts on him.",
    "The death squads have not stopped. They killed hundreds of union leaders in Leon.",
])
def test_a_kind_of_act_or_a_record_is_no_attack(text: str) -> None:
    assert anchored_words(text) == []


@pytest.mark.parametrize("text, word", [
    ("The kidnapping of the mayor of Leon on Thursday shocked the town.", "kidnapping"),
    ("Gunmen killed hundreds of villagers in Leon on Thursday.", "killed"),
])
def test_a_told_act_is_still_anchored(text: str, word: str) -> None:
    assert word in anchored_words(text)


def test_a_denied_link_grants_the_attack() -> None:
    text = ("The spokesman denied that the delay of the talks is linked to the assassination of the mayor of Leon "
            "on Thursday.")
    assert "assassination" in anchored_words(text)


def test_a_denied_attack_is_still_disputed() -> None:
    assert anchored_words("The army denied that its planes had bombed the village of Leon on Thursday.") == []


def test_a_long_negation_reaches_the_attack_by_its_end() -> None:
    text = "The colonel said he had no knowledge of a guerrilla attack on the Leon barracks on Thursday."
    assert anchored_words(text) == []


def test_a_negated_claim_does_not_negate_the_attack() -> None:
    assert "attack" in anchored_words("The group did not claim the attack on the Leon barracks on Thursday.")


@pytest.mark.parametrize("text", [
    "The president spoke about the recent attacks by the rebels on various targets in Leon.",
    "The envoy condemned the constant criminal attacks against farm cooperatives in Leon.",
])
def test_attacks_told_by_recency_or_frequency_are_many(text: str) -> None:
    assert anchored_words(text) == []


def test_a_recent_attack_is_one() -> None:
    assert "attack" in anchored_words("The president spoke about the recent attack by the rebels on the Leon barracks.")


@pytest.mark.parametrize("text", [
    "Oil exports fell in Leon due to rebel attacks on the pipeline.",
    "The villagers of Leon are tired of living with attacks against their farms.",
])
def test_bare_plural_attacks_after_a_preposition_are_a_kind(text: str) -> None:
    assert anchored_words(text) == []


@pytest.mark.parametrize("text", [
    "Oil exports fell after the rebel attacks on the Leon pipeline.",
    "Oil exports fell due to rebel attacks on the Leon pipeline on Thursday.",
])
def test_plural_attacks_with_an_article_or_a_day_are_still_told(text: str) -> None:
    assert "attacks" in anchored_words(text)


@pytest.mark.parametrize("text", [
    "Shortly after the senator's assassination, the embassy in Leon asked for his extradition.",
    "On that occasion, when the senator was assassinated, the president of Leon declared war on the cartels.",
])
def test_an_attack_that_dates_something_else_is_not_told(text: str) -> None:
    assert anchored_words(text) == []


@pytest.mark.parametrize("text, word", [
    ("When gunmen stormed the Leon hotel on Thursday, six guests were killed.", "stormed"),
    ("After the attack the rebels fled from Leon to the hills.", "attack"),
    ("After the attack on the Leon barracks, the rebels fled to the hills.", "attack"),
    ("When gunmen stormed the Leon hotel, six guests were killed.", "stormed"),
])
def test_a_dated_or_unfronted_attack_is_still_told(text: str, word: str) -> None:
    assert word in anchored_words(text)


@pytest.mark.parametrize("text", [
    "Even the murder of a judge, police chief, or mayor in Leon would shake the whole country.",
    "Such a killing is not merely an attack against one man but also an assault against us all.",
])
def test_a_hypothetical_or_a_judgement_is_not_told(text: str) -> None:
    assert anchored_words(text) == []


def test_the_murder_of_a_judge_and_his_driver_is_one() -> None:
    assert "murder" in anchored_words("The murder of a judge and his driver in Leon on Thursday shocked the town.")


@pytest.mark.parametrize("text", [
    "The front is channelling arms to the rebels of Leon to murder the mayor.",
    "We have to abandon practices like kidnapping.",
    "The gangs of Leon engage in kidnapping and extortion.",
    "New measures aimed at stopping kidnappings in Leon are being studied.",
    "In its statements the front launches harsh attacks on the government of Leon.",
])
def test_intentions_practices_and_words_are_not_attacks(text: str) -> None:
    assert anchored_words(text) == []


def test_an_attack_in_an_old_century_is_history() -> None:
    assert incidents("They honoured a caudillo from Leon who was assassinated in 1835 by his rivals.") == []


def test_a_crisis_that_exploded_is_a_figure_of_speech() -> None:
    assert anchored_words("On Monday he told the president about the grave political crisis which had exploded in Leon.") == []
