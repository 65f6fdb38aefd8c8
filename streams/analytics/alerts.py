"""From event versions to alert.v1 messages, once each: the group remembers every alert it raised
(record "<group>|alert|<alert_id>") with its last status, and a message goes out only when an
alert appears or its status changes (provisional -> corroborated, -> retracted, back)."""

from __future__ import annotations

import hashlib

from streams.analytics import rules
from streams.analytics.dates import days_between
from streams.analytics.store import Batch, Store, split_key
from streams.analytics.thresholds import DEFAULT, Thresholds
from streams.analytics.windows import GroupRecords, apply_to, group_meta


def alert_id(group: str, rule: str, anchor: str) -> str:
    """Idempotency key of (group, rule, window): the same on every replay, worker and restart."""
    digest = hashlib.blake2b(f"{group}\x1f{rule}\x1f{anchor}".encode(), digest_size=12).hexdigest()
    return f"al-{digest}"


def update_group(store: Store, group: str, version: dict, raised_at: str, t: Thresholds = DEFAULT) -> list[dict]:
    """Apply an event version to the group's records and return the alerts it causes.

    raised_at is the wall-clock time (ISO 8601 UTC) written into the alerts; nothing else reads it.
    """
    batch = Batch(store)
    g = GroupRecords(batch, group)
    change = apply_to(g, version, t)
    out = []
    if change is not None:
        for rule, anchor in rules.anchors(g, change, t):
            alert = _decide(g, rule, anchor, raised_at, t)
            if alert is not None:
                alert["details"]["late"] = change["late"]
                out.append(alert)
    batch.commit()
    return out


def silence_notice(store: Store, group: str, now_day: str, t: Thresholds = DEFAULT) -> dict | None:
    """Timer check (wall clock): the group's latest attack is lull_days or more before now_day.

    Silence is state, not an alert.v1: the alert schema has no such rule and the lull that
    matters is the one a new attack ends (the resumption rule). A read-only view (a timer
    cannot write to a changelogged table): {"kind": "silence", "group", "last_event_day",
    "silent_days", "noticed_on"}, or None. One quiet spell keeps one last_event_day, so a
    caller that remembers it notices each spell once.
    """
    meta = group_meta(store, group)
    last = _last_event_day(meta) if meta else None
    if last is None:
        return None
    silent = days_between(last, now_day) - 1
    if silent < t.lull_days:
        return None
    return {"kind": "silence", "group": group, "last_event_day": last, "silent_days": silent, "noticed_on": now_day}


def alert_records(items) -> list[dict]:
    """Alert records among (key, value) pairs of a group store, each with its alert_id and group."""
    out = []
    for key, value in items:
        if "|alert|" not in key:
            continue
        group, kind, aid = split_key(key)
        if kind == "alert":
            out.append(dict(value, alert_id=aid, group=group))
    return out


def _decide(g: GroupRecords, rule: str, anchor: str, raised_at: str, t: Thresholds) -> dict | None:
    aid = alert_id(g.group, rule, anchor)
    known = g.alert(aid)
    finding = rules.evaluate(g, rule, anchor, t)
    if finding == rules.KEEP:
        return None
    if finding is None:
        if known is None or known["status"] == "retracted":
            return None
        record = {**known, "status": "retracted"}
        _save(g, aid, record, known)
        return _message(g, aid, record, "retracted", raised_at, f"retracted: {known['message']}")
    status = "corroborated" if finding["corroborated"] else "provisional"
    record = _record(g, finding, status)
    _save(g, aid, record, known)  # evidence kept current even when nothing is sent
    if known is not None and known["status"] == status:
        return None
    return _message(g, aid, record, status, raised_at, record["message"])


def _save(g: GroupRecords, aid: str, record: dict, known: dict | None) -> None:
    """Store the alert record, list it on the events of its evidence, and index it for retention."""
    g.batch.set(g.key("alert", aid), record)
    before = set(known["event_ids"]) if known else set()
    after = set(record["event_ids"])
    for eid in sorted(before ^ after):
        event = g.batch.edit(g.key("ev", eid))
        if event is None:
            continue
        listed = [a for a in event["alerts"] if a != aid]
        event["alerts"] = listed + ([aid] if eid in after else [])
    if record["rule"] != "first_seen":
        g.index_expiry("alerts", aid, known["end"] if known else None, record["end"])


def _record(g: GroupRecords, finding: dict, status: str) -> dict:
    events = [g.event(eid) for eid in finding["event_ids"]]
    incident_ids = sorted({i for event in events for i in event["incident_ids"]})
    article_ids = sorted({a for event in events for a in event["article_ids"]})
    return {"rule": finding["rule"], "anchor": finding["anchor"], "status": status,
            "start": finding["start"], "end": finding["end"], "days": finding["days"],
            "message": finding["message"], "details": finding["details"],
            "event_ids": finding["event_ids"], "incident_ids": incident_ids, "article_ids": article_ids}


def _message(g: GroupRecords, aid: str, record: dict, status: str, raised_at: str, message: str) -> dict:
    return {"schema": "alert.v1", "alert_id": aid, "rule": record["rule"], "group": g.group,
            "group_kind": g.meta().get("group_kind"),
            "window": {"start": record["start"], "end": record["end"], "days": record["days"]},
            "status": status, "severity": rules.SEVERITY[record["rule"]], "message": message,
            "details": {**record["details"], "anchor": record["anchor"], "event_ids": record["event_ids"]},
            "incident_ids": record["incident_ids"], "article_ids": record["article_ids"],
            "raised_at": raised_at}


def _last_event_day(meta: dict) -> str | None:
    days = meta["days"][-1:] + [end for _, end in meta["periods"].values()]
    if meta["last_pruned_day"]:
        days.append(meta["last_pruned_day"])
    return max(days) if days else None
