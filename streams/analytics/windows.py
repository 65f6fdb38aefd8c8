"""Per-group event-time windows over merged event versions.

State: small records in a Store (streams.analytics.store), every key under the group key G
(the partition key of the group-events message being processed):

    G|meta           {"group", "group_kind", "max_day": latest event day ever received (drives
                      the watermark), "last_pruned_day": latest day among events dropped by
                      retention, "days": sorted days holding live day-precision events,
                      "periods": {event_id: [day, end]} live month- and year-precision events,
                      "expiry_from": first week that may still hold an expiry record}
    G|day|<day>      {event_id: {"day", "end", "precision", "killed", "independent_sources"}}
                      live events whose (first) day is <day>: what windows and rules count
    G|ev|<event_id>  {"version", "day", "end", "live", "incident_ids", "article_ids", "alerts"}
                      the latest version seen, tombstones too (live false), where its record
                      sits, and the alerts whose evidence includes it
    G|exp|<monday>   {"events": {event_id: end}, "alerts": {alert_id: end}}  by end week: what
                      retention deletes
    G|alert|<alert_id>  kept by streams.analytics.alerts

A version writes its event, one or two day records, and the meta record when the set of days
or the watermark moves; windows read at most the day records of the range they cover.

Dates of month or year precision: an event holds the period [day, end] (first and last day).
Daily and 7-day windows count day-precision events only; windows of
`month_precision_min_window_days` (28) or more also count month-precision events, at the
first day of their month; year-precision events count only in the total. The watermark is the
latest first-day received minus `grace_days`; retention drops what ends before
watermark - `retention_days`. Neither ever looks at the wall clock.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from typing import Any, Iterable

from streams.analytics.dates import add_days, bucket_start, days_between, period
from streams.analytics.store import SEPARATOR, Batch, Store, partition_keys, record_key
from streams.analytics.thresholds import DEFAULT, Thresholds

UNKNOWN_GROUP = "unknown"
REMOVING_KINDS = ("merged", "retracted")
META = "meta"


def group_key(group: str | None) -> str:
    """Partition key of a group; unattributed events count under UNKNOWN_GROUP."""
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


def groups_in(keys: Iterable[str]) -> list[str]:
    """The groups that hold records among these store keys, sorted (their meta records)."""
    return partition_keys(keys, META)


def group_meta(store: Store, group: str) -> dict | None:
    """The group's meta record (None when the group never received a version)."""
    return store.get(record_key(group, META))


def new_meta(group: str) -> dict[str, Any]:
    return {"group": group, "group_kind": None, "max_day": None, "last_pruned_day": None,
            "days": [], "periods": {}, "expiry_from": None}


class GroupRecords:
    """The records of one group, read and staged through a Batch."""

    def __init__(self, batch: Batch, group: str) -> None:
        self.batch, self.group = batch, group
        self.meta_key = record_key(group, META)
        self.day_prefix = record_key(group, "day") + SEPARATOR  # ISO days need no escaping

    def key(self, kind: str, name: str | None = None) -> str:
        return record_key(self.group, kind, name)

    def meta(self) -> dict:
        """The meta record as it stands (read only); `edit_meta` to change it."""
        return self.batch.get(self.meta_key) or new_meta(self.group)

    def edit_meta(self) -> dict:
        return self.batch.edit(self.meta_key, new_meta(self.group))

    def event(self, event_id: str) -> dict | None:
        return self.batch.get(self.key("ev", event_id))

    def alert(self, alert_id: str) -> dict | None:
        return self.batch.get(self.key("alert", alert_id))

    def on(self, day: str) -> dict[str, dict]:
        """Live events whose (first) day is `day`."""
        return self.batch.get(self.day_prefix + day) or {}

    def live_days(self) -> list[str]:
        meta = self.meta()
        return sorted(set(meta["days"]) | {day for day, _ in meta["periods"].values()})

    def between(self, start: str, end: str) -> dict[str, dict]:
        """Live events whose (first) day is in [start, end]."""
        meta = self.meta()
        days = meta["days"]
        inside = set(days[bisect_left(days, start):bisect_right(days, end)])
        inside.update(day for day, _ in meta["periods"].values() if start <= day <= end)
        out: dict[str, dict] = {}
        for day in sorted(inside):
            out.update(self.on(day))
        return out

    def events(self) -> dict[str, dict]:
        """Every live event of the group."""
        return {eid: rec for day in self.live_days() for eid, rec in self.on(day).items()}

    def index_expiry(self, section: str, name: str, old_end: str | None, new_end: str | None) -> None:
        """Move an event's or alert's entry to the expiry record of the week it now ends in."""
        if old_end == new_end:
            return
        if old_end is not None:
            key = self.key("exp", bucket_start(old_end, 7))
            ending = self.batch.edit(key)
            if ending is not None:
                ending[section].pop(name, None)
                if not ending["events"] and not ending["alerts"]:
                    self.batch.delete(key)
        if new_end is not None:
            monday = bucket_start(new_end, 7)
            self.batch.edit(self.key("exp", monday), {"events": {}, "alerts": {}})[section][name] = new_end
            meta = self.edit_meta()
            if meta["expiry_from"] is None or monday < meta["expiry_from"]:
                meta["expiry_from"] = monday


def meta_watermark(meta: dict, t: Thresholds = DEFAULT) -> str | None:
    """Event-time watermark of a group's meta record: the latest event day received minus the grace period."""
    return add_days(meta["max_day"], -t.grace_days) if meta["max_day"] else None


def horizon(meta: dict, t: Thresholds = DEFAULT) -> str | None:
    """Events ending before this day are forgotten."""
    mark = meta_watermark(meta, t)
    return add_days(mark, -t.retention_days) if mark else None


def event_record(version: dict, t: Thresholds = DEFAULT) -> dict:
    """What the windows and rules count of an event version."""
    first, last, precision = period(version["occurred_on"], version.get("date_precision"))
    return {"day": first, "end": last, "precision": precision, "killed": version.get("killed"),
            "independent_sources": version.get("independent_sources", 1)}


def is_corroborated(record: dict, t: Thresholds = DEFAULT) -> bool:
    return record["independent_sources"] >= t.corroboration_sources


def apply_version(store: Store, group: str, version: dict, t: Thresholds = DEFAULT) -> dict | None:
    """Add, move or remove one event version in this group's records.

    Returns the change {"event_id", "old": record | None, "new": record | None, "late": bool},
    or None when nothing changed (a redelivered or stale version, or one past retention).
    """
    batch = Batch(store)
    change = apply_to(GroupRecords(batch, group), version, t)
    batch.commit()
    return change


def apply_to(g: GroupRecords, version: dict, t: Thresholds = DEFAULT) -> dict | None:
    """apply_version on records staged in a batch (the caller commits)."""
    event_id = version["event_id"]
    record = event_record(version, t)
    meta = g.edit_meta()
    mark_before = meta_watermark(meta, t)
    # bump before the staleness check so max_day depends only on the set of versions received
    if meta["max_day"] is None or record["day"] > meta["max_day"]:
        meta["max_day"] = record["day"]
    seen = g.event(event_id)
    if seen is not None and seen["version"] >= version["version"]:
        return None
    old = g.on(seen["day"]).get(event_id) if seen is not None and seen["live"] else None
    if old is not None:
        _unplace(g, meta, event_id, old)
    belongs = version.get("kind") not in REMOVING_KINDS and group_key(version.get("group")) == g.group
    limit = horizon(meta, t)
    new = record if belongs and (limit is None or record["end"] >= limit) else None
    if new is not None:
        _place(g, meta, event_id, new)
        if version.get("group_kind"):
            meta["group_kind"] = version["group_kind"]
    g.batch.set(g.key("ev", event_id), {
        "version": version["version"], "day": record["day"], "end": record["end"], "live": new is not None,
        "incident_ids": list(version.get("incident_ids") or []) if new else [],
        "article_ids": list(version.get("article_ids") or []) if new else [],
        "alerts": seen["alerts"] if seen is not None else []})
    g.index_expiry("events", event_id, seen["end"] if seen is not None else None, record["end"])
    prune(g, meta, t)
    if old is None and new is None:
        return None
    late = mark_before is not None and record["day"] < mark_before
    return {"event_id": event_id, "old": old, "new": new, "late": late}


def _place(g: GroupRecords, meta: dict, event_id: str, record: dict) -> None:
    g.batch.edit(g.key("day", record["day"]), {})[event_id] = record
    if record["precision"] != "day":
        meta["periods"][event_id] = [record["day"], record["end"]]
    elif record["day"] not in meta["days"]:
        insort(meta["days"], record["day"])


def _unplace(g: GroupRecords, meta: dict, event_id: str, record: dict) -> None:
    key = g.key("day", record["day"])
    events = g.batch.edit(key, {})
    events.pop(event_id, None)
    if not events:
        g.batch.delete(key)
    if record["precision"] != "day":
        meta["periods"].pop(event_id, None)
    elif not any(r["precision"] == "day" for r in events.values()) and record["day"] in meta["days"]:
        meta["days"].remove(record["day"])


def prune(g: GroupRecords, meta: dict, t: Thresholds = DEFAULT) -> list[str]:
    """Delete events, tombstones and alert records that end before the retention horizon."""
    limit = horizon(meta, t)
    if limit is None:
        return []
    dropped = []
    monday = meta["expiry_from"]
    while monday is not None and monday <= limit:
        ending = g.batch.get(g.key("exp", monday)) or {"events": {}, "alerts": {}}
        for eid in sorted(eid for eid, end in ending["events"].items() if end < limit):
            dropped += _forget(g, meta, eid)
        for aid in sorted(aid for aid, end in ending["alerts"].items() if end < limit):
            g.index_expiry("alerts", aid, ending["alerts"][aid], None)
            g.batch.delete(g.key("alert", aid))
        monday = add_days(monday, 7)
    if meta["expiry_from"] is not None:
        meta["expiry_from"] = max(meta["expiry_from"], bucket_start(limit, 7))
    return dropped


def _forget(g: GroupRecords, meta: dict, event_id: str) -> list[str]:
    seen = g.event(event_id)
    g.index_expiry("events", event_id, seen["end"], None)
    g.batch.delete(g.key("ev", event_id))
    record = g.on(seen["day"]).get(event_id) if seen["live"] else None
    if record is None:
        return []
    _unplace(g, meta, event_id, record)
    if meta["last_pruned_day"] is None or record["end"] > meta["last_pruned_day"]:
        meta["last_pruned_day"] = record["end"]
    return [event_id]


def counts_window(events: dict, start: str, end: str, t: Thresholds = DEFAULT) -> list[str]:
    """Ids of the events counted in the window [start, end] (inclusive, event time), sorted."""
    length = days_between(start, end) + 1
    with_months = length >= t.month_precision_min_window_days
    return sorted(eid for eid, rec in events.items()
                  if start <= rec["day"] <= end
                  and (rec["precision"] == "day" or (with_months and rec["precision"] == "month")))


def window_events(g: GroupRecords, start: str, end: str, t: Thresholds = DEFAULT) -> list[str]:
    return counts_window(g.between(start, end), start, end, t)


def window_count(store: Store, group: str, end: str, days: int, t: Thresholds = DEFAULT) -> int:
    """Attacks of the group in the `days` days ending on `end` (inclusive), by event time."""
    return len(window_events(GroupRecords(Batch(store), group), add_days(end, -(days - 1)), end, t))


def watermark(store: Store, group: str, t: Thresholds = DEFAULT) -> str | None:
    """The group's event-time watermark: the latest event day received minus the grace period."""
    return meta_watermark(GroupRecords(Batch(store), group).meta(), t)


def daily_counts(store: Store, group: str) -> dict[str, int]:
    g = GroupRecords(Batch(store), group)
    return _daily(g.events())


def _daily(events: dict[str, dict]) -> dict[str, int]:
    return dict(sorted(Counter(r["day"] for r in events.values() if r["precision"] == "day").items()))


def _buckets(events: dict[str, dict], size: int, t: Thresholds = DEFAULT) -> dict[str, int]:
    """Counts per aligned window of `size` days, keyed by the window's first day."""
    with_months = size >= t.month_precision_min_window_days
    counted = (r["day"] for r in events.values()
               if r["precision"] == "day" or (with_months and r["precision"] == "month"))
    return dict(sorted(Counter(bucket_start(day, size) for day in counted).items()))


def table(store: Store, group: str, t: Thresholds = DEFAULT) -> dict:
    """The group's counts as a consumer (web view, tests) sees them. The watermark is not part of
    it: it is this group's progress, which depends on which versions were routed here (an event
    first unattributed moves the "unknown" watermark, one claimed from the start does not)."""
    events = GroupRecords(Batch(store), group).events()
    return {"group": group, "total": len(events), "day": _daily(events),
            "week": _buckets(events, 7, t), "days30": _buckets(events, 30, t)}
