"""Per-group event-time windows over merged event versions.

One state dict per group key (a plain, JSON-serialisable table value):

    {"group": "Kataib Hezbollah", "group_kind": "armed_group" | "state" | "unknown" | None,
     "events":   {event_id: {"day", "end", "precision", "version", "killed",
                             "independent_sources", "incident_ids", "article_ids"}},
     "versions": {event_id: [latest version seen, its last day]},   # tombstones too
     "max_day": "YYYY-MM-DD" | None,        # latest event day ever received: drives the watermark
     "last_pruned_day": "YYYY-MM-DD" | None, # latest day among events dropped by retention
     "alerts": {alert_id: {...}},            # kept by streams.analytics.alerts
     "silence_noted": "YYYY-MM-DD" | None}   # kept by streams.analytics.alerts

Dates of month or year precision: an event holds the period [day, end] (first and last day).
Daily and 7-day windows count day-precision events only; windows of
`month_precision_min_window_days` (28) or more also count month-precision events, at the
first day of their month; year-precision events count only in the total. The watermark is the
latest first-day received minus `grace_days`; retention drops what ends before
watermark - `retention_days`. Neither ever looks at the wall clock.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from streams.analytics.dates import add_days, bucket_start, days_between, period
from streams.analytics.thresholds import DEFAULT, Thresholds

UNKNOWN_GROUP = "unknown"
REMOVING_KINDS = ("merged", "retracted")

State = dict[str, Any]


def group_key(group: str | None) -> str:
    """Table key of a group; unattributed events count under UNKNOWN_GROUP."""
    return group or UNKNOWN_GROUP


def route(version: dict) -> list[str]:
    """Group keys a version must be applied to: its group, and the group of its previous version
    when that differs (so the old group drops the event)."""
    keys = [group_key(version.get("group"))]
    if "previous_group" in version:
        previous = group_key(version.get("previous_group"))
        if previous not in keys:
            keys.append(previous)
    return keys


def new_group_state(group: str) -> State:
    return {"group": group, "group_kind": None, "events": {}, "versions": {}, "max_day": None,
            "last_pruned_day": None, "alerts": {}, "silence_noted": None}


def watermark(state: State, t: Thresholds = DEFAULT) -> str | None:
    """Event-time watermark: the latest event day received minus the grace period."""
    return add_days(state["max_day"], -t.grace_days) if state["max_day"] else None


def horizon(state: State, t: Thresholds = DEFAULT) -> str | None:
    """Events ending before this day are forgotten."""
    mark = watermark(state, t)
    return add_days(mark, -t.retention_days) if mark else None


def event_record(version: dict, t: Thresholds = DEFAULT) -> dict:
    """The slim copy of an event version that the windows and rules need."""
    first, last, precision = period(version["occurred_on"], version.get("date_precision"))
    return {"day": first, "end": last, "precision": precision, "version": version["version"],
            "killed": version.get("killed"), "independent_sources": version.get("independent_sources", 1),
            "incident_ids": list(version.get("incident_ids") or []),
            "article_ids": list(version.get("article_ids") or [])}


def is_corroborated(record: dict, t: Thresholds = DEFAULT) -> bool:
    return record["independent_sources"] >= t.corroboration_sources


def apply_version(state: State, version: dict, t: Thresholds = DEFAULT) -> dict | None:
    """Add, move or remove one event version in this group's state (mutated in place).

    Returns the change {"event_id", "old": record | None, "new": record | None, "late": bool},
    or None when nothing changed (a redelivered or stale version, or one past retention).
    """
    event_id = version["event_id"]
    record = event_record(version, t)
    mark_before = watermark(state, t)
    # bump before the staleness check so max_day depends only on the set of versions received
    if state["max_day"] is None or record["day"] > state["max_day"]:
        state["max_day"] = record["day"]
    seen = state["versions"].get(event_id)
    if seen is not None and seen[0] >= record["version"]:
        return None
    state["versions"][event_id] = [record["version"], record["end"]]
    old = state["events"].pop(event_id, None)
    belongs = version.get("kind") not in REMOVING_KINDS and group_key(version.get("group")) == state["group"]
    limit = horizon(state, t)
    new = record if belongs and (limit is None or record["end"] >= limit) else None
    if new is not None:
        state["events"][event_id] = new
        if version.get("group_kind"):
            state["group_kind"] = version["group_kind"]
    prune(state, t)
    if old is None and new is None:
        return None
    late = mark_before is not None and record["day"] < mark_before
    return {"event_id": event_id, "old": old, "new": new, "late": late}


def prune(state: State, t: Thresholds = DEFAULT) -> list[str]:
    """Drop events, tombstones and alert records that end before the retention horizon."""
    limit = horizon(state, t)
    if limit is None:
        return []
    dropped = [eid for eid, rec in state["events"].items() if rec["end"] < limit]
    for eid in dropped:
        end = state["events"].pop(eid)["end"]
        if state["last_pruned_day"] is None or end > state["last_pruned_day"]:
            state["last_pruned_day"] = end
    for eid in [eid for eid, (_, end) in state["versions"].items() if end < limit]:
        del state["versions"][eid]
    for aid in [aid for aid, a in state["alerts"].items() if a["rule"] != "first_seen" and a["end"] < limit]:
        del state["alerts"][aid]
    return dropped


def counts_window(events: dict, start: str, end: str, t: Thresholds = DEFAULT) -> list[str]:
    """Ids of the events counted in the window [start, end] (inclusive, event time), sorted."""
    length = days_between(start, end) + 1
    with_months = length >= t.month_precision_min_window_days
    return sorted(eid for eid, rec in events.items()
                  if start <= rec["day"] <= end
                  and (rec["precision"] == "day" or (with_months and rec["precision"] == "month")))


def window_events(state: State, start: str, end: str, t: Thresholds = DEFAULT) -> list[str]:
    return counts_window(state["events"], start, end, t)


def window_count(state: State, end: str, days: int, t: Thresholds = DEFAULT) -> int:
    """Attacks in the `days` days ending on `end` (inclusive), by event time."""
    return len(window_events(state, add_days(end, -(days - 1)), end, t))


def daily_counts(state: State) -> dict[str, int]:
    return dict(sorted(Counter(r["day"] for r in state["events"].values() if r["precision"] == "day").items()))


def bucket_counts(state: State, size: int, t: Thresholds = DEFAULT) -> dict[str, int]:
    """Counts per aligned window of `size` days, keyed by the window's first day."""
    with_months = size >= t.month_precision_min_window_days
    counted = (r["day"] for r in state["events"].values()
               if r["precision"] == "day" or (with_months and r["precision"] == "month"))
    return dict(sorted(Counter(bucket_start(day, size) for day in counted).items()))


def table(state: State, t: Thresholds = DEFAULT) -> dict:
    """The group's counts as a consumer (web view, tests) sees them. The watermark is not part of
    it: it is this group's progress, which depends on which versions were routed here (an event
    first unattributed moves the "unknown" watermark, one claimed from the start does not)."""
    return {"group": state["group"], "total": len(state["events"]), "day": daily_counts(state),
            "week": bucket_counts(state, 7, t), "days30": bucket_counts(state, 30, t)}

