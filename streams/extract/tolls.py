"""Casualty counts: how the counts read in one incident's sentences add up (CasualtyTally), which counts are a
war's running toll rather than an attack's (running_toll, over_a_span), and, across one article's incidents,
a killing told again counted once (counted_once)."""
from __future__ import annotations

import functools
import re

from streams.extract.document import Doc
from streams.extract.resources import lexicon
from streams.extract.thresholds import STATISTIC_COUNT

Evidence = tuple[int, int]

_EFFECTS = ("killed", "wounded")


def counted_once(incidents: list[dict]) -> None:
    """An incident whose count tells a killing an earlier one counted, with the same number and the same
    people ("the murder of the two missionaries ... claimed the murder of these two missionaries"), or with
    the same person named in a smaller count ("the assassination of X" ... "X was killed along with two
    bodyguards"), tells it again: the telling with fewer (the later on a tie) loses its count (null), so the
    article's total does not double it. The victims stay; only the number, which the mass-casualty alerts add
    up, is owned by the fullest telling."""
    for effect in _EFFECTS:
        counted = [(inc, _counted_heads(inc, effect, False), _counted_heads(inc, effect, True))
                   for inc in incidents if inc.get(effect)]  # a 0 ("no casualties") is each incident's own
        for n, (inc, heads, names) in enumerate(counted):
            for other, other_heads, other_names in counted[n + 1:]:
                if inc[effect] is None or other[effect] is None:
                    continue
                if names & other_names or (inc[effect] == other[effect] and heads & other_heads
                                           and _same_place(inc, other)):
                    _drop(other if other[effect] <= inc[effect] else inc, effect)


def _same_place(a: dict, b: dict) -> bool:
    """Could two incidents be told at one place? Not when both name places and they differ ("two soldiers
    were killed in X ... two soldiers were killed in Y": two ambushes)."""
    pa, pb = (_places(inc) for inc in (a, b))
    return not pa or not pb or bool(pa & pb)  # a town and its province are one place ("X, in Y department")


def _places(inc: dict) -> set[str]:
    loc = inc.get("location") or {}
    return {p for p in (loc.get("place"), loc.get("admin1")) if p}


def _drop(inc: dict, effect: str) -> None:
    inc[effect] = None
    inc["evidence"].pop(effect, None)


def _counted_heads(inc: dict, effect: str, named: bool) -> frozenset[str]:
    """The last words of the victims counted for effect ("porth" of "Dr Antonio Rodriguez Porth", "missionaries"),
    of the named ones only when named."""
    heads = {v["text"].lower().split()[-1] for v in inc["victims"]
             if v.get("_effect") == effect and v.get("_count") is not None and v["text"].split()
             and (v.get("_named") or not named)}
    told = inc["evidence"].get(effect, {}).get("text", "").lower().split()
    if not named and told and told[-1].isalpha():
        heads.add(told[-1])  # a count with no victim kept: "3 PERSONS HAVE BEEN KILLED"
    return frozenset(heads)


def running_toll(doc: Doc, start: int, count: int) -> bool:
    """Is the count at start a war's or a campaign's running toll rather than one attack's ("political
    violence has killed more than 15,000 people", "the offensive has so far left some 1,000 dead")? A count
    of STATISTIC_COUNT or more, in the perfect within a few words before it and with a span or a cause of
    many attacks in the sentence (numbers.json running_toll_*), or with "so far" / "to date". A single
    attack's toll in the perfect ("a bombing has killed 120 people") has neither."""
    if count < STATISTIC_COUNT:
        return False
    s0, s1 = doc.sentences[doc.sentence_of(start)]
    sentence = doc.low[s0:s1]
    alone, markers, _ = _markers()
    if alone.search(sentence):
        return True
    perfect = any(w in ("has", "have") for w in doc.low[max(s0, start - _PERFECT_REACH):start].split())
    return perfect and markers.search(sentence) is not None


def over_a_span(doc: Doc, start: int) -> bool:
    """Does the sentence at start tell a span of time ("so far", "since 1981", "this year")? A count in the
    perfect there is a tally of many attacks ("SO FAR 8 CIVILIANS HAVE BEEN KILLED"), whatever its size."""
    s0, s1 = doc.sentences[doc.sentence_of(start)]
    return _markers()[2].search(doc.low[s0:s1]) is not None


_PERFECT_REACH = 60  # characters before the count: "HAS ALREADY CLAIMED THE LIVES OF AT LEAST"


@functools.cache
def _markers() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Patterns of: "so far" alone; a span or a cause; a span."""
    numbers = lexicon().numbers
    words = [*numbers["running_toll_spans"], *numbers["running_toll_causes"]]
    periods = r"\bin(?: \S+){1,3} (?:" + "|".join(numbers["running_toll_periods"]) + r")\b"  # "in 2 months"
    spans = re.compile(_words_pattern(numbers["running_toll_spans"]).pattern + "|" + periods)
    return _words_pattern(numbers["running_toll_alone"]), _words_pattern(words), spans


def _words_pattern(phrases: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


class CasualtyTally:
    """The killed / wounded counts of one incident. Counts add up inside a sentence ("3 policemen and 2
    civilians"); across sentences a count is told again ("left two dead ... killing two people"): the largest
    sentence wins. Named people add up across sentences; a toll ("the death toll rose to 12") competes with
    both. People told as an addition (fillers.Filler.added) are settled once every count is in: with the
    names of their sentence ("X AND HIS WIFE", "X WAS SHOT DEAD ALONG WITH TWO BODYGUARDS"), else with its
    descriptions, else ("also", "A SOLDIER WAS ALSO KILLED") on top of whatever wins."""

    def __init__(self) -> None:
        self.by_sentence: dict[str, dict[int, tuple[int, Evidence]]] = {}
        self.named: dict[str, tuple[int, Evidence]] = {}
        self.named_in: set[tuple[int, str]] = set()  # (sentence, effect) of the people counted by name
        self.tolls: dict[str, tuple[int, Evidence]] = {}
        self.pending: list[tuple[str, int, int, Evidence, str]] = []

    def described(self, effect: str, sent: int, count: int, ev: Evidence, added: str | None = None) -> None:
        """A count or described people ("three peasants"); added: "also" or "along" (fillers.Filler.added)."""
        if added is None:
            _add(self.by_sentence.setdefault(effect, {}), sent, count, ev)
        else:
            self.pending.append((effect, sent, count, ev, added))

    def person(self, effect: str, sent: int, count: int, ev: Evidence) -> None:
        _add(self.named, effect, count, ev)
        self.named_in.add((sent, effect))

    def toll(self, effect: str, count: int, ev: Evidence) -> None:
        self.tolls[effect] = max(self.tolls.get(effect, (0, ev)), (count, ev))

    def totals(self) -> dict[str, tuple[int, Evidence]]:
        """effect -> (count, evidence of the count that won)."""
        added = self._settle()
        out: dict[str, tuple[int, Evidence]] = {}
        for effect in set(self.by_sentence) | set(self.named) | set(self.tolls) | set(added):
            candidates = [*self.by_sentence.get(effect, {}).values(), self.named.get(effect), self.tolls.get(effect)]
            told, ev = max((c for c in candidates if c is not None), key=lambda c: c[0], default=(0, None))
            more, more_ev = added.get(effect, (0, None))
            if more == told:
                more = 0  # "3 WOUNDED ... WHERE THREE PEASANTS WERE ALSO WOUNDED": also beside the dead, told again
            out[effect] = (told + more, ev or more_ev)
        return out

    def _settle(self) -> dict[str, tuple[int, Evidence]]:
        """The additions put with the names or descriptions of their sentence; those of none, added on top."""
        described = {(s, effect) for effect, sents in self.by_sentence.items() for s in sents}
        on_top: dict[str, tuple[int, Evidence]] = {}
        for effect, sent, count, ev, added in self.pending:
            if (sent, effect) in self.named_in and (added == "along" or (sent, effect) not in described):
                _add(self.named, effect, count, ev)
            elif (sent, effect) in described or added == "along":
                _add(self.by_sentence.setdefault(effect, {}), sent, count, ev)
            else:
                _add(on_top, effect, count, ev)
        return on_top


def _add(totals: dict, key, count: int, ev: Evidence) -> None:
    total, first = totals.get(key, (0, ev))
    totals[key] = (total + count, first)
