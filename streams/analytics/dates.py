"""Event-time day arithmetic on ISO date strings ("YYYY-MM-DD"), the only clock of the analytics.

State keeps days as ISO strings (JSON-safe, and they sort like dates). The hot helpers are
memoised: the merge checks the same few days against each other many times.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache


def parse_day(day: str) -> date:
    return date.fromisoformat(day)


@lru_cache(maxsize=65536)
def add_days(day: str, n: int) -> str:
    return (parse_day(day) + timedelta(days=n)).isoformat()


def days_between(earlier: str, later: str) -> int:
    """later - earlier in days (negative when later is earlier)."""
    return (parse_day(later) - parse_day(earlier)).days


@lru_cache(maxsize=65536)
def period(occurred_on: str, precision: str | None = None) -> tuple[str, str, str]:
    """(first day, last day, precision) of a day, month or year date; the precision is the string's own
    when it disagrees with the declared one, because the string is what can be read."""
    parts = occurred_on.split("-")
    year = int(parts[0])
    if len(parts) >= 3:
        day = date(year, int(parts[1]), int(parts[2])).isoformat()
        return day, day, "day"
    if len(parts) == 2:
        month = int(parts[1])
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1).isoformat(), date(year, month, last).isoformat(), "month"
    return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat(), "year"


def bucket_start(day: str, size: int) -> str:
    """Start of the aligned window of `size` days holding `day`. Ordinal 1 (0001-01-01) is a Monday,
    so 7-day buckets are ISO weeks; other sizes are aligned on the same origin, fixed forever."""
    ordinal = parse_day(day).toordinal()
    return date.fromordinal(ordinal - (ordinal - 1) % size).isoformat()


def day_range(first: str, last: str) -> list[str]:
    start = parse_day(first)
    return [(start + timedelta(days=i)).isoformat() for i in range(days_between(first, last) + 1)]


def to_day(timestamp: str) -> str:
    """The UTC day of an ISO timestamp or date ("2024-04-22T10:00:00Z" -> "2024-04-22")."""
    return timestamp[:10]
