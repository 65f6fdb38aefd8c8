"""From event versions to alert.v1 messages, once each: the group state remembers every alert it
raised (state["alerts"][alert_id]) with its last status, and a message goes out only when an
alert appears or its status changes (provisional -> corroborated, -> retracted, back)."""

from __future__ import annotations

import hashlib
from typing import Any

from streams.analytics import rules
from streams.analytics.dates import days_between
from streams.analytics.thresholds import DEFAULT, Thresholds
from streams.analytics.windows import apply_version

State = dict[str, Any]


def alert_id(group: str, rule: str, anchor: str) -> str:
    """Idempotency key of (group, rule, window): the same on every replay, worker and restart."""
    digest = hashlib.blake2b(f"{group}\x1f{rule}\x1f{anchor}".encode(), digest_size=12).hexdigest()
    return f"al-{digest}"


def update_group(state: State, version: dict, raised_at: str, t: Thresholds = DEFAULT) -> list[dict]:
    """Apply an event version to the group's state (mutated in place) and return the alerts it causes.

    raised_at is the wall-clock time (ISO 8601 UTC) written into the alerts; nothing else reads it.
    """
    change = apply_version(state, version, t)
    if change is None:
        return []
    out = []
    for rule, anchor in rules.anchors(state, change, t):
        alert = _decide(state, rule, anchor, raised_at, t)
        if alert is not None:
            alert["details"]["late"] = change["late"]
            out.append(alert)
    return out


def silence_alerts(state: State, now_day: str, t: Thresholds = DEFAULT) -> list[dict]:
    """Timer check (wall clock): a group whose latest attack is lull_days or more before now_day.

    Silence is state, not an alert.v1: the alert schema has no such rule and the lull that
    matters is the one a new attack ends (the resumption rule). This returns at most one notice
    {"kind": "silence", "group", "last_event_day", "silent_days", "noticed_on"} per quiet spell,
    for views and metrics, and records it in state["silence_noted"] so timers never repeat it.
    """
    last = _last_event_day(state)
    if last is None or state.get("silence_noted") == last:
        return []
    silent = days_between(last, now_day) - 1
    if silent < t.lull_days:
        return []
    state["silence_noted"] = last
    return [{"kind": "silence", "group": state["group"], "last_event_day": last,
             "silent_days": silent, "noticed_on": now_day}]


def _decide(state: State, rule: str, anchor: str, raised_at: str, t: Thresholds) -> dict | None:
    aid = alert_id(state["group"], rule, anchor)
    known = state["alerts"].get(aid)
    finding = rules.evaluate(state, rule, anchor, t)
    if finding == rules.KEEP:
        return None
    if finding is None:
        if known is None or known["status"] == "retracted":
            return None
        known["status"] = "retracted"
        return _message(state, aid, known, "retracted", raised_at, f"retracted: {known['message']}")
    status = "corroborated" if finding["corroborated"] else "provisional"
    record = _record(state, finding, status)
    state["alerts"][aid] = record  # evidence kept current even when nothing is sent
    if known is not None and known["status"] == status:
        return None
    return _message(state, aid, record, status, raised_at, record["message"])


def _record(state: State, finding: dict, status: str) -> dict:
    events = state["events"]
    incident_ids = sorted({i for eid in finding["event_ids"] for i in events[eid]["incident_ids"]})
    article_ids = sorted({a for eid in finding["event_ids"] for a in events[eid]["article_ids"]})
    return {"rule": finding["rule"], "anchor": finding["anchor"], "status": status,
            "start": finding["start"], "end": finding["end"], "days": finding["days"],
            "message": finding["message"], "details": finding["details"],
            "event_ids": finding["event_ids"], "incident_ids": incident_ids, "article_ids": article_ids}


def _message(state: State, aid: str, record: dict, status: str, raised_at: str, message: str) -> dict:
    return {"schema": "alert.v1", "alert_id": aid, "rule": record["rule"], "group": state["group"],
            "group_kind": state.get("group_kind"),
            "window": {"start": record["start"], "end": record["end"], "days": record["days"]},
            "status": status, "severity": rules.SEVERITY[record["rule"]], "message": message,
            "details": {**record["details"], "anchor": record["anchor"], "event_ids": record["event_ids"]},
            "incident_ids": record["incident_ids"], "article_ids": record["article_ids"],
            "raised_at": raised_at}


def _last_event_day(state: State) -> str | None:
    days = [r["end"] for r in state["events"].values()]
    if state["last_pruned_day"]:
        days.append(state["last_pruned_day"])
    return max(days) if days else None
