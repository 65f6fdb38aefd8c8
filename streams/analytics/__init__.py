"""Pure analytics core: merge reports into events, count events per group in event time, raise alerts.

No Faust, no Kafka: plain functions over a small key-value store (`Store`: get, set, delete;
streams/analytics/store.py). State is split into many small JSON records under composite keys
that all begin with the partition key of the message being processed ("SY|ev|<event_id>",
"Kataib Hezbollah|day|2024-04-21"), so one message reads a few records and writes a few small
ones, all to its own changelog partition. Each call stages its writes and commits at the end,
writing only the records whose value changed. `MemoryStore` is a dict-backed store for tests
and pure use; the agents wrap a changelogged table (streams/agents/table_store.py).
Settings: `Thresholds` (streams/analytics/thresholds.py), defaults in `DEFAULT`.

Flow and API (stable):

1. merge (table "merge", records under the merge key; layout in streams/analytics/merge.py)
       merge_key(incident) -> str                          # attacked country ("ZZ" when unknown)
       apply_incident(store, key, incident, t=DEFAULT) -> list[event_version]
       retract_incident(store, key, incident_id, t=DEFAULT) -> list[event_version]
   An incident with "retracted": true is a retraction. Event versions carry event_id,
   version, kind (created|updated|merged|retracted), merge_key, merged_into, previous_group
   (from version 2 on), group, group_kind, claim, attack_type, occurred_on, date_precision,
   first_day, last_day, role, location, targets, killed, killed_min, wounded, sources,
   incident_ids, article_ids, outlets, independent_sources, status, confidence.

2. windows (table "groups", records under the group key; layout in streams/analytics/windows.py)
       route(event_version) -> list[str]                   # group keys to send the version to
       group_key(group | None) -> str                      # None -> UNKNOWN_GROUP ("unknown")
       apply_version(store, group, event_version, t) -> change | None   # windows only, no alerts
       table(store, group, t) -> {"group", "total", "day", "week", "days30"}  # counts by window start
       window_count(store, group, end_day, days, t) -> int;  daily_counts(store, group) -> dict
       watermark(store, group, t) -> "YYYY-MM-DD" | None
       groups_in(keys) -> sorted groups holding records among these store keys
       group_meta(store, group) -> the group's meta record (group_kind, max_day...) | None

3. rules and alerts (same records)
       update_group(store, group, event_version, raised_at, t=DEFAULT) -> list[alert.v1 dict]
           # apply_version + every rule the change touches; sends each alert once per status
       silence_notice(store, group, now_day, t=DEFAULT) -> silence notice | None  # timer, read only
       alert_records(items) -> alert records (with alert_id, group) among (key, value) pairs
       alert_id(group, rule, anchor) -> str

Typical agents (a table with default=None wrapped as a Store):
    versions = apply_incident(merge_store, key, incident)      # key: the incident's merge_key
    for v in versions: for g in route(v): send(topic, key=g, value=v)   # repartition by group
    alerts = update_group(group_store, g, v, raised_at=now_iso())
    for a in alerts: send(alerts_topic, key=a["alert_id"], value=a)      # upsert by alert_id
An alert_id is sent again only when its status changes (provisional -> corroborated,
-> retracted, back), so a compacted alerts topic keyed by alert_id holds each alert's latest state.
Sizes (orjson; 3,000 reports of one country over 180 days, 90-day retention): merge records
average 0.5 KB per report, 0.4 KB per event, 0.4 KB per candidate bucket (one week, one word;
2.7 KB max), 1.3 KB per expiry record; group records 0.8 KB meta, 0.2 KB per day, 0.25 KB per
event, 0.6 KB per alert (3.7 KB max: its evidence ids, as in the alert message). A merge
message writes its report, its event and the candidate buckets of the event's words when they
change: ~1-2 KB on average, however long the history (more when many places share one word,
as "Town 1".."Town 30" do: every report is then filed in that word's bucket); retention
deletes records rather than rewriting a value. `python -m benchmarks.analytics` measures it.
See docs/ALERT_RULES.md for the rules, their settings, idempotency keys and clocks.
"""

from streams.analytics.alerts import alert_id, alert_records, silence_notice, update_group
from streams.analytics.merge import apply_incident, merge_key, retract_incident
from streams.analytics.store import Batch, MemoryStore, Store
from streams.analytics.thresholds import DEFAULT, Thresholds
from streams.analytics.windows import (
    UNKNOWN_GROUP,
    apply_version,
    daily_counts,
    group_key,
    group_meta,
    groups_in,
    route,
    table,
    watermark,
    window_count,
)

__all__ = [
    "DEFAULT", "Thresholds", "UNKNOWN_GROUP", "Store", "MemoryStore", "Batch",
    "merge_key", "apply_incident", "retract_incident",
    "route", "group_key", "group_meta", "groups_in", "apply_version", "table", "window_count", "daily_counts",
    "watermark", "update_group", "silence_notice", "alert_records", "alert_id",
]
