"""Dedup: many articles report one attack; merge their incidents into one event.

State: small records in a Store (streams.analytics.store), every key under the merge key K of
the incident being processed, so each write stays on that incident's partition:

    K|meta          {"max_day": latest report day, "pruned_for": max_day at the last pruning,
                     "expiry_from": first week that may still hold an expiry record}
    K|wk|<monday>   {event_id: [span_first, span_end]}   live events whose reports' dates touch
                                                          that week: the merge candidates
    K|exp|<monday>  {event_id: end}                      every kept event whose merged date
                                                          ends that week: what retention deletes
    K|ev|<event_id> {"version", "incidents": [incident_id, ...] (sorted, [] once retracted),
                     "merged_into", "group": last emitted group, "first", "end", "attack_type",
                     "digest", "span_first", "span_end": the reports' dates, first to last,
                     "last": {"group", "group_kind", "occurred_on", "date_precision"}}
    K|inc|<incident_id> {"event": event_id, "source": the report as the merger keeps it}

A message reads the week buckets around its dates and the events and reports found there,
and writes only the records that changed: a report, its event, a bucket or two.

`apply_incident` returns event versions (dicts): every merged field (streams.analytics.
consolidate), plus event_id, version, kind (created | updated | merged | retracted),
merge_key, merged_into and, after the first version, previous_group (the group the windows
must drop the event from). kind "merged" means this event was absorbed into `merged_into`.

Every change re-clusters the reports of the events around it (streams.analytics.clustering) in
a canonical order, so which reports form one event does not depend on their arrival order.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

import orjson

from streams.analytics.clustering import cluster
from streams.analytics.consolidate import Source, consolidate, source_of
from streams.analytics.dates import add_days, bucket_start
from streams.analytics.store import Batch, Store, record_key
from streams.analytics.thresholds import DEFAULT, Thresholds

NO_COUNTRY = "ZZ"
REMOVED = ("merged", "retracted")


def merge_key(incident: dict) -> str:
    """Partition key under which incidents that may merge meet: the attacked country.

    It is the one field that later reports rarely change: the group is often unknown in the
    first report and named later, the attack type gets refined (rocket -> drone), the date
    moves by a day, the place gets more precise. Incidents with no country share NO_COUNTRY.
    """
    country = (incident.get("location") or {}).get("country")
    return country or NO_COUNTRY


def event_id_for(incident_id: str, attempt: int = 0) -> str:
    seed = incident_id if attempt == 0 else f"{incident_id}#{attempt}"
    return "ev-" + hashlib.blake2b(seed.encode(), digest_size=10).hexdigest()


class MergeRecords:
    """The records of one merge key, read and staged through a Batch."""

    def __init__(self, batch: Batch, key: str) -> None:
        self.batch, self.key = batch, key
        self.meta_key = record_key(key, "meta")

    def week_key(self, monday: str) -> str:
        return record_key(self.key, "wk", monday)

    def expiry_key(self, monday: str) -> str:
        return record_key(self.key, "exp", monday)

    def event_key(self, event_id: str) -> str:
        return record_key(self.key, "ev", event_id)

    def incident_key(self, incident_id: str) -> str:
        return record_key(self.key, "inc", incident_id)

    def meta(self) -> dict:
        return self.batch.edit(self.meta_key, {"max_day": None, "pruned_for": None, "expiry_from": None})

    def event(self, event_id: str) -> dict | None:
        return self.batch.get(self.event_key(event_id))

    def incident(self, incident_id: str) -> dict | None:
        return self.batch.get(self.incident_key(incident_id))

    def week(self, monday: str) -> dict:
        return self.batch.get(self.week_key(monday)) or {}


def apply_incident(store: Store, key: str, incident: dict, t: Thresholds = DEFAULT) -> list[dict]:
    """Merge one incident (new, redelivered, corrected or `"retracted": true`) into the records of
    merge key `key` and return the event versions it causes, possibly none."""
    batch = Batch(store)
    versions = _apply(MergeRecords(batch, key), incident, t)
    batch.commit()
    return versions


def retract_incident(store: Store, key: str, incident_id: str, t: Thresholds = DEFAULT) -> list[dict]:
    """Withdraw one incident's evidence; its event is retracted when no evidence is left."""
    batch = Batch(store)
    versions = _retract(MergeRecords(batch, key), incident_id, t)
    batch.commit()
    return versions


def _apply(m: MergeRecords, incident: dict, t: Thresholds) -> list[dict]:
    if incident.get("retracted"):
        return _retract(m, incident["incident_id"], t)
    source = source_of(incident)
    meta = m.meta()
    if meta["max_day"] is None or source["first"] > meta["max_day"]:
        meta["max_day"] = source["first"]
    if _before_horizon(meta, source["end"], t):
        # too old to hold merge candidates for: a stand-alone event, idempotent by its id
        return [_version(m.key, event_id_for(source["incident_id"]), 1, "created",
                         consolidate([source], t), None, None)]
    known = m.incident(source["incident_id"])
    if known is not None and known["source"] == source:
        return []
    return _recluster(m, [source], {source["incident_id"]}, t) + _prune(m, meta, t)


def _retract(m: MergeRecords, incident_id: str, t: Thresholds) -> list[dict]:
    if m.incident(incident_id) is None:
        return []
    return _recluster(m, [], {incident_id}, t)


def _recluster(m: MergeRecords, add: list[Source], drop: set[str], t: Thresholds) -> list[dict]:
    """Cluster again, in canonical order, every report of the events around the change, so the
    events depend on the set of reports rather than on their arrival order."""
    seeds = [_window(s, t) for s in add]
    for iid in drop:
        known = m.incident(iid)
        if known is not None:
            seeds.append(_span(m.event(known["event"])))
    region = _neighbourhood(m, seeds)
    members = {eid: [m.incident(iid)["source"] for iid in m.event(eid)["incidents"]] for eid in region}
    pool = [s for eid in region for s in members[eid] if s["incident_id"] not in drop] + add
    for iid in drop:
        m.batch.delete(m.incident_key(iid))
    return _reconcile(m, region, members, cluster(pool, t), {s["incident_id"] for s in add}, t)


def _neighbourhood(m: MergeRecords, seeds: list[tuple[str, str]]) -> list[str]:
    """Live events whose reports' dates overlap the seeds, closed over their own spans."""
    spans = _coalesce(seeds)
    found: set[str] = set()
    while True:
        more: dict[str, tuple[str, str]] = {}
        for low, high in spans:
            for monday in _weeks(low, high):
                for eid, (first, end) in m.week(monday).items():
                    if first <= high and end >= low and eid not in found:
                        more[eid] = (first, end)
        if not more:
            return sorted(found)
        found |= set(more)
        spans = _coalesce(spans + list(more.values()))


def _coalesce(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    merged: list[tuple[str, str]] = []
    for low, high in sorted(spans):
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    return merged


def _reconcile(m: MergeRecords, region: list[str], members: dict[str, list[Source]],
               clusters: list[list[Source]], touched: set[str], t: Thresholds) -> list[dict]:
    """Give each cluster the old event that shares most of its reports (else a new id), and
    mark old events left without reports as merged into the cluster that took them."""
    owner = {s["incident_id"]: eid for eid in region for s in members[eid]}
    pairs = sorted((-n, eid, ci) for ci, group in enumerate(clusters)
                   for eid, n in Counter(owner[s["incident_id"]] for s in group
                                         if s["incident_id"] in owner).items())
    chosen: dict[int, str] = {}
    for _, eid, ci in pairs:
        if ci not in chosen and eid not in chosen.values():
            chosen[ci] = eid
    # shallow copies: only top-level fields change, and only changed events are written
    stored = {eid: m.event(eid) for eid in region}
    old_sources = {eid: set(stored[eid]["incidents"]) for eid in region}
    events = {eid: dict(stored[eid]) for eid in region}
    now: dict[str, list[Source]] = {}
    for eid in region:
        events[eid]["incidents"] = []
        now[eid] = []
    kinds: dict[str, str] = {}
    for ci, group in enumerate(clusters):
        eid = chosen.get(ci) or _new_event_id(m, min(s["incident_id"] for s in group), set(events))
        ids = {s["incident_id"] for s in group}
        if ci not in chosen or ids != old_sources[eid] or ids & touched:
            kinds[eid] = "updated" if ci in chosen else "created"
        if eid not in events:
            stored[eid] = m.event(eid)
            events[eid] = dict(stored[eid] or _blank_event())
        events[eid].update(incidents=sorted(ids), merged_into=None)
        now[eid] = group
        for s in group:
            if owner.get(s["incident_id"]) != eid or s["incident_id"] in touched:
                m.batch.set(m.incident_key(s["incident_id"]), {"event": eid, "source": s})
    out = [v for eid, kind in kinds.items() for v in _emit(m.key, eid, events[eid], now[eid], kind, t)]
    for eid in region:
        if eid in chosen.values():
            continue
        heirs = Counter(m.incident(iid)["event"] for iid in old_sources[eid] if m.incident(iid) is not None)
        events[eid]["merged_into"] = min(heirs, key=lambda h: (-heirs[h], h)) if heirs else None
        out += _emit(m.key, eid, events[eid], [], "merged", t)
    for eid, event in events.items():
        if event != stored[eid]:
            m.batch.set(m.event_key(eid), event)
            _reindex(m, eid, _placement(stored[eid]), _placement(event))
    return out


def _placement(event: dict | None) -> tuple[tuple[str, str] | None, str | None]:
    """Where an event is indexed: its reports' span while it is live, and its end."""
    if event is None:
        return None, None
    return (_span(event) if event["incidents"] else None), event["end"]


def _reindex(m: MergeRecords, eid: str, before: tuple, after: tuple) -> None:
    """Move the event between week buckets (its span) and expiry records (its end)."""
    (old_span, old_end), (new_span, new_end) = before, after
    if old_span != new_span:
        for monday in _weeks(*old_span) if old_span else []:
            _unlist(m.batch, m.week_key(monday), eid)
        for monday in _weeks(*new_span) if new_span else []:
            m.batch.edit(m.week_key(monday), {})[eid] = list(new_span)
    if old_end != new_end:
        if old_end is not None:
            _unlist(m.batch, m.expiry_key(bucket_start(old_end, 7)), eid)
        if new_end is not None:
            monday = bucket_start(new_end, 7)
            m.batch.edit(m.expiry_key(monday), {})[eid] = new_end
            meta = m.meta()
            if meta["expiry_from"] is None or monday < meta["expiry_from"]:
                meta["expiry_from"] = monday


def _unlist(batch: Batch, key: str, eid: str) -> None:
    bucket = batch.edit(key)
    if bucket is None:
        return
    bucket.pop(eid, None)
    if not bucket:
        batch.delete(key)


def _window(source: Source, t: Thresholds) -> tuple[str, str]:
    tolerance = t.merge_date_tolerance_days if source["precision"] == "day" else 0
    return add_days(source["first"], -tolerance), add_days(source["end"], tolerance)


def _span(event: dict) -> tuple[str, str]:
    return event["span_first"], event["span_end"]


def _weeks(first: str, last: str) -> list[str]:
    """Mondays of the weeks from the one holding `first` to the one holding `last`."""
    monday, end = bucket_start(first, 7), bucket_start(last, 7)
    out = []
    while monday <= end:
        out.append(monday)
        monday = add_days(monday, 7)
    return out


def _emit(key: str, event_id: str, event: dict, sources: list[Source], kind: str, t: Thresholds) -> list[dict]:
    """The next version of an event, or nothing when its merged fields did not change."""
    previous_group = event["group"] if event["version"] else None
    if not sources:
        if event["last"] is None:
            return []
        kind = "merged" if event["merged_into"] else "retracted"
        fields = {**event["last"], "incident_ids": [], "article_ids": [], "sources": [],
                  "independent_sources": 0, "killed": None}
        event["digest"] = kind
    else:
        fields = consolidate(sources, t)
        digest = hashlib.blake2b(orjson.dumps(fields, option=orjson.OPT_SORT_KEYS), digest_size=12).hexdigest()
        if digest == event["digest"]:
            return []
        if event["version"] and event["digest"] in REMOVED:
            kind = "created"  # evidence came back after a retraction
        event["digest"] = digest
        event.update(first=fields["first_day"], end=fields["last_day"], attack_type=fields["attack_type"],
                     span_first=min(x["first"] for x in sources), span_end=max(x["end"] for x in sources),
                     last={k: fields[k] for k in ("group", "group_kind", "occurred_on", "date_precision")})
    event["version"] += 1
    event["group"] = fields["group"]
    return [_version(key, event_id, event["version"], kind, fields, event["merged_into"],
                     previous_group, with_previous=event["version"] > 1)]


def _version(key: str, event_id: str, version: int, kind: str, fields: dict, merged_into: str | None,
             previous_group: str | None, with_previous: bool = False) -> dict:
    out = {"event_id": event_id, "version": version, "kind": kind, "merge_key": key,
           "merged_into": merged_into, **fields}
    if with_previous:
        out["previous_group"] = previous_group
    return out


def _new_event_id(m: MergeRecords, incident_id: str, taken: set[str]) -> str:
    """The event id derived from the incident id, or the next free variant of it."""
    attempt = 0
    while (eid := event_id_for(incident_id, attempt)) in taken or (
            (event := m.event(eid)) is not None and event["incidents"]):
        attempt += 1
    return eid


def _blank_event() -> dict[str, Any]:
    return {"version": 0, "incidents": [], "merged_into": None, "group": None, "first": None, "end": None,
            "span_first": None, "span_end": None, "attack_type": None, "digest": None, "last": None}


def _before_horizon(meta: dict, day: str, t: Thresholds) -> bool:
    return meta["max_day"] is not None and day < add_days(meta["max_day"], -t.merge_retention_days)


def _prune(m: MergeRecords, meta: dict, t: Thresholds) -> list[dict]:
    """Delete events (and their reports) that ended before the merge horizon; emits nothing.
    The horizon only moves with max_day, so there is nothing new to forget until it does."""
    if meta["max_day"] is None or meta["pruned_for"] == meta["max_day"]:
        return []
    meta["pruned_for"] = meta["max_day"]
    limit = add_days(meta["max_day"], -t.merge_retention_days)
    monday = meta["expiry_from"]
    while monday is not None and monday <= limit:
        ending = m.batch.get(m.expiry_key(monday)) or {}
        for eid in sorted(eid for eid, end in ending.items() if end < limit):
            _forget(m, eid)
        monday = add_days(monday, 7)
    if meta["expiry_from"] is not None:
        meta["expiry_from"] = max(meta["expiry_from"], bucket_start(limit, 7))
    return []


def _forget(m: MergeRecords, eid: str) -> None:
    event = m.event(eid)
    for iid in event["incidents"]:
        m.batch.delete(m.incident_key(iid))
    _reindex(m, eid, _placement(event), (None, None))
    m.batch.delete(m.event_key(eid))
