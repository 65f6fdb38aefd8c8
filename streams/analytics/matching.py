"""Whether an incident report and a merged event may describe the same attack.

Same or compatible group (two different groups each claiming it is the only conflict), dates
that agree within their precision, the same place or an overlapping target/victim with no
conflicting place, and attack types of one family.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from streams.analytics.dates import add_days
from streams.analytics.thresholds import DEFAULT, Thresholds

# attack types a first report and a later one often swap for one attack; "other" fits any
ATTACK_FAMILIES = {
    "rocket": "fire", "missile": "fire", "drone": "fire", "airstrike": "fire",
    "bombing": "explosive", "suicide_bombing": "explosive",
    "armed_assault": "assault", "assassination": "assault",
    "kidnapping": "abduction", "hijacking": "abduction",
    "arson": "arson",
}
# words that say nothing about which place or target is meant
STOP_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "at", "al", "el", "and"})


@lru_cache(maxsize=65536)
def words(text: str | None) -> frozenset[str]:
    """Normalised content words: accents, case, punctuation and articles removed."""
    if not text:
        return frozenset()
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    cleaned = "".join(ch if ch.isalnum() else " " for ch in plain)
    return frozenset(w for w in cleaned.split() if w not in STOP_WORDS)


def same_phrase(a: frozenset[str], b: frozenset[str]) -> bool:
    """One phrase's words contain the other's ("Kharab al-Jir base" ~ "Kharab al-Jir")."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def types_compatible(a: str, b: str) -> bool:
    if a == b or a == "other" or b == "other":
        return True
    family = ATTACK_FAMILIES.get(a)
    return family is not None and family == ATTACK_FAMILIES.get(b)


def window(source: dict, t: Thresholds = DEFAULT) -> tuple[str, str]:
    """The days a report's date may meet: its period, widened by the tolerance when it is a day."""
    tolerance = t.merge_date_tolerance_days if source["precision"] == "day" else 0
    return add_days(source["first"], -tolerance), add_days(source["end"], tolerance)


def dates_compatible(source: dict, first: str, end: str, t: Thresholds = DEFAULT) -> bool:
    """Does the source's window meet [first, end]?"""
    low, high = window(source, t)
    return low <= end and high >= first


def groups_conflict(source: dict, sources: list[dict]) -> bool:
    if source["group"] is None or source["claim"] != "claimed":
        return False
    return any(s["claim"] == "claimed" and s["group"] not in (None, source["group"]) for s in sources)


def places_compatible(source: dict, sources: list[dict]) -> bool:
    place = words(source["place"])
    places = [words(s["place"]) for s in sources if s["place"]]
    if place and any(same_phrase(place, p) for p in places):
        return True
    if place and places:
        return False
    admin1 = words(source["admin1"])
    admin1s = [words(s["admin1"]) for s in sources if s["admin1"]]
    if admin1 and admin1s and not any(same_phrase(admin1, a) for a in admin1s):
        return False
    return target_overlap(source, sources) > 0


def target_overlap(source: dict, sources: list[dict]) -> int:
    """Pairs of target/victim phrases shared between the source and the event's sources."""
    theirs = [words(text) for s in sources for text in s["targets"]]
    return sum(same_phrase(words(mine), other) for mine in source["targets"] for other in theirs)


def compatible(source: dict, sources: list[dict], first: str, end: str, attack_type: str,
               t: Thresholds = DEFAULT) -> bool:
    """May `source` join the event made of `sources`, dated [first, end], of `attack_type`?"""
    return (types_compatible(source["attack_type"], attack_type)
            and dates_compatible(source, first, end, t)
            and not groups_conflict(source, sources)
            and places_compatible(source, sources))


def affinity(source: dict, sources: list[dict], first: str) -> tuple:
    """How well a compatible source fits an event: higher is better (ties broken by the caller)."""
    place = words(source["place"])
    same_place = bool(place) and any(same_phrase(place, words(s["place"])) for s in sources)
    return (same_place, source["first"] == first, target_overlap(source, sources))
