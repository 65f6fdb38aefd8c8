"""Article-level consistency of the incidents' fillers: one name per entity, victims as people named."""
from __future__ import annotations

import itertools

from streams.extract.thresholds import DESCRIBED_VICTIMS


def settle_victims(incidents: list[dict]) -> None:
    """Victims are the people named. A description ("three peasants") is kept only under the
    DESCRIBED_VICTIMS policy, and then only for a counted group in an article that names no one;
    its count feeds killed/wounded either way."""
    any_named = any(v["_named"] for inc in incidents for v in inc["victims"])
    for inc in incidents:
        inc["victims"] = [{k: v[k] for k in ("text", "start", "end")} for v in inc["victims"]
                          if v["_named"] or (DESCRIBED_VICTIMS and not any_named and v["_count"] is not None)]


def _entity_key(text: str, field: str) -> str:
    words = text.lower().replace("'s", "").split()
    if field == "weapons" or field == "perpetrator_individuals":
        return words[-1].rstrip("s") if words else ""
    return " ".join(words)


def one_name_per_entity(incidents: list[dict]) -> None:
    """Within an article one thing keeps one name: "bombs" beside "bomb", "GALAN" after "LUIS CARLOS GALAN",
    "guerrillas" after "urban guerrillas" are the same entity written again, and are dropped.
    Weapons are deduplicated within an incident only, so each incident keeps its own weapon types."""
    for field in ("weapons", "perpetrator_individuals", "victims", "targets"):
        seen: dict[str, str] = {}
        names = _Names()
        for inc in incidents:
            if field == "weapons":
                seen = {}
            kept = []
            for item in inc[field]:
                text = " ".join(item["text"].lower().split())
                key = _entity_key(item["text"], field)
                if field == "victims":
                    match = names.first_related(frozenset(key.split()))
                else:
                    match = key if key in seen else None
                if match is not None and seen[match] != text:
                    continue
                if key not in seen:
                    seen[key] = text
                    if field == "victims":
                        names.add(key)
                kept.append(item)
            inc[field] = kept


class _Names:
    """Victim names seen so far, indexed by word: the first name (in the order seen) whose words include,
    or are included in, a new name's words, without comparing against every name seen (quadratic in
    lists of thousands of victims)."""

    def __init__(self) -> None:
        self.order: dict[str, int] = {}
        self.words: dict[str, frozenset[str]] = {}
        self.by_word: dict[str, list[str]] = {}
        self.by_words: dict[frozenset[str], list[str]] = {}

    def add(self, key: str) -> None:
        words = frozenset(key.split())
        self.order[key] = len(self.order)
        self.words[key] = words
        for w in words:
            self.by_word.setdefault(w, []).append(key)
        self.by_words.setdefault(words, []).append(key)

    def first_related(self, words: frozenset[str]) -> str | None:
        if not self.order:
            return None
        if not words or len(words) > _MAX_SUBSET_WORDS:
            # every name includes no words; a long phrase is compared with each name in turn
            return next((k for k, kw in self.words.items() if words <= kw or kw <= words), None)
        candidates = []
        for k in min((self.by_word.get(w, []) for w in words), key=len):
            if words <= self.words[k]:
                candidates.append(k)  # the first name holding every word (lists keep the order seen)
                break
        for n in range(len(words) + 1):
            for part in itertools.combinations(sorted(words), n):
                found = self.by_words.get(frozenset(part))
                if found:
                    candidates.append(found[0])  # the first name made of exactly these words
        return min(candidates, key=self.order.__getitem__, default=None)


_MAX_SUBSET_WORDS = 10  # at most 2**10 word subsets looked up per name
