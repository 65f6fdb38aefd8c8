"""Which reports can ever meet in the clustering, and the index that finds them.

The clustering takes reports one by one in a canonical order (streams.analytics.clustering),
so when a report's turn comes the clusters hold only reports before it. Of those,
`matching.compatible(s, cluster)` needs three things, each true of some member (not
necessarily the same one): the cluster's best date, the date of a member of the most precise
precision among them, meets the report's date window; a member is linked to the report
(`linked`: the same place phrase, or a shared target phrase where one side has no place); a
member has an attack type of the report's family. `interacts(s, members)` is that necessary
condition for any part of `members`. When no report on one side interacts with the reports on
the other, no cluster ever spans both, and the greedy clustering of the whole is the union of
the clusterings of the two sides: streams.analytics.merge relies on it to re-cluster only the
events a change can reach.

Index: a stored report is filed under its phrases (`member_phrases`), each under every one of
its words and under its lead word alone (`filed`), with flags saying which kind of phrase.
Phrases match when one's words contain the other's (`matching.same_phrase`), so the reports
`s` may be linked to hold one of `query_phrases(s)` and are found by `lookups`; the reports
that may be linked to `m` hold one of `reverse_phrases(m)`.
"""

from __future__ import annotations

from streams.analytics.clustering import canonical_order
from streams.analytics.consolidate import PRECISION_RANK, Source
from streams.analytics.matching import same_phrase, types_compatible, window, words
from streams.analytics.thresholds import Thresholds

PLACED = "p"          # a report's place
TARGET = "t"          # a report's targets
UNPLACED = "u"        # the targets of a report with no place: what a placed report can link to
NO_PLACE_WORDS = "e"  # the targets of a report whose place has no words: what links to a placed one
KINDS = (PLACED, TARGET, UNPLACED, NO_PLACE_WORDS)


def linked(source: Source, member: Source) -> bool:
    """Could `member` satisfy `matching.places_compatible` for `source`, in some cluster?"""
    place = words(source["place"])
    if place and member["place"]:
        return same_phrase(place, words(member["place"]))
    mine = [words(text) for text in source["targets"]]
    return any(same_phrase(a, words(b)) for a in mine for b in member["targets"])


def interacts(source: Source, members: list[Source], t: Thresholds) -> bool:
    """May `source` fit a cluster made of some of `members` (see the module docstring)? Only
    the members before it in the canonical order are clustered when its turn comes; the
    cluster's best date has its most precise precision, so the members that can be in it with
    a given best-date member are that one and the ones no more precise."""
    order = canonical_order(source)
    members = [m for m in members if canonical_order(m) < order]
    low, high = window(source, t)
    for rank in sorted(set(PRECISION_RANK.values()), reverse=True):
        if not any(PRECISION_RANK[m["precision"]] == rank and m["first"] <= high and m["end"] >= low
                   for m in members):
            continue
        vaguer = [m for m in members if PRECISION_RANK[m["precision"]] <= rank]
        if (any(types_compatible(source["attack_type"], m["attack_type"]) for m in vaguer)
                and any(linked(source, m) for m in vaguer)):
            return True
    return False


Phrase = tuple[str, frozenset[str]]  # (what kind of phrase, its words)


def member_phrases(source: Source) -> list[Phrase]:
    """The phrases a stored report is filed under."""
    place = words(source["place"])
    targets = _targets(source)
    out = [(PLACED, place)] if place else []
    out += [(TARGET, w) for w in targets]
    if not source["place"]:
        out += [(UNPLACED, w) for w in targets]
    if not place:
        out += [(NO_PLACE_WORDS, w) for w in targets]
    return out


def query_phrases(source: Source) -> list[Phrase]:
    """Phrases of which every report `source` may be linked to holds one (same_phrase)."""
    place = words(source["place"])
    if place:
        return [(PLACED, place)] + [(UNPLACED, w) for w in _targets(source)]
    return [(TARGET, w) for w in _targets(source)]


def reverse_phrases(member: Source) -> list[Phrase]:
    """Phrases of which every report that may be linked to `member` holds one."""
    if member["place"]:
        place = words(member["place"])
        return ([(PLACED, place)] if place else []) + [(NO_PLACE_WORDS, w) for w in _targets(member)]
    return [(TARGET, w) for w in _targets(member)]


def filed(phrase: Phrase) -> dict[str, int]:
    """A phrase is filed under each of its words, and under its lead word alone: {word: flags}."""
    kind, found = phrase
    out = {w: flag(kind, lead=False) for w in found}
    out[lead_word(found)] |= flag(kind, lead=True)
    return out


def lookups(phrase: Phrase) -> tuple[list[str], int, int]:
    """(words, flag, lead flag): every filed phrase that contains this one is filed under each
    of these words with the flag; every one contained in it, under one of them with the lead flag."""
    kind, found = phrase
    return sorted(found), flag(kind, lead=False), flag(kind, lead=True)


def flag(kind: str, lead: bool) -> int:
    """The bit of (kind, lead) in an index entry's flags: one record per word serves every kind."""
    return 1 << (2 * KINDS.index(kind) + lead)


def lead_word(found: frozenset[str]) -> str:
    """The word a phrase is filed under alone: the longest, which is usually the rarest."""
    return min(found, key=lambda w: (-len(w), w))


def _targets(source: Source) -> list[frozenset[str]]:
    return sorted({found for text in source["targets"] if (found := words(text))}, key=sorted)
