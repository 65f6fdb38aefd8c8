"""Article revisions: which incidents of an earlier version of an article no longer stand.

A producer that re-sends an article under the same id (a corrected story, a wire update) replaces
what it said. Incidents the new text no longer yields are retracted; an incident that now lands under
another merge key (its country was corrected) is retracted under the old key, since the merge stage
of the new key never sees the old one.
"""

from __future__ import annotations

from typing import Any

# What the extract stage remembers per article: incident id -> merge key.
Emitted = dict[str, str]


def emitted(incidents: list[dict[str, Any]], keys: list[str]) -> Emitted:
    return {incident["incident_id"]: key for incident, key in zip(incidents, keys)}


def retraction(incident_id: str, article_id: str, reason: str, published_at: str | None) -> dict[str, Any]:
    """A message valid against schemas/incident-retraction.v1.json."""
    return {"schema": "incident-retraction.v1", "incident_id": incident_id, "article_id": article_id,
            "retracted": True, "reason": reason, "published_at": published_at}


def superseded(previous: Emitted, current: Emitted) -> list[tuple[str, str, str]]:
    """(incident id, merge key to retract it under, reason) for what the new version drops or moves."""
    out = []
    for incident_id, old_key in sorted(previous.items()):
        new_key = current.get(incident_id)
        if new_key is None:
            out.append((incident_id, old_key, "article_revised"))
        elif new_key != old_key:
            out.append((incident_id, old_key, "moved"))
    return out
