"""Builders of small incident and event-version dicts for the analytics tests, and a pipeline
that runs them through merge -> route -> windows/rules the way the agents do."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import orjson

from streams import schemas
from streams.analytics import MemoryStore, apply_incident, merge_key, route, update_group
from streams.analytics.store import Batch, split_key
from streams.analytics.windows import GroupRecords

RAISED_AT = "2026-01-01T00:00:00Z"
ALERT_SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "alert.v1.json").read_text())


def span(text: str, at: int = 0) -> dict:
    return {"text": text, "start": at, "end": at + len(text)}


def incident(incident_id: str, *, outlet: str = "outlet-a", group: str | None = None, claim: str = "unknown",
             kind: str | None = None, day: str = "2024-04-21", precision: str = "day", attack_type: str = "rocket",
             place: str | None = "Kharab al-Jir", admin1: str | None = "Al-Hasakah", country: str = "SY",
             targets: tuple[str, ...] = ("US forces",), victims: tuple[str, ...] = (), killed: int | None = None,
             confidence: float = 0.6, role: str = "reported", published_at: str = "2024-04-22",
             mention: str | None = None, offset: int | None = None) -> dict:
    """An incident.v1 dict; spans sit at `offset` (by default one derived from the id, so only
    incidents given the same offset look like copies of one story)."""
    at = sum(map(ord, incident_id)) * 7 % 997 if offset is None else offset
    return {
        "schema": "incident.v1", "incident_id": incident_id, "article_id": f"art-{incident_id}",
        "outlet": outlet, "published_at": published_at, "role": role, "attack_type": attack_type,
        "occurred_on": day, "date_precision": precision,
        "perpetrator": {"group": group, "kind": kind or ("armed_group" if group else None), "claim": claim,
                        "mentions": [span(mention or group, at)] if group else []},
        "perpetrator_individuals": [], "weapons": [],
        "targets": [span(t, at + 100) for t in targets], "victims": [span(v, at + 200) for v in victims],
        "location": {"place": place, "admin1": admin1, "country": country, "lat": None, "lon": None,
                     "text": place, "start": at + 300 if place else None,
                     "end": at + 300 + len(place) if place else None},
        "launch_location": None, "killed": killed, "wounded": None, "confidence": confidence,
    }


def version(event_id: str, group: str | None, day: str, *, number: int = 1, kind: str = "created",
            killed: int | None = None, sources: int = 1, previous_group: str | None = "<none>") -> dict:
    precision = {10: "day", 7: "month", 4: "year"}[len(day)]
    out = {"event_id": event_id, "version": number, "kind": kind, "group": group, "group_kind": "armed_group",
           "occurred_on": day, "date_precision": precision, "killed": killed, "independent_sources": sources,
           "incident_ids": [f"inc-{event_id}"], "article_ids": [f"art-{event_id}"]}
    if previous_group != "<none>":
        out["previous_group"] = previous_group
    return out


class Pipeline:
    """merge store + group store + the alerts sent, as the agents hold them."""

    def __init__(self, merge: MemoryStore | None = None, groups: MemoryStore | None = None) -> None:
        self.merge = merge if merge is not None else MemoryStore()
        self.groups = groups if groups is not None else MemoryStore()
        self.versions: list[dict] = []
        self.alerts: list[dict] = []

    def feed(self, item: dict) -> list[dict]:
        versions = apply_incident(self.merge, merge_key(item), item)
        for v in versions:
            assert schemas.errors("incident-event", v) == [], v
        self.versions += versions
        for v in versions:
            self.apply_version(v)
        return versions

    def apply_version(self, v: dict) -> list[dict]:
        out = []
        for key in route(v):
            out += update_group(self.groups, key, v, RAISED_AT)
        for alert in out:
            jsonschema.validate(alert, ALERT_SCHEMA)
        self.alerts += out
        return out


def roundtrip(value: dict) -> dict:
    return orjson.loads(orjson.dumps(value))


def restored(store: MemoryStore) -> MemoryStore:
    """The store as a changelog would give it back: every record through JSON."""
    return MemoryStore(roundtrip(store.data))


def live_events(store: MemoryStore, merge_key: str) -> dict[str, dict]:
    """Event records of a merge key that still hold reports."""
    return {name: value for key, value in store.items()
            if split_key(key)[:2] == (merge_key, "ev") and value["incidents"]
            for name in [split_key(key)[2]]}


def group_events(store: MemoryStore, group: str) -> dict[str, dict]:
    """Live event records of a group, by event id."""
    return GroupRecords(Batch(store), group).events()


def group_meta(store: MemoryStore, group: str) -> dict:
    return GroupRecords(Batch(store), group).meta()


def records_of(store: MemoryStore, *kinds: str) -> dict[str, object]:
    return {key: value for key, value in store.items() if split_key(key)[1] in kinds}

