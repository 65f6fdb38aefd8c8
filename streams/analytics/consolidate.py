"""One event's fields from the set of its sources; the result never depends on their order.

- attribution: claimed > attributed > suspected > unknown; a group's denial cancels everything
  but a claim for that group; ties go to more sources, then the latest publication.
- date: the most precise one; among equals the most reported, then the earliest.
- independent sources: sources of one outlet, or with identical key spans, text and offsets (a wire
  story syndicated verbatim), count once.
- confidence: 1 - prod(1 - c) over independent sources (each its best incident).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any, Iterable

import orjson

from streams.analytics.dates import period
from streams.analytics.matching import words
from streams.analytics.thresholds import DEFAULT, Thresholds

CLAIM_RANK = {"claimed": 4, "attributed": 3, "suspected": 2, "unknown": 1}
PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
MIN_FINGERPRINT_SPANS = 2

Source = dict[str, Any]


def source_of(incident: dict) -> Source:
    """What the merger keeps of one incident (plain JSON)."""
    location = incident.get("location") or {}
    perpetrator = incident.get("perpetrator") or {}
    first, end, precision = period(incident["occurred_on"], incident.get("date_precision"))
    spans = [*(incident.get("targets") or []), *(incident.get("victims") or [])]
    return {
        "incident_id": incident["incident_id"], "article_id": incident["article_id"],
        "outlet": incident.get("outlet"), "published_at": incident.get("published_at"),
        "role": incident.get("role", "reported"), "attack_type": incident.get("attack_type", "other"),
        "occurred_on": incident["occurred_on"], "precision": precision, "first": first, "end": end,
        "group": perpetrator.get("group"), "kind": perpetrator.get("kind"),
        "claim": perpetrator.get("claim") or "unknown",
        "place": location.get("place"), "admin1": location.get("admin1"), "country": location.get("country"),
        "targets": [s["text"] for s in spans if s.get("text")],
        "killed": incident.get("killed"), "wounded": incident.get("wounded"),
        "confidence": float(incident.get("confidence", 0.5)),
        "fingerprint": fingerprint(incident),
    }


def fingerprint(incident: dict) -> str | None:
    """Digest of the incident's key spans (text and offsets). Independent reporters often write
    the same short phrases, but only copies of one story put them at the same offsets."""
    perpetrator = incident.get("perpetrator") or {}
    location = incident.get("location") or {}
    spans = [*(incident.get("targets") or []), *(incident.get("victims") or []),
             *(incident.get("weapons") or []), *(perpetrator.get("mentions") or []),
             *(incident.get("perpetrator_individuals") or []), location,
             *(incident.get("evidence") or {}).values()]
    keyed = sorted({(s.get("text"), s.get("start"), s.get("end")) for s in spans
                    if s and s.get("text") and s.get("start") is not None and s.get("end")})
    if len(keyed) < MIN_FINGERPRINT_SPANS:
        return None  # too little to tell a copy from a coincidence
    return hashlib.blake2b(orjson.dumps(keyed), digest_size=12).hexdigest()


def independent_groups(sources: Iterable[Source]) -> list[list[Source]]:
    """Sources joined when they share an outlet or a fingerprint (union-find), sorted for stability."""
    items = sorted(sources, key=lambda s: s["incident_id"])
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of: dict[tuple[str, str], int] = {}
    for i, s in enumerate(items):
        for link in (("outlet", _outlet(s)), ("fingerprint", s["fingerprint"])):
            if link[1] is None:
                continue
            j = first_of.setdefault(link, i)
            parent[root(i)] = root(j)
    groups: dict[int, list[Source]] = {}
    for i, s in enumerate(items):
        groups.setdefault(root(i), []).append(s)
    return list(groups.values())


def consolidate(sources: list[Source], t: Thresholds = DEFAULT) -> dict:
    """The merged fields of an event made of `sources` (non-empty)."""
    group, kind, claim = attribution(sources)
    occurred_on, precision = best_date(sources)
    first, end, _ = period(occurred_on, precision)
    place, admin1, country = best_location(sources)
    independent = independent_groups(sources)
    killed = [s["killed"] for s in sources if s["killed"] is not None]
    wounded = [s["wounded"] for s in sources if s["wounded"] is not None]
    ordered = sorted(sources, key=lambda s: s["incident_id"])
    return {
        "group": group, "group_kind": kind, "claim": claim,
        "attack_type": best_attack_type(sources),
        "occurred_on": occurred_on, "date_precision": precision, "first_day": first, "last_day": end,
        "role": "reported" if any(s["role"] == "reported" for s in sources) else "background",
        "location": {"place": place, "admin1": admin1, "country": country},
        "targets": _unique_phrases(text for s in ordered for text in s["targets"]),
        "killed": max(killed) if killed else None, "killed_min": min(killed) if killed else None,
        "wounded": max(wounded) if wounded else None,
        "sources": [{"incident_id": s["incident_id"], "article_id": s["article_id"], "outlet": s["outlet"],
                     "published_at": s["published_at"]} for s in ordered],
        "incident_ids": [s["incident_id"] for s in ordered],
        "article_ids": sorted({s["article_id"] for s in sources}),
        "outlets": sorted({s["outlet"] for s in sources if s["outlet"]}),
        "independent_sources": len(independent),
        "status": "corroborated" if len(independent) >= t.corroboration_sources else "provisional",
        "confidence": combined_confidence(independent),
    }


def attribution(sources: list[Source]) -> tuple[str | None, str | None, str]:
    """(group, kind, claim) best supported by the sources."""
    denied = {s["group"] for s in sources if s["group"] and s["claim"] == "denied"}
    support: dict[str, list[Source]] = {}
    for s in sources:
        if not s["group"] or s["claim"] == "denied":
            continue
        if s["group"] in denied and s["claim"] != "claimed":
            continue
        support.setdefault(s["group"], []).append(s)
    if not support:
        return None, None, "denied" if denied else "unknown"

    def strength(group: str) -> tuple:
        backing = support[group]
        return (max(CLAIM_RANK[s["claim"]] for s in backing), len(backing),
                max(s["published_at"] or "" for s in backing), group)

    group = max(support, key=strength)
    backing = support[group]
    claim = max((s["claim"] for s in backing), key=CLAIM_RANK.__getitem__)
    kinds = Counter(s["kind"] for s in backing if s["kind"])
    kind = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else None
    return group, kind, claim


def best_date(sources: list[Source]) -> tuple[str, str]:
    top = max(PRECISION_RANK[s["precision"]] for s in sources)
    dates = Counter(s["occurred_on"] for s in sources if PRECISION_RANK[s["precision"]] == top)
    date = min(dates, key=lambda d: (-dates[d], d))
    return date, period(date)[2]


def best_attack_type(sources: list[Source]) -> str:
    weights: dict[str, list[float]] = {}
    for s in sources:
        if s["attack_type"] != "other":
            weights.setdefault(s["attack_type"], []).append(s["confidence"])
    if not weights:
        return "other"
    return max(sorted(weights), key=lambda a: (len(weights[a]), sum(weights[a])))


def best_location(sources: list[Source]) -> tuple[str | None, str | None, str | None]:
    place = _most_common(s["place"] for s in sources)
    same_place = [s for s in sources if place and s["place"] == place]
    admin1 = _most_common(s["admin1"] for s in same_place) or _most_common(s["admin1"] for s in sources)
    country = _most_common(s["country"] for s in sources)
    return place, admin1, country


def combined_confidence(independent: list[list[Source]]) -> float:
    doubt = 1.0
    for group in independent:
        doubt *= 1.0 - max(min(s["confidence"], 1.0) for s in group)
    return round(1.0 - doubt, 6)


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _unique_phrases(texts: Iterable[str]) -> list[str]:
    seen: dict[frozenset[str], str] = {}
    for text in texts:
        key = words(text)
        if key and (key not in seen or text < seen[key]):
            seen[key] = text
    return sorted(seen.values())


def _outlet(source: Source) -> str | None:
    """Outlet family: "https://www.reuters.com" and "Reuters" are one outlet."""
    outlet = (source["outlet"] or "").strip().lower()
    for prefix in ("https://", "http://", "www."):
        outlet = outlet.removeprefix(prefix)
    outlet = outlet.split("/")[0]
    return outlet.split(".")[0] or None
