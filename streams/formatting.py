"""One readable line per incident, alert or dead letter, for `streams tail` and the demo."""

from __future__ import annotations

from typing import Any


def _place(loc: dict[str, Any] | None) -> str:
    if not loc:
        return "?"
    parts = [loc.get("place"), loc.get("admin1"), loc.get("country")]
    return ", ".join(p for p in parts if p) or "?"


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


def format_incident(inc: dict[str, Any]) -> str:
    if inc.get("retracted"):
        return f"RETRACT  {inc['incident_id']} ({inc.get('reason')}, article {inc['article_id']})"
    perp = inc.get("perpetrator") or {}
    group = perp.get("group") or "unattributed"
    weapons = ", ".join(f"{w['count']} {w['type']}" if w.get("count") else w["type"]
                        for w in inc.get("weapons", []))
    launch = f" from {_place(inc['launch_location'])}" if inc.get("launch_location") else ""
    return (f"INCIDENT {inc['occurred_on']:<10} {inc['attack_type']:<14} {group} ({perp.get('claim', 'unknown')})"
            f" at {_place(inc.get('location'))}{launch}; killed {_count(inc.get('killed'))},"
            f" wounded {_count(inc.get('wounded'))}; weapons [{weapons}]"
            f" [{inc['role']}, conf {inc.get('confidence', 0):.2f}, article {inc['article_id']}]")


def format_alert(alert: dict[str, Any]) -> str:
    window = alert.get("window", {})
    actor = f"{alert['group']} (state actor)" if alert.get("group_kind") == "state" else alert["group"]
    return (f"ALERT    {alert['rule'].upper():<13} {actor} [{alert.get('status')}]"
            f" {window.get('start')}..{window.get('end')}: {alert.get('message', '')}"
            f" (incidents {', '.join(alert.get('incident_ids', []))})")


def format_event(ev: dict[str, Any]) -> str:
    group = ev.get("group") or (ev.get("perpetrator") or {}).get("group") or "unattributed"
    return (f"EVENT    {ev.get('event_id')} v{ev.get('version')} {ev.get('kind')}: {group},"
            f" {ev.get('occurred_on')}, sources {len(ev.get('article_ids', []))}")


def format_deadletter(letter: dict[str, Any]) -> str:
    src = letter.get("source", {})
    return (f"DEAD     {letter.get('reason')}: {letter.get('error')}"
            f" ({src.get('topic')}[{src.get('partition')}]@{src.get('offset')})")


def format_message(topic_base: str, value: dict[str, Any]) -> str:
    """The readable line for a message of the topic with this base name."""
    from streams import topics

    formatter = {topics.INCIDENTS: format_incident, topics.ALERTS: format_alert,
                 topics.ARTICLES_DEADLETTER: format_deadletter,
                 topics.INCIDENT_EVENTS: format_event}.get(topic_base)
    if formatter is None:
        return str(value)
    try:
        return formatter(value)
    except (KeyError, TypeError):
        return str(value)
