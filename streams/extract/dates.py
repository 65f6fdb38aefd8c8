"""Find date expressions and resolve them against the publication date."""
from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass

from streams.extract.resources import lexicon
from streams.extract.thresholds import DAYS_AHEAD_THIS_YEAR


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY
    precision: str  # day | month | year
    explicit: bool  # names a calendar date or weekday, not just "today"
    relative: bool = False  # its year told relative to the article's ("on 24 May last year"), not written


@functools.cache
def _patterns(ignore_case: bool = True) -> dict[str, re.Pattern]:
    """The date patterns; without ignore_case for lower-case ASCII text, where they match the same
    (the words are lower-case ASCII) several times faster: the regex engine skips an alternative
    by its first letter only when matching case-sensitively; and there ASCII-only, as the same \\b and
    \\d on ASCII characters are read from a table rather than the Unicode database."""
    flags = re.I if ignore_case else re.A
    d = lexicon().dates
    months = "|".join(sorted(d["months"], key=len, reverse=True))
    weekdays = "|".join(d["weekdays"])
    rel_days = "|".join(sorted(d["relative_days"], key=len, reverse=True))
    rel_months = "|".join(sorted(d["relative_months"], key=len, reverse=True))
    rel_years = "|".join(sorted(d["relative_years"], key=len, reverse=True))
    # Every quantifier is bounded and alternatives start with distinct literals: no backtracking blow-up.
    return {
        "day_month_year": re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?[ \t]{{1,3}}({months})\.?"
                                     rf"(?:,?[ \t]{{1,3}}(\d{{4}}|\d{{2}})\b)?", flags),
        "month_day_year": re.compile(rf"\b({months})\.?[ \t]{{1,3}}(\d{{1,2}})(?:st|nd|rd|th)?\b"
                                     rf"(?:,?[ \t]{{1,3}}(\d{{4}})\b)?", flags),
        "month_year": re.compile(rf"\b(?:(early|late|mid|in|since|during|until|by|last|this|next)[ \t-]{{1,3}})?"
                                 rf"({months})\b(?:[ \t]{{1,3}}(?:of[ \t]{{1,3}})?(\d{{4}})\b)?", flags),
        "weekday": re.compile(rf"\b(last[ \t]{{1,3}}|this[ \t]{{1,3}}|on[ \t]{{1,3}})?({weekdays})\b", flags),
        "days_ago": re.compile(r"\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)"
                               r"[ \t]{1,3}days?[ \t]{1,3}ago\b", flags),
        "weeks_ago": re.compile(r"\b(last[ \t]{1,3}week|(?:\d{1,2}|a|one|two|three)[ \t]{1,3}weeks?[ \t]{1,3}ago)\b",
                                flags),
        "rel_day": re.compile(rf"\b({rel_days})\b", flags),
        "rel_month": re.compile(rf"\b({rel_months})\b", flags),
        "rel_year": re.compile(rf"\b({rel_years})\b", flags),
    }


# Which patterns a date word can start or end; they run only in a short window around each word.
_PATTERNS_FOR = {
    "month": ("day_month_year", "month_day_year", "month_year"),
    "weekday": ("weekday",),
    "relative_days": ("rel_day",),
    "relative_months": ("rel_month",),
    "relative_years": ("rel_year",),
    "ago": ("days_ago", "weeks_ago"),
}
_WINDOW = 24
_DIGIT = re.compile(r"\d")
_LEAD_WORDS = r"\b(?:early|late|mid|in|since|during|until|by|last|this|next)[ \t-]{1,3}$"
_LEAD = re.compile(_LEAD_WORDS, re.I)
_LEAD_LOW = re.compile(_LEAD_WORDS, re.A)  # on lower-case ASCII: same matches as _LEAD, faster
_NEED_DIGITS = frozenset(["day_month_year", "month_day_year"])
# "in 1990", "since 2019" on lower-case text: the digits are searched first (rare characters, a fast scan),
# then the word before them; same matches as finditer(r"\b(?:in|since|during|of)[ \t]{1,3}((?:19|20)\d{2})\b").
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d\b")
_YEAR_LEAD = re.compile(r"\b(?:in|since|during|of)[ \t]{1,3}$")


_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}


def _one_line(text: str) -> str:
    """Line breaks as spaces (same offsets); str.replace runs in C, a translation table per character."""
    return text.replace("\n", " ").replace("\r", " ")


def _year(two_or_four: str | None, month: int, day: int | None, pub: datetime.date) -> int:
    """Explicit year, or the most recent year that puts the date on or before publication; a day only a few days
    after publication is this year's ("a strike on 1 November" in a 31 October report, "0050 GMT 18 October" of an
    evening attack reported on the 17th, a dateline with no year a little ahead of the publication date known)."""
    if two_or_four:
        y = int(two_or_four)
        return y + (1900 if y >= 50 else 2000) if y < 100 else y
    candidate = pub.year
    if (month, day or 1) > (pub.month, pub.day):
        if day is None or not _soon_after(candidate, month, day, pub):
            candidate -= 1
    return candidate


def _soon_after(year: int, month: int, day: int, pub: datetime.date) -> bool:
    try:
        return (datetime.date(year, month, day) - pub).days <= DAYS_AHEAD_THIS_YEAR
    except ValueError:
        return False  # "31 November": no such day


def _day(year: int, month: int, day: int) -> str | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _add_window(windows: list[tuple[int, int]], lo: int, hi: int) -> None:
    """Append a window, merged with the previous one when they overlap (words come in text order)."""
    if windows and lo <= windows[-1][1]:
        windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
    else:
        windows.append((lo, hi))


@functools.cache
def _pattern_pairs() -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """Per pattern name: (case-insensitive on the text, case-sensitive on its lower-case ASCII form)."""
    fast = _patterns(False)
    return {name: (pattern, fast[name]) for name, pattern in _patterns().items()}


def _windowed(name: str, text: str, low: str | None, windows: list[tuple[int, int]]) -> list[re.Match]:
    """Matches of one pattern inside the windows (disjoint, in text order: no match is found twice)."""
    if not windows:
        return []
    pattern, fast = _pattern_pairs()[name]
    found: list[re.Match] = []
    for lo, hi in windows:
        # the character before lo counts for a leading \b; the one at hi is never read (hi ends the search)
        if low is not None and text[max(0, lo - 1):hi].isascii():
            found.extend(fast.finditer(low, lo, hi))
        else:
            found.extend(pattern.finditer(text, lo, hi))
    return found


def _lead_before(text: str, low: str | None, lo: int, start: int) -> bool:
    if low is not None and text[max(0, lo - 1):start].isascii():
        return _LEAD_LOW.search(low, lo, start) is not None
    return _LEAD.search(text, lo, start) is not None


def _month_may(text: str, start: int) -> bool:
    """"May 5" is the month when it follows a date preposition ("on May 5", "the night of May 5") or is
    written "May" inside a sentence of mixed-case text ("KANO, May 8 -")."""
    before = text[max(0, start - 8):start].lower().split()
    if before and before[-1].strip(",") in _MAY_PREPOSITIONS:
        return True
    return text[start:start + 3] == "May" and start > 0 and text[start - 2:start] in (", ", "- ")


_MAY_PREPOSITIONS = frozenset(["on", "of", "since", "until", "till", "before", "after", "from", "by", "to"])


def find_dates(text: str, pub: datetime.date, words: list | None = None, low: str | None = None) -> list[DateMention]:
    """Every date expression in text, resolved; overlapping readings keep the most precise.

    words are the lexicon's date-word hits (start, end, kind); the patterns only run around them.
    """
    text = _one_line(text)  # wire copy breaks lines mid-phrase: "THIS\nMORNING" is "this morning"
    if low is not None:
        low = _one_line(low)
    windows = _search_windows(text, low, words)
    # the order matters: a relative year joins a day or month found before it, and ties keep the first
    found = _calendar_days(text, low, windows, pub)
    found.extend(_months(text, low, windows, pub))
    found.extend(_weekdays(text, low, windows, pub))
    found.extend(_days_or_weeks_ago(text, low, windows, pub))
    found.extend(_relative_days_and_months(text, low, windows, pub))
    _add_relative_years(found, text, low, windows, pub)
    found.extend(_years(low if low is not None else text.lower()))
    return _most_precise([f for f in found if not _names_a_group(low if low is not None else text, f)])


Windows = dict[str, list[tuple[int, int]]]


def _search_windows(text: str, low: str | None, words: list | None) -> Windows:
    """Per pattern, the stretches of text it runs over: the whole text without word hits, else a short window
    around each date word that can start or end one of its matches."""
    p = _patterns()
    if words is None:
        return {name: [(0, len(text))] for name in p}
    windows: Windows = {name: [] for name in p}
    for start, end, kind in words:
        lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
        # only month words need to know (one regex search per word otherwise wasted)
        digits = kind == "month" and _DIGIT.search(text, lo, hi) is not None
        for name in _PATTERNS_FOR[kind]:
            if name in _NEED_DIGITS and not digits:
                continue  # "MAY", "MARCH" as words: no day number near them
            if name == "month_year" and not digits and not _lead_before(text, low, lo, start):
                continue
            _add_window(windows[name], lo, hi)
    return windows


def _calendar_days(text: str, low: str | None, windows: Windows, pub: datetime.date) -> list[DateMention]:
    """"12 March 1990", "March 12": a day of a named month, in either order."""
    months = lexicon().dates["months"]
    found: list[DateMention] = []
    for m in _windowed("day_month_year", text, low, windows["day_month_year"]):
        month = months[m.group(2).lower()]
        year = _year(m.group(3), month, int(m.group(1)), pub)
        value = _day(year, month, int(m.group(1)))
        if value:
            found.append(DateMention(m.start(), m.end(), value, "day", True))
    for m in _windowed("month_day_year", text, low, windows["month_day_year"]):
        if m.group(1).lower() == "may" and not m.group(3) and not _month_may(text, m.start()):
            continue  # "may 5 people" is too often the verb
        month = months[m.group(1).lower()]
        year = _year(m.group(3), month, int(m.group(2)), pub)
        value = _day(year, month, int(m.group(2)))
        if value:
            found.append(DateMention(m.start(), m.end(), value, "day", True))
    return found


def _months(text: str, low: str | None, windows: Windows, pub: datetime.date) -> list[DateMention]:
    """"in March", "March 1990", "early May": a month with a year or a word that makes it one."""
    months = lexicon().dates["months"]
    found: list[DateMention] = []
    for m in _windowed("month_year", text, low, windows["month_year"]):
        word = m.group(2).lower()
        if len(word) <= 3 and not m.group(3) and not m.group(1):
            continue  # bare "MAR", "DEC" without context
        if not (m.group(1) or m.group(3)):
            continue  # a bare month word ("MARCH", "MAY") is too often something else
        month = months[word]
        lead = (m.group(1) or "").lower()
        if m.group(3):
            year = int(m.group(3))
        elif lead == "next":
            continue
        else:
            year = _year(None, month, None, pub)
        found.append(DateMention(m.start(), m.end(), f"{year:04d}-{month:02d}", "month", True))
    return found


def _weekdays(text: str, low: str | None, windows: Windows, pub: datetime.date) -> list[DateMention]:
    """"on Tuesday", "last Friday": the latest such weekday on or before publication."""
    weekdays = lexicon().dates["weekdays"]
    found: list[DateMention] = []
    for m in _windowed("weekday", text, low, windows["weekday"]):
        target = weekdays[m.group(2).lower()]
        back = (pub.weekday() - target) % 7
        if (m.group(1) or "").strip().lower() == "last" and back == 0:
            back = 7
        day = pub - datetime.timedelta(days=back)
        found.append(DateMention(m.start(), m.end(), day.isoformat(), "day", True))
    return found


def _days_or_weeks_ago(text: str, low: str | None, windows: Windows, pub: datetime.date) -> list[DateMention]:
    """"three days ago" is a day; "two weeks ago", "last week" only the publication's month."""
    found: list[DateMention] = []
    for m in _windowed("days_ago", text, low, windows["days_ago"]):
        n = m.group(1).lower()
        back = int(n) if n.isdigit() else _SMALL[n]
        found.append(DateMention(m.start(), m.end(), (pub - datetime.timedelta(days=back)).isoformat(), "day", True))
    for m in _windowed("weeks_ago", text, low, windows["weeks_ago"]):
        found.append(DateMention(m.start(), m.end(), f"{pub.year:04d}-{pub.month:02d}", "month", False))
    return found


def _relative_days_and_months(text: str, low: str | None, windows: Windows,
                              pub: datetime.date) -> list[DateMention]:
    """"yesterday", "last month": counted back from publication; explicit only when not publication's own."""
    d = lexicon().dates
    found: list[DateMention] = []
    for m in _windowed("rel_day", text, low, windows["rel_day"]):
        back = d["relative_days"][" ".join(m.group(1).lower().split())]
        day = (pub - datetime.timedelta(days=back)).isoformat()
        found.append(DateMention(m.start(), m.end(), day, "day", back > 0))
    for m in _windowed("rel_month", text, low, windows["rel_month"]):
        back = d["relative_months"][" ".join(m.group(1).lower().split())]
        month_index = pub.year * 12 + pub.month - 1 - back
        month = f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
        found.append(DateMention(m.start(), m.end(), month, "month", back > 0))
    return found


def _add_relative_years(found: list[DateMention], text: str, low: str | None, windows: Windows,
                        pub: datetime.date) -> None:
    """"last year" alone is a year; right after a day or month found before, it is that date's year."""
    relative_years = lexicon().dates["relative_years"]
    for m in _windowed("rel_year", text, low, windows["rel_year"]):
        back = relative_years[" ".join(m.group(1).lower().split())]
        year = DateMention(m.start(), m.end(), f"{pub.year - back:04d}", "year", back > 0)
        if not _year_of(found, year, text):
            found.append(year)


_YEAR_GAP = re.compile(r"[ \t,]{1,3}$")


def _year_of(found: list[DateMention], year: DateMention, text: str) -> bool:
    """"On 24 May last year", "in March this year": the relative year right after a day or month with no year of
    its own is that date's year (the day is replaced in found, resolved in it); False when it stands alone."""
    for n, dm in enumerate(found):
        if dm.precision == "year" or dm.end > year.start or not _YEAR_GAP.match(text, dm.end, year.start) \
                or _YEAR_DIGITS.search(text, dm.start, dm.end):
            continue
        value = year.value + dm.value[4:]
        if dm.precision == "day" and _day(int(year.value), int(value[5:7]), int(value[8:10])) is None:
            return False  # "29 February last year" in a year without one: leave both as they were
        found[n] = DateMention(dm.start, year.end, value, dm.precision, True, True)
        return True
    return False


# "the 19 April Movement", "the 1 October Antifascist Resistance Groups", "the April 6 Liberation Movement": a
# day that opens an organisation's name dates nothing
_GROUP_NAME_AFTER = re.compile(r"[ \t]+(?:(?!the\b|a\b|an\b|and\b|of\b|on\b|in\b)[a-z-]+[ \t]+){0,3}?"
                               r"(?:movement|front|groups|legion|resistance)\b", re.I)


def _names_a_group(text: str, d: DateMention) -> bool:
    return d.precision == "day" and _DIGIT.search(text, d.start, d.end) is not None \
        and _GROUP_NAME_AFTER.match(text, d.end) is not None


def _years(low: str) -> list[DateMention]:
    out = []
    for digit in "12":  # str.find of one character runs at memchr speed (a two-character needle does not)
        i = low.find(digit, 1)
        while i >= 0:  # a year follows a space or tab
            if low[i - 1] in " \t" and low.startswith(("19", "20"), i) and _YEAR_DIGITS.match(low, i) \
                    and _YEAR_LEAD.search(low, max(0, i - 12), i):
                out.append(DateMention(i, i + 4, low[i:i + 4], "year", True))
            i = low.find(digit, i + 1)
    out.sort(key=_start)
    return out


def _start(d: DateMention) -> int:
    return d.start


_RANK = {"day": 0, "month": 1, "year": 2}


def _most_precise(found: list[DateMention]) -> list[DateMention]:
    found.sort(key=lambda dm: (dm.start, _RANK[dm.precision], -dm.end))
    out: list[DateMention] = []
    for dm in found:
        if out and dm.start < out[-1].end:
            if _RANK[dm.precision] < _RANK[out[-1].precision]:
                out[-1] = dm
            continue
        out.append(dm)
    return out
