"""Date expressions resolved against the publication date."""
from __future__ import annotations

import datetime

import pytest

from streams.extract.dates import find_dates
from streams.extract.document import analyse

MONDAY = datetime.date(2024, 4, 22)
MUC_DAY = datetime.date(1990, 2, 4)  # a Sunday


def _first(text: str, pub: datetime.date) -> tuple[str, str, str]:
    found = find_dates(text, pub)
    assert found, text
    d = found[0]
    return text[d.start:d.end], d.value, d.precision


@pytest.mark.parametrize(("text", "pub", "value", "precision"), [
    ("Sunday's strike on U.S. forces", MONDAY, "2024-04-21", "day"),
    ("the first since early February", MONDAY, "2024-02", "month"),
    ("In January, a drone attack killed", MONDAY, "2024-01", "month"),
    ("In June, gunmen stormed", MONDAY, "2023-06", "month"),  # a month after publication is last year's
    ("a general strike on 25 April", MONDAY, "2024-04-25", "day"),  # a day just ahead is this year's
    ("the bombing on 25 May", MONDAY, "2023-05-25", "day"),  # a month ahead is last year's
    ("a bombing last year", MONDAY, "2023", "year"),
    ("SAN SALVADOR, 4 FEB 90 (ACAN-EFE) -- REBELS", MUC_DAY, "1990-02-04", "day"),
    ("A GUERRILLA COLUMN ATTACKED THE FARM 2 DAYS AGO.", MUC_DAY, "1990-02-02", "day"),
    ("REBELS BURNED A BUS THREE DAYS AGO.", MUC_DAY, "1990-02-01", "day"),
    ("the attack in mid-May 2023", MONDAY, "2023-05", "month"),
    ("THE ARMY REPORTED TODAY", MUC_DAY, "1990-02-04", "day"),
    ("GUERRILLAS ATTACKED YESTERDAY", MUC_DAY, "1990-02-03", "day"),
    ("ON 16 NOVEMBER 1989 SIX PRIESTS WERE MURDERED", MUC_DAY, "1989-11-16", "day"),
    ("on November 16, 1989, six priests", MUC_DAY, "1989-11-16", "day"),
    ("ON 10 MARCH ALLEGED MEMBERS MURDERED", datetime.date(1989, 3, 11), "1989-03-10", "day"),
    ("the embassy was bombed in 1985", MUC_DAY, "1985", "year"),
    ("A BOMB WENT OFF THIS\nMORNING NEAR A POWER TOWER", MUC_DAY, "1990-02-04", "day"),
    ("gunmen attacked the village on the night of May 5", datetime.date(2024, 5, 8), "2024-05-05", "day"),  # wire copy's line break
    ("THE RAID BEGAN ON 2\nFEBRUARY", MUC_DAY, "1990-02-02", "day"),
])
def test_resolves(text: str, pub: datetime.date, value: str, precision: str) -> None:
    _, got_value, got_precision = _first(text, pub)
    assert (got_value, got_precision) == (value, precision)


@pytest.mark.parametrize(("text", "pub", "value", "precision"), [
    ("Sunday's strike on U.S. forces", MONDAY, "2024-04-21", "day"),
    ("SAN SALVADOR, 4 FEB 90 (ACAN-EFE) -- REBELS ATTACKED A FARM 2 DAYS AGO.", MUC_DAY, "1990-02-02", "day"),
    ("REBELS BURNED A BUS THREE DAYS AGO.", MUC_DAY, "1990-02-01", "day"),
    ("In January, a drone attack killed", MONDAY, "2024-01", "month"),
    ("ON 16 NOVEMBER 1989 SIX PRIESTS WERE MURDERED", MUC_DAY, "1989-11-16", "day"),
])
def test_article_analysis_finds_the_same_dates(text: str, pub: datetime.date, value: str, precision: str) -> None:
    """The analysis runs the patterns only around date words; it must not lose dates (the dateline's is skipped)."""
    found = analyse(text, pub).dates
    assert any((d.value, d.precision) == (value, precision) for d in found), found


def test_weekday_span_is_the_word_only() -> None:
    assert _first("Sunday's strike", MONDAY)[0] == "Sunday"


def test_same_weekday_as_publication_is_that_day_and_last_is_a_week_before() -> None:
    assert _first("on Monday", MONDAY)[1] == "2024-04-22"
    assert _first("last Monday", MONDAY)[1] == "2024-04-15"


def test_bare_month_words_are_not_dates() -> None:
    """"MARCH" and "MAY" alone are too often a protest march or the verb."""
    assert find_dates("THE PROTEST MARCH ENDED. GUERRILLAS MAY ATTACK.", MUC_DAY) == []


def test_impossible_day_is_dropped() -> None:
    assert all(d.value != "1990-02-31" for d in find_dates("ON 31 FEBRUARY", MUC_DAY))


@pytest.mark.parametrize("text", [
    "THE 19 APRIL MOVEMENT SIGNED THE ACCORD.",
    "The April 6 Liberation Movement claimed the attack.",
    "The 1 October Antifascist Resistance Groups claimed it.",
])
def test_a_day_opening_a_group_name_dates_nothing(text: str) -> None:
    assert find_dates(text, datetime.date(1989, 9, 1)) == []


def test_a_day_before_the_group_it_dates_stays() -> None:
    [d] = find_dates("On 19 April the front attacked the town.", datetime.date(1989, 9, 1))
    assert d.value == "1989-04-19"


@pytest.mark.parametrize("text, value, precision", [
    ("On 3 March last year, rebels struck.", "1988-03-03", "day"),
    ("In June last year, gunmen besieged a hotel.", "1988-06", "month"),
    ("On 24 May this year, the group murdered two missionaries.", "1989-05-24", "day"),
])
def test_a_relative_year_right_after_a_day_or_month_is_its_year(text: str, value: str, precision: str) -> None:
    [d] = find_dates(text, datetime.date(1989, 9, 1))
    assert (d.value, d.precision, d.relative) == (value, precision, True)


def test_lower_case_ascii_patterns_find_what_the_case_insensitive_ones_find() -> None:
    """The ASCII patterns run on the lower-case text must read the dates the case-insensitive ones read."""
    text = ("On 3 March 1990, in early May and last Friday, rebels struck; two days ago, last week, in June 2023, "
            "Sept. 12, mid-April, 5th of May, this month and last year the 19 April Movement met. Yesterday_x 12May.")
    pub = datetime.date(2024, 6, 20)
    assert find_dates(text, pub, low=text.lower()) == find_dates(text, pub)
    assert len(find_dates(text, pub)) >= 8
