"""Article-level consistency of the incidents' fillers: one name per entity, victims as people named."""
from __future__ import annotations

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
    _fullest_victim_names(incidents)
    for field in ("weapons", "perpetrator_individuals", "targets"):
        seen: dict[str, str] = {}
        for inc in incidents:
            if field == "weapons":
                seen = {}
            kept = []
            for item in inc[field]:
                text = " ".join(item["text"].lower().split())
                key = _entity_key(item["text"], field)
                match = key if key in seen else None
                if match is not None and seen[match] != text:
                    continue
                seen.setdefault(key, text)
                kept.append(item)
            inc[field] = kept


def _fullest_victim_names(incidents: list[dict]) -> None:
    """A person keeps the fullest name the article gives: "LUIS CARLOS GALAN SARMIENTO" is kept, "GALAN" and
    "LUIS CARLOS GALAN" elsewhere in the article are the same person written shorter, and are dropped."""
    names = [set(_entity_key(v["text"], "victims").split()) for inc in incidents for v in inc["victims"]]
    emitted: set[str] = set()
    for inc in incidents:
        kept = []
        for item in inc["victims"]:
            words = set(_entity_key(item["text"], "victims").split())
            fullest = max((n for n in names if words <= n), key=len)
            key = " ".join(sorted(fullest))
            if len(fullest) > len(words) or key in emitted:
                continue
            emitted.add(key)
            kept.append(item)
        inc["victims"] = kept
