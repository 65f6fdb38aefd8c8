"""Dedup: many articles report one attack; merge their incidents into one event.

State: one plain dict per merge key (a table value):

    {"key": "SY", "max_day": "YYYY-MM-DD" | None, "pruned_for": max_day at the last pruning,
     "events": {event_id: {"version": int, "sources": {incident_id: source},   # {} once retracted
                           "merged_into": event_id | None, "group": last emitted group,
                           "first": day, "end": day, "attack_type": str, "digest": str,   # merged date
                           "span_first": day, "span_end": day,   # the reports' dates, first to last
                           "last": {"group", "group_kind", "occurred_on", "date_precision"}}},
     "incidents": {incident_id: event_id}}

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
from streams.analytics.dates import add_days
from streams.analytics.thresholds import DEFAULT, Thresholds

State = dict[str, Any]
NO_COUNTRY = "ZZ"


def merge_key(incident: dict) -> str:
    """Partition key under which incidents that may merge meet: the attacked country.

    It is the one field that later reports rarely change: the group is often unknown in the
    first report and named later, the attack type gets refined (rocket -> drone), the date
    moves by a day, the place gets more precise. Incidents with no country share NO_COUNTRY.
    """
    country = (incident.get("location") or {}).get("country")
    return country or NO_COUNTRY


def new_merge_state(key: str) -> State:
    return {"key": key, "max_day": None, "pruned_for": None, "events": {}, "incidents": {}}


def event_id_for(incident_id: str, attempt: int = 0) -> str:
    seed = incident_id if attempt == 0 else f"{incident_id}#{attempt}"
    return "ev-" + hashlib.blake2b(seed.encode(), digest_size=10).hexdigest()


def apply_incident(state: State, incident: dict, t: Thresholds = DEFAULT) -> list[dict]:
    """Merge one incident (new, redelivered, corrected or `"retracted": true`) into the state
    (mutated in place) and return the event versions it causes, possibly none."""
    if incident.get("retracted"):
        return retract_incident(state, incident["incident_id"], t)
    source = source_of(incident)
    if state["max_day"] is None or source["first"] > state["max_day"]:
        state["max_day"] = source["first"]
    if _before_horizon(state, source["end"], t):
        # too old to hold merge candidates for: a stand-alone event, idempotent by its id
        return [_version(state["key"], event_id_for(source["incident_id"]), 1, "created",
                         consolidate([source], t), None, None)]
    known = state["incidents"].get(source["incident_id"])
    if known is not None and state["events"][known]["sources"].get(source["incident_id"]) == source:
        return []
    return _recluster(state, [source], {source["incident_id"]}, t) + _prune(state, t)


def retract_incident(state: State, incident_id: str, t: Thresholds = DEFAULT) -> list[dict]:
    """Withdraw one incident's evidence; its event is retracted when no evidence is left."""
    if incident_id not in state["incidents"]:
        return []
    return _recluster(state, [], {incident_id}, t)


def live_events(state: State) -> dict[str, dict]:
    return {eid: e for eid, e in state["events"].items() if e["sources"]}


def _recluster(state: State, add: list[Source], drop: set[str], t: Thresholds) -> list[dict]:
    """Cluster again, in canonical order, every report of the events around the change, so the
    events depend on the set of reports rather than on their arrival order."""
    events = state["events"]
    seeds = [_window(s, t) for s in add]
    seeds += [_span(events[state["incidents"][iid]]) for iid in drop if iid in state["incidents"]]
    region = _neighbourhood(state, seeds)
    pool = [s for eid in region for iid, s in events[eid]["sources"].items() if iid not in drop] + add
    for iid in drop:
        state["incidents"].pop(iid, None)
    return _reconcile(state, region, cluster(pool, t), {s["incident_id"] for s in add}, t)


def _neighbourhood(state: State, seeds: list[tuple[str, str]]) -> list[str]:
    """Live events whose reports' dates overlap the seeds, closed over their own spans."""
    rows = [(e["span_first"], e["span_end"], eid) for eid, e in state["events"].items() if e["sources"]]
    spans = _coalesce(seeds)
    found: set[str] = set()
    while True:
        more = {eid for low, high in spans for first, end, eid in rows
                if first <= high and end >= low and eid not in found}
        if not more:
            return sorted(found)
        found |= more
        spans = _coalesce(spans + [_span(state["events"][eid]) for eid in more])


def _coalesce(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    merged: list[tuple[str, str]] = []
    for low, high in sorted(spans):
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    return merged


def _reconcile(state: State, region: list[str], clusters: list[list[Source]], touched: set[str],
               t: Thresholds) -> list[dict]:
    """Give each cluster the old event that shares most of its reports (else a new id), and
    mark old events left without reports as merged into the cluster that took them."""
    events = state["events"]
    owner = {iid: eid for eid in region for iid in events[eid]["sources"]}
    pairs = sorted((-n, eid, ci) for ci, members in enumerate(clusters)
                   for eid, n in Counter(owner[s["incident_id"]] for s in members
                                         if s["incident_id"] in owner).items())
    chosen: dict[int, str] = {}
    for _, eid, ci in pairs:
        if ci not in chosen and eid not in chosen.values():
            chosen[ci] = eid
    old_sources = {eid: set(events[eid]["sources"]) for eid in region}
    for eid in region:
        events[eid]["sources"] = {}
    kinds: dict[str, str] = {}
    for ci, members in enumerate(clusters):
        eid = chosen.get(ci) or _new_event_id(state, min(s["incident_id"] for s in members), set(region))
        ids = {s["incident_id"] for s in members}
        if ci not in chosen or ids != old_sources[eid] or ids & touched:
            kinds[eid] = "updated" if ci in chosen else "created"
        event = events.setdefault(eid, _blank_event())
        event["sources"] = {s["incident_id"]: s for s in members}
        event["merged_into"] = None
        for s in members:
            state["incidents"][s["incident_id"]] = eid
    out = [v for eid, kind in kinds.items() for v in _emit(state, eid, kind, t)]
    for eid in region:
        if eid in chosen.values():
            continue
        heirs = Counter(state["incidents"][iid] for iid in old_sources[eid] if iid in state["incidents"])
        events[eid]["merged_into"] = min(heirs, key=lambda h: (-heirs[h], h)) if heirs else None
        out += _emit(state, eid, "merged", t)
    return out


def _window(source: Source, t: Thresholds) -> tuple[str, str]:
    tolerance = t.merge_date_tolerance_days if source["precision"] == "day" else 0
    return add_days(source["first"], -tolerance), add_days(source["end"], tolerance)


def _span(event: dict) -> tuple[str, str]:
    return event["span_first"], event["span_end"]


def _emit(state: State, event_id: str, kind: str, t: Thresholds) -> list[dict]:
    """The next version of an event, or nothing when its merged fields did not change."""
    event = state["events"][event_id]
    previous_group = event["group"] if event["version"] else None
    if not event["sources"]:
        if event["last"] is None:
            return []
        kind = "merged" if event["merged_into"] else "retracted"
        fields = {**event["last"], "incident_ids": [], "article_ids": [], "sources": [],
                  "independent_sources": 0, "killed": None}
        event["digest"] = kind
    else:
        fields = consolidate(list(event["sources"].values()), t)
        digest = hashlib.blake2b(orjson.dumps(fields, option=orjson.OPT_SORT_KEYS), digest_size=12).hexdigest()
        if digest == event["digest"]:
            return []
        if event["version"] and event["digest"] in ("merged", "retracted"):
            kind = "created"  # evidence came back after a retraction
        event["digest"] = digest
        sources = event["sources"].values()
        event.update(first=fields["first_day"], end=fields["last_day"], attack_type=fields["attack_type"],
                     span_first=min(x["first"] for x in sources), span_end=max(x["end"] for x in sources),
                     last={k: fields[k] for k in ("group", "group_kind", "occurred_on", "date_precision")})
    event["version"] += 1
    event["group"] = fields["group"]
    return [_version(state["key"], event_id, event["version"], kind, fields, event["merged_into"],
                     previous_group, with_previous=event["version"] > 1)]


def _version(key: str, event_id: str, version: int, kind: str, fields: dict, merged_into: str | None,
             previous_group: str | None, with_previous: bool = False) -> dict:
    out = {"event_id": event_id, "version": version, "kind": kind, "merge_key": key,
           "merged_into": merged_into, **fields}
    if with_previous:
        out["previous_group"] = previous_group
    return out


def _new_event_id(state: State, incident_id: str, taken: set[str]) -> str:
    """The event id derived from the incident id, or the next free variant of it."""
    attempt = 0
    while (eid := event_id_for(incident_id, attempt)) in taken or (
            eid in state["events"] and state["events"][eid]["sources"]):
        attempt += 1
    return eid


def _blank_event() -> dict:
    return {"version": 0, "sources": {}, "merged_into": None, "group": None, "first": None, "end": None,
            "span_first": None, "span_end": None, "attack_type": None, "digest": None, "last": None}


def _before_horizon(state: State, day: str, t: Thresholds) -> bool:
    return state["max_day"] is not None and day < add_days(state["max_day"], -t.merge_retention_days)


def _prune(state: State, t: Thresholds) -> list[dict]:
    """Forget events (and their incidents) that ended before the merge horizon; emits nothing.
    The horizon only moves with max_day, so there is nothing new to forget until it does."""
    if state["max_day"] is None or state.get("pruned_for") == state["max_day"]:
        return []
    state["pruned_for"] = state["max_day"]
    limit = add_days(state["max_day"], -t.merge_retention_days)
    for eid in [eid for eid, e in state["events"].items() if e["end"] is not None and e["end"] < limit]:
        for iid in state["events"].pop(eid)["sources"]:
            state["incidents"].pop(iid, None)
    return []
