"""The alert rules: pure functions over one group's records (streams.analytics.windows), in event time.

A rule is evaluated at an anchor and returns a finding (the rule holds, with its window and
evidence) or None. Anchors: first_seen "" (once per group), resumption and surge the attack
day, threshold "<size>:<window start>" (aligned windows), mass_casualty the attack day.
A finding is corroborated when the rule still holds counting only corroborated events.
streams.analytics.alerts turns findings into alert.v1 messages and remembers them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Callable

from streams.analytics.dates import add_days, bucket_start, days_between
from streams.analytics.thresholds import DEFAULT, Thresholds
from streams.analytics.windows import UNKNOWN_GROUP, GroupRecords, counts_window, is_corroborated

Finding = dict[str, Any]

GROUP_RULES = ("first_seen", "resumption", "threshold", "surge", "mass_casualty")
# an unattributed attack tells nothing about a group's activity, only about its own toll
UNKNOWN_RULES = ("mass_casualty",)
SEVERITY = {"first_seen": "info", "resumption": "warning", "threshold": "warning",
            "surge": "warning", "mass_casualty": "critical"}
KEEP = "keep"  # the finding cannot be recomputed (evidence past retention): leave the alert as it is


def rules_for(group: str) -> tuple[str, ...]:
    return UNKNOWN_RULES if group == UNKNOWN_GROUP else GROUP_RULES


def first_seen(g: GroupRecords, anchor: str, t: Thresholds = DEFAULT) -> Finding | None | str:
    days = g.live_days()
    if not days:
        return KEEP if g.meta()["last_pruned_day"] else None
    earliest = min(g.on(days[0]))
    day, end = days[0], g.on(days[0])[earliest]["end"]  # a month-precision attack: its whole month
    backed = _earliest_corroborated(g, days, t)
    message, details = f"{g.group}: first attack on record ({day})", {}
    if backed is not None and backed[1] != day:
        # the group is confirmed by a later attack: say so, or the evidence looks out of the window
        details = {"corroborated_by": {"event_id": backed[0], "day": backed[1]}}
        message += f"; first corroborated attack on {backed[1]}"
    evidence = [earliest] + ([backed[0]] if backed is not None and backed[0] != earliest else [])
    return _finding("first_seen", anchor, day, end, evidence, backed is not None, message, details)


def _earliest_corroborated(g: GroupRecords, days: list[str], t: Thresholds) -> tuple[str, str] | None:
    """(event id, day) of the group's earliest corroborated event."""
    for day in days:
        backed = sorted(eid for eid, r in g.on(day).items() if is_corroborated(r, t))
        if backed:
            return backed[0], day
    return None


def resumption(g: GroupRecords, day: str, t: Thresholds = DEFAULT) -> Finding | None:
    events = g.on(day)
    today = sorted(eid for eid, r in events.items() if r["precision"] == "day")
    if not today:
        return None
    previous = _latest_before(g, day)
    if previous is None:
        return None
    lull = days_between(previous, day) - 1
    if lull < t.lull_days:
        return None
    backed = any(is_corroborated(events[eid], t) for eid in today)
    message = (f"{g.group}: attack on {day} after {lull} days (~{round(lull / 7)} weeks) "
               f"without a recorded attack; previous on {previous}")
    return _finding("resumption", day, add_days(previous, 1), day, today, backed, message,
                    {"lull_days": lull, "previous_day": previous})


def threshold(g: GroupRecords, anchor: str, t: Thresholds = DEFAULT) -> Finding | None:
    size_text, start = anchor.split(":", 1)
    size = int(size_text)
    minimum = dict(t.threshold_windows)[size]
    end = add_days(start, size - 1)
    events = g.between(start, end)
    inside = counts_window(events, start, end, t)
    if len(inside) < minimum:
        return None
    backed = sum(is_corroborated(events[eid], t) for eid in inside) >= minimum
    message = f"{g.group}: {len(inside)} attacks in the {size}-day window {start}..{end} (threshold {minimum})"
    return _finding("threshold", anchor, start, end, inside, backed, message,
                    {"count": len(inside), "minimum": minimum})


def surge(g: GroupRecords, day: str, t: Thresholds = DEFAULT) -> Finding | None:
    base_start, base_end = add_days(day, -t.surge_baseline_days), add_days(day, -1)
    day_only = {eid: r for eid, r in g.between(base_start, day).items() if r["precision"] == "day"}
    today = [eid for eid, r in day_only.items() if r["day"] == day]
    baseline = [eid for eid, r in day_only.items() if base_start <= r["day"] <= base_end]
    mean = len(baseline) / t.surge_baseline_days
    if not _surges(len(today), mean, t):
        return None
    backed = _surges(sum(is_corroborated(day_only[eid], t) for eid in today), mean, t)
    message = (f"{g.group}: {len(today)} attacks on {day} against a daily mean of {mean:.2f} "
               f"over the {t.surge_baseline_days} days before")
    return _finding("surge", day, base_start, day, sorted(today), backed, message,
                    {"count": len(today), "baseline_mean": round(mean, 4), "factor": t.surge_factor})


def mass_casualty(g: GroupRecords, day: str, t: Thresholds = DEFAULT) -> Finding | None:
    """Anchored on the attack's (first) day, not the event id, so the key does not depend on
    which report came first; one alert covers every such attack of the group that day."""
    events = g.on(day)
    heavy = sorted(eid for eid, r in events.items()
                   if r["killed"] is not None and r["killed"] >= t.mass_casualty_killed)
    if not heavy:
        return None
    records = [events[eid] for eid in heavy]
    killed = max(r["killed"] for r in records)
    end = max(r["end"] for r in records)
    message = f"{g.group}: attack on {day} killed {killed}" + (
        f" ({len(heavy)} attacks with {t.mass_casualty_killed} or more killed)" if len(heavy) > 1 else "")
    return _finding("mass_casualty", day, day, end, heavy, any(is_corroborated(r, t) for r in records),
                    message, {"killed": killed, "attacks": len(heavy)})


EVALUATORS: dict[str, Callable[..., Finding | None | str]] = {
    "first_seen": first_seen, "resumption": resumption, "threshold": threshold,
    "surge": surge, "mass_casualty": mass_casualty}


def evaluate(g: GroupRecords, rule: str, anchor: str, t: Thresholds = DEFAULT) -> Finding | None | str:
    return EVALUATORS[rule](g, anchor, t)


def anchors(g: GroupRecords, change: dict, t: Thresholds = DEFAULT) -> list[tuple[str, str]]:
    """(rule, anchor) pairs whose outcome the change may have altered, sorted."""
    wanted = set(rules_for(g.group))
    found: set[tuple[str, str]] = {("first_seen", "")}
    day_events = g.meta()["days"]
    for rec in (change["old"], change["new"]):
        if rec is None:
            continue
        found.add(("mass_casualty", rec["day"]))
        for size, _ in t.threshold_windows:
            if rec["precision"] == "day" or (rec["precision"] == "month" and size >= t.month_precision_min_window_days):
                found.add(("threshold", f"{size}:{bucket_start(rec['day'], size)}"))
        # a record shifts the lull of every later day inside its period and of the next day after it
        later = day_events[bisect_right(day_events, rec["day"]):]
        found.update(("resumption", d) for d in later if d <= rec["end"])
        found.update(("resumption", d) for d in later[:1] if d > rec["end"])
        if rec["precision"] == "day":
            found.add(("resumption", rec["day"]))
            found.add(("surge", rec["day"]))
            horizon_end = add_days(rec["day"], t.surge_baseline_days)
            found.update(("surge", d) for d in later if d <= horizon_end)
    event = g.event(change["event_id"])
    for aid in event["alerts"] if event is not None else []:
        alert = g.alert(aid)
        if alert is not None and change["event_id"] in alert["event_ids"]:
            found.add((alert["rule"], alert["anchor"]))
    return sorted(pair for pair in found if pair[0] in wanted)


def _surges(count: int, mean: float, t: Thresholds) -> bool:
    return count >= t.surge_min_count and count >= t.surge_factor * mean


def _latest_before(g: GroupRecords, day: str) -> str | None:
    """Latest day before `day` on which the group may have attacked: a month or year period that
    starts earlier counts up to the day before, so imprecise dates never invent a lull."""
    meta = g.meta()
    days = meta["days"]
    earlier = bisect_left(days, day)
    candidates = [days[earlier - 1]] if earlier else []
    candidates += [min(end, add_days(day, -1)) for first, end in meta["periods"].values() if first < day]
    if meta["last_pruned_day"] and meta["last_pruned_day"] < day:
        candidates.append(meta["last_pruned_day"])
    return max(candidates) if candidates else None


def _finding(rule: str, anchor: str, start: str, end: str, event_ids: list[str], corroborated: bool,
             message: str, details: dict) -> Finding:
    return {"rule": rule, "anchor": anchor, "start": start, "end": end,
            "days": days_between(start, end) + 1, "event_ids": list(event_ids),
            "corroborated": corroborated, "message": message, "details": details}
